"""Linting a checkout never runs its code unless the user opts in (issues 22.16 and 18.11).

A cloned repository is untrusted: its ``.lintnews.toml`` may name ``plugins = ["evil"]`` with
``evil.py`` beside it, or carry a fake ``*.dist-info`` with a ``lintnews`` entry point. Each
test runs lintnews in a subprocess inside such a checkout, the ways a user would (the
``lintnews`` script, ``python -m lintnews``, ``PYTHONPATH=.``), and checks for the marker file
the checkout's code would write if it ran. ``--plugin`` on the command line is the user's own
choice: it may come from the current directory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lintnews.model.exitcodes import ExitCode

LINTNEWS = Path(sys.executable).with_name("lintnews")
STORY = "Sources say the fire started in the kitchen.\n"

EVIL = '''
import pathlib, sys
pathlib.Path(__file__).with_name("RAN-{name}").write_text("the checkout's code ran")
print("corrupting standard output")
sys.exit(0)
'''

RULE_PLUGIN = '''
import pathlib
from lintnews import Examples, Finding, Rule, Severity, hookimpl

pathlib.Path(__file__).with_name("RAN-{name}").write_text("imported")
print("a plugin that talks at import")

def check(doc):
    print("and while it lints")
    i = doc.text.find("kitchen")
    if i >= 0:
        yield Finding(i, i + 7, "'kitchen' is a house word.")

@hookimpl
def lintnews_register_rules(register):
    register(Rule(id="house/{name}", category="house", severity=Severity.WARNING, summary="k",
                  examples=Examples(), check_fn=check))
'''


def checkout(tmp_path: Path, config: str, modules: dict[str, str]) -> Path:
    repo = tmp_path / "checkout"
    repo.mkdir()
    (repo / ".lintnews.toml").write_text(config, encoding="utf-8")
    for name, source in modules.items():
        (repo / f"{name}.py").write_text(source.replace("{name}", name), encoding="utf-8")
    (repo / "story.txt").write_text(STORY, encoding="utf-8")
    return repo


def nothing_but_a_report(stdout: str) -> bool:
    """Standard output holds no plugin's output: nothing, or a JSON report without diagnostics
    (a file whose config is refused is not linted; the others are)."""
    return stdout == "" or json.loads(stdout)["diagnostics"] == []


def run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "LINTNEWS_ALLOW_CONFIG_PLUGINS", "PYTHONPATH")}
    return subprocess.run(argv, capture_output=True, text=True, cwd=cwd, env={**base, **(env or {})},
                          timeout=180)


WAYS = {
    "lintnews script": ([str(LINTNEWS)], {}),
    "python -m lintnews": ([sys.executable, "-m", "lintnews"], {}),
    "PYTHONPATH=.": ([str(LINTNEWS)], {"PYTHONPATH": "."}),
}


@pytest.mark.parametrize("way", sorted(WAYS))
def test_config_plugin_from_the_checkout_is_not_imported(tmp_path: Path, way: str) -> None:
    repo = checkout(tmp_path, 'plugins = ["evil"]\n', {"evil": EVIL})
    argv, env = WAYS[way]
    proc = run([*argv, "check", "-f", "json", "story.txt"], repo, env)
    assert not (repo / "RAN-evil").exists(), way
    assert proc.returncode == ExitCode.USAGE_OR_INPUT, (proc.stdout, proc.stderr)
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"lintnews: {repo / '.lintnews.toml'}: plugins: 'evil' is not an installed plugin")
    assert "--allow-config-plugins" in line and "LINTNEWS_ALLOW_CONFIG_PLUGINS" in line


def test_an_installed_module_named_in_config_is_not_imported_either(tmp_path: Path) -> None:
    """`plugins = ["this"]` (a standard-library module that prints at import) is no plugin."""
    repo = checkout(tmp_path, 'plugins = ["this"]\n', {})
    proc = run([str(LINTNEWS), "check", "-f", "json", "story.txt"], repo)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT and nothing_but_a_report(proc.stdout)
    assert "plugins: 'this' is not an installed plugin" in proc.stderr
    assert "Zen of Python" not in proc.stdout + proc.stderr


def test_fake_dist_info_in_the_checkout_is_not_an_installed_plugin(tmp_path: Path) -> None:
    repo = checkout(tmp_path, "", {"evil": EVIL})
    info = repo / "evil-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[lintnews]\nevil = evil\n")
    for argv, env in WAYS.values():
        proc = run([*argv, "check", "-f", "line", "story.txt"], repo, env)
        assert not (repo / "RAN-evil").exists(), (argv, env)
        assert proc.returncode == ExitCode.FINDINGS, proc.stderr
        assert "story.txt:1:1: warning:" in proc.stdout


def test_python_m_does_not_import_lazily_loaded_modules_from_the_checkout(tmp_path: Path) -> None:
    """`python -m` puts the working directory first on sys.path; lintnews takes it off, so a
    checkout's `json.py` is not what the JSON report is written with."""
    repo = checkout(tmp_path, "", {"json": EVIL})
    proc = run([sys.executable, "-m", "lintnews", "check", "-f", "json", "story.txt"], repo)
    assert not (repo / "RAN-json").exists()
    assert proc.returncode == ExitCode.FINDINGS
    assert json.loads(proc.stdout)["diagnostics"]


