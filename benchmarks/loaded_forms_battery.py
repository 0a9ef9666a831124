"""A battery of every form of every loaded-language term, in sentences of the writer's voice.

Issue 16's first bullet ("every form") is checked here systematically rather than from corpus
misses: for each one-word term of each ``rules/loaded-language.toml`` rule, the forms are
generated with LemmInflect *independently of* ``lintnews.language.expand`` (so a gap in the
expansion shows), each form goes into a template sentence where it is used evaluatively in
the writer's voice, and the sentences are linted in one document, one paragraph each. A form
reported at no severity is a miss.

    PYTHONPATH=. python benchmarks/loaded_forms_battery.py [--misses] [--openers | --phrases]
    # against another build: --lintnews "env -u PYTHONPATH /path/to/lintnews"

Forms come only from LemmInflect's lexicon (no guessing for unknown words), so a form counts
as English when the lexicon lists it: an adjective's comparative and superlative (JJR/JJS)
and its -ly adverb (a spelling candidate the lexicon knows as an adverb), a noun's plural,
a verb's -s, -ed, participle and -ing forms. ``--phrases``: the phrases the pack inflects
(idioms kept as written have no other forms); ``--openers``: the sentence adverbs and comment
clauses in seven positions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import lemminflect as li

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "loaded-language.toml"

UPOS = {"verb": "VERB", "noun": "NOUN", "adjective": "ADJ", "adverb": "ADV", "graded": "ADJ"}

# templates by Penn tag, in the writer's voice, evaluative use; by rule where the kind matters
VERB_ATTACK = {
    "VB": "The mayor will {w} the plan at the meeting.",
    "VBZ": "The mayor {w} the plan in his weekly column.",
    "VBD": "The mayor {w} the plan on Tuesday.",
    "VBN": "The plan was {w} by the mayor on Tuesday.",
    "VBG": "The mayor is {w} the plan again.",
}
VERB_SPEECH = {
    "VB": "The mayor will {w} that the budget is balanced.",
    "VBZ": "The mayor {w} that the budget is balanced.",
    "VBD": "The mayor {w} that the budget was balanced.",
    "VBN": "The mayor has {w} that the budget was balanced.",
    "VBG": "The mayor is {w} that the budget is balanced.",
}
ADJ = {
    "JJ": "The council's {w} plan was approved on Tuesday.",
    "JJR": "The new plan is even {w} than the last one.",
    "JJS": "It was the {w} plan the council has approved.",
    "RB": "The council {w} rushed the plan through on Tuesday.",
}
NOUN_LABEL = {
    "NN": "A {w} from the group took over the town hall on Tuesday.",
    "NNS": "The {w} took over the town hall on Tuesday.",
}
NOUN_VERDICT = {
    "NN": "The council's rollout was a {w}.",
    "NNS": "The council's rollouts were {w}.",
}
ADV = {"RB": "{W}, the council rushed the plan through on Tuesday."}


def _adverbs(adj: str) -> set[str]:
    """-ly adverbs of ``adj`` the lexicon knows as adverbs (a few spellings tried)."""
    cands = {adj + "ly", adj + "ally", adj[:-1] + "y", adj[:-1] + "ily", adj[:-1] + "ly"}
    return {c for c in cands if c != adj and "ADV" in li.getAllLemmas(c)}


def _forms(word: str, upos: str) -> dict[str, set[str]]:
    """Penn tag -> forms of ``word`` as ``upos``, from the lexicon only."""
    out: dict[str, set[str]] = {}
    for tag, fs in li.getAllInflections(word, upos=upos).items():
        out.setdefault(tag, set()).update(f.lower() for f in fs)
    if upos == "ADJ":
        for a in _adverbs(word):
            out.setdefault("RB", set()).add(a)
    if upos == "VERB" and "VBD" in out and "VBN" not in out:
        out["VBN"] = set(out["VBD"])
    out.setdefault({"ADJ": "JJ", "NOUN": "NN", "VERB": "VB", "ADV": "RB"}[upos], set()).add(word)
    return out


def terms() -> list[tuple[str, str, str, object]]:
    """(rule id, term, severity, inflect value) for every one-word term of the pack."""
    data = tomllib.loads(PACK.read_text(encoding="utf-8"))
    out = []
    for rule in data["rules"]:
        rinf = rule.get("inflect", False)
        for t in rule.get("terms", []):
            entry = {"term": t} if isinstance(t, str) else t
            word = entry["term"].lower()
            if " " in word:
                continue
            out.append((rule["id"], word, entry.get("severity", "warning"), entry.get("inflect", rinf)))
    return out


def _pos_of(rule: str, word: str, inflect: object) -> list[str]:
    """The parts of speech the battery tries ``word`` as: the rule's own, else what the lexicon knows."""
    known = set(li.getAllLemmas(word)) | {p for p in ("ADJ", "NOUN", "VERB", "ADV") if li.getAllInflections(word, upos=p)}
    if isinstance(inflect, str):
        want = UPOS[inflect]
        return [want] if want in known or want in ("NOUN", "VERB") else sorted(known & {"ADJ", "NOUN"}) or ["ADV"]
    if rule.endswith(("editorial-adverb", "intensifier")):
        return ["ADV"] if word.endswith("ly") or "ADV" in known else sorted(known & {"ADJ", "NOUN"}) or ["ADJ"]
    if rule.endswith(("attack-verb", "verdict-verb")):
        return ["VERB"]
    if rule.endswith("label"):
        return ["NOUN"]
    return sorted(known & {"ADJ", "NOUN", "VERB"}) or ["ADJ"]


