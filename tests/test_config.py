"""Configuration files: discovery, precedence, every key, every error."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.config.config import CliOptions, Resolver, find_config_file, load_config

LINE2 = "Allegedly, the iconic quay needs repairs."
LINE3 = "The repair plan was a fine one."
DRAFT = f"Council approves harbour budget\n{LINE2}\n{LINE3}\n"

HOUSE_PACK = """
[pack]
category = "house"

[[rules]]
id = "house/jargon"
summary = "Council jargon our readers do not use."
rationale = "Plain words for readers."
message = "'{match}' is council jargon."
suggestion = "Say what it means."
terms = ["stakeholders"]
[rules.examples]
trigger = ["The stakeholders met."]
no_trigger = ["The residents met."]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def rules_of(stdout: str) -> list[str]:
    return [d["rule"] for d in json.loads(stdout)["diagnostics"]]


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "1")
    write(tmp_path / "drafts" / "budget.txt", DRAFT)
    return tmp_path


# -- discovery -------------------------------------------------------------------------


def test_no_config_lints_with_defaults(repo):
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert code == 1
    assert sorted(rules_of(out)) == ["loaded-language/puffery", "unattributed-claim/doubt-adverb"]


def test_pyproject_found_walking_up(repo):
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.lintnews]\nignore = ["loaded-language"]\n')
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert rules_of(out) == ["unattributed-claim/doubt-adverb"]


def test_nearest_config_wins_and_lintnews_toml_beats_pyproject(repo):
    write(repo / "pyproject.toml", '[tool.lintnews]\nignore = ["loaded-language"]\n')
    write(repo / "drafts" / "pyproject.toml", '[tool.lintnews]\nignore = ["unattributed-claim"]\n')
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert rules_of(out) == ["loaded-language/puffery"]
    write(repo / "drafts" / ".lintnews.toml", 'select = ["advertorial"]\n')
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert (code, rules_of(out)) == (0, [])


def test_pyproject_without_table_is_skipped(repo):
    write(repo / "pyproject.toml", '[tool.lintnews]\nignore = ["loaded-language"]\n')
    write(repo / "drafts" / "pyproject.toml", '[project]\nname = "drafts"\n')
    assert find_config_file(repo / "drafts") == repo / "pyproject.toml"
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert rules_of(out) == ["unattributed-claim/doubt-adverb"]


def test_each_file_gets_its_own_config(repo):
    write(repo / "opinion" / ".lintnews.toml", 'ignore = ["loaded-language"]\n')
    write(repo / "opinion" / "column.txt", DRAFT)
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt", "opinion/column.txt")
    diags = json.loads(out)["diagnostics"]
    assert sorted((Path(d["path"]).parent.name, d["rule"]) for d in diags) == [
        ("drafts", "loaded-language/puffery"), ("drafts", "unattributed-claim/doubt-adverb"),
        ("opinion", "unattributed-claim/doubt-adverb"),
    ]


def test_config_option_overrides_discovery(repo):
    write(repo / "drafts" / ".lintnews.toml", 'ignore = ["unattributed-claim"]\n')
    write(repo / "ci.toml", 'ignore = ["loaded-language"]\n')
    _, out, _ = run("check", "-f", "json", "--config", "ci.toml", "drafts/budget.txt")
    assert rules_of(out) == ["unattributed-claim/doubt-adverb"]


def test_stdin_uses_stdin_filename_directory(repo):
    write(repo / "drafts" / ".lintnews.toml", 'ignore = ["unattributed-claim"]\n')
    result = CliRunner().invoke(main, ["check", "-f", "json", "--stdin-filename", "drafts/new.md", "-"],
                                input="# Budget\n\nAllegedly, the iconic quay needs repairs.\n")
    assert rules_of(result.stdout) == ["loaded-language/puffery"]


# -- precedence ------------------------------------------------------------------------


