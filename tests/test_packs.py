"""Rule packs: the strict schema, inflections, and errors that name the file and key."""

from __future__ import annotations

import pytest

from lintnews.engine.selection import is_selected
from lintnews.model.errors import RulePackError
from lintnews.packs.loader import builtin_pack_files, load_pack, parse_pack
from lintnews.util.pattern_start import pack_formula, unpack, unpack_formula

GOOD = {
    "rules": [{
        "id": "house/x", "summary": "s", "message": "m '{match}'", "terms": ["slam"],
        "inflect": True, "examples": {"trigger": ["a"], "no_trigger": ["b"]},
    }]
}


def test_builtin_packs_load():
    files = list(builtin_pack_files())
    assert {f.stem for f in files} >= {"unattributed-claim", "loaded-language", "advertorial"}
    for f in files:
        assert load_pack(f)


def test_inflect_true_finds_every_form_from_the_lexicon():
    pack = {"pack": {"name": "p"}, "rules": [{
        "id": "p/words", "summary": "s", "message": "m", "inflect": True,
        "terms": ["slam", "put", "criticise", {"term": "lash out", "inflect": "verb"}]}]}
    forms = {f for t in parse_pack(pack, "p.toml")[0].terms for f in t.forms}
    assert {"slam", "slams", "slammed", "slamming"} <= forms
    assert {"put", "puts", "putting"} <= forms and "putted" not in forms  # no suffix guessing
    assert {"criticises", "criticised", "criticising"} <= forms
    assert {"lashes out", "lashed out", "lashing out"} <= forms


def test_inflect_must_be_a_part_of_speech():
    pack = {"pack": {"name": "p"}, "rules": [{
        "id": "p/words", "summary": "s", "message": "m", "inflect": "verbs", "terms": ["slam"]}]}
    with pytest.raises(RulePackError, match=r"rule p/words\.inflect: must be true, false or one of"):
        parse_pack(pack, "p.toml")


def test_inflected_forms_are_indexed():
    (rule,) = parse_pack(GOOD, "p.toml")
    assert {"slam", "slams", "slammed", "slamming"} <= set(rule.by_form)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"colour": "red"}, "p.toml: rule house/x: unknown key 'colour'"),
        ({"severity": "loud"}, "p.toml: rule house/x.severity: unknown severity 'loud'"),
        ({"patterns": ["(unclosed"]}, "p.toml: rule house/x.patterns: pattern '(unclosed' does not compile"),
        ({"patterns": ["a*"]}, "p.toml: rule house/x.patterns: pattern 'a*' matches the empty string"),
        ({"patterns": ["(a)b"]}, "p.toml: rule house/x.patterns: pattern '(a)b' has capturing groups"),
        ({"terms": [], "patterns": []}, "p.toml: rule house/x: needs 'terms' or 'patterns'"),
        ({"id": "nocategory"}, "p.toml: rules[0].id: required, of the form 'category/name'"),
        ({"summary": ""}, "p.toml: rule house/x.summary: required, a non-empty string"),
        ({"terms": [{"word": "x"}]}, "p.toml: rule house/x.terms: each term is a string or a table"),
    ],
)
def test_schema_errors_name_file_and_key(change, expected):
    data = {"rules": [{**GOOD["rules"][0], **change}]}
    with pytest.raises(RulePackError) as info:
        parse_pack(data, "p.toml")
    assert str(info.value).startswith(expected)


def test_invalid_toml_and_missing_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]\nid = 'x'\n")
    with pytest.raises(RulePackError, match=r"bad\.toml: invalid TOML"):
        load_pack(bad)
    with pytest.raises(RulePackError, match=r"nope\.toml: rule pack not found"):
        load_pack(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("rule", "select", "ignore", "expected"),
    [
        ("loaded-language/emotive", (), (), True),
        ("loaded-language/emotive", ("loaded-language",), (), True),
        ("loaded-language/emotive", ("advertorial",), (), False),
        ("loaded-language/emotive", (), ("loaded-language",), False),
        ("loaded-language/emotive", ("loaded-language",), ("loaded-language/emotive",), False),
        ("loaded-language/emotive", ("loaded-language/emotive",), ("loaded-language",), True),
        ("loaded-language/emotive", ("loaded",), (), False),  # whole segments only
        ("loaded-language/emotive", ("ALL",), ("loaded-language",), False),
    ],
)
def test_selection_longest_match_wins(rule, select, ignore, expected):
    assert is_selected(rule, rule.split("/")[0], select, ignore) is expected


