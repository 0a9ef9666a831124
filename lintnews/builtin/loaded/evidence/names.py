"""DROP evidence: the word is part of a name ("80 Day Obsession", "the Paranoia games").

A word the lexicon writes in lower case, capitalised beside another capitalised word (a
product, a title, an institution), or capitalised alone in running text where the piece
has met the same name before: the word names something, the writer judges nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence
from lintnews.readers.plain import STAMP_TIME
from lintnews.util.lazyregex import LazyRegex

_TAIL_WORDS_ANY = LazyRegex(r"[\w&][\w'’.&-]*")
TITLE_WORD = LazyRegex(r"\b[A-Za-z][a-z'’]{3,}")
SENTENCE_LEAD = " \t\"'“‘«([—–-*•·>#0123456789."


def title_case(text: str, lo: int, hi: int) -> bool:
    """Is the line (a block) written in title case, a headline where capitals mark no name?
    (Only a short block can be: a paragraph of body copy is not.)"""
    if hi - lo > 200:
        return False
    words = TITLE_WORD.findall(text, lo, hi)
    if len(words) < 3:
        return True  # too short to tell: a label, a title line
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words)


# The words of four letters or more that a title-case headline leaves in lower case: the
# prepositions and conjunctions (Chicago and AP title case). Any other word in lower case
# ("... to headline the festival") makes the line sentence case, its capitals names.
_TITLE_SMALL = frozenset((
    "with", "from", "into", "onto", "over", "upon", "than", "that", "about", "after", "under",
    "against", "among", "amid", "between", "through", "during", "without", "within", "before",
    "behind", "beyond", "across", "around", "toward", "towards", "near", "past", "like", "until",
    "since", "versus", "despite", "inside", "outside", "along", "below", "above", "amongst",
    "unlike", "whether", "while", "when", "nor",
))


def headline_case(text: str, lo: int, hi: int) -> bool:
    """:func:`title_case`, unless a word that title case capitalises (a noun, a verb, an
    adjective of four letters or more) is in lower case: "Glass Harps and The Grim Tides to
    headline Riverside Festival" is sentence case, and its capitals mark names (round 100)."""
    if not title_case(text, lo, hi):
        return False
    return not any(w[0].islower() and w.lower() not in _TITLE_SMALL for w in TITLE_WORD.findall(text, lo, hi))


_NAME_GLUE = frozenset(("and", "of", "the", "&", "de", "du", "von", "van", "for", "al", "el", "bin",
                        "ibn"))
# Lower-case particles of Arabic names: a capitalised word right after one is a name, even
# after a lower-case word ("the Front for the liberation of al Sham", "Osama bin Laden").
# A title runs on through short prepositions after its first word ("the animated film [Havoc] in
# Heaven", "Love in the Time of Cholera"; round 15): looked through after the hit only, where the
# hit is itself capitalised in running text.
_TITLE_GLUE_AFTER = _NAME_GLUE | frozenset(("in", "on", "at", "to", "from", "with", "without"))
_NAME_PARTICLE_BEFORE = LazyRegex(r"(?<![\w-])(?:al|el|bin|ibn)[\s-]+$")
_CAPITALISED = LazyRegex(r"[A-Z0-9][\w'’.&-]*")


def _capitalised_neighbour(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """A capitalised word next to the hit (through "and", "of", "the"), not the sentence's
    first word: "80 Day [Obsession]", "Royal [Astronomical] Society", "GURPS and [Paranoia]"."""
    pos = end
    for _ in range(3):  # "The [Madness] of King George", "Pride and Prejudice"
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or text[pos : m.start(1)].strip() != "":
            break
        if _CAPITALISED.fullmatch(m.group(1)):
            return m.group(1)
        if m.group(1) not in _TITLE_GLUE_AFTER:
            break
        pos = m.end()
    first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(SENTENCE_LEAD))
    for w in reversed(list(_TAIL_WORDS_ANY.finditer(text, max(lo, start - 40), start))[-3:]):
        word = w.group()
        if word.lower() in _NAME_GLUE:
            continue
        return word if w.start() > first and _CAPITALISED.fullmatch(word) else None
    return None


