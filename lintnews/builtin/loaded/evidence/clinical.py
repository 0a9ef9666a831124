"""DROP evidence: the literal senses of health, science and sport copy (round 163, issue 16).

Three words of doom and of the culture war have a plain sense that health and local copy use
every day, and that the word after them shows:

- *A failure mode*: "the valve suffered a catastrophic failure", "catastrophic bleeding": the
  engineer's and the paramedic's name for a sudden total failure (word class
  ``loaded-health/failure-mode-nouns``), no doom of the writer's. With "of", "by" or "to"
  after the noun the failure is someone's ("a catastrophic failure of leadership"), judged.
- *A disease as classifier* ("cancer survival", "cancer patients") was read here too; since
  round 173 it is pack data, the term's ``literal_after = ["@loaded-health/clinical-nouns"]``
  in ``rules/loaded-language.toml``. The two readings left here are not a next word alone:
  the failure mode's "of"/"by"/"to" after the noun makes the failure someone's (a word after
  the next word, which ``literal_after`` does not read), and the verb of waking also needs the
  word before "woke" (``loaded-health/not-subject-before-woke``).
- *The verb of waking*: "Residents woke Thursday to orange skies", "she woke up early": the
  past of "wake" before a particle, a preposition or a time word
  (``loaded-health/waking-after``), not the label ("woke politics", "the woke left").
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.language.wordclasses import listed, lower_forms
from lintnews.util.lazyregex import LazyRegex

_NEXT = LazyRegex(r"[ \t]+([A-Za-z][\w'’-]*)")
_OWNED = LazyRegex(r"[ \t]+(?:of|by|to)\b", re.IGNORECASE)
# the word before "woke": a subject's last word, not a determiner, degree word or conjunction
# that opens the label's noun phrase ("the woke left", "so woke", "and woke": word class
# ``loaded-health/not-subject-before-woke``)
_WORD_BEFORE = LazyRegex(r"([A-Za-z][\w'’-]*)[ \t]+$")
_DOOM = frozenset(("catastrophic", "catastrophically"))


def _next_word(text: str, end: int, hi: int) -> tuple[str, int] | None:
    """The word right after ``end`` (lower case) and where it ends, within ``hi``."""
    m = _NEXT.match(text, end, hi)
    return (m.group(1).lower(), m.end()) if m is not None else None


def failure_mode(text: str, end: int, hi: int, word: str) -> Evidence | None:
    """"catastrophic" before a failure mode's noun that no "of"/"by"/"to" makes someone's:
    "suffered a catastrophic failure in February" (literal), not "a catastrophic failure of
    leadership" (judged)."""
    if word.lower() not in _DOOM:
        return None
    nxt = _next_word(text, end, hi)
    if nxt is None or nxt[0] not in lower_forms("loaded-health/failure-mode-nouns"):
        return None
    if _OWNED.match(text, nxt[1], hi):
        return None
    return Evidence("failure mode", Effect.DROP, f"'{word} {nxt[0]}' names a failure mode, not a verdict")


def waking(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """"woke" as the past of "wake": after a word (a subject, not the start of a noun phrase
    "the woke left") and before a particle, a preposition or a time word ("woke to", "woke up",
    "woke Thursday")."""
    if word.lower() != "woke":
        return None
    m = _WORD_BEFORE.search(text, max(lo, start - 40), start)
    if m is None or m.group(1).lower() in listed("loaded-health/not-subject-before-woke"):
        return None
    nxt = _next_word(text, end, hi)
    if nxt is None or nxt[0] not in lower_forms("loaded-health/waking-after"):
        return None
    return Evidence("waking", Effect.DROP, f"'{word} {nxt[0]}': the verb of waking, not the label")
