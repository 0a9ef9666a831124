"""Build ``forms.json``: every form of every built-in lexicon word, from LemmInflect.

    python -m lintnews.language.build           # write lintnews/language/forms.json
    python -m lintnews.language.build --check   # exit 1 when the file is out of date

Requests come from the built-in rule packs (terms of rules or terms with ``inflect``; the
replacement verbs of quick fixes) and from the word classes in ``wordclasses/*.toml``. Needs
the ``forms`` extra (LemmInflect); linting never does, for the built-in words. It also writes
``finite.txt``, the finite verb forms of the whole lexicon (:mod:`lintnews.language.finite`), and
``compact.txt``, the generated classes too large for the table (:mod:`lintnews.language.wordclasses`).
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from lintnews.language.expand import POS_NAMES, expand
from lintnews.language.forms import TABLE, key

HERE = Path(__file__).resolve().parent


def _packs_dir() -> Path:
    for candidate in (HERE.parent / "_rules", HERE.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise SystemExit("build: the built-in rule packs were not found")


def _pos(value: object) -> str | bool | None:
    """A pack's ``inflect`` value: False (no forms), None (every part of speech) or a part of speech."""
    if value is True:
        return None
    if value in (False, None):
        return False
    if isinstance(value, str) and value in POS_NAMES:
        return value
    return False


def requests() -> Iterator[tuple[str, str | None]]:
    """Every (term, part of speech) whose forms the built-in rules and word classes need."""
    for path in sorted(_packs_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", []):
            rule_pos = _pos(rule.get("inflect", False))
            for entry in rule.get("terms", []):
                term = entry if isinstance(entry, str) else entry.get("term", "")
                pos = _pos(entry.get("inflect", rule.get("inflect", False))) if isinstance(entry, dict) else rule_pos
                if pos is not False:
                    yield term, pos  # type: ignore[misc]
    from lintnews.language.wordclasses import participle_bases, source_classes

    for path in sorted(_packs_dir().glob("*.toml")):  # (round 61: a rule's derived adverbs)
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", []):
            if "adverbs_of_participles" in rule:
                for base in participle_bases(rule["adverbs_of_participles"], source=True):
                    yield base, "adjective"
    for cls in source_classes().values():
        if cls.get("compact"):
            continue  # (written to compact.txt, not the table: see build_compact)
        pos = cls.get("pos")
        for lemma in cls.get("lemmas", []):
            yield lemma, pos


def replacement_verbs() -> Iterator[str]:
    """The suggestions that quick fixes put in place of a matched verb (``replace = true``)."""
    for path in sorted(_packs_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", []):
            for entry in rule.get("terms", []):
                if not isinstance(entry, dict):
                    continue
                if (entry.get("replace") or rule.get("replace")) and entry.get("suggestion"):
                    word = entry["suggestion"].strip()
                    if word and " " not in word:
                        yield word.lower()


def build() -> str:
    """The table's JSON text (deterministic: sorted keys, one entry a line)."""
    from lemminflect import getLemma

    entries = {}
    lemmas: dict[str, str] = {}
    for term, pos in requests():
        entries[key(term, pos)] = expand(term, pos)
    for word in replacement_verbs():
        found = getLemma(word, upos="VERB")
        lemma = found[0].lower() if found else word
        lemmas[word] = lemma
        entries[key(lemma, "verb")] = expand(lemma, "verb")
    lines = ['{"version": 1,', ' "lemmas": ' + json.dumps(dict(sorted(lemmas.items())), ensure_ascii=False) + ",",
             ' "entries": {']
    items = sorted(entries.items())
    for i, (k, v) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        lines.append(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}{comma}")
    lines.append(" }}")
    return "\n".join(lines) + "\n"


CLASSES_DATA = Path(__file__).with_name("classes_data.py")


def build_classes() -> str:
    """The shipped word classes as a Python module (deterministic: sorted, one class a line), so
    that a run imports them from bytecode instead of parsing ``wordclasses/*.toml``."""
    from lintnews.language.wordclasses import source_classes

    lines = ['"""Generated by ``python -m lintnews.language.build`` from ``wordclasses/*.toml``: do not edit."""',
             "", "CLASSES: dict[str, dict] = {"]
    for name, cls in sorted(source_classes().items()):
        if cls.get("compact"):
            cls = {k: v for k, v in cls.items() if k != "lemmas"}  # (their words: compact.txt)
        lines.append(f"    {name!r}: {dict(sorted(cls.items()))!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def build_compact() -> str:
    """``compact.txt``: every compact class (``compact = true``: thousands of generated words) as
    a map of its forms and a set of its plurals, one line each (see
    :mod:`lintnews.language.wordclasses` for why these are not in the table)."""
    from lintnews.language.wordclasses import compact_lines, source_classes

    return "".join(compact_lines(name, cls) for name, cls in sorted(source_classes().items()) if cls.get("compact"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from lintnews.language import finite
    from lintnews.language.wordclasses import COMPACT

    outputs = ((TABLE, build()), (CLASSES_DATA, build_classes()), (finite.DATA, finite.build_text()),
               (COMPACT, build_compact()))
    if "--check" in args:
        stale = [path for path, text in outputs
                 if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        for path in stale:
            print(f"{path} is out of date: run python -m lintnews.language.build", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
