"""The page and the HTML report in a real headless browser (Debian's chromium, driven by selenium).

The page: a draft typed key by key is checked as it is typed, the marks sit on the flagged words
(a click at the centre of a mark puts the caret inside that flag's words, so the marks are
aligned with the text in the textarea), a click shows the rule's explanation, hovering shows
the message. The report of the example articles: every diagnostic marked at its words, and
visible. Screenshots are kept in $LINTNEWS_ARTIFACTS (default: the test's temporary directory).

``.ci/run`` installs chromium and chromedriver; elsewhere the tests are skipped when they are
missing, except under CI, where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from liveserver import live_server, post
from reportparse import shown
from sourcetext import source_range

from lintnews.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DRAFT = (
    "Shocking scenes at the harbour\n\n"
    "Sources say the mayor is believed to have hidden the report. Café owners slammed the plan.\n\n"
    "\u201cIt was a shocking decision,\u201d said Maria Okafor, who runs the ferry kiosk.\n"
)

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")

# the words each diagnostic's marks cover, for every file section or the page: {index: text}
MARKED_WORDS = """
var scope = arguments[0], out = {};
scope.querySelectorAll("mark.ln-m[data-d]").forEach(function (m) {
  if (m.classList.contains("ln-swatch")) return;
  var r = m.getBoundingClientRect();
  m.getAttribute("data-d").split(" ").forEach(function (i) {
    out[i] = out[i] || {text: "", visible: true};
    out[i].text += m.textContent;
    if (m.textContent && !(r.width > 0 && r.height > 0)) out[i].visible = false;
  });
});
return out;
"""


def _artifacts(tmp_path: Path) -> Path:
    where = Path(os.environ.get("LINTNEWS_ARTIFACTS") or tmp_path)
    where.mkdir(parents=True, exist_ok=True)
    return where


@pytest.fixture(scope="module")
def driver():
    if not (CHROMIUM and CHROMEDRIVER):
        message = "chromium and chromedriver are needed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="lintnews-chromium-")
    # (on a closed network chromium's own connections hang without these)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,1000", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server():
    with live_server("--workers", "1") as s:
        yield s


def _wait(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d))


def _checked(driver) -> bool:
    """The page shows the answer for the text now in the textarea."""
    return driver.execute_script(
        "var b = document.getElementById('backdrop'), t = document.getElementById('draft');"
        "return !!b.getAttribute('data-checked') && !b.querySelector('.ln-tail') &&"
        " b.textContent === t.value && /flag|No problems/.test(document.getElementById('status').textContent);"
    )


def _at_mark(driver, i: int):
    """Scroll flag ``i``'s first mark into view and put the mouse at the centre of its first
    line box (measured now: an explanation that opens above it may have moved it)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    draft = driver.find_element(By.ID, "draft")
    dx, dy = driver.execute_script(
        "var m = document.querySelector('#backdrop mark.ln-m[data-d~=\"' + arguments[0] + '\"]');"
        "m.scrollIntoView({block: 'center'});"
        "var r = m.getClientRects()[0], t = arguments[1].getBoundingClientRect();"
        "return [Math.round(r.left + r.width / 2 - (t.left + t.width / 2)),"
        "        Math.round(r.top + r.height / 2 - (t.top + t.height / 2))];", str(i), draft)
    return ActionChains(driver).move_to_element_with_offset(draft, dx, dy)


def _click_in_mark(driver, i: int):
    """Click the editor at the centre of the first line box of flag ``i``'s first mark; the caret
    offset (code points) the click gave."""
    from selenium.webdriver.common.by import By

    _at_mark(driver, i).click().perform()
    draft = driver.find_element(By.ID, "draft")
    return driver.execute_script(
        "var t = arguments[0]; return Array.from(t.value.slice(0, t.selectionStart)).length;", draft)


