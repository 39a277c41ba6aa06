// Chat page: the portal passes a token; messages are posted over HTTP and every message of the
// conversation (the assistant's, an administrator's) arrives over the WebSocket.
(function () {
  "use strict";
  const token = window.EA.token;
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const statusEl = document.getElementById("status");
  const errorEl = document.getElementById("error");
  const suggestionsEl = document.getElementById("suggestions");
  const seen = new Set();
  const storeKey = "ea-conversation-" + token.slice(-16);
  let conversationId = sessionStorage.getItem(storeKey);
  let socket = null;
  const labels = {employer: "You", bot: "Assistant", agent: "Administrator"};
  const statusText = {bot: "", waiting_for_agent: "Waiting for an administrator", with_agent: "An administrator is here", closed: "Closed"};

  function api(path, options) {
    options = options || {};
    options.headers = Object.assign({"Authorization": "Bearer " + token}, options.headers || {});
    return fetch(path, options).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { throw new Error((body.error && body.error.message) || ("HTTP " + r.status)); }
        return body;
      });
    });
  }

  function showError(text) { errorEl.textContent = text; errorEl.hidden = !text; }
  function setStatus(s) { statusEl.textContent = statusText[s] || ""; }

  function addMessage(m) {
    if (seen.has(m.id)) { return; }
    seen.add(m.id);
    const div = document.createElement("div");
    div.className = "msg " + m.sender;
    div.dataset.sender = m.sender;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = labels[m.sender] || m.sender;
    div.appendChild(who);
    appendText(div, m.text);                            // text only: never HTML from a message
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }

  // provision links the assistant cites (/provisions/…) become anchors; everything else stays text
  function appendText(parent, text) {
    const re = /\/provisions\/[A-Za-z0-9_\-]+(?:#[A-Za-z0-9_\-]+)?/g;
    let last = 0, match;
    while ((match = re.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      const a = document.createElement("a");
      a.href = match[0];
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = "read the provision";
      parent.appendChild(a);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function showSuggestions(list) {
    suggestionsEl.textContent = "";
    (list || []).forEach(function (s) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = s;
      b.addEventListener("click", function () { sendText(s); });
      suggestionsEl.appendChild(b);
    });
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/api/chat/conversations/" + conversationId + "/ws?token=" + encodeURIComponent(token));
    socket.onmessage = function (e) {
      const ev = JSON.parse(e.data);
      if (ev.type === "message") {
        addMessage(ev.message);
        if (ev.message.sender === "agent") { setStatus("with_agent"); }   // an administrator is here
      }
      if (ev.type === "status") { setStatus(ev.status); }
    };
    socket.onclose = function () { setTimeout(function () { refresh().then(connect); }, 2000); };
  }

  function refresh() {
    return api("/api/chat/conversations/" + conversationId).then(function (c) {
      c.messages.forEach(addMessage);
      setStatus(c.status);
    });
  }

  function start() {
    const resume = conversationId ? refresh().catch(function () { conversationId = null; }) : Promise.resolve();
    return resume.then(function () {
      if (conversationId) { return; }
      return api("/api/chat/conversations", {method: "POST"}).then(function (c) {
        conversationId = c.conversation_id;
        sessionStorage.setItem(storeKey, conversationId);
        c.messages.forEach(addMessage);
      });
    }).then(connect).catch(function (e) { showError(e.message); });
  }

  function sendText(text) {
    text = text.trim();
    if (!text || !conversationId) { return; }
    send.disabled = true;
    showError("");
    showSuggestions([]);
    api("/api/chat/conversations/" + conversationId + "/messages", {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({text: text})
    }).then(function (r) {
      setStatus(r.status);
      showSuggestions([].concat.apply([], r.replies.map(function (x) { return x.suggestions; })));
      if (!socket || socket.readyState !== WebSocket.OPEN) { return refresh(); }
    }).catch(function (e) { showError(e.message); input.value = text; })
      .finally(function () { send.disabled = false; input.focus(); });
    input.value = "";
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); sendText(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); sendText(input.value); }
  });
  start();
})();
