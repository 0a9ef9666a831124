"""The built-in plugin: rules, rule packs, judges and readers.

It registers through the same hooks as any third-party plugin. (The built-in output
formats are registered by :mod:`lintnews.output.plugin`, in their own layer.)
"""

from __future__ import annotations

from lintnews.model.hookspecs import hookimpl


@hookimpl
def lintnews_register_rule_packs(register):  # type: ignore[no-untyped-def]
    from lintnews.packs.loader import builtin_pack_files

    for path in builtin_pack_files():
        register(path)


@hookimpl
def lintnews_register_contexts(register):  # type: ignore[no-untyped-def]
    register("plain", plain)
    register("writer-voice", _on_first_call("lintnews.builtin.voice"))
    register("attribution", _on_first_call("lintnews.builtin.attribution"))
    register("advertorial-block", _on_first_call("lintnews.builtin.advertorial"))


def _on_first_call(module: str):  # type: ignore[no-untyped-def]
    """The ``judge`` of ``module``, imported when first called: a check with no hits for a
    context (a one-line file) never loads its cues, nor the speaker patterns the
    attribution judge needs (a third of the start-up)."""
    loaded = None

    def load():  # type: ignore[no-untyped-def]
        nonlocal loaded
        if loaded is None:
            from importlib import import_module

            loaded = import_module(module).judge
        return loaded

    def judge(doc, hits_by_rule):  # type: ignore[no-untyped-def]
        return (loaded or load())(doc, hits_by_rule)

    judge.load = load  # type: ignore[attr-defined]  # (parallel runs load it before forking)
    return judge


@hookimpl
def lintnews_register_rules(register):  # type: ignore[no-untyped-def]
    # (the rule's module only: the writer-voice judge and its cues load on first use)
    from lintnews.builtin.advertorial_rules import HEADLINE_LIST_RULE
    from lintnews.builtin.scare_quotes import SCARE_QUOTE_RULE

    register(SCARE_QUOTE_RULE)
    register(HEADLINE_LIST_RULE)


@hookimpl
def lintnews_register_readers(register):  # type: ignore[no-untyped-def]
    from lintnews.readers import plain as plain_reader

    register("text", (".txt", ".text", ""), plain_reader.read)
    register("markdown", (".md", ".markdown"), _read_markdown)
    register("html", (".html", ".htm"), _read_html, options=("html_scope",))


def _read_markdown(source: str):  # type: ignore[no-untyped-def]
    """Import the Markdown reader (and markdown-it-py) only when a Markdown file is read."""
    from lintnews.readers import markdown

    return markdown.read(source)


def _read_html(source: str, html_scope: str = "article"):  # type: ignore[no-untyped-def]
    from lintnews.readers import html

    return html.read(source, html_scope)


def plain(doc, hits_by_rule):  # type: ignore[no-untyped-def]
    """Report every hit (the matcher has already dropped those its rule's exceptions cover)."""
    text = doc.text
    for rule, hits in hits_by_rule.items():
        for hit in hits:
            yield rule.finding(text, hit)
