"""Print the noun classes of the impact verbs' figurative sense from WordNet 3.0 (round 131).

"A scandal rocked the club", "the vote exposed the spineless position", "the ruling guts the
law": a verb of physical impact whose subject (or passive agent) is no physical thing or force
passes the writer's verdict on the effect; "an earthquake rocked the town", "waves hammered the
coast", "fire gutted the building" are the literal senses. Which nouns are which is WordNet's
word, not a hand list:

- ``impact-abstract.txt``: single lower-case nouns whose first (most frequent) sense is in
  noun.act, noun.communication, noun.cognition, noun.state, noun.attribute, noun.feeling,
  noun.possession or noun.process (a scandal, a deal, a vote, a crisis, a report), not
  noun.event (a tragedy, an accident, a defeat: what happened has effects of its own, and
  "the tragedy rocked the nation" is the shock it caused), less every noun one of whose two commonest senses is a physical force or
  occurrence: under physical phenomenon or natural phenomenon (storms, earthquakes, waves),
  explosion, noise, fire, firing, shooting, bombing (gunfire, shelling) or motion;
- ``impact-bodies.txt``: single lower-case nouns whose first sense is in noun.group (a club,
  a coalition, the government, a market), the bodies an attack verb's figurative sense hits
  (the people are the word class ``loaded/person-nouns``).

Each with its plural from LemmInflect (MIT licence). WordNet 3.0 is Princeton University's,
under the WordNet 3.0 licence (permissive); Debian's ``wordnet-base`` installs it under
/usr/share/wordnet. Run from the repository's root:
``.venv/bin/python benchmarks/wordnet_impact.py`` (writes both files beside
``lintnews/builtin/loaded/evidence/impact.py``).
"""

from __future__ import annotations

from pathlib import Path

from wordnet_concrete import senses, synsets  # (run as a script: benchmarks/ is on the path)

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "lintnews" / "builtin" / "loaded" / "evidence"
ABSTRACT = {"04", "10", "09", "26", "07", "12", "21", "22"}  # act comm cognition state attribute feeling possession process
BODIES = {"14"}  # group
# the physical forces and occurrences (every hyponym of each sense of these lemmas)
PHYSICAL_ROOTS = ("physical_phenomenon", "natural_phenomenon", "explosion", "noise", "firing", "motion",
                  "movement", "atmospheric_phenomenon", "weather", "fire", "shooting", "bombing")


def _read(root: Path) -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[str]]]:
    """Per synset its lexicographer file and hyponyms, and per lemma every sense's offset, most
    frequent first (wordnet_concrete.py's readers)."""
    lexfile, hyponyms = synsets(root)
    return lexfile, hyponyms, senses(root)


def classes(root: Path = WORDNET) -> tuple[list[str], list[str]]:
    lexfile, hyponyms, senses = _read(root)
    physical: set[str] = set()
    todo = [off for lemma in PHYSICAL_ROOTS for off in senses.get(lemma, [])]
    physical.update(todo)
    while todo:
        for child in hyponyms.get(todo.pop(), []):
            if child not in physical:
                physical.add(child)
                todo.append(child)
    abstract, bodies = set(), set()
    for w, offs in senses.items():
        if not (w.isalpha() and w.islower()):
            continue
        first = lexfile[offs[0]]
        if first in BODIES:
            bodies.add(w)
        elif first in ABSTRACT and not any(o in physical for o in offs[:2]):
            abstract.add(w)
    from lemminflect import getInflection

    def with_plurals(nouns: set[str]) -> list[str]:
        return sorted(nouns | {p for w in nouns for p in getInflection(w, "NNS") if p.isalpha()})

    return with_plurals(abstract), with_plurals(bodies)


if __name__ == "__main__":
    a, b = classes()
    (OUT / "impact-abstract.txt").write_text(" ".join(a) + "\n", encoding="utf-8")
    (OUT / "impact-bodies.txt").write_text(" ".join(b) + "\n", encoding="utf-8")
