"""Print candidate loaded-language terms from VADER's valence lexicon (round 89, issue 16).

Why generated: rounds 87 and 88 found many misses were evaluative words the hand-built lexicon
simply lacks ("woeful", "glum"), one at a time. VADER's ``vader_lexicon.txt`` (C.J. Hutto,
vaderSentiment 3.3.2, MIT licence in the wheel's LICENSE.txt) gives a mean human valence rating
(-4..4) for about 7,500 words. This script keeps the single words that are

- adjectives first in WordNet 3.0 (``/usr/share/wordnet``: the adjective senses' tagged uses are at
  least those of the noun and verb senses, so "hero" and "attack" are out, "glum" is in);
- of strong valence, ``|v| >= THRESHOLD`` (argument 2);
- not already a form the built lexicon or any word class knows (``lintnews/language/forms.json``);
- not in ``GUARD``: words whose commonest sense in news is literal, technical or plain
  description ("cold", "hard", "poor", "free", "safe"), chosen by sense, not from any corpus.

Run: ``python benchmarks/vader_loaded.py /path/to/vader_lexicon.txt 2.5`` (the lexicon from
``pip download vaderSentiment --no-deps``); it prints TOML term entries at ``info``, negative ones
for the emotive rule and positive ones for puffery, each line marked by its sign.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
FORMS = Path(__file__).resolve().parent.parent / "lintnews" / "language" / "forms.json"

# Mostly literal, technical, or the plain words of description in news: by sense, not by corpus.
GUARD = frozenset("""
cold hard poor free safe clean good great best better bad worse worst nice fine strong weak sick
ill dead dying warm hot sweet top wrong right fair positive negative welcome lucky happy sad glad
sorry healthy secure clear easy difficult true false real rich wealthy fit kind dear gentle calm
quiet honest popular successful important natural fresh proud loyal able capable ready willing
low high heavy light dark bright sharp dull loose tight tough soft smooth rough dirty empty full
silly funny fun cool lovely pretty beautiful handsome cute ugly alone lonely guilty innocent
legal illegal criminal violent dangerous hostile peaceful friendly helpful useful useless harmful
hurt injured wounded killed broken lost failed missing stolen dumped banned blocked trapped
inspired interested excited worried concerned afraid scared nervous upset angry mad tired bored
confused surprised pleased satisfied relieved unable unhappy unfair unsafe unclear uncertain
unknown unlikely unusual wrong correct accurate valid invalid fake false serious severe grave
critical urgent acute chronic fatal deadly lethal toxic poisonous sterile infected contaminated
positive benign malignant stable unstable significant major minor huge big small tiny large vast
free-free excellent perfect ideal super special superb premium prime elite fancy luxury
eager keen hopeful optimistic pessimistic cheerful miserable comfortable uncomfortable
effective intellectual valuable peacekeeping neat grand gross supreme tops divine heavenly precious
sympathetic unhealthy relaxed confident ambitious generous brave fab pukka snafu amort uninvolved
favorable favourable respectful earnest passionate enthusiastic festive jolly merry vibrant sexy
tragical kindly wise graceful pleasant unpleasant stressful traumatic suicidal
""".split())

# A participle ("murdered", "jailed", "smiling") reports what happened or is happening;
# it is description in news far more than verdict.
PARTICIPLE_ENDINGS = ("ed", "ing")


def wordnet_counts(root: Path = WORDNET) -> tuple[dict[str, int], dict[str, int], set[str]]:
    """Tagged uses of each lemma as an adjective and as anything else, and every adjective."""
    adj: dict[str, int] = defaultdict(int)
    other: dict[str, int] = defaultdict(int)
    with (root / "cntlist.rev").open(encoding="utf-8") as counts:
        for line in counts:
            key, _sense, count = line.split()
            lemma, rest = key.split("%")
            ss_type = rest.split(":")[0]
            (adj if ss_type in ("3", "5") else other)[lemma] += int(count)
    with (root / "index.adj").open(encoding="utf-8") as index:
        adjectives = {row.split()[0] for row in index if not row.startswith(" ")}
    return adj, other, adjectives


def known_forms(path: Path = FORMS) -> set[str]:
    """Every form the built lexicon and word classes know, lower-cased."""
    data = json.loads(path.read_text(encoding="utf-8"))
    known: set[str] = set()
    for key, tags in data["entries"].items():
        known.add(key.lstrip("* ").lower())
        for forms in tags.values():
            known.update(f.lower() for f in forms)
    return known


def candidates(lexicon: Path, threshold: float) -> list[tuple[str, float]]:
    """(word, valence) of the VADER words that pass every filter, sorted by word."""
    adj, other, adjectives = wordnet_counts()
    known = known_forms()
    out = []
    for line in lexicon.read_text(encoding="utf-8", errors="replace").splitlines():
        word, valence = line.split("\t")[:2]
        v = float(valence)
        if (abs(v) >= threshold and word.isalpha() and word.islower() and word in adjectives
                and adj[word] >= other[word] and word not in known and word not in GUARD
                and not word.endswith(PARTICIPLE_ENDINGS)):
            out.append((word, v))
    return sorted(out)


if __name__ == "__main__":
    lex, thr = Path(sys.argv[1]), float(sys.argv[2])
    for word, v in candidates(lex, thr):
        sign = "-" if v < 0 else "+"
        sys.stdout.write(f'{sign} {{term = "{word}", severity = "info", inflect = false}},  # {v}\n')
