"""A linter built over the command line's resolver (``Linter.from_resolver``: ``check -`` and
the language server) searches for config files exactly when the resolver does
(:attr:`lintnews.config.config.Resolver.discovers`): with no ``--config`` the nearest
``.lintnews.toml`` above the path applies, with one it never does, and the linter's registry is that config's."""

from __future__ import annotations

from pathlib import Path

from lintnews.config.config import CliOptions, Resolver
from lintnews.execution.api import Linter

TEXT = "Sources say the mayor slammed the plan.\n"


def _rules(resolver: Resolver, path: Path) -> set[str]:
    return {d.rule.split("/")[0] for d in Linter.from_resolver(resolver).lint(TEXT, path=str(path))}


def test_without_config_file_the_nearest_config_applies(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".lintnews.toml").write_text('ignore = ["unattributed-claim"]\n', encoding="utf-8")
    resolver = Resolver(CliOptions(no_plugins=True))
    assert resolver.discovers
    assert _rules(resolver, tmp_path / "desk" / "story.txt") == {"loaded-language"}
    assert _rules(resolver, tmp_path / "story.txt") == {"loaded-language", "unattributed-claim"}


def test_with_a_config_file_no_other_is_searched_for(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".lintnews.toml").write_text('ignore = ["unattributed-claim"]\n', encoding="utf-8")
    team = tmp_path / "team.toml"
    pack = Path(__file__).resolve().parent.parent / "examples" / "house.toml"
    team.write_text(f'ignore = ["loaded-language"]\nrule_packs = [{str(pack)!r}]\n', encoding="utf-8")
    resolver = Resolver(CliOptions(no_plugins=True, config_file=str(team)))
    assert not resolver.discovers
    assert _rules(resolver, tmp_path / "desk" / "story.txt") == {"unattributed-claim"}
    # the linter's registry is the config file's: its rule pack is in it
    assert "house/banned-words" in Linter.from_resolver(resolver).registry.rules