def in_name(text: str, start: int, end: int, lo: int, hi: int, block: tuple[int, int],
            proper: bool = False, phrase_name: bool = False) -> Evidence | None:
    """A capitalised word inside a name: a product, a title, a nickname, an institution
    ("80 Day Obsession", "the GURPS and Paranoia games", "Royal Astronomical Society"): a
    word the lexicon writes in lower case, capitalised beside another capitalised word. A
    word always capitalised (``proper``: "Orwellian", "Marxist"), a sentence's first word and
    a title-case line (a headline) say nothing. ``phrase_name``: a figure of speech capitalised
    whole is a name too (:func:`_capitalised_phrase`)."""
    word = text[start:end]
    if proper or not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return None  # lower case, capitals for emphasis ("SHOCKING"), or a word always capitalised
    lead = text[lo:start].strip(SENTENCE_LEAD)
    if not lead or lead.endswith((":", "|")) or after_stamp(text, lo, start):
        # at a sentence start a capital says nothing, unless the piece writes the same two
        # capitalised words in running text (round 81: a review's headline "Album review:
        # Hollow Coast - Glass Weather" and the band "Hollow Coast" in its body)
        if phrase_name and _capitalised_phrase(word) and not headline_case(text, *block):
            # review 136: the first capital says nothing there, the later ones do: "Dream Run,
            # the 5-1 favourite, won", "Daylight Robbery, the band's third album, is out"
            return Evidence("name", Effect.DROP, f"'{word}': a phrase capitalised as a name")
        return _named_in_running_text(text, start, end, hi)
    particle = _NAME_PARTICLE_BEFORE.search(text, max(lo, start - 6), start)
    if particle is not None:
        return Evidence("name", Effect.DROP, f"'{word}' follows the name particle '{particle.group().strip(' -')}'")
    neighbour = _capitalised_neighbour(text, start, end, lo, hi)
    if neighbour is None and lead in _ARTICLES:
        e = _titled_in_running_text(f"{lead} {word}", text, start, end)
        if e is not None:  # round 105: "An Enemy of the People runs until June" after "Ibsen's An Enemy ..."
            return e
    if neighbour is None and not (phrase_name and _capitalised_phrase(word)):
        return None
    if neighbour is not None and _byline_name(text, start, end, block):
        return Evidence("name", Effect.DROP, f"'{word}' is a name in the byline")
    if headline_case(text, *block):
        return None
    if neighbour is None:  # "inducted Iran into the Axis of Evil": the phrase as a name
        return Evidence("name", Effect.DROP, f"'{word}': a phrase capitalised as a name")
    return Evidence("name", Effect.DROP, f"'{word}' is capitalised beside '{neighbour}'")


def _named_in_running_text(text: str, start: int, end: int, hi: int) -> Evidence | None:
    """The hit and the capitalised word after it, written so elsewhere in the text after a
    lower-case word or a comma: a name the piece uses in running text."""
    m = NEXT_WORD.match(text, end, hi)
    if m is None or text[end : m.start(1)].strip() != "" or not _CAPITALISED.fullmatch(m.group(1)):
        return None
    pair = f"{text[start:end]} {m.group(1)}"
    # within an article's reach of the hit, not the whole text: a 10 MB file of many pieces
    # made each headline word read it all (round 81 cost 17 s of CPU on 10 MB over two cores)
    back, ahead = max(0, start - _NAMED_REACH), min(len(text), m.end() + 2 * _NAMED_REACH)
    if text.find(pair, back, start) < 0 and text.find(pair, m.end(), ahead) < 0:
        return None  # (a plain search first: most such pairs occur once)
    if _named_before(pair).search(text, back, ahead) is None:
        return None
    return Evidence("name", Effect.DROP, f"'{pair}' is a name in the text's running text")


_ARTICLES = frozenset(("A", "An", "The"))

# A byline (round 124): "By" opening its line, a forename and the surname, then the line's end,
# a comma before the writer's role, "and" before a second writer, or a bar or dash. Every word
# of it is capitalised, so the title-case test reads it as a headline and lets a surname that
# is also an adjective ("By Harriet Savage, Crime Reporter") stand as a judgement.
_BYLINE = LazyRegex(r"[ \t]*[Bb]y[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:(?:and|&)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3})?$")
_BYLINE_END = LazyRegex(r"[ \t]*(?:$|[,|]|[—–-][ \t]|and[ \t]+[A-Z])")


def _byline_name(text: str, start: int, end: int, block: tuple[int, int]) -> bool:
    """Is the hit the last word of a writer's name in a byline ("By Harriet Savage, Crime
    Reporter")? Not a headline that opens with "By" ("By Savage Means, a Quiet Win": no
    forename before the hit, and a clause after its comma is no role)."""
    lo, hi = block
    if start - lo > 60 or _BYLINE.fullmatch(text, lo, start) is None:
        return False
    if _BYLINE_END.match(text, end, hi) is None:
        return False
    tail = text[end:hi].split(",", 1)
    # after a comma only a role of capitalised words (or a newsroom's lower-case "staff writer")
    return len(tail) == 1 or len(tail[1].split()) <= 4