def test_cli_select_replaces_and_ignore_adds(repo):
    write(repo / ".lintnews.toml", 'select = ["loaded-language"]\nignore = ["advertorial"]\n')
    _, out, _ = run("check", "-f", "json", "--select", "unattributed-claim", "drafts/budget.txt")
    assert rules_of(out) == ["unattributed-claim/doubt-adverb"]
    _, out, _ = run("check", "-f", "json", "--ignore", "loaded-language/puffery", "drafts/budget.txt")
    assert rules_of(out) == []


def test_cli_fail_on_beats_config(repo):
    write(repo / ".lintnews.toml", 'fail_on = "error"\n')
    code, _, _ = run("check", "drafts/budget.txt")
    assert code == 0
    code, _, _ = run("check", "--fail-on", "warning", "drafts/budget.txt")
    assert code == 1


def test_min_severity_hides_what_is_below_it_and_the_cli_beats_config(repo):
    # the house lowers puffery to a hint, and shows warnings only: the hint is gone, not counted
    write(repo / ".lintnews.toml", 'min_severity = "warning"\n[severity]\n"loaded-language/puffery" = "info"\n')
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert code == 1 and rules_of(out) == ["unattributed-claim/doubt-adverb"]
    _, out, _ = run("check", "-f", "json", "--min-severity", "info", "drafts/budget.txt")
    assert sorted(rules_of(out)) == ["loaded-language/puffery", "unattributed-claim/doubt-adverb"]
    # below the least severity shown nothing fails the run, whatever --fail-on says
    code, out, _ = run("check", "-f", "json", "--min-severity", "error", "--fail-on", "info", "drafts/budget.txt")
    assert code == 0 and rules_of(out) == []
    # --exit-zero: the report in full, the run passes
    code, out, _ = run("check", "-f", "json", "--exit-zero", "drafts/budget.txt")
    assert code == 0 and rules_of(out) == ["unattributed-claim/doubt-adverb"]
    code, _, _ = run("check", "--exit-zero", "drafts/missing.txt")
    assert code == 2  # an input that cannot be read still fails
    _, out, _ = run("config", "drafts/budget.txt")
    assert 'min_severity = "warning"' in out


def paths_of(stdout: str) -> list[str]:
    return sorted({Path(d["path"]).as_posix() for d in json.loads(stdout)["diagnostics"]})


def test_exclude_leaves_out_files_a_walk_finds(repo):
    for name in ("archive/2019/old.txt", "templates/box.md", "drafts/notes/README.md"):
        write(repo / name, DRAFT)
    _, out, _ = run("check", "-f", "json", ".")
    assert len(paths_of(out)) == 4
    # a directory glob leaves out everything below it; a bare name matches at any depth
    write(repo / ".lintnews.toml", 'exclude = ["archive", "README.md"]\n')
    _, out, _ = run("check", "-f", "json", ".")
    assert paths_of(out) == ["drafts/budget.txt", "templates/box.md"]
    # --exclude adds (relative to the working directory), "**/" at any depth
    _, out, _ = run("check", "-f", "json", "--exclude", "**/box.md", ".")
    assert paths_of(out) == ["drafts/budget.txt"]
    _, out, _ = run("check", "-f", "json", "--exclude", str(repo.resolve() / "templates"), ".")  # absolute
    assert paths_of(out) == ["drafts/budget.txt"]
    _, out, _ = run("config", ".")
    assert 'exclude = ["archive", "README.md"]' in out
    code, _, err = run("check", "--exclude", "", ".")
    assert code == 2 and err.startswith("lintnews: --exclude: an empty glob")


