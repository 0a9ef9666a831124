"""Print the verbs of doing badly of lintnews/builtin/loaded/evidence/doer.py (round 144).

A participle entry of the emotive or judgement lexicon ("bungled", "botched") used as the finite
verb of a person's or a body's act ("The council has bungled the signage") is the writer's
verdict on how the act was done. The verbs are WordNet 3.0's, not chosen by hand: those whose
commonest senses (the sense-tagged ones, or the first when none is tagged) are all among
WordNet's synsets of doing a thing badly or their troponyms ("~"):

- 02527651 "make a mess of, destroy or ruin" (botch, bungle, muff, flub, mishandle, ...);
- 00013172 "spoil by behaving clumsily or foolishly" (bungle);
- 02438861 "manage badly or incompetently" (mismanage, mishandle, misconduct).

A verb with a tagged sense of another kind ("spoil": to go bad, "voters spoiled their
ballots"; "blow", "fumble" a grounder) is left out: its plain senses are as common. WordNet 3.0 is Princeton University's, under the WordNet 3.0
licence (permissive); Debian's ``wordnet-base`` installs it under /usr/share/wordnet. Run
``python benchmarks/wordnet_mishandle.py`` and paste into ``evidence/doer.py``.
"""

from __future__ import annotations

from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
ROOTS = ("02527651", "00013172", "02438861")


def _synsets() -> dict[str, tuple[list[str], list[str]]]:
    """offset -> (words, troponym offsets) of every verb synset."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(n)]
        i = 4 + 2 * n
        p = int(f[i])
        ptrs = [f[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(p)]
        out[f[0]] = (words, [q[1] for q in ptrs if q[0] == "~" and q[2] == "v"])
    return out


def main() -> None:
    synsets = _synsets()
    bad: set[str] = set()
    todo = list(ROOTS)
    while todo:
        o = todo.pop()
        if o not in bad:
            bad.add(o)
            todo.extend(synsets[o][1])
    verbs = set()
    for line in (WORDNET / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, n = f[0], int(f[2])
        offsets = f[-n:]
        tagged = int(f[-n - 1])
        if "_" not in lemma and all(o in bad for o in offsets[:max(1, tagged)]):
            verbs.add(lemma)
    print(" ".join(sorted(verbs)))


if __name__ == "__main__":
    main()
