"""Expand a lexicon term into its inflected forms with LemmInflect (MIT licence).

This module runs when the built-in rules are built (``python -m lintnews.language.build``
writes ``forms.json``), and at lint time only for a house-pack term that the shipped table
lacks. Looking up every word of a text at lint time would be slower (a lemma per token)
and less accurate (it ignores part of speech); expanding the lexicon once keeps matching a
plain surface-form scan.

Choices, so that the forms are the ones an editor expects:

* ``pos`` is ``"verb"``, ``"noun"``, ``"adjective"``, ``"adverb"``, ``"graded"`` (an
  adjective's comparative and superlative only: for a word whose -ly adverb or other parts of
  speech are not loaded, "grim" but not "grimly") or ``None`` (every part of speech the
  lexicon knows the word as). Forms are lower case.
* A word that is already an inflected form of another lemma ("believed", "said") is kept as
  written: "believed to" stays "believed to". Ask for "believe to" to get believes/believing.
* Phrases: with ``pos="verb"`` the first word is inflected (phrasal verbs: "lash out",
  "rip into"); otherwise the last word, as a noun ("slam dunk" -> "slam dunks"), and only if
  it is a noun or verb the lexicon knows ("sources close to" stays as written).
* An unknown hyphenated word inflects its last part ("hard-liner" -> "hard-liners"); asked for
  as a noun, an unknown last part takes the regular plural ("anti-vaxxer" -> "anti-vaxxers").
* LemmInflect's model for unknown words is used only for single plain verbs and nouns
  (it invents adjectives such as "horrificer").
* Adjectives also get their -ly adverbs: spelling candidates kept when the lexicon knows them
  as adverbs; with an explicit ``pos="adjective"`` the regular candidate is also kept for a
  known adjective (or participle) when the lexicon knows none ("horrifically",
  "terrifyingly"), unless it is another known word ("goodly") or the adjective ends in -y
  (shyly, drily are irregular).
* Known data slips are mended: "trueer"/"freeest" (the lexicon's -e adjectives) become
  "truer"/"freest".

The result maps Penn Treebank tags (VB, VBD, VBG, VBN, VBZ, VBP, NN, NNS, JJ, JJR, JJS, RB,
RBR, RBS) to forms, so a quick fix can put a replacement verb in the tense of the word it
replaces ("slams" -> "criticises").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from types import ModuleType

POS_NAMES = {"verb": "VERB", "noun": "NOUN", "adjective": "ADJ", "adverb": "ADV", "graded": "ADJ"}
# "graded": an adjective's comparative and superlative only, no -ly adverb and no other part of
# speech (round 49: "grim" -> "grimmer, grimmest" but not "grimly"; "nasty" -> "nastiest")
GRADED_TAGS = ("", "JJ", "JJR", "JJS")


class FormsUnavailable(RuntimeError):
    """LemmInflect is not installed, so a term missing from the shipped table cannot be expanded."""


def _lemminflect() -> ModuleType:
    try:
        import lemminflect
    except ImportError as exc:
        raise FormsUnavailable(
            "inflecting new terms needs LemmInflect (pip install 'lintnews[forms]'), "
            "or list the term's forms with forms = [...]"
        ) from exc
    return lemminflect


def _is_inflected_form(word: str) -> bool:
    """Is ``word`` an inflected form of another lemma and no lemma itself ("believed", "said")?"""
    li = _lemminflect()
    lemmas = li.getAllLemmas(word)
    return bool(lemmas) and not li.getAllInflections(word) and all(word not in ls for ls in lemmas.values())


def _add(table: dict[str, set[str]], tag: str, forms: Iterable[str]) -> None:
    table.setdefault(tag, set()).update(f.lower() for f in forms)


def _inflect_word(word: str, upos: str | None, oov: bool = True) -> dict[str, set[str]]:
    """Tag -> forms of one word (the word itself is under its own tags, or ``""``)."""
    li = _lemminflect()
    w = word.lower()
    if _is_inflected_form(w):
        return {"": {w}}
    found = li.getAllInflections(w, upos=upos) if upos else li.getAllInflections(w)
    if not found and "-" in w:  # an unknown compound: inflect its last part
        head, _, last = w.rpartition("-")
        # from the lexicon only, but a noun asked for as one takes the regular plural of an
        # unknown last part ("anti-vaxxer" -> "anti-vaxxers", "left-winger" -> "left-wingers":
        # round 19, the lexicon knows neither "vaxxer" nor "winger")
        inner = _inflect_word(last, upos, oov=upos == "NOUN")
        out = {tag: {f"{head}-{f}" for f in fs} for tag, fs in inner.items()}
        _add(out, "", [w])
        return out
    table: dict[str, set[str]] = {}
    for tag, forms in found.items():
        _add(table, tag, forms)
    for tag, suffix in (("JJR", "er"), ("RBR", "er"), ("JJS", "est"), ("RBS", "est")):
        for f in list(table.get(tag, ())):  # "trueer", "freeest": the lexicon's -e adjectives
            if w.endswith("e") and f == w + suffix:
                table[tag].discard(f)
                table[tag].add(w + suffix[1:])
    if not found and oov and upos in ("VERB", "NOUN") and w.isalpha():
        for tag, forms in li.getAllInflectionsOOV(w, upos).items():
            _add(table, tag, forms)
    if "VBD" in table and "VBN" not in table:  # (the lexicon lists a regular participle once, as VBD)
        table["VBN"] = set(table["VBD"])
    elif "VBD" in table:
        # a weak verb's past and participle are one form, so a British "-t" past the lexicon
        # lists beside the "-ed" one is its participle too ("learnt", "dreamt": "it is learnt
        # that"; the lexicon gives "learnt" as a past only)
        for f in table["VBD"] - table["VBN"]:
            if f.endswith("t") and f[:-1] + "ed" in table["VBN"] & table["VBD"]:
                table["VBN"].add(f)
    if upos == "VERB" and w in _PARTICIPLES_MISSED and "VBN" in table:
        table["VBN"].add(_PARTICIPLES_MISSED[w])
    if not any(w in fs for fs in table.values()):
        _add(table, "", [w])
    return table


# round 147: strong participles the lexicon lists only as adjectives ("has been proven to",
# beside its "proved")
_PARTICIPLES_MISSED = {"prove": "proven"}


def _adverb_candidates(adj: str) -> list[str]:
    """Spelling candidates for the -ly adverb, the regular one first."""
    a = adj
    if a.endswith("ic"):
        return [a + "ally", a + "ly"]  # horrific -> horrifically, public -> publicly
    if a.endswith("le") and len(a) > 3 and a[-3] not in "aeiou":
        return [a[:-1] + "y", a + "ly"]  # terrible -> terribly, gentle -> gently
    if a.endswith("y"):
        return [a[:-1] + "ily", a + "ly"]  # angry -> angrily, shy -> shyly
    if a.endswith(("ue", "ll")) or (a.endswith("e") and not a.endswith("ee")):
        return [a + "ly", a[:-1] + "ly"]  # fierce -> fiercely; true -> truly, full -> fully
    return [a + "ly"]  # brutal -> brutally


def adverbs(adj: str, guess: bool = False) -> set[str]:
    """The -ly adverbs of ``adj`` that the lexicon knows (``guess``: see the module doc)."""
    li = _lemminflect()
    a = adj.lower()
    candidates = _adverb_candidates(a)
    known = {c for c in candidates if "ADV" in li.getAllLemmas(c)}
    if known or not guess or a.endswith("y"):
        return known
    lemmas = li.getAllLemmas(a)
    is_adjective = "ADJ" in lemmas or (a.endswith(("ing", "ed")) and "VERB" in lemmas)
    return {candidates[0]} if is_adjective and not li.getAllLemmas(candidates[0]) else set()


def expand(term: str, pos: str | None = None) -> dict[str, list[str]]:
    """Tag -> sorted forms of a lexicon term (one word or a phrase); see the module doc."""
    if pos is not None and pos not in POS_NAMES:
        raise ValueError(f"unknown part of speech {pos!r} (expected one of: {', '.join(POS_NAMES)})")
    li = _lemminflect()
    upos = POS_NAMES.get(pos or "")
    words = term.lower().split()
    if not words:
        return {}
    i = 0 if (upos == "VERB" and len(words) > 1) else len(words) - 1
    before, head, after = words[:i], words[i], words[i + 1 :]
    head_pos = upos
    if upos is None and len(words) > 1:  # a phrase with no part of speech: a noun compound
        known = li.getAllInflections(head)
        if not ("NN" in known or "VB" in known):
            return {"": [" ".join(words)]}
        head_pos = "NOUN"
    heads = _inflect_word(head, head_pos)
    if pos == "graded":
        heads = {tag: fs for tag, fs in heads.items() if tag in GRADED_TAGS}
    elif len(words) == 1 and (upos == "ADJ" or (upos is None and "ADJ" in li.getAllLemmas(head))):
        found = adverbs(head, guess=upos == "ADJ")
        if found:
            _add(heads, "RB", found)
    return {tag: sorted(" ".join([*before, h, *after]) for h in forms) for tag, forms in sorted(heads.items())}
