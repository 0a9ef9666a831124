"""The built-in plugin: rules, rule packs, judges and readers.

It registers through the same hooks as any third-party plugin. (The built-in output
formats are registered by :mod:`lintnews.output.plugin`, in their own layer.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lintnews.model.hookspecs import hookimpl

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from pathlib import Path

    from lintnews.document.document import Document
    from lintnews.model.diagnostic import Finding
    from lintnews.model.rule import Rule
    from lintnews.packs.model import Hit, PackRule
    from lintnews.readers import Parsed

    #: what a context's judge is: the document and its rules' hits in, the findings out
    Judge = Callable[[Document, Mapping[PackRule, Sequence[Hit]]], Iterator[Finding]]


@hookimpl
def lintnews_register_rule_packs(register: Callable[[str | Path], None]) -> None:
    from lintnews.packs.loader import builtin_pack_files

    for path in builtin_pack_files():
        register(path)


@hookimpl
def lintnews_register_contexts(register: Callable[[str, Judge], None]) -> None:
    register("plain", plain)
    register("writer-voice", _OnFirstCall("lintnews.builtin.loaded.voice"))
    register("attribution", _OnFirstCall("lintnews.builtin.attribution"))
    register("advertorial-block", _OnFirstCall("lintnews.builtin.advertorial.judge"))


class _OnFirstCall:
    """The ``judge`` of ``module``, imported when first called: a check with no hits for a
    context (a one-line file) never loads its cues, nor the speaker patterns the
    attribution judge needs (a third of the start-up).

    (An object rather than a closure so that ``load``, which parallel runs call before
    forking, is a typed method and not an attribute stuck on a function.)"""

    __slots__ = ("_loaded", "_module")

    def __init__(self, module: str) -> None:
        self._module = module
        self._loaded: Judge | None = None

    def load(self) -> Judge:
        if self._loaded is None:
            from importlib import import_module

            self._loaded = import_module(self._module).judge
        return self._loaded

    def __call__(self, doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
        return (self._loaded or self.load())(doc, hits_by_rule)


@hookimpl
def lintnews_register_rules(register: Callable[[Rule], None]) -> None:
    # (the rule's module only: the writer-voice judge and its cues load on first use)
    from lintnews.builtin.advertorial.calls import READER_CALL_RULE
    from lintnews.builtin.advertorial.headline_list import HEADLINE_LIST_RULE
    from lintnews.builtin.advertorial.insertion import INSERTION_RULE
    from lintnews.builtin.advertorial.sponsor import SPONSOR_COPY_RULE
    from lintnews.builtin.loaded.scare_quotes import SCARE_QUOTE_RULE

    register(SCARE_QUOTE_RULE)
    register(HEADLINE_LIST_RULE)
    register(INSERTION_RULE)
    register(READER_CALL_RULE)
    register(SPONSOR_COPY_RULE)


@hookimpl
def lintnews_register_readers(register: Callable[..., None]) -> None:
    from lintnews.readers import plain as plain_reader

    register("text", (".txt", ".text", ""), plain_reader.read)
    register("markdown", (".md", ".markdown"), _read_markdown)
    register("html", (".html", ".htm"), _read_html, options=("html_scope",))


def _read_markdown(source: str) -> Parsed:
    """Import the Markdown reader (and markdown-it-py) only when a Markdown file is read."""
    from lintnews.readers import markdown

    return markdown.read(source)


def _read_html(source: str, html_scope: str = "article") -> Parsed:
    from lintnews.readers import html

    return html.read(source, html_scope)


def plain(doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
    """Report every hit (the matcher has already dropped those its rule's exceptions cover)."""
    text = doc.text
    for rule, hits in hits_by_rule.items():
        for hit in hits:
            yield rule.finding(text, hit)
