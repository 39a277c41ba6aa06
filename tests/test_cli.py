"""The command line as other systems use it (CONTRACT.md "Command line")."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import jwt

from tests.conftest import EXAMPLE_FEED, SECRET, read_feed


def run(*args, stdin: str | None = None, env: dict | None = None, timeout: int = 120):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "EA_SECRET": SECRET, **(env or {})})


def test_token_for_employer_and_admin():
    out = run("token", "--group", "G20417", "--user", "dana@prairiemill.example")
    assert out.returncode == 0
    claims = jwt.decode(out.stdout.strip(), SECRET, algorithms=["HS256"])
    assert claims["grp"] == "G20417" and claims["role"] == "employer" and claims["sub"] == "dana@prairiemill.example"
    assert claims["exp"] > 0
    claims = jwt.decode(run("token", "--admin", "alex").stdout.strip(), SECRET, algorithms=["HS256"])
    assert claims == {**claims, "role": "admin", "sub": "alex"} and "grp" not in claims
    bad = run("token", "--group", "G20417")
    assert bad.returncode == 2 and "--user" in bad.stderr


def test_import_twice_changes_nothing_the_second_time(db_url):
    first = run("import", str(EXAMPLE_FEED), "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "imported" in first.stdout and "2 new" in first.stdout
    second = run("import", str(EXAMPLE_FEED), "--db", db_url)
    assert second.returncode == 0
    assert "nothing changed" in second.stdout and " new" in second.stdout
    assert all(" 0 new " in line and " 0 changed " in line for line in second.stdout.splitlines()[1:])


def test_bad_feed_names_the_field_and_loads_nothing(db_url, tmp_path):
    feed = read_feed()
    feed["groups"][0]["employees"][0]["policies"][1]["product"] = "NOPE"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(feed))
    out = run("import", str(path), "--db", db_url)
    assert out.returncode == 2
    assert "groups[0].employees[0].policies[1].product" in out.stderr and "Traceback" not in out.stderr
    # nothing was loaded: a good import afterwards inserts everything
    good = run("import", str(EXAMPLE_FEED), "--db", db_url)
    assert "2 new" in good.stdout


def test_classify_streams_one_line_per_input():
    proc = subprocess.Popen([sys.executable, "-m", "bot", "classify"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "EA_TODAY": "2026-11-26", "EA_DATABASE_URL": ""})
    try:
        proc.stdin.write(json.dumps({"text": "Can we switch our billing to biweekly starting 12/1?"}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())          # answered before stdin is closed: streaming
        assert first["intent"] == "billing_mode"
        assert {"text", "intent", "confidence", "secondary_intents", "entities"} <= first.keys()
        modes = [e for e in first["entities"] if e["label"] == "BILLING_MODE"]
        assert modes and modes[0]["value"] == "biweekly"
        assert {"label", "text", "start", "end", "value"} <= modes[0].keys()
        dates = [e for e in first["entities"] if e["label"] == "DATE"]
        assert dates and dates[0]["value"] == "2026-12-01"
        proc.stdin.write("plain text line: hello there\n")
        proc.stdin.flush()
        second = json.loads(proc.stdout.readline())
        assert second["text"] == "plain text line: hello there"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_bad_database_url_is_a_clear_error(tmp_path):
    out = run("import", str(EXAMPLE_FEED), "--db", "mysql://x@y/z")
    assert out.returncode == 2 and "unsupported database" in out.stderr and "Traceback" not in out.stderr


def test_help_of_train_and_evaluate_lists_their_own_options():
    train = run("train", "--help")
    assert train.returncode == 0 and "--output" in train.stdout
    knowledge = run("evaluate", "--knowledge", "--help")
    assert knowledge.returncode == 0 and "--calibrate" in knowledge.stdout
