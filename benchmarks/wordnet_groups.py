"""Print the lemmas of the word class ``attribution/group-speakers`` from WordNet 3.0 (round 130).

Round 126 left groups of people the vague-source rule does not read as sources ("Parents say",
"Ambulance crews complain", "Insurers fear", "Factory owners complain that"): their heads are
not in ``source-nouns``, a hand list of people whose business is opinion, and earlier rounds
refused to add them one by one ("parent" in round 14, "owner" in round 120), because most of
their uses are people the story is about. The construction that reads them
(``sources/unnamed.py``, ``strict``) asks for more than a source noun does: a bare plural at a
clause start, the subject of a speech, cognition or complaint verb that has a that-clause, a
quotation or a clause as its complement. The heads are WordNet's, not chosen by hand:

- nouns at least two thirds of whose sense-tagged uses (``cntlist.rev``) are in the
  lexicographer file noun.person ("parent", "owner", "mother": ``wordnet_persons.py``'s rule);
- nouns with no tagged use all of whose senses are in noun.person and written in lower case
  (no proper names: "paramedic", "midwife", "commuter");
- nouns all of whose senses are in noun.group and lead (hypernyms) to ``social_group``, groups
  of people and not collections of things ("crew", "insurer"; not "data", "forest"), and nouns
  two thirds of whose tagged uses are noun.group and whose first sense leads to
  ``social_group`` ("club", "family"), less the public bodies of ``public-bodies`` (which speak
  as one body named by their kind: "police"), and the officers of ``case-officers`` (who speak
  for the body that investigates or prosecutes: "detectives", round 161).

Single alphabetic words, none that WordNet also lists as an adjective. WordNet 3.0 is Princeton
University's, under the WordNet 3.0 licence (permissive); Debian's ``wordnet-base`` installs it
under /usr/share/wordnet. Run from benchmarks/: ``python wordnet_groups.py`` and paste into
``lintnews/language/wordclasses/attribution.toml``.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from wordnet_concrete import senses as noun_senses
from wordnet_persons import SHARE, WORDNET, adjective_lemmas, person_nouns, tagged_counts

PERSON, GROUP = "18", "14"
SOCIAL_GROUP = "07950920"  # social_group.n.01
CLASSES = Path(__file__).resolve().parent.parent / "lintnews" / "language" / "wordclasses" / "attribution.toml"


def _synsets(root: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """offset -> (lexicographer file, words as written, hypernym offsets)."""
    out = {}
    with (root / "data.noun").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            a = line.split("|")[0].split()
            n = int(a[3], 16)
            words = [a[4 + 2 * i] for i in range(n)]
            i = 4 + 2 * n
            hyper = [a[i + 2 + 4 * k] for k in range(int(a[i])) if a[i + 1 + 4 * k] in ("@", "@i")]
            out[a[0]] = (a[1], words, hyper)
    return out


def group_speakers(root: Path = WORDNET) -> list[str]:
    synsets = _synsets(root)
    senses = noun_senses(root)
    adjectives = adjective_lemmas(root)
    _hit, total = tagged_counts({PERSON}, root)
    group, group_total = tagged_counts({GROUP}, root)
    classes = tomllib.loads(CLASSES.read_text(encoding="utf-8"))
    bodies = set(classes["public-bodies"]["lemmas"])
    officers = set(classes["case-officers"]["lemmas"])  # round 161: a body's officers speak as the body

    def social(offset: str) -> bool:
        seen, stack = set(), [offset]
        while stack:
            o = stack.pop()
            if o == SOCIAL_GROUP:
                return True
            if o not in seen:
                seen.add(o)
                stack += synsets[o][2]
        return False

    def lower_case(lemma: str, offsets: list[str]) -> bool:
        return all(lemma in synsets[o][1] for o in offsets)  # written as indexed: no capital

    out = set(person_nouns(root))
    for lemma, offsets in senses.items():
        if not lemma.isalpha() or lemma in adjectives or not lower_case(lemma, offsets):
            continue
        files = {synsets[o][0] for o in offsets}
        people = files == {PERSON} and total.get(lemma, 0) == 0
        # a group of people: every sense, or most tagged uses and the first sense ("club", "family")
        groups = lemma not in bodies and (
            (files == {GROUP} and all(social(o) for o in offsets))
            or (group_total.get(lemma, 0) > 0 and group[lemma] >= SHARE * group_total[lemma]
                and synsets[offsets[0]][0] == GROUP and social(offsets[0])))
        if people or groups:
            out.add(lemma)
    return sorted(out - officers)


if __name__ == "__main__":
    sys.stdout.write("\n".join(group_speakers()) + "\n")
