"""Reading an inbound email: headers, the new text of the body, attachments, loop markers.

Parsing is lenient on purpose: a malformed or oddly encoded message still yields what can be
read, plus `notes` saying what could not, so the message is kept and answered, never dropped.
Quoted replies and signatures are removed with `mail-parser-reply` (MIT, PyPI), then any
remaining "> " lines.
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser

from mailparser_reply.parser import EmailMessage as ReplyText

MAX_ATTACHMENT_BYTES = 10 * 1024 ** 2        # attachments above this are kept in the raw mail, not read
MAX_INLINE_CSV_BYTES = 200 * 1024            # a remittance CSV up to this is passed to the engine as text
MAX_BODY_CHARS = 20_000                      # the rest of a very long body is not read
# RFC 3834 / common autoresponder markers: such mail is kept and never answered
_LOOP_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
_DAEMON_LOCALPARTS = {"mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply"}
_CSV_TYPES = {"text/csv", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"}

@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int                                # decoded size in bytes (estimated when not read)
    text: str | None = None                  # set for a readable CSV
    too_large: bool = False

    @property
    def is_csv(self) -> bool:
        return self.content_type in _CSV_TYPES or self.filename.lower().endswith(".csv")

    def describe(self) -> dict:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size,
                "too_large": self.too_large, "read": self.text is not None}


@dataclass
class ParsedEmail:
    message_id: str
    sender: str                              # lower-cased address from From:
    sender_name: str
    subject: str
    in_reply_to: list[str]
    references: list[str]
    body: str                                # the new text, quotes and signature removed
    attachments: list[Attachment] = field(default_factory=list)
    loop_reason: str | None = None           # set when this mail must never be answered
    notes: list[str] = field(default_factory=list)   # what could not be read, for the record

    @property
    def thread_ids(self) -> list[str]:
        return list(dict.fromkeys([*self.in_reply_to, *reversed(self.references)]))


def synthetic_message_id(raw: bytes) -> str:
    """A stable id for mail that has none, so a redelivery is still recognised."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.employer-assist>"


def _ids(value: str | None) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:                        # a header the policy cannot parse: take it as written
        value = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    return str(value).strip() if value is not None else ""


def parse(raw: bytes, *, own_address: str = "", envelope_sender: str | None = None) -> ParsedEmail:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    notes: list[str] = []
    if msg.defects:
        notes.append("MIME defects: " + ", ".join(type(d).__name__ for d in msg.defects[:5]))

    message_id = (_ids(_header(msg, "Message-ID")) or [synthetic_message_id(raw)])[0][:300]
    name, address = email.utils.parseaddr(_header(msg, "From"))
    subject = re.sub(r"\s+", " ", _header(msg, "Subject"))[:300]

    parsed = ParsedEmail(message_id=message_id, sender=address.strip().lower(), sender_name=name.strip(),
                         subject=subject, in_reply_to=_ids(_header(msg, "In-Reply-To")),
                         references=_ids(_header(msg, "References")), body="", notes=notes)
    parsed.loop_reason = loop_reason(msg, parsed.sender, own_address, envelope_sender)
    body_part = _body_part(msg)
    text = ""
    if body_part is not None:
        text = _text_of(body_part, notes)
        if body_part.get_content_type() == "text/html":
            text = html_to_text(text)
    if len(text) > MAX_BODY_CHARS:
        notes.append(f"body cut at {MAX_BODY_CHARS} characters")
        text = text[:MAX_BODY_CHARS]
    parsed.body = latest_reply(text)
    parsed.attachments = _attachments(msg, body_part, notes)
    return parsed


def loop_reason(msg: EmailMessage, sender: str, own_address: str, envelope_sender: str | None) -> str | None:
    """Why answering this mail could start or feed a mail loop (None when it is safe to answer)."""
    auto = _header(msg, "Auto-Submitted").lower()
    if auto and auto.split(";")[0].strip() != "no":
        return f"Auto-Submitted: {auto}"
    precedence = _header(msg, "Precedence").lower()
    if precedence in _LOOP_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if _header(msg, name):
            return f"{name}: {_header(msg, name)}"
    if envelope_sender is not None and envelope_sender.strip("<> ") == "":
        return "null envelope sender (a bounce)"
    local = sender.split("@")[0]
    if local in _DAEMON_LOCALPARTS or local.startswith("mailer-daemon"):
        return f"sent by {sender}"
    if own_address and sender == own_address.lower():
        return "sent by this service's own address"
    if msg.get_content_type() == "multipart/report":
        return "delivery or read report"
    if not sender or "@" not in sender:
        return "no sender address to answer"
    return None


def _body_part(msg: EmailMessage):
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is not None:
        return part
    for leaf in msg.walk():                  # malformed structure: the first text leaf will do
        if leaf.get_content_maintype() == "text" and not leaf.get_filename():
            return leaf
    return None


def _text_of(part, notes: list[str]) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError, ValueError) as exc:
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset() or "us-ascii"
        for fallback in ("utf-8", "cp1252"):
            try:
                text = payload.decode(fallback)
                break
            except UnicodeDecodeError:
                continue
        else:
            fallback, text = "latin-1", payload.decode("latin-1")
        notes.append(f"body charset {charset!r} unreadable ({type(exc).__name__}); read as {fallback}")
        return text