def test_allow_config_plugins_imports_from_the_config_directory(tmp_path: Path) -> None:
    repo = checkout(tmp_path, 'plugins = ["house"]\n', {"house": RULE_PLUGIN})
    (repo / "drafts").mkdir()
    (repo / "story.txt").rename(repo / "drafts" / "story.txt")
    proc = run([str(LINTNEWS), "check", "--allow-config-plugins", "-f", "json", "story.txt"], repo / "drafts")
    assert (repo / "RAN-house").exists()
    diags = json.loads(proc.stdout)["diagnostics"]  # the plugin's print()s are not in the report
    assert {d["rule"] for d in diags} == {"house/house", "unattributed-claim/vague-source"}
    assert "a plugin that talks at import" in proc.stderr and "and while it lints" in proc.stderr
    assert proc.returncode == ExitCode.FINDINGS


def test_user_level_setting_trusts_the_directories_it_names(tmp_path: Path) -> None:
    repo = checkout(tmp_path, 'plugins = ["house"]\n', {"house": RULE_PLUGIN})
    other = tmp_path / "elsewhere"
    other.mkdir()
    proc = run([str(LINTNEWS), "check", "-f", "line", "story.txt"], repo,
               {"LINTNEWS_ALLOW_CONFIG_PLUGINS": str(other)})
    assert proc.returncode == ExitCode.USAGE_OR_INPUT and not (repo / "RAN-house").exists()
    proc = run([str(LINTNEWS), "check", "-f", "line", "story.txt"], repo,
               {"LINTNEWS_ALLOW_CONFIG_PLUGINS": os.pathsep.join([str(other), str(repo)])})
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert "[house/house]" in proc.stdout
    proc = run([str(LINTNEWS), "check", "-f", "line", "story.txt"], repo, {"LINTNEWS_ALLOW_CONFIG_PLUGINS": "1"})
    assert "[house/house]" in proc.stdout


@pytest.mark.parametrize("stop", ["--no-plugins", "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"])
def test_no_plugins_stops_config_plugins_too(tmp_path: Path, stop: str) -> None:
    repo = checkout(tmp_path, 'plugins = ["house"]\n', {"house": RULE_PLUGIN})
    flags = ["--no-plugins"] if stop.startswith("--") else []
    env = {} if flags else {stop: "1"}
    proc = run([str(LINTNEWS), "check", "--allow-config-plugins", *flags, "-f", "line", "story.txt"], repo, env)
    assert not (repo / "RAN-house").exists()
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert "[house/house]" not in proc.stdout and "[unattributed-claim/vague-source]" in proc.stdout