def _titled_in_running_text(title: str, text: str, start: int, end: int) -> Evidence | None:
    """A title that opens its sentence with its capitalised article ("An Enemy of the
    People runs until June"), written the same way in running text within an article's reach
    ("a production of Ibsen's An Enemy of the People"): a capitalised article inside a
    sentence marks a work's title, so the words are its name (round 105)."""
    back, ahead = max(0, start - _NAMED_REACH), min(len(text), end + 2 * _NAMED_REACH)
    own = start - len(title) + len(text[start:end])  # where this sentence's title starts
    if text.find(title, back, own) < 0 and text.find(title, end, ahead) < 0:
        return None  # (a plain search first)
    if _named_before(title).search(text, back, ahead) is None:
        return None
    return Evidence("name", Effect.DROP, f"'{title}' is a title the text writes in running text")


def _capitalised_phrase(word: str) -> bool:
    """A term of two words or more with every word but the glue capitalised ("Axis of Evil";
    round 27, round 26's check): a figure of speech written as a name, the coinage someone made.
    Not for labels: "the Deep State", "Open Borders" capitalised are the partisan's label still
    (the 10 MB file's ptc-style copy)."""
    words = word.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in _NAME_GLUE)


# Running text before a lone capital (round 18): a lower-case word, a comma or a digit, so
# the capital cannot open a sentence, a heading run into the text or a quotation.
_RUNNING_BEFORE = re.compile(r"(?:[a-z][\w'’-]*|[,\d])[ \t]+$")
# A live blog's time stamp opening the paragraph ("13:15 Thankfully, ...", "14:20 — Dramatic
# pictures ..."; round 107): its digits are no running text, the word after it opens its
# sentence as after a full stop.
_STAMP_CHARS = 16
_TIME_STAMP = re.compile(rf"[ \t]*{STAMP_TIME}[ \t]*(?:[—–-][ \t]*)?")


def after_stamp(text: str, lo: int, start: int) -> bool:
    """Does the hit follow a live blog's time stamp that opens its line ("3:40pm — Chaotic
    scenes", "22:12 Astonishing scenes")? The word then opens its sentence. The line, not
    the block: a Markdown blog written one entry a line with no blank line between is one
    paragraph (or one setext heading) to the reader, each entry a line of it (round 165)."""
    line = max(lo, text.rfind("\n", 0, start) + 1)
    if start - line > _STAMP_CHARS or not text[line:start].lstrip()[:1].isdigit():
        return False
    stamp = _TIME_STAMP.match(text, line, start)
    return stamp is not None and stamp.end() == start


def lone_capital(text: str, start: int, end: int, lo: int, block: tuple[int, int],
                 proper: bool = False) -> Evidence | None:
    """A word the lexicon writes in lower case, capitalised alone in running text: a name of
    one word, a person's or a people's ("his sister, Sham, survived", "embraced Sham",
    "illiterate Vandals had plundered Rome"; round 18). No capitalised neighbour makes it
    surely a name (:func:`in_name`), so it is doubtful: ``info``. A sentence's first word, a
    word after a stop, colon or quotation mark, a title-case line and capitals for emphasis
    say nothing, unless the same spelling was such a name a little earlier ("Sham survived")."""
    word = text[start:end]
    if proper or not word[:1].isupper() or not word[1:].islower():
        return None
    running = _RUNNING_BEFORE.search(text, max(lo, start - 40), start) is not None
    if running and after_stamp(text, block[0], start):
        running = False
    back = max(0, start - _NAMED_REACH)
    if not running and text.find(" " + word, back, start) < 0:
        return None  # (a plain search first: most capitals open a sentence, named nowhere before)
    if title_case(text, *block):
        return None
    if running:
        return Evidence("name", Effect.DOUBT, f"'{word}' is capitalised alone in running text: a name")
    # within the article: an archive's other articles are not looked through
    if _named_before(word).search(text, back, start) is not None:
        return Evidence("name", Effect.DOUBT, f"'{word}' is a name earlier in the text")
    return None


_NAMED_REACH = 6000  # characters looked back for the same name (a news article's length)


@lru_cache(maxsize=256)
def _named_before(word: str) -> re.Pattern[str]:
    """The word capitalised in running text (see :data:`_RUNNING_BEFORE`), or after a spaced
    dash (round 104: "Album review: Nadia Voss - Devastating Beauty", the work after its
    maker; "Devastating Beauty is released on Friday" opens a sentence of the body)."""
    # (not after a live blog's time stamp, "13:15 Thankfully", "14:20 — Dramatic": round 107)
    # round 124: or after a review headline's colon ("TV review: Shocking Truths (Channel 5)"):
    # the work reviewed, its name ("Shocking Truths continues next Tuesday")
    # round 171: or quoted there as a title ("his third album, 'Ruthless Love', two years
    # after"; "drops 'Ruthless Love' album"): a stats line that opens with the same words,
    # "Ruthless Love: first-day streams", names the work
    return re.compile(rf"(?:[a-z][\w'’-]*|,|(?<![:.]\d)\d|(?<![:.]\d\d)\s[-–—]|[Rr]eview:)[ \t]+[\"“‘']?{re.escape(word)}\b")
