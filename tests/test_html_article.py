"""HTML pages: the article is linted, not the page around it (``--html-scope article``).

The pages in ``tests/data/pages`` are written for these tests and mimic real templates: a
CMS story page with cookie banner, trending bar, share tools, an in-story related box, ad
slot and newsletter box, teasers, comments and footer; a blog template without
``<article>``; a page whose only ``<article>`` elements are teaser cards; an AMP page; a
page with malformed markup; a section front with no article at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sourcetext import assert_maps_inside_source, plain_within, source_slice

from lintnews.engine.engine import Engine, Settings
from lintnews.execution.runner import lint_source
from lintnews.readers import article, html

PAGES = Path(__file__).resolve().parent / "data" / "pages"
STORIES = ["library-article.html", "harbour-divs.html", "teaser-cards.html", "amp-story.html", "malformed.html"]


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def engines(registry):
    return {scope: Engine(registry, Settings(html_scope=scope)) for scope in ("article", "page")}


def lint_page(engines, source: str, scope: str = "article", name: str = "page.html"):
    return lint_source(engines[scope], source, name).diagnostics


def flagged(source: str, diagnostics) -> list[tuple[str, str]]:
    return [(d.rule, " ".join(source_slice(source, d).split())) for d in diagnostics]


def assert_positions_exact(source: str, diagnostics, scope: str) -> None:
    """Each diagnostic's source slice starts and ends on the flagged words, and the words
    the reader took from inside it are the words the message quotes."""
    parsed = html.read(source, scope)
    for d in diagnostics:
        if d.category == "lintnews":
            continue
        s = source_slice(source, d)
        words = plain_within(parsed, source, d)
        assert s and words, (d, s)
        assert s[0] == words[0] and s[-1] == words[-1], (d, s, words)
        m = re.search(r"'([^']+)'", d.message)
        if m:
            assert words == " ".join(m.group(1).split()), (d, s)


# -- what is linted ----------------------------------------------------------------------


def test_story_page_lints_story_and_headline_only(engines):
    src = page("library-article.html")
    diags = lint_page(engines, src)
    assert flagged(src, diags) == [
        ("loaded-language/emotive", "Outrageous"),  # the headline
        ("unattributed-claim/vague-source", "Critics say"),
        ("unattributed-claim/passive-attribution", "It is understood"),
        ("loaded-language/editorial-adverb", "Tragically"),
    ]
    text = html.read(src).text
    for furniture in ("cookies", "Trending", "Terrifying", "Share on", "Advertisement", "Comments",
                      "ValeReader", "council has lost", "community guidelines", "Home", "By Maren Holt",
                      # in the story's container: the related box and the template's sign-up box
                      "Related", "Shocking scenes", "Sign up"):
        assert furniture not in text, furniture
    assert text.rstrip().endswith("full council meeting on 28 March.")


def test_furniture_inside_the_story_is_skipped_but_typed_plugs_are_reported(engines):
    src = page("library-article.html")
    plug = "<p>Sign up for our Vale Briefing newsletter to get local news in your inbox.</p>"
    src = src.replace('<div class="newsletter-promo">', plug + '<div class="newsletter-promo">')
    src = src.replace("<p>It is understood", '<p>Read more: <a href="/x">Terrifying queues at the '
                      'library counter</a></p>\n    <p>It is understood')
    found = flagged(src, lint_page(engines, src))
    assert ("advertorial/newsletter-plug", plug[3:-4]) in found  # copy: promotion inserted into the story
    text = html.read(src).text
    assert "Terrifying" not in text  # a line that is mostly a link: a teaser
    # a wrapper of the whole story named like furniture does not hide the story
    wrapped = page("library-article.html").replace('<div class="story-body">', '<div class="story-body share-bar">')
    assert flagged(wrapped, lint_page(engines, wrapped)) == flagged(page("library-article.html"),
                                                                     lint_page(engines, page("library-article.html")))


def test_a_block_that_only_labels_furniture_is_skipped(engines):
    """'Comments', '3 comments', 'You may also like:' as blocks of their own, in markup that
    does not name them as furniture: the page's label of its parts, not the story's words."""
    labels = ("<h3>Comments</h3><p><span></span> 3 comments</p><h4>You may also like:</h4>"
              "<p>Leave a Reply</p><h3>Related stories</h3>")
    src = page("library-article.html").replace("<p>It is understood", labels + "\n    <p>It is understood")
    text = html.read(src).text
    for label in ("Comments", "3 comments", "You may also like", "Leave a Reply", "Related stories"):
        assert label not in text, label
    assert "It is understood" in text
    assert not any(rule.startswith("advertorial/") for rule, _ in flagged(src, lint_page(engines, src)))
    # a story sentence that starts like a label is the story's
    story = page("library-article.html").replace(
        "<p>It is understood", "<p>Comments from readers filled two pages of the council minutes.</p>\n    <p>It is understood")
    assert "Comments from readers filled two pages" in html.read(story).text


def test_page_without_article_element(engines):
    src = page("harbour-divs.html")
    art = flagged(src, lint_page(engines, src))
    assert art == [("unattributed-claim/vague-source", "Sources say")]
    p = html.read(src)
    assert p.text[p.headline.start : p.headline.end] == "Harbour dredging delayed again"
    assert p.text.rstrip().endswith("community hall on 19 June at 7pm.")
    for furniture in ("Posted on", "Tags:", "Responses", "Clearly", "Popular posts", "Archives", "Proudly"):
        assert furniture not in p.text, furniture
    # the old rule (no <article>, no <main>: the whole body) reports the comments and the widgets
    old = {w for _, w in flagged(src, lint_page(engines, src, "page"))}
    assert {"Clearly", "shocking", "Terrifying", "Outrageous"} <= old


def test_teaser_cards_do_not_hide_the_story(engines):
    """A page whose only <article> elements are teaser cards: the extractor is trusted, not
    the tag (the old rule linted the cards and missed the story)."""
    src = page("teaser-cards.html")
    assert flagged(src, lint_page(engines, src)) == [("unattributed-claim/doubt-adverb", "Allegedly")]
    old = flagged(src, lint_page(engines, src, "page"))
    assert ("unattributed-claim/doubt-adverb", "Allegedly") not in old
    assert ("loaded-language/emotive", "Terrifying") in old
    p = html.read(src)
    assert p.text[p.headline.start : p.headline.end] == "Rail line to reopen after landslip repairs"


def test_amp_page(engines):
    src = page("amp-story.html")
    assert flagged(src, lint_page(engines, src)) == [("unattributed-claim/doubt-adverb", "Reportedly")]
    text = html.read(src).text
    for furniture in ("cookies", "Clearly", "Shocking", "Advertisement", "Outrageous", "Share", "Terrible"):
        assert furniture not in text, furniture
    assert text.startswith("School meals contract goes to local firm\n\nA Westfold catering company")


def test_malformed_page(engines):
    src = page("malformed.html")
    assert flagged(src, lint_page(engines, src)) == [
        ("unattributed-claim/vague-source", "residents said"),  # (unnamed residents, issue 14)
        ("unattributed-claim/vague-source", "Critics say"),
        ("loaded-language/judgement", "empty"),
        ("loaded-language/editorial-adverb", "Tragically"),
    ]
    text = html.read(src).text
    assert "Shocking" not in text and "Skerry Post" not in text
    assert "2025 &amp the council" not in text and "2025 & the council" in text


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("scope", ["article", "page"])
def test_positions_exact(engines, name, scope):
    src = page(name)
    diags = lint_page(engines, src, scope)
    assert diags, "no diagnostic: the positions would go unchecked"  # (each page has flags in both scopes)
    assert_positions_exact(src, diags, scope)


@pytest.mark.parametrize("name", STORIES)
def test_crlf_page_same_findings_exact_positions(engines, name):
    src = page(name)
    crlf = src.replace("\n", "\r\n")
    lf_found = flagged(src, lint_page(engines, src))
    crlf_diags = lint_page(engines, crlf)
    assert flagged(crlf, crlf_diags) == lf_found
    lines = [(d.line, d.column) for d in lint_page(engines, src)]
    assert [(d.line, d.column) for d in crlf_diags] == lines


# -- no article: the whole page, once, with a note ----------------------------------------


def test_section_front_falls_back_with_one_info_note(engines):
    src = page("section-front.html")
    diags = lint_page(engines, src)
    notes = [d for d in diags if d.rule == html.NO_ARTICLE_RULE]
    assert len(notes) == 1
    (note,) = notes
    assert str(note.severity) == "info" and note.category == "lintnews"
    assert source_slice(src, note) == "<body"
    assert "the whole page was linted" in note.message
    # what is linted is the old rule's text: the teasers
    assert ("loaded-language/emotive", "Terrifying") in flagged(src, diags)
    assert not any(d.rule == html.NO_ARTICLE_RULE for d in lint_page(engines, src, "page"))


def test_extractor_missing_falls_back(engines, monkeypatch):
    src = page("harbour-divs.html")
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)  # not installed
    assert article.extract_text(src) is None
    diags = lint_page(engines, src)
    assert [d.rule for d in diags if d.category == "lintnews"] == [html.NO_ARTICLE_RULE]
    assert {"Clearly", "Terrifying"} <= {w for _, w in flagged(src, diags)}


def test_extractor_exception_is_caught(monkeypatch):
    import trafilatura

    def boom(*_args, **_kwargs):
        raise ValueError("an lxml failure")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    assert article.extract_text(page("harbour-divs.html")) is None
    p = html.read(page("harbour-divs.html"))
    assert [n.rule for n in p.notes] == [html.NO_ARTICLE_RULE]


def test_short_page_and_fragment_get_no_note(engines):
    tiny = "<html><body><nav>Shocking</nav><p>Quiet &amp; <b>terrifying</b> night.</p></body></html>"
    assert [d.rule for d in lint_page(engines, tiny)] == ["loaded-language/emotive"]
    # a fragment (no <html>, <head> or <body>) is a CMS export of the story: read as before
    fragment = "<h2>Update</h2>" + "<p>" + "The harbour board met on Tuesday. " * 20 + "</p><aside>Clearly</aside>"
    p = html.read(fragment)
    assert not p.notes and "Clearly" in p.text


def test_scope_page_is_the_old_rule():
    src = page("library-article.html")
    p = html.read(src, "page")
    assert p.text.startswith("Outrageous cuts to Ashby Vale library hours\n\nBy Maren Holt")
    assert "Shocking scenes" in p.text and "Advertisement" in p.text and "ValeReader" not in p.text
    assert not p.notes


# -- the alignment ------------------------------------------------------------------------


def view_of(body: str):
    src = f"<html><body>{body}</body></html>"
    return src, html._Builder(src, html.INVISIBLE, blocks=html.ALIGN_BLOCKS).run(_events(src))


def _events(src: str):
    t = html._Tokens(src)
    t.feed(src)
    t.close()
    return t.events


def test_alignment_prefers_the_copy_in_document_order():
    """A teaser repeating the story's first paragraph above it must not capture it."""
    first = "The bridge will close for repairs on Monday for three weeks."
    second = "Buses will run on the old road while the work goes on, the council said."
    _, view = view_of(f"<div class=teaser><p>{first}</p></div><div class=story><p>Intro words here.</p>"
                        f"<p>{first}</p><p>{second}</p></div>")
    words = article._Words(view)
    kept = article.align(words, f"Intro words here.\n{first}\n{second}")
    teaser_words = len(first.split())
    assert min(kept) >= teaser_words  # none of the teaser's words
    assert len(kept) == 3 + teaser_words + len(second.split())