def test_exclude_globs_spelt_as_paths(repo):
    # "./drafts", "drafts/" and "../<here>/drafts" name the directory: none silently matches nothing
    write(repo / "templates" / "box.md", DRAFT)
    here = repo.resolve().name
    for glob in ("./drafts", "drafts/", f"../{here}/drafts", f"{repo.resolve().as_posix()}/drafts/"):
        _, out, _ = run("check", "-f", "json", "--exclude", glob, ".")
        assert paths_of(out) == ["templates/box.md"], glob
    # a trailing slash matches a directory only, as in .gitignore
    _, out, _ = run("check", "-f", "json", "--exclude", "box.md/", ".")
    assert paths_of(out) == ["drafts/budget.txt", "templates/box.md"]
    write(repo / ".lintnews.toml", 'exclude = ["./templates/"]\n')
    _, out, _ = run("check", "-f", "json", ".")
    assert paths_of(out) == ["drafts/budget.txt"]


def test_force_exclude_holds_for_standard_input_by_its_name(repo):
    # an editor pipes a buffer with --stdin-filename: an excluded file is left out only when forced
    write(repo / ".lintnews.toml", 'exclude = ["archive"]\n')

    def piped(*args: str):
        result = CliRunner().invoke(main, ["check", "-f", "json", *args, "-"], input=DRAFT)
        return result.exit_code, rules_of(result.stdout), result.stderr

    assert piped("--stdin-filename", "archive/old.txt")[:2] == (1, ["unattributed-claim/doubt-adverb", "loaded-language/puffery"])
    code, found, err = piped("--force-exclude", "--stdin-filename", "archive/old.txt")
    assert (code, found) == (0, []) and "no file linted" in err
    assert piped("--force-exclude", "--stdin-filename", "drafts/new.txt")[0] == 1
    assert piped("--force-exclude")[0] == 1  # unnamed standard input is never excluded


def test_exclude_holds_for_links_and_unreadable_paths_in_an_excluded_directory(repo):
    # a broken link in the archive is left out with the rest (not an exit 2), and a link to a
    # draft, met first in the walk, does not hide the draft itself
    write(repo / ".lintnews.toml", 'exclude = ["archive"]\n')
    (repo / "archive").mkdir()
    (repo / "archive" / "gone.txt").symlink_to(repo / "nowhere.txt")
    (repo / "archive" / "budget.txt").symlink_to(Path("..") / "drafts" / "budget.txt")
    code, out, err = run("check", "-f", "json", ".")
    assert (code, paths_of(out), err) == (1, ["drafts/budget.txt"], "")
    code, _, err = run("check", "-f", "json", "--exclude", "drafts", ".")
    assert code == 0 and err == "lintnews: no file linted: the 3 found are excluded (exclude, --exclude)\n"


def test_why_walks_as_check_does(repo):
    # `why` shows the decisions `check` reports: a walk leaves out what exclude leaves out
    write(repo / "archive" / "old.txt", DRAFT)
    write(repo / ".lintnews.toml", 'exclude = ["archive"]\n')
    code, out, _ = run("why", ".")
    assert code == 0 and "budget.txt" in out and "old.txt" not in out
    _, out, _ = run("why", "archive/old.txt")  # named: explained all the same
    assert "old.txt" in out


def test_why_says_what_min_severity_hides(repo):
    write(repo / ".lintnews.toml", 'min_severity = "warning"\n[severity]\n"loaded-language/puffery" = "info"\n')
    _, out, _ = run("why", "drafts/budget.txt")
    (line,) = [x for x in out.splitlines() if "'iconic'" in x]
    assert line.endswith("[not reported: info is below the least severity shown (min_severity)]")
    _, out, _ = run("why", "--reported", "drafts/budget.txt")
    assert "'iconic'" not in out  # (check does not report it either)
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert "loaded-language/puffery" not in rules_of(out)