def test_findings_on_the_same_words_share_their_message():
    import dataclasses

    from lintnews.packs.model import Hit, PackRule

    pack = {"pack": {"name": "p"}, "rules": [{
        "id": "p/slam", "summary": "s", "message": "'{match}' ({term}) is loaded", "inflect": True,
        "terms": [{"term": "slam", "suggestion": "criticised", "replace": True}]}]}
    rule = parse_pack(pack, "p.toml")[0]
    text = "Slams and slams, slammed and Slams."
    term = rule.by_form["slams"]

    def finding(word_at: int, length: int):
        return rule.finding(text, Hit(word_at, word_at + length, term))

    first, lower, past, again = finding(0, 5), finding(10, 5), finding(17, 7), finding(29, 5)
    assert (first.message, first.fix) == ("'Slams' (slam) is loaded", "Criticises")
    assert (lower.message, lower.fix) == ("'slams' (slam) is loaded", "criticises")
    assert (past.message, past.fix) == ("'slammed' (slam) is loaded", "criticised")
    assert again.message is first.message and (again.start, again.end) == (29, 34)
    # the rule is a definition only: finding() keeps nothing on it
    fields = {f.name: getattr(rule, f.name) for f in dataclasses.fields(PackRule)}
    finding(0, 5)
    assert fields == {f.name: getattr(rule, f.name) for f in dataclasses.fields(PackRule)}
    assert not any(name.startswith("_") for name in fields)


def test_builtin_plan_is_current():
    """The shipped plan of the built-in packs (what a run loads instead of parsing their TOML)
    is made from the packs in rules/ as they are. When this fails after an edit of a pack,
    run: python -m lintnews.packs.plan_build"""
    from lintnews.packs.plan_build import branches_target, line_branches_target, sources, target

    plan, branches, line_branches = sources()
    assert target().read_text(encoding="utf-8") == plan, "stale: run python -m lintnews.packs.plan_build"
    assert branches_target().read_text(encoding="utf-8") == branches, "stale: run python -m lintnews.packs.plan_build"
    assert line_branches_target().read_text(encoding="utf-8") == line_branches, "stale: run python -m lintnews.packs.plan_build"