def test_a_match_reaching_a_block_edge_takes_the_edge():
    src, view = view_of("<p>&ldquo;We will reopen,&rdquo; said Ann Lee, the owner.</p>" + "<p>x</p>")
    words = article._Words(view)
    kept = article.align(words, "We will reopen, said Ann Lee, the owner")  # (no marks, no stop)
    (rng,) = article._word_ranges(words, view, kept)
    assert src[rng[0] : rng[1]] == "&ldquo;We will reopen,&rdquo; said Ann Lee, the owner."


def test_soft_hyphens_and_unicode_forms_still_match():
    _, view = view_of("<p>The news&shy;room of the Ca\u0301mara opened.</p>")
    words = article._Words(view)
    assert len(article.align(words, "The newsroom of the C\u00e1mara opened.")) == 6


def test_headline_is_the_h1_named_like_the_title_not_the_logo():
    body = ("<h1 class=logo>The Vale Courier</h1><div><h1>Bridge to close for repairs</h1>"
            "<p>By A. Writer</p><p>" + "Story words here. " * 10 + "</p></div>")
    _, view = view_of(body)
    words = article._Words(view)
    first = words.find("story words here ", 0)
    head = article.headline_block(words, view, ["Bridge to close for repairs | The Vale Courier"], first)
    b = view.blocks[head]
    assert view.text[b.start : b.end] == "Bridge to close for repairs"
    # no title to go by: the nearest <h1> before the story
    head = article.headline_block(words, view, [], first)
    assert view.text[view.blocks[head].start : view.blocks[head].end] == "Bridge to close for repairs"