def test_trusted_config_plugin_that_exits_at_import_is_an_error_not_success(tmp_path: Path) -> None:
    repo = checkout(tmp_path, 'plugins = ["evil"]\n', {"evil": EVIL})
    proc = run([str(LINTNEWS), "check", "--allow-config-plugins", "-f", "json", "story.txt"], repo)
    assert (repo / "RAN-evil").exists()
    assert proc.returncode == ExitCode.USAGE_OR_INPUT
    assert nothing_but_a_report(proc.stdout)  # its print() went to standard error
    assert "failed to load plugin 'evil': SystemExit: 0" in proc.stderr


# -- installed plugins named in config ---------------------------------------------------------


def installed(tmp_path: Path, module: str, entry: str) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / f"{module}.py").write_text(RULE_PLUGIN.replace("{name}", module), encoding="utf-8")
    info = site / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[lintnews]\n{entry} = {module}\n")
    return site


@pytest.mark.parametrize("named", ["slang", "lintnews_slang"])  # by entry-point name or module
def test_config_may_name_an_installed_plugin(tmp_path: Path, named: str) -> None:
    site = installed(tmp_path, "lintnews_slang", "slang")
    repo = checkout(tmp_path, f'plugins = ["{named}"]\n', {})
    proc = run([str(LINTNEWS), "check", "-f", "json", "story.txt"], repo, {"PYTHONPATH": str(site)})
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    rules = {d["rule"] for d in json.loads(proc.stdout)["diagnostics"]}
    assert "house/lintnews_slang" in rules


# -- --plugin on the command line: the user's choice (issue 18.11) -----------------------------


def test_cli_plugin_is_found_in_the_current_directory(tmp_path: Path) -> None:
    repo = checkout(tmp_path, "", {"my_module": RULE_PLUGIN})
    proc = run([str(LINTNEWS), "check", "--plugin", "my_module", "-f", "json", "story.txt"], repo)
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert "house/my_module" in {d["rule"] for d in json.loads(proc.stdout)["diagnostics"]}


def test_cli_plugin_not_found_says_where_it_looked(tmp_path: Path) -> None:
    repo = checkout(tmp_path, "", {})
    proc = run([str(LINTNEWS), "check", "--plugin", "my_missing_module", "story.txt"], repo)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT
    (line,) = proc.stderr.splitlines()
    assert line == (f"lintnews: failed to load plugin 'my_missing_module': ModuleNotFoundError: no module "
                    f"named 'my_missing_module' on sys.path or in the current directory ({repo})")


def test_cli_plugin_that_exits_zero_at_import_is_exit_2(tmp_path: Path) -> None:
    repo = checkout(tmp_path, "", {"evil": EVIL})
    proc = run([str(LINTNEWS), "check", "--plugin", "evil", "-f", "json", "story.txt"], repo)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT and nothing_but_a_report(proc.stdout)
    assert "failed to load plugin 'evil': SystemExit: 0" in proc.stderr


def test_entry_point_that_exits_at_import_is_skipped_and_named(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "quitter.py").write_text(textwrap.dedent('''
        import sys
        print("bye")
        sys.exit(0)
    '''))
    info = site / "quitter-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[lintnews]\nquitter = quitter\n")
    repo = checkout(tmp_path, "", {})
    proc = run([str(LINTNEWS), "check", "-f", "json", "story.txt"], repo, {"PYTHONPATH": str(site)})
    assert proc.returncode == ExitCode.PLUGIN_FAILURE
    assert json.loads(proc.stdout)["diagnostics"]  # valid, and the story's findings are there
    assert "failed to load plugin 'quitter' (quitter), skipped: SystemExit: 0" in proc.stderr


def test_rules_and_explain_take_the_same_opt_in(tmp_path: Path) -> None:
    repo = checkout(tmp_path, 'plugins = ["house"]\n', {"house": RULE_PLUGIN})
    proc = run([str(LINTNEWS), "rules", "--format", "json"], repo)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT and not (repo / "RAN-house").exists()
    proc = run([str(LINTNEWS), "rules", "--allow-config-plugins", "--format", "json"], repo)
    assert "house/house" in {r["id"] for r in json.loads(proc.stdout)}  # (its print()s: on stderr)
    proc = run([str(LINTNEWS), "explain", "--allow-config-plugins", "house/house"], repo)
    assert proc.returncode == 0, proc.stderr
