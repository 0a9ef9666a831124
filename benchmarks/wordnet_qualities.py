"""Print lintnews/builtin/loaded/evidence/quality_data.py (round 129).

A verdict noun closing a predicate ("It is a triumph.") is the writer's verdict (round 62's
``predicative``). Round 126 found the reviewer's form of it with one adjective between the article
and the noun ("It is a quiet triumph.", "It was a rare mess"), which the judge did not raise. The
adjective is let through only when it is a quality (Quirk et al. 7.40 ff.: a *central*,
gradable adjective describing the thing), never a classifying one, which makes the phrase the name
of a kind of thing ("a political triumph", "a military disaster", "an economic mess": the
relational adjectives, WordNet's pertainyms, "pertains to noun"), and never a name WordNet lists
as one noun ("practical joke", "white elephant").

The kind is WordNet 3.0's, not chosen by hand. A word is a quality when

- it is a single-word WordNet adjective, none of whose senses is a pertainym (pointer ``\\``);
- it is not a participle in -ed ("an alleged scam", "a suspected fraud": passives of report);
- at least two of its sense-tagged uses (cntlist) are adjectival (common enough to be measured);
- none of its senses measures the thing (its WordNet attribute is a magnitude, a quantity or an
  age: "high", "new", "minor", "big": "a high fantasy" is a genre, "a new scandal" dates it);
- it is not a modal or time-restrictive adjective (Quirk et al. 7.36-7.37, listed below:
  "apparent", "possible", "former"): these say whether or when the noun applies, not how good
  or bad the thing is ("a possible scam", "a former star").

The compound nouns are the two-word WordNet nouns whose first word is a quality and whose second
is a single-word term of the loaded-language rules.

The work nouns (round 129, second part) are the single-word WordNet nouns one of whose senses is
under a work, a performance, a dish or food, a composition, a piece of writing, a story's plot,
a show, a production, a design, a story or a script's dialogue (the roots in :data:`WORK_ROOTS`)
and none of whose senses is a person ("dish" as "a stunner"): a verdict on such a subject after
a copula is a critic's ("the plot is muddled"), where the same word on people may be their
state ("voters were confused").

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` installs it under /usr/share/wordnet. Run ``python benchmarks/wordnet_qualities.py
> lintnews/builtin/loaded/evidence/quality_data.py``.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
RULES = Path(__file__).resolve().parent.parent / "rules" / "loaded-language.toml"
# Quirk et al. 7.36-7.37: adjectives of modality and of time or restriction, which qualify
# whether, when or to what part the noun applies ("a possible scam", "a former star",
# "the only triumph"), not the thing itself.
MODAL = frozenset("""
    apparent possible impossible likely unlikely probable improbable potential putative ostensible
    seeming purported presumptive supposed alleged would-be so-called self-styled self-proclaimed
    former future erstwhile late past present previous prior onetime one-time sometime
    eventual ultimate initial original first second third last latest next final only sole
    certain particular specific main chief principal same other another such own mere
