"""Round 147 (issue 15): reporting about advertising, read by the shape of a news sentence.

GUIDELINES.md: "reporting *about* advertising, sponsorship or prices ... and a plain disclosure
sentence written as reporting" is not advertorial. The disclosure rules (a sponsored or paid
marker, an affiliate disclosure) and the commerce rules name words a story about ad rules uses
too: "Critics argue the fines are too small ... for a single sponsored post", "Each of the posts
was a sponsored post, the regulator found", "Influencers who promote a discount code must make
clear that they earn a commission", or a list of what the rules require under its heading
("What the new rules require" / "- Affiliate links labelled in the post itself").

The page's own marker speaks as the outlet ("we", "our", "you", "this article", its masthead's
name) or opens its line as a label; a report's sentence names the marker inside a clause about
somebody else, with a news sentence's evidence: a regulator or the rules, a fine, a critic, a
verb of speech, contention or enforcement. Such a hit is
read as a hint (``info``), kept visible. Only data and pure tests here (no document state).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from lintnews.builtin.advertorial.cues import FIRST_PLURAL, IMPERATIVE, REPORTING, SECOND, WORDS
from lintnews.builtin.advertorial.services import names_masthead
from lintnews.util.lazyregex import LazyRegex

SPONSOR_RULE = "advertorial/sponsored-marker"
AFFILIATE_RULE = "advertorial/affiliate-disclosure"
#: the rules whose hits a news sentence's shape reads as reporting about advertising
REPORTED_RULES = frozenset({SPONSOR_RULE, AFFILIATE_RULE, "advertorial/commerce-cta"})

_CLAUSE_WORDS = 2  # words before the hit in its sentence: a label opens it, a clause has a subject and a verb
_LIST_REACH = 12  # lines of a list above an item, read up to the line that introduces the list

# the outlet or the writer speaking of the page itself: "I", "my", "me" (case-sensitive "I"), the
# page's own piece ("this article", "links below"), an address or a code to use
_OWN_PAGE = LazyRegex(
    r"(?-i:\bI\b)|\b(?:my|me|mine)\b"
    r"|\b(?:this|these)\s+(?:article|story|page|site|guide|review|piece|newsletter|video|podcast|episode|"
    r"content|feature|series|list|column|blog|links?|deals?|products?|offers?|items?|picks?|retailers?|brands?)\b"
    r"|\b(?:below|above|here)\b|https?://|www\.|@|\bcode\s+(?-i:[A-Z0-9]{3,})\b",
    re.IGNORECASE,
)
# a list's item: a bullet or a number opening the line
_ITEM = LazyRegex(r"[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+")


@cache
def _news_evidence() -> re.Pattern[str]:
    """A regulator, the rules, a fine or a critic (the nouns), or a verb of enforcement or
    contention, in any of its forms; "must" and "rules require" are the obligation a report
    on a code states."""
    from lintnews.language.wordclasses import alternation_of, lower_forms

    # ("fine" alone is an adjective as often, "fine jewellery": its plural, its past and "a fine of")
    words = (lower_forms("advertorial/ad-regulation-nouns") | lower_forms("advertorial/ad-regulation-verbs")) - {"fine"}
    return re.compile(
        rf"\b(?:{alternation_of(words, spaced=True)}|a\s+fine\s+of|illegal|unlawful"
        r"|must\s+(?:(?:not|now|also|still|clearly|always)\s+)?(?:be|have|make|carry|label|disclose|show|state|include"
        r"|declare|tell|mark|say|use|appear|follow|comply|put|add|flag|tag|do))\b",
        re.IGNORECASE,
    )


def outlet_voice(sentence: str) -> bool:
    """Does ``sentence`` speak as the outlet or the writer, or to the reader: "we", "our",
    "you", "I", the page's own piece, a link, an address or a code, a command opening it, or
    the masthead's name? Then a marker in it is the page's own, whatever else it says."""
    return (
        FIRST_PLURAL.search(sentence) is not None
        or SECOND.search(sentence) is not None
        or _OWN_PAGE.search(sentence) is not None
        or IMPERATIVE.match(sentence) is not None
        or names_masthead(sentence)
    )


# review 141: the page pointing at itself in the present before the marker ("This is a paid
# partnership with ...", "It's sponsored content"): a label written as a sentence
_PAGE_DEIXIS = LazyRegex(r"[ \t\"“‘'(*_]*(?:this|it)(?:[ \t]+is|[’']s)[ \t]+(?:(?:a|an|the)[ \t]+)?", re.IGNORECASE)


def opens_clause(text: str, start: int, at: int) -> bool:
    """Do two words at least stand between ``start`` (the sentence's) and ``at`` (the hit's)? A
    label opens its line; a clause has a subject and a verb before the marker it names. Only the
    first two words are looked for, whatever the sentence's length. Review 141: the page's "This
    is a" or "It's" alone before the marker is no report's clause but the page's label in a
    sentence's words (a report's past, "It was a paid partnership, the regulator found", stays
    one)."""
    if _PAGE_DEIXIS.fullmatch(text, start, at) is not None:
        return False
    return len(list(islice(WORDS.finditer(text, start, at), _CLAUSE_WORDS))) >= _CLAUSE_WORDS


def news_sentence(sentence: str) -> bool:
    """Does ``sentence`` read as a report about somebody else's advertising: no voice of the
    outlet in it (:func:`outlet_voice`) and a news sentence's evidence, a regulator, the rules, a
    fine, a critic, a verb of enforcement or contention (:func:`_news_evidence`) or a verb of
    speech? A past tense alone is no evidence: a disclosure's "Purchases made through affiliate
    links may earn ..." has one."""
    if outlet_voice(sentence):
        return False
    return _news_evidence().search(sentence) is not None or REPORTING.search(sentence) is not None


def reported_marker(sentence: str, at: int) -> bool:
    """Is the hit at offset ``at`` of ``sentence`` named inside a news sentence about somebody
    else's advertising (:func:`opens_clause` before it, :func:`news_sentence`)? "The Morning
    Briefing is sponsored by Kelby Motors" (a credit, no report) and "We may earn a commission"
    stay markers."""
    return opens_clause(sentence, 0, at) and news_sentence(sentence)


def rules_list_item(text: str, at: int) -> bool:
    """Is the sentence at ``at`` in an item of a list that sets out what rules require ("What the
    new rules require" / "- Affiliate links labelled in the post itself")? The item opens with a
    bullet or a number, the line that introduces the list (the first line above its items, twelve
    at most) holds the rules' evidence (:func:`_news_evidence`), and neither speaks as the outlet.
    A list under "What you get" or "Our partners" is the page's own. (Asked once per sentence:
    the line's ends are searched from ``at``.)"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if _ITEM.match(text, start) is None or outlet_voice(_ITEM.sub("", text[start:end], count=1)):
        return False
    line_end = start - 1
    for _ in range(_LIST_REACH):
        if line_end <= 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if not line.strip():
            line_end = line_start - 1
            continue
        if _ITEM.match(line) is None:
            return _news_evidence().search(line) is not None and not outlet_voice(line)
        line_end = line_start - 1
    return False
