"""Reading inbound mail: the new text, the questions in it, HTML bodies and loop markers."""
from __future__ import annotations

from email.message import EmailMessage

import pytest

from bot.mail.parsing import html_to_text, latest_reply, parse, split_questions


def test_quoted_reply_and_signature_are_removed():
    body = ("What coverage does Laura King have?\n\nBest regards,\nDana Ortiz\nPayroll | 555-0100\n\n"
            "On Mon, Nov 2, 2026 at 9:14 AM Employer Assist <assist@employer-assist.example> wrote:\n"
            "> Laura King has 2 policies\n> more\n")
    assert latest_reply(body) == "What coverage does Laura King have?"
    assert latest_reply("Please check Laura King.\n--\nDana\nPrairie Mill") == "Please check Laura King."
    assert latest_reply("Is she covered?\n> quoted line\n\n-----Original Message-----\nFrom: x\n") == "Is she covered?"


def test_a_hyphen_list_of_questions_is_not_taken_for_a_signature():
    body = "A few things:\n- Please send the October bill\n- what is our balance?"
    assert split_questions(latest_reply(body)) == ["A few things: Please send the October bill",
                                                   "what is our balance?"]


@pytest.mark.parametrize("body,parts", [
    ("Hi team,\n\nWhat coverage does Laura King have?\n\nAlso, how many employees are enrolled?\n\nThanks,\nDana",
     ["What coverage does Laura King have?", "Also, how many employees are enrolled?"]),
    # a statement explains the question after it; one after a question belongs to that question
    ("Laura King had a baby boy last week. How do we add him to her accident policy? He was born on 11/2.",
     ["Laura King had a baby boy last week. How do we add him to her accident policy? He was born on 11/2."]),
    ("Laura King quit smoking in March.\n\nCan her rate change? And when is our next bill due?",
     ["Laura King quit smoking in March. Can her rate change?", "And when is our next bill due?"]),
    ("Laura King coverage", ["Laura King coverage"]),
    ("", []),
])
def test_questions_are_split_with_their_context(body, parts):
    assert split_questions(body) == parts


def test_many_questions_are_capped():
    body = " ".join(f"What is the premium of policy {n}?" for n in range(10))
    parts = split_questions(body)
    assert len(parts) == 6 and parts[-1].count("?") == 5


def test_html_is_read_as_text_without_the_quoted_part():
    html = ("<html><head><style>p {color: red}</style></head><body><p>What does <b>Laura&nbsp;King</b> have?</p>"
            "<ul><li>one</li><li>two</li></ul><div class='gmail_quote'>On Monday you wrote:"
            "<blockquote>old <div>text</div></blockquote></div><p>after</p></body></html>")
    assert html_to_text(html) == "What does Laura King have?\n\n• one\n• two\n\nafter"


def _mail(**headers) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Dana Ortiz <Dana@PrairieMill.example>")
    msg["Subject"] = "Question"
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content("What coverage does Laura King have?")
    return bytes(msg)


def test_headers_sender_and_thread_ids():
    parsed = parse(_mail(Message_ID="<a@x>", In_Reply_To="<b@x>", References="<c@x> <b@x>"))
    assert parsed.sender == "dana@prairiemill.example" and parsed.sender_name == "Dana Ortiz"
    assert parsed.message_id == "<a@x>" and parsed.thread_ids == ["<b@x>", "<c@x>"]
    assert parsed.loop_reason is None


def test_a_mail_without_message_id_gets_a_stable_one():
    raw = _mail()
    assert parse(raw).message_id == parse(raw).message_id
    assert parse(raw).message_id != parse(raw + b"\n").message_id


@pytest.mark.parametrize("headers,envelope,reason", [
    ({"Auto_Submitted": "auto-replied"}, None, "Auto-Submitted"),
    ({"Auto_Submitted": "auto-notified; owner-email=x@y"}, None, "Auto-Submitted"),
    ({"Precedence": "junk"}, None, "Precedence"),
    ({"X_Autoreply": "yes"}, None, "X-Autoreply"),
    ({"From": "postmaster@prairiemill.example"}, None, "postmaster"),
    ({"From": "MAILER-DAEMON@mx.example"}, None, "mailer-daemon"),
    ({}, "", "bounce"),
    ({"From": "assist@employer-assist.example"}, None, "own address"),
    ({"Auto_Submitted": "no"}, None, None),
    ({"Precedence": "first-class"}, None, None),
])
def test_loop_markers(headers, envelope, reason):
    parsed = parse(_mail(**headers), own_address="assist@employer-assist.example", envelope_sender=envelope)
    if reason is None:
        assert parsed.loop_reason is None
    else:
        assert reason in parsed.loop_reason