def _attachments(msg: EmailMessage, body_part, notes: list[str]) -> list[Attachment]:
    found = []
    for leaf in msg.walk():
        if leaf.is_multipart() or leaf is body_part:
            continue
        filename = leaf.get_filename()
        ctype = leaf.get_content_type()
        if not filename and leaf.get_content_disposition() != "attachment" and ctype.startswith("text/"):
            continue                         # an alternative body (e.g. the HTML of a plain mail)
        raw_payload = leaf.get_payload()
        # size from the encoded text, so a huge attachment is never decoded
        encoded = (len(raw_payload) - raw_payload.count("\n") - raw_payload.count("\r")
                   if isinstance(raw_payload, str) else 0)
        is_b64 = str(leaf.get("Content-Transfer-Encoding", "")).strip().lower() == "base64"
        estimate = encoded * 3 // 4 if is_b64 else encoded
        att = Attachment(filename=(filename or "unnamed")[:200], content_type=ctype, size=estimate)
        if estimate > MAX_ATTACHMENT_BYTES:
            att.too_large = True             # not decoded at all: it stays in the raw message
        else:
            data = leaf.get_payload(decode=True) or b""
            att.size = len(data)
            if att.is_csv and len(data) <= MAX_INLINE_CSV_BYTES:
                att.text = _decode_csv(data, leaf.get_content_charset(), notes)
        found.append(att)
    return found


def _decode_csv(data: bytes, charset: str | None, notes: list[str]) -> str:
    for candidate in (charset, "utf-8-sig", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    notes.append("attachment charset unreadable; read as latin-1")
    return data.decode("latin-1")


def latest_reply(text: str) -> str:
    """The sender's new text: no quoted earlier mail, no signature, no "> " lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    try:
        # keep_hyphen_lists: "- item" lines are questions in a list, not a signature
        parsed = ReplyText(text=text, languages=["en"], keep_hyphen_lists=True).read()
        newest = parsed.replies[0].body if parsed.replies else text
    except Exception:                        # the library's regexes never get to lose a message
        newest = text
    lines = [ln for ln in newest.splitlines() if not ln.lstrip().startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _HTMLText(HTMLParser):
    BLOCKS = {"p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section"}
    SKIP = {"script", "style", "head", "title", "blockquote"}   # blockquote: quoted earlier mail
    QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip_tag: str | None = None     # the element being skipped and how deeply it nests
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if self.skip_tag:
            self.skip_depth += tag == self.skip_tag
            return
        classes = dict(attrs).get("class") or ""
        if tag in self.SKIP or (tag == "div" and any(c in classes for c in self.QUOTE_CLASSES)):
            self.skip_tag, self.skip_depth = tag, 1
        elif tag == "li":
            self.out.append("\n• ")
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                self.skip_tag = self.skip_tag if self.skip_depth else None
        elif tag in self.BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip_tag:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        pass
    lines = [ln.strip() for ln in "".join(parser.out).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- questions
_GREETING = re.compile(r"^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^.?!]{0,40}[,.!:]?$", re.I)
_CLOSING = re.compile(r"^(thanks|thank you|many thanks|regards|best|cheers|sincerely|appreciate it)\b[^?]{0,60}$",
                      re.I)
_LEAD = r"(?:(?:also|and|plus|separately|second(?:ly)?|next|finally|lastly|one more thing|another question)[,:]?\s+)?"
_REQUEST = re.compile(
    rf"^\W*{_LEAD}(?:please|kindly|can|could|would|will|may|i need|we need|i'd like|we'd like|i would like|"
    r"we would like|i want|we want|i'm looking|we're looking|need|what|what's|when|where|who|why|how|which|is|are|"
    r"does|do|did|has|have|send|tell|let me know|help|add|remove|drop|change|switch|cancel|update|confirm|"
    r"check|reconcile|look up|explain)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
MAX_PARTS = 6


def _sentences(paragraph: str) -> list[str]:
    units: list[str] = []
    current: list[str] = []
    for line in paragraph.splitlines():
        if _BULLET.match(line):              # each list item is its own unit
            if current:
                units.append(" ".join(current))
            current = [_BULLET.sub("", line)]
        else:
            current.append(line.strip())
    if current:
        units.append(" ".join(current))
    out = []
    for unit in units:
        out.extend(s.strip() for s in re.split(r"(?<=[.?!])\s+(?=[A-Z0-9\"'(])", unit) if s.strip())
    return out


def is_request(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_REQUEST.match(sentence))


def split_questions(body: str) -> list[str]:
    """The questions or requests of an email, each with the statements that explain it.

    Statements before a question belong to it ("Laura King had a baby. How do we add him?");
    statements after the last question of a paragraph belong to that question. A body with no
    question at all is one part.
    """
    parts: list[str] = []
    context: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        asked_here = False
        for sentence in _sentences(paragraph):
            if _GREETING.match(sentence) or _CLOSING.match(sentence):
                continue
            context.append(sentence)
            if is_request(sentence):
                parts.append(" ".join(context))
                context, asked_here = [], True
        if context and asked_here:           # the rest of a paragraph explains its last question
            parts[-1] += " " + " ".join(context)
            context = []
    if context:
        if parts:
            parts[-1] += " " + " ".join(context)
        else:
            parts.append(" ".join(context))
    if len(parts) > MAX_PARTS:
        parts = parts[:MAX_PARTS - 1] + [" ".join(parts[MAX_PARTS - 1:])]
    return parts