""".split())
MIN_TAGGED = 2
# the synsets (offsets of WordNet 3.0's data.noun): work ("a product produced or accomplished
# through the effort"), performance ("a dramatic or musical entertainment"), dish ("a particular
# item of prepared food"), musical_composition, writing ("the work of a writer"), plot ("the story
# that is told in a novel or play"), show ("a social event involving a public performance"),
# production ("a presentation for the stage or screen"), design ("a decorative or artistic
# work"), nutriment, narrative, dialogue ("the lines spoken by characters in drama or fiction")
WORK_ROOTS = frozenset(("04599396", "06891493", "07557434", "07037465", "06362953", "06373314",
                        "06619065", "07006951", "03178782", "07570720", "07221094", "07010541"))
PERSON = "00007846"


def _noun_graph() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    index: dict[str, list[str]] = {}
    with (WORDNET / "index.noun").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            a = line.split()
            index[a[0]] = a[4 + int(a[3]) + 2:]
    hypernyms: dict[str, list[str]] = {}
    with (WORDNET / "data.noun").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            a = line.split("|")[0].split()
            i = 4 + 2 * int(a[3], 16)
            ptrs = [a[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(int(a[i]))]
            hypernyms[a[0]] = [p[1] for p in ptrs if p[0] in ("@", "@i")]
    return index, hypernyms


def _closure(offset: str, hypernyms: dict[str, list[str]]) -> set[str]:
    """The synset and all its hypernyms (instance hypernyms too), as offsets."""
    seen: set[str] = set()
    stack = [offset]
    while stack:
        x = stack.pop()
        if x not in seen:
            seen.add(x)
            stack.extend(hypernyms[x])
    return seen


def work_nouns() -> list[str]:
    index, hypernyms = _noun_graph()

    out = []
    for w, offsets in index.items():
        if not w.isalpha():
            continue
        closures = [_closure(o, hypernyms) for o in offsets]
        if any(c & WORK_ROOTS for c in closures) and not any(PERSON in c for c in closures):
            out.append(w)
    return sorted(out)


def _tagged() -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    with (WORDNET / "cntlist.rev").open(encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            if rest[:1] in ("3", "5"):  # adjective, adjective satellite
                out[lemma] += int(count)
    return out


# (round 129, second part) a quality whose sense measures the thing ("high", "new", "minor",
# "big": WordNet's attribute under magnitude, quantity or age) classifies more than it grades
# ("a high fantasy", "a new scandal": a genre, a date): out. Offsets of WordNet 3.0's data.noun.
MEASURE_ROOTS = frozenset(("05090441", "00033615", "04924103"))  # magnitude, quantity, age


def _adjective_synsets() -> Iterator[tuple[list[str], list[list[str]]]]:
    """Each adjective synset of data.adj: its words (lower case, no syntactic marker) and its
    pointers (symbol, offset, part of speech, source/target), read once per caller."""
    with (WORDNET / "data.adj").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            a = line.split("|")[0].split()
            n = int(a[3], 16)
            i = 4 + 2 * n
            yield ([a[4 + 2 * k].split("(")[0].lower() for k in range(n)],
                   [a[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(int(a[i]))])


def _measures() -> set[str]:
    """The adjectives with a sense whose attribute noun is a magnitude, a quantity or an age."""
    _, hypernyms = _noun_graph()
    out: set[str] = set()
    for words, pointers in _adjective_synsets():
        if any(p[0] == "=" and p[2] == "n" and _closure(p[1], hypernyms) & MEASURE_ROOTS for p in pointers):
            out.update(words)
    return out


def qualities() -> list[str]:
    senses: dict[str, int] = defaultdict(int)
    relational: dict[str, int] = defaultdict(int)
    for words, pointers in _adjective_synsets():
        for w in words:
            senses[w] += 1
            relational[w] += any(p[0] == "\\" for p in pointers)
    tagged = _tagged()
    measures = _measures()
    return sorted(w for w in senses if relational[w] == 0 and w.replace("-", "").isalpha()
                  and not w.endswith("ed") and tagged[w] >= MIN_TAGGED and w not in MODAL
                  and w not in measures)


def compounds(quality: set[str]) -> list[str]:
    with RULES.open("rb") as f:
        rules = tomllib.load(f)["rules"]
    terms = [t if isinstance(t, str) else t["term"] for r in rules for t in r.get("terms", ())]
    nouns = {t.lower() for t in terms if " " not in t}
    out = []
    with (WORDNET / "index.noun").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ", 1)[0].split("_")
            if len(parts) == 2 and parts[0] in quality and parts[1] in nouns:
                out.append(" ".join(parts))
    return sorted(out)


def _block(words: list[str]) -> str:
    lines, line = [], "    "
    for w in words:
        if len(line) + len(w) + 1 > 96:
            lines.append(line.rstrip())
            line = "    "
        line += w + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def main() -> None:
    q = qualities()
    c = compounds(set(q))
    print('"""Generated by ``benchmarks/wordnet_qualities.py`` from WordNet 3.0 (Princeton University,')
    print("WordNet 3.0 licence, permissive; Debian's wordnet-base): the quality adjectives (no pertainym")
    print("sense, not an -ed participle, at least two tagged adjectival uses, no measure, not modal)")
    print("and the two-word WordNet nouns of a quality and a loaded-language noun; the work nouns. Not")
    print('chosen by hand (round 129)."""')
    print()
    print(f"# {len(q)} adjectives")
    print('QUALITY_ADJECTIVES = frozenset("""')
    print(_block(q))
    print('""".split())')
    print()
    print(f"# {len(c)} compound nouns (adjective + noun)")
    print("QUALITY_COMPOUNDS = frozenset((")
    for x in c:
        print(f'    "{x}",')
    print("))")
    w = work_nouns()
    print()
    print(f"# {len(w)} work nouns")
    print('WORK_NOUNS = frozenset("""')
    print(_block(w))
    print('""".split())')


if __name__ == "__main__":
    main()