def test_too_few_article_words_is_no_article():
    src, view = view_of("<p>" + "Story words here. " * 5 + "</p>")
    assert article.article_ranges(src, view, extract=lambda _s: "Story words here.") is None
    src, view = view_of("<p>" + "Story words here. " * 10 + "</p>")
    found = article.article_ranges(src, view, extract=lambda _s: "Story words here. " * 10)
    assert found is not None and src[found[0][0] : found[0][1]].startswith("Story")


# -- control -------------------------------------------------------------------------------


def test_cli_option_and_config_key(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from lintnews.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "1")
    (tmp_path / "p.html").write_text(page("harbour-divs.html"), encoding="utf-8")

    def words(*args: str) -> set[str]:
        result = CliRunner().invoke(main, ["check", "-f", "json", *args, "p.html"])
        src = page("harbour-divs.html")
        return {source_slice(src, _D(d)) for d in json.loads(result.stdout)["diagnostics"]}

    assert words() == {"Sources say"}
    assert "Clearly" in words("--html-scope", "page")
    (tmp_path / ".lintnews.toml").write_text('html_scope = "page"\n', encoding="utf-8")
    assert "Clearly" in words()
    assert words("--html-scope", "article") == {"Sources say"}  # the command line beats the file
    shown = CliRunner().invoke(main, ["config", "p.html"]).stdout
    assert 'html_scope = "page"' in shown
    (tmp_path / ".lintnews.toml").write_text('html_scope = "whole"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "p.html"])
    assert result.exit_code == 2
    assert "html_scope: must be one of article, page (got 'whole')" in result.stderr


class _D:
    """A diagnostic's position from its JSON form (for source_slice)."""

    def __init__(self, d: dict) -> None:
        self.line, self.column, self.end_line, self.end_column = d["line"], d["column"], d["end_line"], d["end_column"]


def test_config_scopes_match_the_reader():
    from lintnews.config.config import HTML_SCOPES

    assert HTML_SCOPES == html.SCOPES


# -- robustness -----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NOISE = st.sampled_from([
    "word", " ", "\n", "\r\n", "<p>", "</p>", "<div class='related'>", "<div class=share>", "</div>",
    "<article>", "</article>", "<q>", "</q>", "<a href=/x>", "</a>", "<head>", "<body>", "</body>",
    "<script>", "</script>", "<amp-ad>", "</amp-ad>", "<h1>", "</h1>", "<br>", "&amp;", "&#8212;",
    "&bogus;", "&", "<", ">", "<!--", "-->", "é", "😀", "&shy;", "<li>", "<form>", "</form>",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_NOISE, max_size=30).map("".join))