def battery() -> list[dict[str, str]]:
    """Every (rule, term, tag, form, sentence) of the battery."""
    rows = []
    seen = set()
    for rule, word, severity, inflect in terms():
        for upos in _pos_of(rule, word, inflect):
            if upos == "VERB":
                tpl = VERB_SPEECH if rule.endswith("verdict-verb") else VERB_ATTACK
            elif upos == "NOUN":
                tpl = NOUN_LABEL if rule.endswith("label") else NOUN_VERDICT
            elif upos == "ADV":
                tpl = ADV
            else:
                tpl = ADJ
            for tag, fs in _forms(word, upos).items():
                key = tag[:2] if tag.startswith("VB") else tag
                t = tpl.get(tag) or tpl.get(key)
                if t is None:
                    continue
                for f in sorted(fs):
                    if (rule, f, tag) in seen:
                        continue
                    seen.add((rule, f, tag))
                    s = t.format(w=f, W=f[:1].upper() + f[1:])
                    rows.append({"rule": rule, "term": word, "severity": severity, "inflect": str(inflect),
                                 "pos": upos, "tag": tag, "form": f, "sentence": s})
    return rows


# positions and punctuation of a sentence adverb or comment clause of the writer
OPENER_POSITIONS = {
    "start, comma": "{X}, the council approved the plan on Tuesday.",
    "start, no comma": "{X} the council approved the plan on Tuesday.",
    "between commas": "The council, {x}, approved the plan on Tuesday.",
    "between dashes": "The council \u2014 {x} \u2014 approved the plan on Tuesday.",
    "before the verb": "The council {x} approved the plan on Tuesday.",
    "after a conjunction": "The plan was late and, {x}, it was over budget.",
    "end": "The council approved the plan, {x}.",
}


