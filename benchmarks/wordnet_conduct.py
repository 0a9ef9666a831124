"""Print the conduct adjectives of lintnews/builtin/loaded/evidence/incident_data.py (round 118).

Round 117 found that an emotive adjective before a noun of an act or event judges it ("a
heartless twist") often enough to gain blind recall, but that the emotive entries as a whole
cost a false alarm. The emotive entries are of two kinds: adjectives of **conduct**, a quality
judged in a person or what a person did ("heartless", "cowardly", "reckless", "shameful",
"brutal"), and adjectives of the **reaction** the writer hands the reader ("shocking",
"terrifying", "chilling", "appalling"). Only the first kind is a verdict on the act it stands
before; the second may say how an event felt to those in it.

The kind is WordNet 3.0's, not chosen by hand. An emotive entry of the rules (single words of
``loaded-language/emotive``) is of conduct when

- one of its senses leads to a noun (its derived noun, "+", or the attribute, "=", of the head
  of its cluster: "cowardly" -> "cowardice", "shameful" -> "morality") under WordNet's ``trait``
  ("a distinguishing feature of your personal nature"), ``morality`` or ``immorality``; and
- none of its senses leads to a noun under ``emotion`` ("terrifying" -> "alarm" -> "fear"), and
  it is not a participle of a verb of emotion (verb.emotion: "shocking", "sickening",
  "appalling"); and
- none of its senses is a **measure** (round 118, second part): a sense whose nouns reach
  WordNet's ``magnitude``, ``measure``, ``quantity``, ``amount`` or ``monetary_value`` and none
  of trait/morality/immorality ("lavish" -> "lavishness" -> "expensiveness", "a lavish
  buffet"; "monstrous" -> "size", "a monstrous wave"). Before an act noun such a word may say
  how much or how big ("the lavish use of gilt", "a monstrous effort"), not how the actor
  behaved.

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` package installs it under /usr/share/wordnet. Run
``python benchmarks/wordnet_conduct.py`` and paste into
``lintnews/builtin/loaded/evidence/incident_data.py``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
RULES = Path(__file__).resolve().parent.parent / "rules" / "loaded-language.toml"
CONDUCT = ("trait", "morality", "immorality")
REACTION = ("emotion",)
MEASURE = ("magnitude", "measure", "quantity", "amount", "monetary_value")
VERB_EMOTION = "37"
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def _index(pos: str) -> dict[str, list[str]]:
    """Lemma -> synset offsets, in WordNet's sense order."""
    out = {}
    with (WORDNET / f"index.{pos}").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            a = line.split()
            rest = a[4 + int(a[3]):]
            out[a[0]] = rest[2:]
    return out


@cache
def _line(pos: str, offset: str) -> str:
    with (WORDNET / f"data.{pos}").open(encoding="utf-8") as f:
        f.seek(int(offset))
        return f.readline()


def _synset(pos: str, offset: str) -> tuple[str, str, list[str], list[tuple[str, str, str, str]]]:
    """(lexicographer file, synset type, words, pointers) of a synset."""
    a = _line(pos, offset).split("|")[0].split()
    n = int(a[3], 16)
    words = [a[4 + 2 * i].split("(")[0] for i in range(n)]
    i = 4 + 2 * n
    ptrs = [tuple(a[i + 1 + 4 * k: i + 5 + 4 * k]) for k in range(int(a[i]))]
    return a[1], a[2], words, ptrs


def _closure(offset: str) -> set[str]:
    seen: set[str] = set()
    stack = [offset]
    while stack:
        o = stack.pop()
        if o not in seen:
            seen.add(o)
            stack += [p[1] for p in _synset("noun", o)[3] if p[0] in ("@", "@i")]
    return seen


def _sense_nouns(adj: str, offset: str) -> list[str]:
    """The nouns one sense of an adjective leads to: derived ('+') and the attribute ('=') of
    the sense or of the head of its cluster ('&')."""
    out = []
    _lex, ss, words, ptrs = _synset("adj", offset)
    for sym, o, pos, st in ptrs:
        src = int(st[:2], 16)
        if sym in ("+", "=") and pos == "n" and (not src or words[src - 1] == adj):
            out.append(o)
    if ss == "s":
        for sym, o, _pos, _st in ptrs:
            if sym == "&":
                out += [p[1] for p in _synset("adj", o)[3] if p[0] == "="]
    return out


def _sense_closures(adj: str, adjectives: dict[str, list[str]]) -> list[set[str]]:
    """For each sense of the adjective that leads to a noun, the nouns and their hypernyms."""
    out = []
    for off in adjectives.get(adj, []):
        reached: set[str] = set()
        for o in _sense_nouns(adj, off):
            reached |= _closure(o)
        if reached:
            out.append(reached)
    return out


def _verb_of_emotion(adj: str, verbs: dict[str, list[str]]) -> bool:
    stems = []
    for suffix in ("ing", "ed"):
        if adj.endswith(suffix):
            base = adj[: -len(suffix)]
            stems += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])
    return any(_synset("verb", o)[0] == VERB_EMOTION for s in stems for o in verbs.get(s, []))


def emotive_entries() -> list[str]:
    with RULES.open("rb") as f:
        rules = tomllib.load(f)["rules"]
    terms = next(r for r in rules if r["id"] == "loaded-language/emotive")["terms"]
    words = (t if isinstance(t, str) else t["term"] for t in terms)
    return sorted({w for w in words if " " not in w and w.islower()})


def conduct_adjectives() -> list[str]:
    nouns, adjectives, verbs = _index("noun"), _index("adj"), _index("verb")
    conduct = {o for n in CONDUCT for o in nouns[n]}
    reaction = {o for n in REACTION for o in nouns[n]}
    measure = {o for n in MEASURE for o in nouns[n]}
    out = []
    for adj in emotive_entries():
        senses = _sense_closures(adj, adjectives)
        reached = set().union(*senses)
        if not reached & conduct or reached & reaction or _verb_of_emotion(adj, verbs):
            continue
        if any(s & measure and not s & conduct for s in senses):
            continue
        out.append(adj)
    return out


if __name__ == "__main__":
    for word in conduct_adjectives():
        print(word)
