"""Print the lemmas of the word class ``loaded/offender-nouns`` from WordNet 3.0 (round 148).

Why generated and not chosen: an evaluative adjective before a noun naming a wrongdoer ("a
sick thug", "heartless burglars", "a smooth-talking conman") is the tabloid's epithet for a
person, never a description of an illness or a look, and a hand list of offenders never
covers them. The nouns are WordNet's: every noun in the hyponym closure (``~``) of

- 09633969 "wrongdoer, offender": a person who transgresses moral or civil law;
- 09831962 "bad person": a person who does harm to others;

kept where the noun's commonest sense (its sense-tagged uses, ``cntlist.rev``, or every
sense when none is tagged) and every other tagged sense are in the closure ("monster" is a creature first and stays out;
"thug", "burglar", "mugger" are in) and the word is no WordNet adjective as well ("criminal",
"tough", "rowdy" describe too). Named individuals (instance hyponyms, "Blackbeard") are
not walked. A two-word lemma in "man" is printed solid, the British spelling ("con_man" as
"conman", "hit_man" as "hitman"), except "frontman", whose commoner sense WordNet lacks. WordNet 3.0 is
Princeton University's, under the WordNet 3.0 licence (permissive); Debian's ``wordnet-base``
installs it under /usr/share/wordnet. Run ``python benchmarks/wordnet_offenders.py`` and
paste into ``lintnews/language/wordclasses/loaded.toml``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordnet_concrete import senses  # (run as a script: benchmarks/ is on the path)
from wordnet_persons import adjective_lemmas

WORDNET = Path("/usr/share/wordnet")
ROOTS = ("09633969", "09831962")


def _nouns(root: Path = WORDNET) -> dict[str, tuple[list[str], list[str]]]:
    """offset -> (lemmas, hyponym offsets) of every noun synset."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in (root / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        offset, n = parts[0], int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].lower() for i in range(n)]
        k = 4 + 2 * n
        count = int(parts[k])
        hyponyms = [parts[k + 1 + 4 * i + 1] for i in range(count) if parts[k + 1 + 4 * i] == "~"]
        out[offset] = (lemmas, hyponyms)
    return out


def _closure(nouns: dict[str, tuple[list[str], list[str]]]) -> set[str]:
    """The root synsets and every hyponym below them."""
    seen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        o = todo.pop()
        if o not in seen:
            seen.add(o)
            todo.extend(nouns[o][1])
    return seen


def _noun_senses(root: Path = WORDNET) -> dict[str, tuple[list[str], dict[int, int]]]:
    """Per noun lemma, its synset offsets in sense order (``wordnet_concrete.senses``) and the
    tag count of each sense number that is sense-tagged (``cntlist.rev``; review 129: read once
    for both tests below)."""
    counts: dict[str, dict[int, int]] = defaultdict(dict)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, sense, count = line.split()
        lemma, rest = key.split("%")
        if rest.startswith("1:"):
            counts[lemma][int(sense)] = int(count)
    return {lemma: (offsets, counts.get(lemma, {})) for lemma, offsets in senses(root).items()}


def _tagged(senses: dict[str, tuple[list[str], dict[int, int]]]) -> dict[str, set[str]]:
    """Per noun lemma, the synset offsets of every sense that is sense-tagged at all. SemCor,
    where the counts come from, is small: "runner" has its smuggler sense tagged three times and
    its athlete once, so the commonest sense alone made a marathon's "sick runner" a tabloid
    epithet. A noun is kept only when every tagged sense is of the kind."""
    return {lemma: {synsets[s - 1] for s in tagged if s <= len(synsets)}
            for lemma, (synsets, tagged) in senses.items()}


def _commonest(senses: dict[str, tuple[list[str], dict[int, int]]]) -> dict[str, set[str]]:
    """Per noun lemma, the synset offsets of its commonest senses: the most sense-tagged ones,
    or every sense when none is tagged (an untagged word is kept only when all its senses are
    of the kind: "rake", a garden tool too, is not)."""
    out: dict[str, set[str]] = {}
    for lemma, (synsets, tagged) in senses.items():
        if tagged:
            top = max(tagged.values())
            out[lemma] = {synsets[s - 1] for s, c in tagged.items() if c == top and s <= len(synsets)}
        else:
            out[lemma] = set(synsets)
    return out


def offender_nouns(root: Path = WORDNET) -> list[str]:
    """The nouns whose commonest sense names a wrongdoer, sorted (solid forms of two-word ones)."""
    nouns = _nouns(root)
    kind = _closure(nouns)
    senses = _noun_senses(root)
    commonest = _commonest(senses)
    tagged = _tagged(senses)
    adjectives = adjective_lemmas(root)
    words: set[str] = set()
    for o in kind:
        for lemma in nouns[o][0]:
            if lemma in adjectives or not commonest.get(lemma, set()) <= kind:
                continue
            if not tagged.get(lemma, set()) <= kind:  # (a tagged sense outside: "runner")
                continue
            parts = lemma.split("_")
            if len(parts) == 1 and lemma.isalpha():
                words.add(lemma)
            elif len(parts) == 2 and parts[1] == "man" and parts[0].isalpha() and parts[0] != "front":
                words.add("".join(parts))  # (not "frontman": WordNet lacks the band's singer)
    return sorted(words)


if __name__ == "__main__":
    sys.stdout.write("\n".join(offender_nouns()) + "\n")
