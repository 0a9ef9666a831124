"""Rule codes the user writes (``--select``, ``--ignore``, config): a typo is an error that
names the nearest code, every config file is checked whatever the order, and proselint's
check families work as prefixes like lintnews's own rule ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run

from lintnews.engine.selection import is_selected
from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the harbour will close. It was a shocking decision.\n"
# a straight-quoted word and three dots: proselint's typography checks; "very unique": another family
PROSE = 'The mayor called it "final"... It was a very unique plan, the council said.\n'


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    p = tmp_path / "draft.txt"
    p.write_text(CLAIM, encoding="utf-8")
    return p


# -- 18.1: typos on the command line ------------------------------------------------------------

@pytest.mark.parametrize("option, typo, nearest", [
    ("--select", "unattributed-claims", "unattributed-claim"),
    ("--ignore", "loaded-languag", "loaded-language"),
    ("--ignore", "unattributed-claim/vague-sources", "unattributed-claim/vague-source"),
    # a half-remembered name: the rule it shortens, not the category (whose whole-string
    # ratio is higher against a short typo)
    ("--select", "unattributed-claim/pasive", "unattributed-claim/passive-attribution"),
    ("--ignore", "unattributed-claim/passive", "unattributed-claim/passive-attribution"),
])
def test_a_typo_in_select_or_ignore_is_exit_2_naming_the_nearest_code(draft, option, typo, nearest):
    code, out, err = run("check", option, typo, str(draft))
    assert code == ExitCode.USAGE_OR_INPUT
    assert out == ""  # nothing linted with a selection the user did not mean
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0] == f"lintnews: {option}: unknown rule or category {typo!r} (did you mean {nearest!r}?)"


def test_valid_codes_comma_separated_still_work(draft):
    code, out, err = run("check", "-f", "json", "--select", "unattributed-claim,loaded-language/emotive",
                         "--ignore", "ALL", "--ignore", "loaded-language", str(draft))
    assert err == "" and code == ExitCode.FINDINGS
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]}
    assert rules == {"unattributed-claim/vague-source", "loaded-language/emotive"}


def test_a_config_typo_names_the_nearest_code_too(tmp_path, draft):
    (tmp_path / ".lintnews.toml").write_text('ignore = ["advertorial/newsletter-plugs"]\n')
    code, _, err = run("check", str(draft))
    assert code == ExitCode.USAGE_OR_INPUT
    assert "ignore: unknown rule or category 'advertorial/newsletter-plugs' " \
           "(did you mean 'advertorial/newsletter-plug'?)" in err


# -- 18.2: every config file is validated, whatever the order -----------------------------------

@pytest.fixture
def two_folders(tmp_path: Path, monkeypatch) -> Path:
    """a/ with a good config, b/ with a typo in select; a claim in each."""
    monkeypatch.chdir(tmp_path)
    for name, select in (("a", "unattributed-claim"), ("b", "unattributed-claims")):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".lintnews.toml").write_text(f'select = ["{select}"]\n')
        (tmp_path / name / "story.txt").write_text(CLAIM)
    return tmp_path


@pytest.mark.parametrize("order", [[".",], ["a", "b"], ["b", "a"], ["b/story.txt", "a/story.txt"]])
def test_each_config_is_checked_whatever_the_order(two_folders, order):
    """Before: `check .` and `check a b` exited 1 without a word about b's typo."""
    code, out, err = run("check", "-f", "line", *order)
    assert code == ExitCode.USAGE_OR_INPUT, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err  # reported once, not once per file
    assert "b/.lintnews.toml: select: unknown rule or category 'unattributed-claims'" in lines[0]
    # the folder with a good config is still linted; the other is not linted with a broken config
    assert "story.txt:1:1: warning:" in out and "a/story.txt" in out and "b/story.txt" not in out


def test_one_bad_config_reported_once_for_many_files(two_folders):
    for i in range(5):
        (two_folders / "b" / f"more{i}.txt").write_text(CLAIM)
    code, _, err = run("check", "b")
    assert code == ExitCode.USAGE_OR_INPUT and len(err.splitlines()) == 1, err


# -- 18.4: proselint families as prefixes -------------------------------------------------------

def test_dotted_sub_ids_match_on_whole_segments():
    rid = "style/proselint/typography.symbols.curly_quotes"
    assert not is_selected(rid, "style", (), ("style/proselint/typography",))
    assert not is_selected(rid, "style", (), ("style/proselint/typography.symbols",))
    assert is_selected(rid, "style", (), ("style/proselint/typo",))  # not a segment: no match
    assert is_selected(rid, "style", ("style/proselint/typography",), ())
    assert not is_selected("style/proselint/typographyx", "style", ("style/proselint/typography",), ())


def _proselint_rules(tmp_path: Path, *args: str) -> tuple[int, set[str], str]:
    p = tmp_path / "review.txt"
    p.write_text(PROSE, encoding="utf-8")
    code, out, err = run("check", "--with-proselint", "-f", "json", *args, str(p))
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]} if out else set()
    return code, rules, err


def test_ignore_a_proselint_family_by_its_readme_name(tmp_path):
    """Before: --ignore style/proselint/typography silenced nothing and said nothing."""
    _, everything, _ = _proselint_rules(tmp_path)
    typography = {r for r in everything if r.startswith("style/proselint/typography.")}
    assert typography, everything  # the sentence does trigger the family
    _code, rules, err = _proselint_rules(tmp_path, "--ignore", "style/proselint/typography")
    assert err == ""
    assert rules == everything - typography and rules


def test_select_a_proselint_family(tmp_path):
    _, rules, err = _proselint_rules(tmp_path, "--select", "style/proselint/typography")
    assert err == "" and rules and all(r.startswith("style/proselint/typography.") for r in rules)


def test_an_unknown_proselint_family_is_an_error(tmp_path):
    code, _, err = _proselint_rules(tmp_path, "--ignore", "style/proselint/typo")
    assert code == ExitCode.USAGE_OR_INPUT
    assert err.strip() == ("lintnews: --ignore: unknown rule or category 'style/proselint/typo' "
                           "(did you mean 'style/proselint/typography'?)")


def test_a_proselint_code_without_proselint_says_how_to_enable_it(draft):
    code, _, err = run("check", "--ignore", "style/proselint/typography", str(draft))
    assert code == ExitCode.USAGE_OR_INPUT and "--with-proselint" in err and len(err.splitlines()) == 1


def test_a_config_may_name_a_proselint_family(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text('proselint = true\nignore = ["style/proselint/typography"]\n')
    (tmp_path / "review.txt").write_text(PROSE, encoding="utf-8")
    _code, out, err = run("check", "-f", "json", "review.txt")
    assert err == "", err
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]}
    assert rules and not any(r.startswith("style/proselint/typography") for r in rules)
