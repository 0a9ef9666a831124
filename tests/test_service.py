"""The checking service through Starlette's test client: the contract of ``POST /v1/check``
(the JSON format's diagnostics plus offsets), the rules, the limits, and one-line JSON errors
for everything a client can get wrong."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportparse import parse_fragment
from sourcetext import source_range
from starlette.testclient import TestClient

from lintnews.cli import main
from lintnews.integrations.service.app import create_app
from lintnews.integrations.service.limits import Limits
from lintnews.integrations.service.linter import ServiceLinter

ROOT = Path(__file__).resolve().parent.parent
DRAFT = (
    "Harbour row deepens\n\n"
    "Sources say the mayor is believed to have hidden the report. Café owners slammed the plan.\n\n"
    "\u201cIt was a shocking decision,\u201d said Maria Okafor, who runs the ferry kiosk.\n"
)


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> Path:
    """An empty config of the server's own (the defaults), so the checkout's config cannot matter."""
    path = tmp_path_factory.mktemp("service") / ".lintnews.toml"
    path.write_text("", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client(config):
    app = create_app(str(config), Limits(workers=1, max_bytes=200_000))
    with TestClient(app) as c:
        yield c


def cli_json(config: Path, text: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "-f", "json", "--config", str(config), *args, "-"], input=text)
    return json.loads(result.output)["diagnostics"]


class _D:
    def __init__(self, item: dict) -> None:
        self.__dict__.update(item)


def check(client, **body):
    r = client.post("/v1/check", json=body)
    assert r.status_code == 200, r.text
    return r.json()["diagnostics"]


def assert_one_line_error(r, status: int, words: str = "") -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert list(body) == ["error"] and "\n" not in body["error"] and "Traceback" not in body["error"]
    assert words in body["error"]


# -- the contract ------------------------------------------------------------------------------

def test_check_answers_the_json_formats_diagnostics_plus_offsets(client, config):
    found = check(client, text=DRAFT)
    expected = cli_json(config, DRAFT)
    assert len(found) >= 3
    assert [{k: v for k, v in d.items() if k not in ("offset", "end_offset")} for d in found] == expected
    for d in found:
        lo, hi = source_range(DRAFT, _D(d))
        assert (d["offset"], d["end_offset"]) == (lo, hi)
    words = {DRAFT[d["offset"]:d["end_offset"]] for d in found}
    assert {"Sources say", "is believed to", "slammed"} <= words
    assert not any("shocking" in w for w in words)  # Maria Okafor's word, in her quotation


def test_offsets_count_code_points_after_emoji_and_crlf(client):
    text = "Zoë 🎉 reports\r\nSources say the 🎉 plan is shocking.\r\n"
    found = check(client, text=text)
    assert {text[d["offset"]:d["end_offset"]] for d in found} >= {"Sources say", "shocking"}


@pytest.mark.parametrize(("fmt", "text", "words"), [
    ("markdown", "# Plan\n\n**Sources say** the plan is *shocking*.\n", {"Sources say", "shocking"}),
    ("html", "<article><p>Sources&nbsp;say the plan is <em>shocking</em>.</p></article>",
     {"Sources&nbsp;say", "shocking"}),
])
def test_markdown_and_html_offsets_are_in_the_submitted_source(client, fmt, text, words):
    found = check(client, text=text, format=fmt)
    assert {text[d["offset"]:d["end_offset"]] for d in found} == words


def test_select_ignore_and_profile(client):
    everything = check(client, text=DRAFT)
    categories = {d["category"] for d in everything}
    assert {"unattributed-claim", "loaded-language"} <= categories
    ignored = check(client, text=DRAFT, ignore=["unattributed-claim"])
    assert ignored == [d for d in everything if d["category"] != "unattributed-claim"]
    selected = check(client, text=DRAFT, select="loaded-language/attack-verb")
    assert [d["rule"] for d in selected] == ["loaded-language/attack-verb"]
    opinion = check(client, text=DRAFT, profile="opinion")
    assert {d["severity"] for d in opinion if d["category"] == "loaded-language"} == {"info"}
    assert any(d["severity"] == "warning" for d in everything if d["category"] == "loaded-language")


def test_markup_marks_every_diagnostic_at_its_words_and_escapes_the_text(client):
    text = 'Sources say <script>alert("x")</script> was <b>shocking</b> & worse.\n'
    r = client.post("/v1/check", json={"text": text, "markup": True})
    body = r.json()
    assert body["diagnostics"]
    markup = body["markup"]
    assert "<script" not in markup["text"] and "<b>" not in markup["text"]
    shown = parse_fragment(markup["text"])
    assert shown.text == text
    for i, d in enumerate(body["diagnostics"]):
        assert shown.words(i) == text[d["offset"]:d["end_offset"]]
    assert markup["list"].count('class="ln-item"') == len(body["diagnostics"])
    assert 'href="v1/rules/' in markup["list"]  # relative: the page works under a proxy's sub-path


# -- rules and health --------------------------------------------------------------------------

def test_rules_list_and_one_rule(client):
    linter = client.app.state.linter
    rules = client.get("/v1/rules").json()["rules"]
    assert [r["id"] for r in rules] == sorted(linter.registry.rules)
    one = client.get("/v1/rules/unattributed-claim/vague-source").json()
    rule = linter.registry.rules["unattributed-claim/vague-source"]
    assert one["help"] == rule.help_text and one["rationale"] == rule.rationale
    assert one["examples"]["trigger"] == list(rule.examples.trigger)
    assert_one_line_error(client.get("/v1/rules/no-such/rule"), 404, "unknown rule")


def test_a_sub_rule_is_explained_by_its_rule(config):
    linter = ServiceLinter(str(config))
    assert linter.rule("loaded-language/emotive/some-sub-rule").id == "loaded-language/emotive"
    assert linter.rule("nothing/here") is None


def test_health(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["workers"] == {"alive": 1, "size": 1}


def test_the_page_and_its_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "textarea" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    for name in ("lintnews.css", "lintnews.js", "page.css", "page.js"):
        assert f'href="assets/{name}"' in page.text or f'src="assets/{name}"' in page.text
        assert client.get(f"/assets/{name}").status_code == 200
    from lintnews.output.web import asset

    assert client.get("/assets/lintnews.js").text == asset("lintnews.js")  # the report's own script
    assert_one_line_error(client.get("/assets/..%2f..%2fpyproject.toml"), 404)
    assert_one_line_error(client.get("/assets/report.css"), 404)


# -- bad requests ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "words"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not valid JSON"),
    (b"[1, 2]", "JSON object"),
    (b'{"format": "plain"}', "text: required"),
    (b'{"text": 42}', "text: required"),
    (b'{"text": "x", "path": "/etc/passwd"}', "unknown key 'path'"),
    (b'{"text": "x", "format": "docx"}', "format: must be one of"),
    (b'{"text": "x", "profile": "tabloid"}', "profile: must be one of"),
    (b'{"text": "x", "select": ["no-such-rule"]}', "unknown rule or category"),
    (b'{"text": "x", "ignore": [1]}', "ignore: must be a list"),
    (b'{"text": "x", "markup": "yes"}', "markup: must be true or false"),
    (b'{"text": "a\\u0000b"}', "NUL character"),
    (b'{"text": "\\ud800"}', "lone surrogate"),
    (b"[" * 100_000, "not valid JSON"),
])
def test_bad_requests_get_a_400_with_one_line(client, body, words):
    r = client.post("/v1/check", content=body, headers={"Content-Type": "application/json"})
    assert_one_line_error(r, 400, words)


def test_other_client_errors(client):
    assert_one_line_error(client.post("/v1/check", data={"text": "x"}), 415, "application/json")
    assert_one_line_error(client.get("/v1/check"), 405, "method not allowed")
    assert_one_line_error(client.get("/v1/nothing"), 404, "not found")
    big = json.dumps({"text": "word " * 50_000}).encode()
    assert_one_line_error(client.post("/v1/check", content=big, headers={"Content-Type": "application/json"}),
                          413, "--max-bytes")

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(50):
            yield b" " * 10_000

    r = client.post("/v1/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert_one_line_error(r, 413, "--max-bytes")
    assert check(client, text="Sources say so.")  # and the service goes on


# -- time limit and dying workers ----------------------------------------------------------------

def test_a_check_past_the_time_limit_gets_503_and_its_worker_is_replaced(config):
    text = (ROOT / "examples" / "harbour-fire.txt").read_text(encoding="utf-8") * 1500  # ~1.5 MB
    app = create_app(str(config), Limits(workers=1, timeout=0.5, max_bytes=5_000_000))
    with TestClient(app) as c:
        pool = app.state.pool
        (before,) = pool.pids
        started = time.monotonic()
        r = c.post("/v1/check", json={"text": text})
        assert_one_line_error(r, 503, "--timeout")
        assert time.monotonic() - started < 5
        deadline = time.monotonic() + 60
        while pool.pids in ([], [before]) and time.monotonic() < deadline:
            time.sleep(0.1)
        (after,) = pool.pids
        assert after != before
        with pytest.raises(ProcessLookupError):
            os.kill(before, 0)  # the overrunning worker was killed, not left linting
        assert check(c, text="Sources say so.")


def test_a_worker_warms_up_on_every_family_before_it_says_ready():
    """The warm-up draft a worker lints before serving must hold a cue of each family, or
    the first request still pays for compiling that family's patterns."""
    from lintnews.integrations.service.linter import WARM_UP_TEXT

    linted = ServiceLinter(no_plugins=True).lint(WARM_UP_TEXT)
    assert {d.category for d in linted.diagnostics} >= {"unattributed-claim", "loaded-language", "advertorial"}