def test_builtin_plan_stub_declares_what_the_module_holds():
    """mypy reads builtin_plan.pyi instead of the 2 MB generated module: the stub must name
    every value the module defines, and each value must have the shape the stub declares
    (checked here at run time, element by element, since mypy no longer looks)."""
    import ast
    from pathlib import Path

    import lintnews.packs.builtin_plan as plan

    stub = Path(plan.__file__).with_suffix(".pyi")
    declared = {n.target.id for n in ast.parse(stub.read_text(encoding="utf-8")).body
                if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    defined = {name for name in vars(plan) if name.isupper()}
    assert declared == defined

    def strs(t: object) -> bool:
        return isinstance(t, tuple) and all(isinstance(x, str) for x in t)

    def ints(t: object) -> bool:
        return isinstance(t, tuple) and all(isinstance(x, int) for x in t)

    def key(k: object) -> bool:
        return isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and isinstance(k[1], bool)

    for name, (size_crc, rows) in plan.PACKS.items():
        assert name.endswith(".toml") and ints(size_crc) and len(size_crc) == 2
        assert isinstance(rows, tuple) and all(isinstance(r, tuple) for r in rows)
    assert all(key(k) and (v is None or isinstance(v, tuple)) for k, v in plan.PATTERNS.items())
    for rule_id, (case, forms, firsts, under) in plan.FORM_TABLES.items():
        assert isinstance(rule_id, str) and isinstance(case, bool)
        assert all(strs(f) for f in forms) and strs(firsts) and all(strs(u) for u in under)
    assert all(key(k) and isinstance(v, int) for k, v in plan.PATTERN_IDS.items())
    chunks, lengths = plan.PREFIXES
    assert ints(lengths) and len(chunks) > 100
    for head, (packed, owners) in chunks.items():
        keys = unpack(packed)
        assert isinstance(head, str) and 1 <= len(head) <= 2 and all(k[:2] == head for k in keys)
        assert list(keys) == sorted(keys) and len(keys) == len(owners) and all(ints(o) and o for o in owners)
    assert all(v is None or v[0] is None or isinstance(v[0], str) for v in plan.PATTERNS.values())
    line_chunks, line_lengths = plan.LINE_PREFIXES
    assert ints(line_lengths) and line_chunks
    for head, (packed, owners) in line_chunks.items():
        keys = unpack(packed)
        assert all(k[:2] == head for k in keys) and len(keys) == len(owners) and all(ints(o) and o for o in owners)
    assert all(key(k) and strs(v) for k, v in plan.LINE_MARKS.items())
    assert all(k in plan.LINE_MARKS and isinstance(v, int) for k, v in plan.LINE_REACH.items())
    assert all(key(k) and isinstance(v, str) for k, v in plan.LINE_SCAN.items())
    assert all(isinstance(j, int) and isinstance(v, str) for j, v in plan.NEEDS.items())
    assert all(pack_formula(unpack_formula(v)) == v for v in plan.NEEDS.values())  # (packed, decoded alike)
    assert ints(plan.SPLIT)
    assert isinstance(plan.SPLIT_LINES, int) and 0 <= plan.SPLIT_LINES <= len(plan.SPLIT)
    assert all(isinstance(j, int) and j in plan.NEEDS and isinstance(v, int) for j, v in plan.NEEDS_REACH.items())


def test_builtin_branches_stub_declares_what_the_module_holds():
    """As above, for the branches of the patterns the matcher tries branch by branch."""
    import ast
    from pathlib import Path

    import lintnews.packs.builtin_branches as more
    import lintnews.packs.builtin_line_branches as lines
    import lintnews.packs.builtin_plan as plan

    for module in (more, lines):
        stub = Path(module.__file__).with_suffix(".pyi")
        declared = {n.target.id for n in ast.parse(stub.read_text(encoding="utf-8")).body
                    if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
        assert declared == {name for name in vars(module) if name.isupper()}
    assert len(lines.BRANCHES) == plan.SPLIT_LINES
    assert len(lines.BRANCHES) + len(more.BRANCHES) == len(plan.SPLIT)
    for spans, starts, needs, run in (*lines.BRANCHES, *more.BRANCHES):
        assert len(spans) == len(starts) == len(needs) > 1
        assert run in ("", "\t ")  # (a line's blanks, where any)
        assert all(isinstance(a, int) and isinstance(b, int) and a <= b for a, b in spans)
        assert all(isinstance(s, tuple) for s in starts)
        assert all(n is None or isinstance(n, (str, tuple)) for n in needs)


def test_a_stale_plan_is_never_used(tmp_path, monkeypatch):
    """A built-in pack whose file differs from what the plan was made from is read from its
    TOML: the plan may be out of date, the rules never are."""
    import shutil

    import lintnews.packs.loader as loader
    from lintnews.packs.loader import builtin_pack_files, load_pack

    source = next(iter(builtin_pack_files()))
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    monkeypatch.setattr(loader, "builtin_packs_dir", lambda: tmp_path)
    loader._is_builtin.cache_clear()
    planned = load_pack(copy)
    copy.write_text(copy.read_text(encoding="utf-8").replace('summary = "', 'summary = "Edited. ', 1),
                    encoding="utf-8")
    edited = load_pack(copy)
    loader._is_builtin.cache_clear()
    assert planned[0].summary != edited[0].summary and edited[0].summary.startswith("Edited. ")
    assert [r.id for r in planned] == [r.id for r in edited] and all(r.builtin for r in edited)


def _first_builtin_word_rule():
    return next(r for f in builtin_pack_files() for r in load_pack(f) if r.terms and not r.case_sensitive)


def test_a_planned_form_table_is_used_only_for_the_forms_it_was_made_from():
    """The plan ships each built-in word list indexed by first word; a built-in rule whose
    forms differ from what the plan was made from (an edited pack read from its TOML) is
    indexed from its own forms."""
    import dataclasses

    from lintnews.matching.terms import TermIndex
    from lintnews.packs.model import Term

    rule = _first_builtin_word_rule()
    word = next(f for t in rule.terms for f in t.forms if f.isalpha())
    assert TermIndex([rule]).matches(f"They {word} it.", 5) == [(0, 5 + len(word))]
    edited = dataclasses.replace(rule, terms=(Term("zebrafy", ("zebrafy", "zebrafies")),), by_form={})
    index = TermIndex([edited])
    assert index.matches("They zebrafies it.", 5) == [(0, 14)]
    assert index.matches(f"They {word} it.", 5) == []


def test_planned_prefixes_serve_a_run_of_some_patterns_and_patterns_they_lack():
    """The plan's index of the built-in patterns' prefixes serves a run of one of them, and
    a built-in pattern the plan does not have (an edited pack) is indexed here."""
    import dataclasses

    from lintnews.matching.matcher import Matcher

    rules = [r for f in builtin_pack_files() for r in load_pack(f)]
    rule = next(r for r in rules if r.id == "unattributed-claim/widely-expected")
    text = "The bill is widely expected to pass, and nobody else is named."
    found = Matcher([rule]).scan(text)
    assert [(h.start, h.end) for h in found[rule.id]] == [(12, 27)]
    own = dataclasses.replace(rule, patterns=(r"\bzebrafied\s+plans?\b",))
    found = Matcher([own]).scan("Two zebrafied plans. Widely expected.")
    assert [(h.start, h.end) for h in found[own.id]] == [(4, 19)]


def test_the_plans_prefix_index_answers_as_the_prefixes_and_starts_it_was_made_from():
    """The plan ships the prefixes packed (in chunks by their first two characters, and in
    each pattern's start): unpacked, a chunk at a time as a short text's words lead to them,
    the index answers what the patterns' own starts say, for every prefix and for none (of
    each pattern's prefixes, the outermost: perf147, ``plan_build.outermost``)."""
    from lintnews.matching.matcher import Matcher
    from lintnews.packs.plan import analyse, planned_prefixes, start_of
    from lintnews.packs.plan_build import outermost

    ids, chunks, lengths = planned_prefixes()
    expected: dict[str, set[int]] = {}
    for (pattern, case_sensitive), j in ids.items():
        start = start_of(pattern, case_sensitive)
        assert start == analyse(pattern, case_sensitive)  # (unpacked as it was packed)
        if start is not None and start[0] is not None and start[2] != "line":
            for prefix in outermost(start[0], start[5]):
                expected.setdefault(prefix, set()).add(j)
    assert sorted({len(k) for k in expected}) == list(lengths)
    prefixes = Matcher([r for f in builtin_pack_files() for r in load_pack(f)])._by_prefix
    sample = [*sorted(expected)[::10], "zzzz", "a", "", "\uffff", "the council"]
    assert {k: set(prefixes._patterns(k)) for k in sample} == {k: expected.get(k, set()) for k in sample}
    assert sum(1 for k in sample if expected.get(k)) > 1000
    opened = len(prefixes._open)
    prefixes._open.clear()
    assert prefixes._patterns("council") == () and len(prefixes._open) == 1 < opened < len(chunks)
    assert {k: set(v) for k, v in prefixes.items()} == {
        k: {i for j in v for i in prefixes._slots.get(j, ())} for k, v in expected.items()
        if any(prefixes._slots.get(j) for j in v)}


def test_the_plans_line_prefix_index_answers_as_the_line_start_patterns_say():
    """The prefixes of the patterns that start only at line starts (the plan's
    ``LINE_PREFIXES``, packed like the others): the matcher's index of them answers what
    those patterns' own starts say (of each pattern's prefixes, the outermost: perf147), and a
    pattern the plan lacks is indexed by its own."""
    import dataclasses

    from lintnews.matching.matcher import Matcher
    from lintnews.packs.plan import planned_prefixes, start_of
    from lintnews.packs.plan_build import outermost

    rules = [r for f in builtin_pack_files() for r in load_pack(f)]
    matcher = Matcher(rules)
    expected: dict[str, set[int]] = {}
    for i, alt in enumerate(matcher._alternatives):
        start = start_of(alt.pattern, alt.flags == 0)
        if start is not None and start[0] is not None and start[2] == "line" and start[3] is None:
            for prefix in outermost(start[0], start[5]):
                expected.setdefault(prefix, set()).add(i)
    assert len(expected) > 1000
    assert {k: set(v) for k, v in matcher._line_prefix.items()} == expected
    assert matcher._line_lengths == sorted({len(k) for k in expected})
    assert set(matcher._line_prefix.get("zzzz qqq")) == set()
    # a line-start pattern the plan does not have (an edited pack): indexed by its own prefixes
    ids = planned_prefixes()[0]
    rule = next(r for r in rules if any(
        (s := start_of(p, r.case_sensitive)) is not None and s[0] is not None and s[2] == "line" and s[3] is None
        and (p, r.case_sensitive) in ids for p in r.patterns))
    edited = dataclasses.replace(rule, patterns=(r"(?m:^)Zebrafied\s+notice:\s",))
    own = Matcher([edited])
    assert {k: list(v) for k, v in own._line_prefix.items()} == {"zebrafied notice:": [0]}
    assert own._line_lengths == [len("zebrafied notice:")]
    found = own.scan("Zebrafied notice: this is a test.\nZebrafied notice: again.")
    assert [(h.start, h.end) for h in found[edited.id]] == [(0, 18), (34, 52)]