def test_show_config_says_what_exclude_does_to_the_path(repo):
    write(repo / "archive" / "old.txt", DRAFT)
    write(repo / ".lintnews.toml", 'exclude = ["archive"]\n')
    _, out, _ = run("config", "archive/old.txt", "drafts/budget.txt")
    old, budget = out.split("\n\n")
    assert "# excluded: not linted when a directory walk finds it (named on the command line it is" in old
    assert "excluded" not in budget.replace('exclude = ["archive"]', "")
    # --show-config shows --exclude's globs, which the file's exclude key cannot
    _, out, _ = run("check", "--show-config", "--exclude", "*.txt", "--force-exclude", "drafts/budget.txt")
    assert "# --exclude adds (relative to the working directory): *.txt\n" in out
    assert "# excluded: not linted when a directory walk finds it\n" in out


def test_exclude_spares_named_files_unless_forced(repo):
    write(repo / "archive" / "old.txt", DRAFT)
    write(repo / ".lintnews.toml", 'exclude = ["archive/*"]\n')
    code, out, _ = run("check", "-f", "json", "archive/old.txt")  # named: linted (ruff's rule)
    assert code == 1 and paths_of(out) == ["archive/old.txt"]
    code, out, err = run("check", "-f", "json", "--force-exclude", "archive/old.txt", "drafts/budget.txt")
    assert code == 1 and paths_of(out) == ["drafts/budget.txt"] and err == ""
    # nothing left: said in one line, not a silent pass
    code, out, err = run("check", "-f", "json", "--force-exclude", "archive/old.txt")
    assert code == 0 and rules_of(out) == []
    assert err == "lintnews: no file linted: the 1 found is excluded (exclude, --exclude)\n"


# -- every key -------------------------------------------------------------------------


def test_severity_by_rule_and_category(repo):
    write(repo / ".lintnews.toml", """
        fail_on = "error"
        [severity]
        "loaded-language" = "info"
        "unattributed-claim/doubt-adverb" = "error"
    """)
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    sev = {d["rule"]: d["severity"] for d in json.loads(out)["diagnostics"]}
    assert sev == {"loaded-language/puffery": "info", "unattributed-claim/doubt-adverb": "error"}
    assert code == 1


def test_rule_packs_relative_to_config_file(repo):
    write(repo / "style" / "house.toml", HOUSE_PACK)
    write(repo / "pyproject.toml", '[tool.lintnews]\nrule_packs = ["style/house.toml"]\n')
    write(repo / "drafts" / "jargon.txt", "The stakeholders met on Monday, the council said.\n")
    code, out, _ = run("check", "-f", "json", "drafts/jargon.txt")
    diags = json.loads(out)["diagnostics"]
    assert [(d["rule"], d["category"], d["message"]) for d in diags] == [
        ("house/jargon", "house", "'stakeholders' is council jargon.")]
    assert code == 1


def test_plugins_key_loads_module(repo, monkeypatch):
    write(repo / "plugins" / "house_plugin.py", '''
        import re
        from lintnews import Examples, Finding, Rule, Severity, hookimpl

        def check(doc):
            for m in re.finditer(r"\\bgonna\\b", doc.text):
                yield Finding(m.start(), m.end(), "sports slang")

        @hookimpl
        def lintnews_register_rules(register):
            register(Rule(id="house/slang", category="house", severity=Severity.WARNING,
                          summary="Slang.", rationale="Readers.", check_fn=check,
                          examples=Examples(trigger=("gonna win",), no_trigger=("easy",))))
    ''')
    monkeypatch.syspath_prepend(str(repo / "plugins"))
    monkeypatch.delenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD")  # (it stops config plugins too)
    write(repo / ".lintnews.toml", 'plugins = ["house_plugin"]\n')
    write(repo / "drafts" / "slang.txt", "The vote was gonna pass for the mayor, the council said.\n")
    # not an installed plugin: a module a repository's config names is imported only on opt-in
    # (tests/test_plugin_trust.py)
    code, _, err = run("check", "-f", "json", "drafts/slang.txt")
    assert code == 2 and "plugins: 'house_plugin' is not an installed plugin" in err
    _, out, _ = run("check", "--allow-config-plugins", "-f", "json", "drafts/slang.txt")
    assert rules_of(out) == ["house/slang"]