def openers() -> list[dict[str, str]]:
    """Every term of the editorial-adverb rule (sentence adverbs and comment clauses) in each
    position of :data:`OPENER_POSITIONS`."""
    data = tomllib.loads(PACK.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"].endswith("editorial-adverb"))
    rows, seen = [], set()
    for t in rule["terms"]:
        entry = {"term": t} if isinstance(t, str) else t
        word = entry["term"].lower()
        if word in seen:
            continue
        seen.add(word)
        for where, tpl in OPENER_POSITIONS.items():
            rows.append({"rule": rule["id"], "term": word, "severity": entry.get("severity", "warning"),
                         "inflect": "", "pos": "ADV", "tag": where, "form": word,
                         "sentence": tpl.format(x=word, X=word[:1].upper() + word[1:])})
    return rows


VERB_PHRASE = {
    "VB": "The mayor will {w} at the meeting.",
    "VBZ": "The mayor {w} at every meeting.",
    "VBD": "The mayor {w} on Tuesday.",
    "VBN": "The mayor has {w} again.",
    "VBG": "The mayor is {w} again.",
}


def phrases() -> list[dict[str, str]]:
    """Every phrase the pack inflects (``inflect = "verb"``: its first word, "lash out" ->
    "lashed out"; ``"noun"``: its last word, "slam dunk" -> "slam dunks"), each form in a
    sentence of the writer's voice. Phrases kept as written (idioms) have no other forms."""
    data = tomllib.loads(PACK.read_text(encoding="utf-8"))
    rows = []
    for rule in data["rules"]:
        rinf = rule.get("inflect", False)
        for t in rule.get("terms", []):
            entry = {"term": t} if isinstance(t, str) else t
            words = entry["term"].lower().split()
            inflect = entry.get("inflect", rinf)
            if len(words) < 2 or inflect not in ("verb", "noun"):
                continue
            i = 0 if inflect == "verb" else len(words) - 1
            upos = UPOS[inflect]
            if inflect == "verb":
                tpl = VERB_PHRASE
            else:
                tpl = NOUN_LABEL if rule["id"].endswith(("label", "partisan")) else NOUN_VERDICT
            for tag, fs in _forms(words[i], upos).items():
                t2 = tpl.get(tag)
                if t2 is None:
                    continue
                for f in sorted(fs):
                    form = " ".join([*words[:i], f, *words[i + 1:]])
                    rows.append({"rule": rule["id"], "term": " ".join(words), "severity": entry.get("severity", "warning"),
                                 "inflect": str(inflect), "pos": upos, "tag": tag, "form": form,
                                 "sentence": t2.format(w=form)})
    return rows


def _sentence_diagnostics(rows: list[dict[str, str]], cmd: str) -> Iterator[tuple[int, dict]]:
    """``(row index, diagnostic)`` for every loaded-language diagnostic on each row's sentence.
    Each row is a document of its own (one process lints the directory): in one document the
    judge would read the rows together (a word or a next word used a few paragraphs before is
    the piece's own term, ``info``)."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, r in enumerate(rows):
            Path(tmp, f"{i:05}.txt").write_text("Council approves budget plan\n\n" + r["sentence"] + "\n",
                                                encoding="utf-8")
        out = subprocess.run([*cmd.split(), "check", "--format", "json", tmp], capture_output=True, text=True)
    for d in json.loads(out.stdout)["diagnostics"]:
        if d["line"] == 3 and d["category"] == "loaded-language":
            yield int(Path(d["path"]).stem), d


def lint(rows: list[dict[str, str]], cmd: str) -> list[set[str]]:
    """Severities reported on each row's sentence."""
    found: list[set[str]] = [set() for _ in rows]
    for i, d in _sentence_diagnostics(rows, cmd):
        found[i].add(d["severity"])
    return found


# -- the context judge (round 51): evaluative versus literal use of the same word ------------
# Evaluative frames by part of speech, in the writer's voice: before a person, an act, an
# event; a predicative verdict; after an intensifier; an exclamation. The judge should warn.
CONTEXT_EVALUATIVE = {
    "ADJ": {
        "before a person": "The {w} senator spoke to reporters on Tuesday.",
        "before an act": "The council announced a {w} decision on Tuesday.",
        "before an event": "The {w} ceremony took place in the square on Tuesday.",
        "predicative": "The council's response was {w}.",
        "intensifier": "The council's response was truly {w}.",
        "exclamation": "What a {w} decision by the council!",
    },
    "NOUN": {
        "predicative": "The council's rollout of the scheme was a {w}.",
        "intensifier": "The council's rollout of the scheme was a complete {w}.",
        "exclamation": "What a {w} the rollout has been!",
    },
    "VERB": {
        "object a person": "The mayor {w} the reporters at the meeting on Tuesday.",
        "object an act": "The mayor {w} the council's decision on Tuesday.",
    },
}
# Literal or technical frames: the word before (or, for a verb, with) a noun of its literal
# sense. "{w} {n}" where n is a literal head the battery names for the word (CONTEXT_LITERAL)
# or the first of its rule's ``literal_after`` words.
LITERAL_FRAME = {
    "ADJ": "The report described {w} {n} across the region on Tuesday.",
    "VERB": "The workers {w} {n} on Tuesday.",
    "NOUN": "Officials said the {w} {n} would open on Tuesday.",
}
# Literal heads written for the battery, by kind (measure, damage, weather, medicine, law,
# sport, security, science): the issue's own examples and their kin. A word missing here and
# with no ``literal_after`` has no literal pair.
CONTEXT_LITERAL = {
    "toxic": ["fumes", "waste"], "dangerous": ["levels", "driving"], "malicious": ["software", "code"],
    "radical": ["surgery", "mastectomy"], "catastrophic": ["flooding", "damage"],
    "deadly": ["virus", "earthquake"], "devastating": ["floods", "wildfire"],
    "explosive": ["device", "eruption"], "extreme": ["temperatures", "heat"],
    "massive": ["earthquake", "star"], "stellar": ["explosions", "winds"], "violent": ["storms", "earthquake"],
    "lethal": ["dose", "injection"], "critical": ["condition", "care"], "severe": ["weather", "burns"],
    "hostile": ["actor", "takeover"], "aggressive": ["tumour", "cancer"], "poisonous": ["gas", "snake"],
    "corrosive": ["acid", "chemicals"], "malignant": ["tumour", "growth"], "chaotic": ["system", "dynamics"],
    "crushing": ["injuries", "pressure"], "crippling": ["injury", "drought"],
    "record-breaking": ["temperatures", "sale"], "record-setting": ["sale", "rainfall"],
    "unprecedented": ["rainfall", "temperatures"], "drastic": ["surgery", "treatment"],
    "dire": ["weather", "conditions"], "grave": ["condition", "injuries"], "fierce": ["winds", "fighting"],
    "raging": ["wildfire", "fever"], "harmful": ["chemicals", "emissions"], "destructive": ["storm", "pest"],
    "damaging": ["winds", "hail"], "punishing": ["heat", "schedule"], "murky": ["water", "waters"],
    "unstable": ["compound", "ice"], "volatile": ["compound", "prices"], "erratic": ["heartbeat", "rainfall"],
    "fiery": ["crash", "explosion"], "treacherous": ["sea", "roads"], "inflammatory": ["arthritis", "disease"],
    "brutal": ["heat", "cold"], "horrific": ["injuries", "crash"], "horrendous": ["injuries", "weather"],
    "terrible": ["weather", "injuries"], "awful": ["weather"], "appalling": ["weather", "conditions"],
    "disastrous": ["flooding", "fire"], "tragic": ["accident", "crash"], "shocking": ["injuries"],
    "alarming": ["rate", "levels"], "staggering": ["sum", "rate"], "astronomical": ["objects", "observations"],
    "huge": ["waves", "explosion"], "enormous": ["waves", "pressure"], "gigantic": ["star", "waves"],
    "colossal": ["squid", "star"], "insane": ["asylum"], "paranoid": ["schizophrenia"], "manic": ["episode"],
    "delusional": ["disorder"], "hysterical": ["pregnancy"], "cancerous": ["cells", "growth"],
    "threatening": ["behaviour", "letters"], "slippery": ["roads", "surface"], "shaky": ["legs"],
    "rotten": ["meat", "eggs"], "costly": ["repairs"], "foul": ["smell", "water"],
    "power-hungry": ["device", "chip"], "vicious": ["dog", "storm"], "savage": ["storm", "attack"],
    "ferocious": ["storm", "winds"], "relentless": ["rain", "heat"], "menacing": ["clouds"],
    "bitter": ["cold", "taste"], "grim": ["weather"], "grisly": ["injuries"], "gruesome": ["injuries"],
    "stunning": ["views", "sunset"], "spectacular": ["views", "eruption"], "breathtaking": ["views"],
    "epic": ["poem"], "monster": ["truck", "waves"], "wild": ["animals", "horses"], "reckless": ["driving"],
    "negligent": ["driving", "homicide"], "punitive": ["damages", "tariffs"], "unreasonable": ["searches"],
    "outstanding": ["loans", "debt"], "broken": ["leg", "window"], "failed": ["coup", "launch"],
    "militant": ["attacks", "cells"], "contradictory": ["results", "data"], "belligerent": ["parties", "occupation"],
    "unnecessary": ["travel", "journeys"], "outright": ["majority", "winner"],
    "squander": ["a two-goal lead", "the lead"], "blast": ["through the rock", "a hole"],
    "hammer": ["nails"], "torch": ["cars"], "gut": ["fish"], "smash": ["the window"],
    "crush": ["the cans"], "slash": ["prices", "the tyres"], "plunge": ["into the water"],
    "shatter": ["the glass", "the world record"], "cripple": ["the engine"], "ravage": ["the crops"],
    "trash": ["the room"], "mock": ["trial", "exam"], "spew": ["lava", "ash"], "smear": ["paint"],
    "hijack": ["a plane"], "slam": ["the door"], "rig": ["the sails"],
}


def _verb_past(word: str) -> str:
    fs = li.getInflection(word, tag="VBD")
    return fs[0] if fs else word + "ed"


def context_rows() -> list[dict[str, str]]:
    """Every term the lexicon holds at ``info``, every term with ``literal_after`` and every
    dual-sense lemma the lexicon holds, in evaluative frames (the judge should warn: an error
    is ``info`` or nothing) and, where the battery knows a literal head, in a literal frame
    (an error is a warning)."""
    data = tomllib.loads(PACK.read_text(encoding="utf-8"))
    wc = tomllib.loads((ROOT / "lintnews" / "language" / "wordclasses" / "loaded.toml").read_text(encoding="utf-8"))
    dual = set(wc["dual-sense"]["lemmas"])
    rows, seen = [], set()
    for rule in data["rules"]:
        rid = rule["id"]
        if rid.endswith(("editorial-adverb", "verdict-verb", "figurative", "partisan", "intensifier")):
            continue  # sentence adverbs, speech verbs, degree words and idioms: batteries of their own
        for t in rule.get("terms", []):
            entry = {"term": t} if isinstance(t, str) else t
            word = entry["term"].lower()
            if " " in word or word in seen or (word.endswith("ly") and "ADV" in li.getAllLemmas(word)):
                continue  # (-ly adverbs are the openers battery's)
            lit = entry.get("literal_after")
            if entry.get("severity", "warning") != "info" and not lit and word not in dual:
                continue
            seen.add(word)
            lemmas = li.getAllLemmas(word)
            if rid.endswith("attack-verb") or (word in dual and "VERB" in lemmas and "ADJ" not in lemmas
                                               and not word.endswith("ing")):
                pos = "VERB"
            elif rid.endswith("label") or ("NOUN" in li.getAllLemmas(word) and "ADJ" not in li.getAllLemmas(word)):
                pos = "NOUN"
            else:
                pos = "ADJ"
            form = _verb_past(word) if pos == "VERB" else word
            base = {"rule": rid, "term": word, "severity": entry.get("severity", "warning"),
                    "inflect": "dual" if word in dual else ("literal_after" if lit else ""), "pos": pos, "form": form}
            for kind, tpl in CONTEXT_EVALUATIVE[pos].items():
                if pos == "NOUN" and rid.endswith("label"):
                    continue
                s = tpl.format(w=form)
                if form[0] in "aeiou":  # ("an atrocity", "an unfair decision")
                    s = s.replace(" a " + form, " an " + form)
                rows.append({**base, "side": "evaluative", "tag": kind, "sentence": s})
            heads = CONTEXT_LITERAL.get(word) or ([x for x in lit if x.isalpha()][:1] if lit else [])
            for n in heads:
                rows.append({**base, "side": "literal", "tag": "literal " + n,
                             "sentence": LITERAL_FRAME[pos].format(w=form, n=n)})
    return rows


def context_report(rows: list[dict[str, str]], found: list[set[str]], errors: bool) -> None:
    """Errors by side and kind: an evaluative use not warned (recall), a literal use warned
    (precision)."""
    by: dict[tuple[str, str], list[int]] = {}
    errs = []
    for r, f in zip(rows, found, strict=True):
        kind = r["tag"] if r["side"] == "evaluative" else "literal"
        cell = by.setdefault((r["side"], kind), [0, 0])
        cell[0] += 1
        bad = ("warning" not in f) if r["side"] == "evaluative" else ("warning" in f)
        cell[1] += bad
        if bad:
            errs.append((r, f))
    print(f"{len(rows)} sentences, {sum(v[1] for v in by.values())} judged wrong")
    for (side, kind), (n, e) in sorted(by.items()):
        print(f"  {side:11} {kind:18} {n:5} {e:5}")
    if errors:
        for r, f in errs:
            print(f"{r['side'][:4]} {r['rule'].split('/')[1]:12} {r['term']:16} {r['inflect']:13} "
                  f"{','.join(sorted(f)) or '-':8} {r['sentence']}")


# -- whose voice (round 52): the same words in someone's voice and in the writer's -----------
# Fifteen loaded words of different kinds, each as a clause (subject, present predicate, past
# predicate, the target form in each, the object a characterising verb would take or None).
VOICE_WORDS: list[tuple[str, str, str, str, str, str, str | None]] = [
    # kind, subject, present predicate, past predicate, target present, target past, object
    ("emotive", "the council's plan", "is appalling", "was appalling", "appalling", "appalling", "the plan"),
    ("emotive", "the council's plan", "is disgraceful", "was disgraceful", "disgraceful", "disgraceful", "the plan"),
    ("emotive", "the council's response", "is horrific", "was horrific", "horrific", "horrific", "the response"),
    ("emotive", "the council's decision", "is outrageous", "was outrageous", "outrageous", "outrageous", "the decision"),
    ("judgement", "the council's plan", "is reckless", "was reckless", "reckless", "reckless", "the plan"),
    ("judgement", "the council's handling", "is shameful", "was shameful", "shameful", "shameful", "the handling"),
    ("judgement", "the council's leadership", "is incompetent", "was incompetent", "incompetent",
     "incompetent", "the leadership"),
    ("puffery", "the new stadium", "is world-class", "was world-class", "world-class", "world-class", "the stadium"),
    ("puffery", "the new treatment", "is groundbreaking", "was groundbreaking", "groundbreaking",
     "groundbreaking", "the treatment"),
    ("attack verb", "the mayor", "slams the plan", "slammed the plan", "slams", "slammed", None),
    ("attack verb", "the mayor", "lambasts the plan", "lambasted the plan", "lambasts", "lambasted", None),
    ("verdict verb", "the mayor", "admits the plan is late", "admitted the plan was late", "admits", "admitted", None),
    ("label", "thugs", "are running the town hall", "were running the town hall", "thugs", "thugs", None),
    ("editorial adverb", "the council", "shockingly ignores the plan", "shockingly ignored the plan",
     "shockingly", "shockingly", None),
    ("editorial adverb", "the plan", "is, unfortunately, late", "was, unfortunately, late", "unfortunately",
     "unfortunately", None),
]
# speaker types: (kind, subject, plural)
VOICE_SPEAKERS = [
    ("a name", "Ana Ruiz", False), ("a title and name", "Dr Ana Ruiz", False), ("a pronoun", "she", False),
    ("a described person", "a local shopkeeper", False), ("an institution", "the union", False),
    ("a bare plural group", "critics", True), ("a quantified group", "many residents", True),
]
# speech verbs: (class, singular, plural, tense of the report)
VOICE_VERBS = [
    ("say, past", "said", "said", "past"), ("say, present", "says", "say", "present"),
    ("say, perfect", "has said", "have said", "past"), ("say, future", "will say", "will say", "present"),
    ("tell", "told reporters", "told reporters", "past"), ("claim", "claimed", "claimed", "past"),
    ("warn", "warned", "warned", "past"), ("argue", "argued", "argued", "past"),
    ("argue, modal", "might argue", "might argue", "present"), ("write", "wrote", "wrote", "past"),
    ("post", "posted", "posted", "past"), ("tweet", "tweeted", "tweeted", "past"),
    ("testify", "testified", "testified", "past"), ("believe", "believes", "believe", "present"),
]
APPOSITION = "Ana Ruiz, an economist at Leeds University,"
RELATIVE = "Ana Ruiz, who chairs the residents' group,"
NEUTRAL = "the council met on Tuesday"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def voice_rows() -> list[dict[str, str]]:
    """The fifteen words crossed with voice frames. Side "voice": the word is the speaker's (an
    error is a warning); side "writer": the voice frame has ended or never held the word (an
    error is no warning). Each row names its frame and the target form."""
    rows: list[dict[str, str]] = []

    def add(side: str, frame: str, w: tuple, tense: str, sentence: str) -> None:
        target = w[4] if tense == "present" else w[5]
        rows.append({"side": side, "frame": frame, "kind": w[0], "term": target, "sentence": sentence})

    for w in VOICE_WORDS:
        kind, subj, pres, past, _tp, _tq, obj = w
        clause = {"present": f"{subj} {pres}", "past": f"{subj} {past}"}
        add("writer", "bare clause (the writer's)", w, "present", _cap(clause["present"]) + ".")
        for sk, s, plural in VOICE_SPEAKERS:
            for vk, v1, v2, tense in VOICE_VERBS:
                v = v2 if plural else v1
                add("voice", f"lead, that-clause: {vk}", w, tense, f"{_cap(s)} {v} that {clause[tense]}.")
                add("voice", f"lead, bare clause: {sk}", w, tense, f"{_cap(s)} {v} {clause[tense]}.")
                if not v.startswith(("will", "might", "have", "has")):
                    add("voice", f"closing tag: {vk}", w, tense, f"{_cap(clause[tense])}, {s} {v}.")
            said = "said"
            add("voice", f"closing tag: {sk}", w, "past", f"{_cap(clause['past'])}, {s} {said}.")
            if sk != "a pronoun":
                add("voice", "inverted closing tag", w, "past", f"{_cap(clause['past'])}, said {s}.")
            add("voice", "mid-sentence tag", w, "past",
                f"{_cap(subj)}, {s} said, {past}.")
            if obj and kind not in ("label",):
                add("voice", "as characterisation", w, "past", f"{_cap(s)} described {obj} as {w[5]}.")
                add("voice", "called X Y", w, "past", f"{_cap(s)} called {obj} {w[5]}.")
            # frames that end the voice: the writer's clause after, and before
            add("writer", "after: , but", w, "present", f"{_cap(s)} said {NEUTRAL}, but {clause['present']}.")
            add("writer", "after: ; ", w, "present", f"{_cap(s)} said {NEUTRAL}; {clause['present']}.")
            add("writer", "after: second sentence", w, "present",
                f"{_cap(s)} said {NEUTRAL}. {_cap(clause['present'])}.")
            add("writer", "after: , and the council", w, "present",
                f"{_cap(s)} said {NEUTRAL}, and {clause['present']}.")
            add("writer", "after closing tag: , but", w, "present",
                f"{_cap(NEUTRAL)}, {s} said, but {clause['present']}.")
            add("writer", "after closing tag: second sentence", w, "present",
                f"{_cap(NEUTRAL)}, {s} said. {_cap(clause['present'])}.")
            add("writer", "before: , but", w, "present", f"{_cap(clause['present'])}, but {s} said {NEUTRAL}.")
            add("writer", "before: ; ", w, "present", f"{_cap(clause['present'])}; {s} said {NEUTRAL}.")
            add("writer", "before: second sentence", w, "present",
                f"{_cap(clause['present'])}. {_cap(s)} said {NEUTRAL}.")
            add("writer", "before: , and", w, "present", f"{_cap(clause['present'])}, and {s} said {NEUTRAL}.")
            add("writer", "closing according to (kept the writer's)", w, "present",
                f"{_cap(clause['present'])}, according to {'her' if s == 'she' else s}.")
        for frame, sent in (
            ("lead apposition", f"{APPOSITION} said {clause['past']}."),
            ("lead relative clause", f"{RELATIVE} said {clause['past']}."),
            ("closing tag, apposition", f"{_cap(clause['past'])}, said Ana Ruiz, an economist at Leeds University."),
            ("closing tag, relative clause", f"{_cap(clause['past'])}, said Ana Ruiz, who chairs the residents' group."),
            ("closing tag, apposition", f"{_cap(clause['past'])}, Ana Ruiz, an economist at Leeds University, said."),
            ("viewpoint adjunct", f"In Ana Ruiz's view, {clause['present']}."),
            ("viewpoint adjunct", f"In the union's view, {clause['present']}."),
            ("viewpoint adjunct", f"As critics see it, {clause['present']}."),
        ):
            add("voice", frame, w, "past" if "said" in sent.split(",")[-1] or "said" in sent[:60] else "present", sent)
    for r in rows:  # the target as written (capitalised at a sentence start)
        if r["term"] not in r["sentence"]:
            r["term"] = _cap(r["term"])
    return rows


def lint_columns(rows: list[dict[str, str]], cmd: str) -> list[set[str]]:
    """Severities reported on each row's target word (by column: a row may hold two clauses)."""
    found: list[set[str]] = [set() for _ in rows]
    for i, d in _sentence_diagnostics(rows, cmd):
        r = rows[i]
        start = r["sentence"].find(r["term"]) + 1
        end = start + len(r["term"])
        if d["column"] < end and d["end_column"] > start:
            found[i].add(d["severity"])
    return found


def voice_report(rows: list[dict[str, str]], found: list[set[str]], errors: bool) -> None:
    """Errors by side and frame: a word in someone's voice warned (precision); a word in the
    writer's clause not warned (recall), counted only for words the bare clause warns."""
    bare = {r["term"].lower() for r, f in zip(rows, found, strict=True)
            if r["frame"].startswith("bare clause") and "warning" in f}
    by: dict[tuple[str, str], list[int]] = {}
    errs = []
    for r, f in zip(rows, found, strict=True):
        if r["side"] == "writer" and r["term"].lower() not in bare:
            continue
        cell = by.setdefault((r["side"], r["frame"]), [0, 0])
        cell[0] += 1
        bad = ("warning" in f) if r["side"] == "voice" else ("warning" not in f)
        cell[1] += bad
        if bad:
            errs.append((r, f))
    print(f"{len(rows)} sentences, {sum(v[1] for v in by.values())} judged wrong "
          f"(the bare clause warns for {len(bare)} of {len(VOICE_WORDS)} words)")
    for (side, frame), (n, e) in sorted(by.items()):
        print(f"  {side:6} {frame:42} {n:5} {e:5}")
    if errors:
        for r, f in errs:
            print(f"{r['side']:6} {r['kind']:16} {r['term']:14} {','.join(sorted(f)) or '-':8} {r['sentence']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lintnews", default=f"{sys.executable} -m lintnews")
    ap.add_argument("--misses", action="store_true", help="list the forms found at no severity")
    ap.add_argument("--json", action="store_true", help="print every row with what was found")
    ap.add_argument("--openers", action="store_true", help="the sentence adverbs and comment clauses, by position")
    ap.add_argument("--phrases", action="store_true", help="the phrases the pack inflects")
    ap.add_argument("--context", action="store_true",
                    help="info, literal_after and dual-sense terms, evaluative and literal (round 51)")
    ap.add_argument("--voice", action="store_true",
                    help="fifteen words in voice frames: the speaker's and the writer's (round 52)")
    args = ap.parse_args()
    if args.voice:
        rows = voice_rows()
        found = lint_columns(rows, args.lintnews)
    else:
        rows = (context_rows() if args.context else openers() if args.openers else phrases() if args.phrases
                else battery())
        found = lint(rows, args.lintnews)
    if args.json:
        for r, f in zip(rows, found, strict=True):
            print(json.dumps({**r, "found": sorted(f)}))
        return
    if args.voice:
        voice_report(rows, found, args.misses)
        return
    if args.context:
        context_report(rows, found, args.misses)
        return
    misses = [r for r, f in zip(rows, found, strict=True) if not f]
    by_tag: dict[str, list[int]] = {}
    for r, f in zip(rows, found, strict=True):
        by_tag.setdefault(r["tag"], [0, 0, 0])[0] += 1
        by_tag[r["tag"]][1] += not f
        by_tag[r["tag"]][2] += "warning" in f
    print(f"{len(rows)} sentences, {len(misses)} forms found at no severity")
    print(f"  {'':20} {'rows':>5} {'none':>5} {'warn':>5}")
    for tag, (n, m, w) in sorted(by_tag.items()):
        print(f"  {tag:20} {n:5} {m:5} {w:5}")
    if args.misses:
        for r in misses:
            print(f"{r['rule'].split('/')[1]:17} {r['term']:18} {r['inflect']:9} {r['tag']:4} {r['form']:20} {r['sentence']}")


if __name__ == "__main__":
    main()