def test_the_page_marks_a_typed_draft_and_explains_a_flag(driver, server, tmp_path):
    from selenium.webdriver.common.by import By

    driver.get(server.url)
    draft = driver.find_element(By.ID, "draft")
    draft.click()
    draft.send_keys(DRAFT)
    _wait(driver, _checked)
    conn = server.connection()
    status, expected = post(conn, {"text": driver.execute_script("return arguments[0].value", draft)})
    conn.close()
    assert status == 200
    text = driver.execute_script("return arguments[0].value", draft)
    assert text == DRAFT
    diagnostics = expected["diagnostics"]
    marked = driver.execute_script(MARKED_WORDS, driver.find_element(By.ID, "page"))
    assert len(marked) == len(diagnostics) >= 4
    for i, d in enumerate(diagnostics):
        assert marked[str(i)]["text"] == text[d["offset"]:d["end_offset"]], d
        assert marked[str(i)]["visible"], d
    words = {m["text"] for m in marked.values()}
    assert {"Shocking", "Sources say", "is believed to", "slammed"} <= words
    assert not any("shocking decision" in w for w in words)  # the quoted speaker's words
    assert driver.find_element(By.ID, "flags").find_elements(By.CSS_SELECTOR, ".ln-item")

    # a click on a flagged word lands inside its words (the marks line up with the text)
    # and opens the rule's explanation from the service
    for i, d in enumerate(diagnostics):
        caret = _click_in_mark(driver, i)
        assert d["offset"] <= caret <= d["end_offset"], (d, caret)
    i = next(k for k, d in enumerate(diagnostics) if d["rule"] == "unattributed-claim/vague-source")
    _click_in_mark(driver, i)
    conn = server.connection()
    conn.request("GET", "/v1/rules/unattributed-claim/vague-source")
    rule = json.loads(conn.getresponse().read())
    conn.close()
    explanation = _wait(driver, lambda dr: dr.execute_script(
        "var e = document.querySelector('.ln-item.ln-active .ln-explain');"
        "return e && !e.hidden && e.textContent;"))
    assert explanation == rule["help"]
    active = driver.execute_script("return Array.from(document.querySelectorAll('#backdrop mark.ln-active'))"
                                   ".map(function (m) { return m.textContent; }).join('')")
    assert active == "Sources say"

    # hovering over a mark shows its message
    _at_mark(driver, i).move_by_offset(1, 0).perform()  # (where the mark is now, not where it was)
    tip = _wait(driver, lambda dr: dr.execute_script(
        "var t = document.getElementById('ln-tip'); return t && t.style.display === 'block' && t.textContent;"))
    assert diagnostics[i]["message"] in tip
    driver.save_screenshot(str(_artifacts(tmp_path) / "page.png"))

    # editing re-checks: the flags follow the text
    edited = "Zo\u00eb " + "\U0001F389" * 12 + " wrote: allegedly the fire was set."  # (12 > 9 letters)
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input'));", draft, edited)
    _wait(driver, _checked)
    marked = driver.execute_script(MARKED_WORDS, driver.find_element(By.ID, "page"))
    assert [m["text"] for m in marked.values()] == ["allegedly"]
    caret = _click_in_mark(driver, 0)  # after the emoji: code points, not UTF-16 units
    assert edited.index("allegedly") <= caret <= edited.index("allegedly") + len("allegedly")
    flag = _wait(driver, lambda dr: dr.execute_script(
        "var e = document.querySelector('.ln-item.ln-active'); return e && e.getAttribute('data-rule');"))
    assert flag == "unattributed-claim/doubt-adverb"


def test_the_report_of_the_examples_marks_every_diagnostic_in_the_browser(driver, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    report = tmp_path / "report.html"
    CliRunner().invoke(main, ["check", "-f", "html", "-o", str(report), str(EXAMPLES)])
    diagnostics = json.loads(CliRunner().invoke(main, ["check", "-f", "json", str(EXAMPLES)]).output)["diagnostics"]
    assert len(diagnostics) >= 15
    driver.get(report.as_uri())
    by_path: dict[str, list[dict]] = {}
    for d in diagnostics:
        by_path.setdefault(d["path"], []).append(d)
    checked = 0
    for section in driver.find_elements(By.CSS_SELECTOR, "section.ln-file"):
        path = section.get_attribute("data-path")
        items = by_path.pop(path, [])
        marked = driver.execute_script(MARKED_WORDS, section)
        assert len(marked) == len(items), path
        source = Path(path).read_bytes().decode("utf-8")
        for i, d in enumerate(items):
            lo, hi = source_range(source, type("D", (), d))
            assert marked[str(i)]["text"] == shown(source[lo:hi]), (path, d)
            assert marked[str(i)]["visible"], (path, d)
            checked += 1
    assert not by_path and checked == len(diagnostics)

    # each category's marks differ in underline style as well as colour (readable in greyscale)
    styles = driver.execute_script(
        "return Array.from(document.querySelectorAll('.ln-legend mark')).map(function (m) {"
        "  var s = getComputedStyle(m); return [m.textContent, s.textDecorationLine + ' ' + s.textDecorationStyle];"
        "});")
    assert len(styles) >= 3 and len({style for _, style in styles}) == len(styles), styles

    # the list's place link lights up the words; hovering over them shows the message and why
    place = driver.find_element(By.CSS_SELECTOR, "section.ln-file .ln-item .ln-place")
    place.click()
    assert driver.find_elements(By.CSS_SELECTOR, "section.ln-file mark.ln-m.ln-active")
    mark = driver.find_element(By.CSS_SELECTOR, "section.ln-file mark.ln-m.ln-active")
    ActionChains(driver).move_to_element(mark).perform()
    tip = _wait(driver, lambda dr: dr.execute_script(
        "var t = document.getElementById('ln-tip'); return t && t.style.display === 'block' && t.textContent;"))
    assert "Why:" in tip
    driver.save_screenshot(str(_artifacts(tmp_path) / "report.png"))