def test_proselint_key_runs_proselint_checks(repo):
    write(repo / "drafts" / "style.txt", "The council met on Monday, it said. It was very unique.\n")
    _, plain, _ = run("check", "-f", "json", "drafts/style.txt")
    assert not any(r.startswith("style/proselint") for r in rules_of(plain))
    write(repo / ".lintnews.toml", "proselint = true\n")
    _, out, _ = run("check", "-f", "json", "drafts/style.txt")
    assert any(r.startswith("style/proselint/") for r in rules_of(out)), out


def test_per_path_ignores(repo):
    write(repo / ".lintnews.toml", """
        [per_path_ignores]
        "drafts/*.txt" = ["loaded-language"]
        "**/wire/*" = "unattributed-claim"
    """)
    write(repo / "wire" / "copy.txt", DRAFT)
    _, out, _ = run("check", "-f", "json", "drafts/budget.txt", "wire/copy.txt")
    diags = json.loads(out)["diagnostics"]
    assert sorted((Path(d["path"]).parent.name, d["rule"]) for d in diags) == [
        ("drafts", "unattributed-claim/doubt-adverb"), ("wire", "loaded-language/puffery")]
    # a directory's glob covers what is below it, as exclude's does ("opinion", not only "opinion/*")
    write(repo / ".lintnews.toml", '[per_path_ignores]\n"opinion" = ["loaded-language"]\n')
    write(repo / "opinion" / "2024" / "column.txt", DRAFT)
    _, out, _ = run("check", "-f", "json", "opinion/2024/column.txt", "drafts/budget.txt")
    assert sorted((Path(d["path"]).parent.name, d["rule"]) for d in json.loads(out)["diagnostics"]) == [
        ("2024", "unattributed-claim/doubt-adverb"),
        ("drafts", "loaded-language/puffery"), ("drafts", "unattributed-claim/doubt-adverb")]


def test_accept_words_never_reported(repo):
    write(repo / ".lintnews.toml", 'accept = ["iconic", "allegedly"]\n')
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    assert (code, rules_of(out)) == (0, [])


def test_reject_words_reported_with_house_message(repo):
    write(repo / "pyproject.toml", """
        [tool.lintnews]
        reject = ["fine", { term = "quay", message = "We write 'harbour front', not '{match}'.", suggestion = "harbour front" }]
    """)
    code, out, _ = run("check", "-f", "json", "drafts/budget.txt")
    diags = [d for d in json.loads(out)["diagnostics"] if d["rule"] == "house/reject"]
    assert [(d["line"], d["column"], d["message"], d["suggestion"]) for d in diags] == [
        (2, LINE2.index("quay") + 1, "We write 'harbour front', not 'quay'.", "harbour front"),
        (3, LINE3.index("fine") + 1, "'fine' is on the house reject list.", None),
    ]
    assert code == 1
    code, out, _ = run("check", "-f", "json", "--ignore", "house", "drafts/budget.txt")
    assert "house/reject" not in rules_of(out)


def test_profile_key(repo):
    write(repo / ".lintnews.toml", 'profile = "opinion"\n')
    eff = Resolver(CliOptions()).for_path(str(repo / "drafts" / "budget.txt"))
    assert eff.settings.profile == "opinion"
    eff = Resolver(CliOptions(profile="news")).for_path(str(repo / "drafts" / "budget.txt"))
    assert eff.settings.profile == "news"


def test_engines_cached_per_config(repo):
    write(repo / "a" / ".lintnews.toml", 'ignore = ["advertorial"]\n')
    resolver = Resolver(CliOptions())
    e1 = resolver.for_path(str(repo / "a" / "x.txt")).engine
    e2 = resolver.for_path(str(repo / "a" / "y.md")).engine
    e3 = resolver.for_path(str(repo / "drafts" / "budget.txt")).engine
    assert e1 is e2 and e1 is not e3