def test_article_scope_never_raises_and_maps_inside_source(noise):
    src = page("library-article.html").replace("<p>The library will close", noise + "<p>The library will close")
    p = html.read(src)
    assert_maps_inside_source(p, src)
    assert "\n\n\n" not in p.text  # (a block taken back takes its separator with it)


def test_a_very_large_page_is_read_whole_with_a_note(monkeypatch):
    """The extractor's time grows faster than the page: above the limit the page is read whole."""
    src = page("harbour-divs.html")
    monkeypatch.setattr(html, "MAX_ARTICLE_SEARCH", len(src) - 1)
    p = html.read(src)
    assert [n.rule for n in p.notes] == [html.NO_ARTICLE_RULE]
    assert "too large to look for its article" in p.notes[0].message
    assert "Clearly" in p.text  # (the comments: the old rule)
    monkeypatch.setattr(html, "MAX_ARTICLE_SEARCH", len(src))
    assert not html.read(src).notes


def test_source_builder_restore_takes_back_a_merged_segment():
    from lintnews.readers.source import SourceBuilder

    src = "abcdefgh"
    b = SourceBuilder(src)
    b.verbatim(0, 2)
    mark = b.mark()
    b.verbatim(2, 4)  # (merges into the first segment)
    b.replace("\n\n", 4, 4)
    b.restore(mark)
    b.verbatim(6, 8)
    text, smap = b.build()
    assert text == "abgh"
    assert [smap.to_source_start(i) for i in range(4)] == [0, 1, 6, 7]
