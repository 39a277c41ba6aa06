// Administrator console: actions go to the admin API (cookie + CSRF header); when a WebSocket says
// the queue or this conversation changed, the server-rendered fragment is fetched again and swapped
// in. Nothing from a message is ever inserted as HTML except those autoescaped fragments.
(function () {
  "use strict";
  const cfg = window.EA_CONSOLE;
  const errorEl = document.getElementById("error");
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";

  function showError(text) { errorEl.textContent = text || ""; errorEl.hidden = !text; }

  function post(path, body) {
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-EA-CSRF": cfg.csrf},
      body: JSON.stringify(body || {})
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (b) {
        if (!r.ok) { throw new Error((b.error && b.error.message) || ("HTTP " + r.status)); }
        return b;
      });
    });
  }

  // one refresh at a time; a burst of events collapses into one more refresh
  function refresher(url, target, after) {
    let running = false, again = false;
    function run() {
      if (running) { again = true; return; }
      running = true;
      fetch(url, {credentials: "same-origin"}).then(function (r) {
        if (r.status === 303 || r.redirected) { location.href = "/admin"; }
        return r.text();
      }).then(function (html) {
        const el = document.getElementById(target);
        el.innerHTML = html;
        if (after) { after(); }
      }).catch(function (e) { showError(e.message); })
        .finally(function () { running = false; if (again) { again = false; run(); } });
    }
    return run;
  }

  function listen(path, onEvent) {
    let socket;
    function open() {
      socket = new WebSocket(scheme + location.host + path);
      socket.onmessage = function (e) { onEvent(JSON.parse(e.data)); };
      socket.onclose = function () { setTimeout(function () { onEvent({type: "reconnect"}); open(); }, 2000); };
    }
    open();
  }

  function act(promise) { showError(""); return promise.catch(function (e) { showError(e.message); }); }

  if (cfg.page === "queue") {
    const refresh = refresher("/admin/fragments/queue", "queue");
    listen("/api/admin/ws", refresh);
    document.addEventListener("click", function (e) {
      const b = e.target.closest("button[data-action]");
      if (!b) { return; }
      if (b.dataset.action === "claim") {
        act(post("/api/admin/escalations/" + b.dataset.id + "/claim").then(function (esc) {
          location.href = "/admin/conversations/" + esc.conversation_id;
        }));
      }
      if (b.dataset.action === "claim-next") {
        act(post("/api/admin/queue/claim-next").then(function (esc) {
          location.href = "/admin/conversations/" + esc.conversation_id;
        }));
      }
    });
    setInterval(refresh, 60000);          // due-time colours move with the clock
  }

  if (cfg.page === "conversation") {
    const live = function () { return document.querySelector("#live .live"); };
    function escalationId() { return live().dataset.escalation; }
    // show the forms that fit the escalation's state (the fragment carries it)
    function applyState() {
      const d = live().dataset;
      const held = d.held === "1";
      document.querySelectorAll(".held-only").forEach(function (el) { el.hidden = !held; });
      document.querySelectorAll(".open-only").forEach(function (el) { el.hidden = d.escalationStatus !== "open"; });
      document.querySelectorAll(".claimed-only").forEach(function (el) { el.hidden = d.escalationStatus !== "claimed"; });
      document.querySelectorAll(".waiting-only").forEach(function (el) { el.hidden = d.escalationStatus !== "waiting_on_employer"; });
      const t = document.querySelector(".transcript");
      if (t) { t.scrollTop = t.scrollHeight; }
    }
    const refresh = refresher("/admin/fragments/conversations/" + cfg.conversation, "live", applyState);
    applyState();
    listen("/api/admin/conversations/" + cfg.conversation + "/ws", refresh);
    listen("/api/admin/ws", function (ev) {
      if (ev.type === "reconnect" || ev.conversation_id === cfg.conversation ||
          String(ev.escalation_id) === String(escalationId())) { refresh(); }
    });

    const base = function () { return "/api/admin/escalations/" + escalationId(); };
    const replyText = document.getElementById("reply-text");
    document.getElementById("canned").addEventListener("change", function (e) {
      const opt = e.target.selectedOptions[0];
      if (opt && opt.dataset.text) { replyText.value = opt.dataset.text; replyText.focus(); }
    });
    document.getElementById("reply-form").addEventListener("submit", function (e) {
      e.preventDefault();
      const text = replyText.value.trim();
      if (!text) { return; }
      act(post(base() + "/messages", {text: text}).then(function () { replyText.value = ""; refresh(); }));
    });
    document.getElementById("note-form").addEventListener("submit", function (e) {
      e.preventDefault();
      const el = document.getElementById("note-text");
      if (!el.value.trim() || !escalationId()) { return; }
      act(post(base() + "/notes", {text: el.value}).then(function () { el.value = ""; refresh(); }));
    });
    document.getElementById("resolve-form").addEventListener("submit", function (e) {
      e.preventDefault();
      act(post(base() + "/resolve", {note: document.getElementById("resolve-note").value,
                                     close: document.getElementById("resolve-close").checked}).then(refresh));
    });
    document.addEventListener("click", function (e) {
      const b = e.target.closest("button[data-action]");
      if (!b) { return; }
      const a = b.dataset.action;
      if (a === "claim") { act(post(base() + "/claim").then(refresh)); }
      if (a === "waiting") { act(post(base() + "/status", {status: "waiting_on_employer"}).then(refresh)); }
      if (a === "unwait") { act(post(base() + "/status", {status: "claimed"}).then(refresh)); }
      if (a === "release") { act(post(base() + "/release").then(refresh)); }
      if (a === "handback") {
        act(post(base() + "/handback", {note: document.getElementById("resolve-note").value}).then(refresh));
      }
    });
  }
})();