def test_config_is_found_from_the_real_file(repo):
    """A symbolic link is followed to its file, and a file in a linked directory to that
    directory's real place: the config beside the real file applies (the search starts
    once per directory, so each case is tried with a sibling file first)."""
    write(repo / "desk" / ".lintnews.toml", 'profile = "opinion"\n')
    write(repo / "desk" / "column.txt", DRAFT)
    write(repo / "desk" / "other.txt", DRAFT)
    (repo / "drafts" / "link.txt").symlink_to(repo / "desk" / "column.txt")
    (repo / "mirror").symlink_to(repo / "desk", target_is_directory=True)
    resolver = Resolver(CliOptions())

    def profile(path: Path) -> str:
        return resolver.for_path(str(path)).settings.profile

    assert profile(repo / "drafts" / "budget.txt") == "news"
    assert profile(repo / "drafts" / "link.txt") == "opinion"  # (its sibling above: news)
    assert profile(repo / "mirror" / "other.txt") == "opinion"
    assert profile(repo / "mirror" / ".." / "drafts" / "budget.txt") == "news"
    assert profile(repo / "desk") == "opinion"  # a directory: its own config


# -- printing --------------------------------------------------------------------------


def test_config_command_and_show_config(repo):
    write(repo / "pyproject.toml", """
        [tool.lintnews]
        ignore = ["advertorial"]
        fail_on = "error"
        accept = ["iconic"]
        [tool.lintnews.severity]
        "loaded-language" = "info"
    """)
    code, out, _ = run("config", "drafts/budget.txt")
    assert code == 0
    assert "pyproject.toml [tool.lintnews]" in out
    assert 'ignore = ["advertorial"]' in out and 'fail_on = "error"' in out
    assert 'severity = {"loaded-language" = "info"}' in out and 'accept = ["iconic"]' in out
    code, out2, _ = run("check", "--show-config", "--ignore", "x/y", "drafts/budget.txt")
    assert code == 0 and 'ignore = ["advertorial", "x/y"]' in out2


# -- errors: one line naming the file and key, exit 2 ----------------------------------


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('selct = ["x"]\n', ".lintnews.toml: selct: unknown key"),
        ('select = "loaded-languag"\n', ".lintnews.toml: select: unknown rule or category 'loaded-languag'"),
        ("ignore = [1]\n", ".lintnews.toml: ignore: must be a list"),
        ('fail_on = "warn"\n', ".lintnews.toml: fail_on: unknown severity 'warn'"),
        ('min_severity = "hint"\n', ".lintnews.toml: min_severity: unknown severity 'hint'"),
        ('exclude = "archive,,old"\n', ".lintnews.toml: exclude: an empty glob in a comma-separated string"),
        ('[severity]\n"loaded-language" = "loud"\n', ".lintnews.toml: severity.loaded-language: unknown severity"),
        ('[severity]\n"house/nothing" = "info"\n', ".lintnews.toml: severity.house/nothing: unknown rule"),
        ("severity = 3\n", ".lintnews.toml: severity: must be a table"),
        ('profile = "column"\n', ".lintnews.toml: profile: must be one of news, opinion"),
        ('rule_packs = ["missing.toml"]\n', ".lintnews.toml: rule_packs: rule pack 'missing.toml' not found"),
        ('per_path_ignores = ["x"]\n', ".lintnews.toml: per_path_ignores: must be a table"),
        ('[per_path_ignores]\n"*.md" = ["nope"]\n', ".lintnews.toml: per_path_ignores.'*.md': unknown rule"),
        ('accept = "iconic"\n', ".lintnews.toml: accept: must be a list"),
        ("reject = [{ word = \"x\" }]\n", ".lintnews.toml: reject[0]: must be a word or a table"),
        ("reject = [{ term = \"x\", colour = \"red\" }]\n", ".lintnews.toml: reject[0]: unknown key 'colour'"),
        ("select = [\n", ".lintnews.toml: invalid TOML"),
        ('proselint = "yes"\n', ".lintnews.toml: proselint: must be true or false"),
    ],
)
def test_config_errors(repo, config, expected):
    write(repo / ".lintnews.toml", config)
    code, out, err = run("check", "drafts/budget.txt")
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert expected in err
    assert ".lintnews.toml" in err