def test_a_worker_that_died_while_idle_is_replaced_without_failing_a_request(client):
    pool = client.app.state.pool
    (pid,) = pool.pids
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while pid in pool.pids and time.monotonic() < deadline:
        time.sleep(0.05)
    assert check(client, text="Sources say so.")
    assert pool.pids and pid not in pool.pids


# -- the server's config and the command ---------------------------------------------------------

def test_the_servers_own_config_applies(tmp_path):
    cfg = tmp_path / ".lintnews.toml"
    cfg.write_text('ignore = ["loaded-language"]\n[severity]\n"unattributed-claim/vague-source" = "error"\n',
                   encoding="utf-8")
    with TestClient(create_app(str(cfg), Limits(workers=1))) as c:
        found = check(c, text="Sources say the mayor slammed the plan.")
    assert [(d["rule"], d["severity"]) for d in found] == [("unattributed-claim/vague-source", "error")]


def _serve(*args: str, env: dict | None = None, code: str = "") -> subprocess.CompletedProcess:
    script = code + "import sys; from lintnews.cli import main; sys.argv = ['lintnews', 'serve', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_serve_without_the_extra_says_which_extra_and_exits_2():
    run = _serve(code="import sys; sys.modules['starlette'] = None; ")
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "lintnews[server]" in run.stderr
    assert "Traceback" not in run.stderr


def test_serve_with_a_bad_config_or_a_busy_port_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 'red'\n", encoding="utf-8")
    run = _serve("--port", "0", "--config", str(bad))
    assert run.returncode == 2 and "unknown key" in run.stderr and "Traceback" not in run.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        run = _serve("--port", str(busy.getsockname()[1]))
    assert run.returncode == 2 and "cannot listen" in run.stderr and "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0
