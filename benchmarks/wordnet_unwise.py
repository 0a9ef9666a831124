"""Print the judgement adjectives of unwise reasoning for rules/loaded-language.toml (round 145).

Issue 16's breadth: grow the lexicon by kind, each kind derived from a source that can be read
offline, so that members no set showed come with the ones it did. The kind here is the verdict
on how a decision, a plan or a remark was thought out ("an ill-judged attempt", "a fatuous
remark", "it was unwise to"). The words are WordNet 3.0's, not chosen by hand: the adjectives of
the clusters (head synset and its similar-to satellites, "&") of

- 02570283 "foolish": devoid of good sense or judgment ("a foolish decision"; satellites
  "ill-conceived, misguided", "asinine, fatuous, inane", "unwise", ...);
- 01899361 "imprudent": not prudent or wise (satellites "ill-considered, ill-judged",
  "injudicious", ...);
- 00939105 "inexplicable": incapable of being explained or accounted for, with ``--inexplicable``
  (a second kind, measured apart: see docs/history/loaded-language.md, round 145);

kept only where every commonest sense of the word (its sense-tagged senses, or the first when
none is tagged) is in those clusters ("mad", "fond", "silly" and "absurd" have other common
senses and stay out) and the word is no noun or verb of WordNet's as well ("rash", the skin's). Words the lexicon already holds are marked. WordNet 3.0 is Princeton University's,
under the WordNet 3.0 licence (permissive); Debian's ``wordnet-base`` installs it under
/usr/share/wordnet. Run ``python benchmarks/wordnet_unwise.py`` and paste the new words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

WORDNET = Path("/usr/share/wordnet")
FOOLISH = ("02570283", "01899361")
INEXPLICABLE = ("00939105",)
LEXICON = Path(__file__).resolve().parent.parent / "rules" / "loaded-language.toml"


def _adjectives() -> dict[str, tuple[list[str], list[str]]]:
    """offset -> (words, similar-to offsets) of every adjective synset."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in (WORDNET / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [re.sub(r"\(.*\)", "", f[4 + 2 * i]).lower() for i in range(n)]
        i = 4 + 2 * n
        p = int(f[i])
        ptrs = [f[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(p)]
        out[f[0]] = (words, [q[1] for q in ptrs if q[0] == "&"])
    return out


def _index(pos: str) -> dict[str, tuple[list[str], int]]:
    """lemma -> (sense offsets, number of sense-tagged senses)."""
    out: dict[str, tuple[list[str], int]] = {}
    for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[2])
        out[f[0]] = (f[-n:], int(f[-n - 1]))
    return out


def kind(
    heads: tuple[str, ...], drop: Callable[[str, int, dict[str, Any]], bool] | None = None
) -> list[tuple[str, bool]]:
    """The kind's words, each with whether the lexicon holds it already.

    ``drop(word, tagged, verbs)`` is a further filter a kind may add (round 147's participles
    never read as adjectives); the clusters and round 145's filters are the same for every kind.
    """
    adj = _adjectives()
    cluster = set(heads)
    for h in heads:
        cluster.update(adj[h][1])
    index = _index("adj")
    nouns, verbs = _index("noun"), _index("verb")
    lexicon = LEXICON.read_text(encoding="utf-8")
    out = []
    for w in sorted({w for o in cluster for w in adj[o][0]}):
        offsets, tagged = index[w]
        if not all(o in cluster for o in offsets[: max(1, tagged)]):
            continue
        if w in nouns or w in verbs:
            continue
        if drop is not None and drop(w, tagged, verbs):
            continue
        out.append((w.replace("_", " "), f'"{w}"' in lexicon))
    return out


def main() -> None:
    heads = INEXPLICABLE if "--inexplicable" in sys.argv[1:] else FOOLISH
    for word, known in kind(heads):
        print(word, "(in the lexicon)" if known else "")


if __name__ == "__main__":
    main()