def test_pack_errors_name_the_pack(repo):
    write(repo / "house.toml", "[[rules]]\nid = \"house/x\"\nsummary = \"s\"\nmessage = \"m\"\nterms = [\"a\"]\nbogus = 1\n")
    write(repo / ".lintnews.toml", 'rule_packs = ["house.toml"]\n')
    code, _, err = run("check", "drafts/budget.txt")
    assert code == 2 and "house.toml" in err and "bogus" in err and err.count("\n") == 1


def test_pyproject_error_names_the_table(repo):
    write(repo / "pyproject.toml", '[tool.lintnews]\nfail_on = "never"\n')
    code, _, err = run("check", "drafts/budget.txt")
    assert code == 2 and "pyproject.toml: tool.lintnews.fail_on:" in err


def test_explicit_config_errors(repo):
    code, _, err = run("check", "--config", "nope.toml", "drafts/budget.txt")
    assert code == 2 and "nope.toml: config file not found" in err
    write(repo / "other" / "pyproject.toml", '[project]\nname = "x"\n')
    code, _, err = run("check", "--config", "other/pyproject.toml", "drafts/budget.txt")
    assert code == 2 and "no [tool.lintnews] table" in err


def test_load_config_returns_none_for_pyproject_without_table(tmp_path):
    p = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(p) is None


def readme_block(first_line: str) -> str:
    """The README's ```toml block that starts with ``first_line`` (the house-style example)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for block in readme.split("```toml\n")[1:]:
        body = block.split("```", 1)[0]
        if body.startswith(first_line):
            return body
    raise AssertionError(f"README has no toml block starting {first_line!r}")


def test_readme_house_style_works_with_no_python(repo):
    """The README's pyproject.toml and house pack, as a newsroom would copy them."""
    write(repo / "pyproject.toml", readme_block("# pyproject.toml"))
    write(repo / "style" / "house.toml", readme_block("# style/house.toml"))
    draft = (
        "Bypass crash closes road\n"
        "Two cars were in an accident on the bypass, police said.\n"
        "Going forward, the council will consult stakeholders, a spokesperson said.\n"
        "The iconic bridge stayed open. The stunning view was unaffected.\n"
    )
    write(repo / "news" / "crash.txt", draft)
    write(repo / "opinion" / "column" / "crash.txt", draft)
    code, out, err = run("check", "-f", "json", "news/crash.txt", "opinion/column/crash.txt")
    assert err == ""
    diags = json.loads(out)["diagnostics"]
    got = sorted((Path(d["path"]).parts[0], d["line"], d["rule"], d["severity"]) for d in diags)
    assert got == [
        ("news", 2, "house/crash-words", "error"),
        ("news", 3, "house/reject", "error"),
        ("news", 3, "house/reject", "error"),
        ("news", 4, "loaded-language/puffery", "info"),  # "stunning"; "iconic" is accepted
        ("opinion", 2, "house/crash-words", "error"),
        ("opinion", 3, "house/reject", "error"),
        ("opinion", 3, "house/reject", "error"),
    ]
    messages = {d["message"] for d in diags}
    assert "'stakeholders' is council jargon." in messages
    assert "'Going forward' is on the house reject list." in messages
    assert code == 1


def test_rules_and_explain_see_the_house_config(repo):
    write(repo / "pyproject.toml", readme_block("# pyproject.toml"))
    write(repo / "style" / "house.toml", readme_block("# style/house.toml"))
    code, out, _ = run("rules")
    assert code == 0 and "house/crash-words" in out and "house/reject" in out
    code, out, _ = run("explain", "house/crash-words")
    assert code == 0 and "inquiry" in out
