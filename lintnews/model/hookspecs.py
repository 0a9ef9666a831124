"""The hooks a lintnews plugin can implement.

lintnews's own rules, readers and formatters are plugins too: they register
through these same hooks (see ``lintnews/builtin/plugin.py``), so a third-party
plugin can do everything a built-in can. A plugin is a module or object with
functions decorated by :data:`hookimpl`; it is found through the ``lintnews``
entry-point group, ``--plugin MODULE`` or ``plugins = [...]`` in config.

Every hook receives a ``register`` callback rather than returning values
(the style of ``llm``): a plugin calls it once per thing it adds, and a hook that
registers nothing simply does not call it. No hook is ``firstresult``: every
plugin's registrations are collected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from lintnews.model.rule import Rule

hookspec = pluggy.HookspecMarker("lintnews")
hookimpl = pluggy.HookimplMarker("lintnews")


@hookspec
def lintnews_register_rules(register: Callable[[Rule], None]) -> None:
    """Register code rules.

    Call ``register(rule)`` with a :class:`lintnews.Rule` (or subclass) for each
    rule. The rule's ``check(document)`` yields :class:`lintnews.Finding` objects
    in plain-text offsets of the :class:`lintnews.Document`. A rule that raises
    or yields garbage is reported as one ``error`` diagnostic naming the plugin;
    the other rules still run.
    """


@hookspec
def lintnews_register_rule_packs(register: Callable[[str | Path], None]) -> None:
    """Register TOML rule packs (word lists and patterns as data).

    Call ``register(path)`` with the path of a ``.toml`` pack (format in the
    README). All packs of a run are compiled into one matcher.
    """


@hookspec
def lintnews_register_contexts(register: Callable[[str, Callable[..., Any]], None]) -> None:
    """Register judges that decide which matcher hits of a pack rule to report.

    Call ``register(name, judge)``; a pack rule opts in with ``context = "name"``.
    ``judge(document, hits_by_rule)`` is called once per document with a dict
    ``{PackRule: [Hit, ...]}`` of every rule in that context that has hits (so it
    can merge hits of several rules into one block; hits a rule's ``exceptions`` cover
    in their sentence are already dropped) and yields
    :class:`lintnews.Finding` objects whose ``rule`` is the id of the rule they
    report (``PackRule.finding`` fills it in). Built-in contexts: ``plain``,
    ``writer-voice``, ``attribution``, ``advertorial-block``.
    """


@hookspec
def lintnews_register_readers(register: Callable[..., None]) -> None:
    """Register input formats.

    Call ``register(name, extensions, read)`` where ``extensions`` is a tuple such
    as ``(".md", ".markdown")`` (extensions no other reader reads) and ``read(source: str) -> lintnews.readers.Parsed``
    turns decoded text into plain text, blocks and a source map. An optional
    ``options`` tuple names settings the reader takes as keyword arguments
    (the built-in HTML reader takes ``html_scope``).
    """


@hookspec
def lintnews_register_formatters(register: Callable[[str, Callable[..., Any]], None]) -> None:
    """Register output formats.

    Call ``register(name, factory)`` (a name no other plugin registered: lintnews's own
    ``json``, ``text`` ... included); ``factory(stream, context)`` returns a
    :class:`lintnews.output.formatters.base.Formatter`. Import heavy modules inside the
    factory so that other formats do not pay for them at start-up.
    """
