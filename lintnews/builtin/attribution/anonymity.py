"""An unnamed source whose anonymity the copy explains, or who is named as far as they allowed.

GUIDELINES.md asks of an unnamed source: name it, or describe it precisely and say why it
cannot be named. "A former nurse at the home, who asked not to be named because she still
works in the sector, said ..." has done the second: the writer gives the reason, so the cue is
a hint, not a warning. A bare "who asked not to be named" (no reason) stays warned. Round 108:
the wire formula with its reason ("three diplomats said, speaking on condition of anonymity
because the talks were closed", "two officials said, asking not to be identified because ...")
has done what the message asks too (round 32's pooled verdicts had judged it a claim; the wire
writers' sets D109/B109 mark it sourced, and the message itself asks for exactly this): a hint.
So is a source whose next sentence points back with the reason ("The people, who asked not to
be identified because ..."). "One neighbour, who gave his name only as Sam, said ..." is named
as far as he allowed: a hint too.
"""

from __future__ import annotations

from lintnews.util.lazyregex import LazyRegex

# how far after the cue's start the relative clause may run (the cue often holds its start)
_REACH = 220

# the anonymity, then its reason within a few words: "not to be named because", "anonymity for
# fear of", "identified as she ..."
_NOT_NAMED_BECAUSE = (r"\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|named|identified)\b"
                      r"[^.;!?\"“”]{0,12}?\b(?:because|as\s+(?:she|he|they|it|the|her|his|their)|for\s+fear|out\s+of\s+fear|"
                      r"since|to\s+protect|fearing|citing)\b")

# withheld at the source's own request, then a reason: "asked not to be named because",
# "requested anonymity for fear of"
_WITHHELD_WITH_REASON = LazyRegex(
    r"(?i)\b(?:asked|requested|declined\s+to\s+be)\b[^.;!?\"“”]{0,40}?"
    + _NOT_NAMED_BECAUSE)

# round 108: the same with the source's terms too, and in the participle ("speaking on condition
# of anonymity because", "asking not to be identified as"): for described sources only (the caller
# keeps "sources" and "insiders" out)
_TERMS_WITH_REASON = LazyRegex(
    r"(?i)\b(?:asked|asking|requested|requesting|declined\s+to\s+be|declining\s+to\s+be"
    r"|(?:spoke|speaking|spoken|talked|talking)\s+(?:to\s+[\w ]{1,30}?\s+)?on\s+condition)\b[^.;!?\"“”]{0,40}?"
    + _NOT_NAMED_BECAUSE)

# a partial name given by the source: "who gave her name as Jo", "gave only his first name",
# "who would give only her first name, Ana"
_PARTLY_NAMED = LazyRegex(
    r"(?i)\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|full\s+)?name\s+(?:only\s+)?as\b"
    r"|\b(?:gave|give|giving)\s+only\s+(?:his|her|their|a)\s+(?:first|last|given)\s+name\b"
    r"|\bidentified\s+(?:herself|himself|themselves)\s+(?:only\s+)?as\s+(?-i:[A-Z])")

EXPLAINED_NOTE = (" The copy says why the source is not named: if that is as far as it can be "
                  "described, leave it; else describe the source more precisely.")
PARTLY_NAMED_SOURCE_NOTE = (" The source gave only part of a name: say so, and how they know "
                            "(\"a neighbour, who gave only her first name, Jo, said\").")


# a next sentence that opens by pointing back at the source with a definite description and
# gives the reason: "The people, who asked not to be identified because ...", "The officials,
# speaking on condition of anonymity as ..."
# Round 128: or names it as the subject of the anonymity's verb itself, with no comma ("The
# official spoke on condition of anonymity because ...", "The diplomat asked not to be identified
# because ..."), or by a subject pronoun ("They spoke on condition of anonymity because ...")
_ANONYMITY_VERB = r"(?=(?:asked|requested|declined|spoke|talked)\b)"
_POINTS_BACK = LazyRegex(
    r"(?:(?:The|Both|All)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s?)(?:,\s+(?:who\s+)?|\s+" + _ANONYMITY_VERB + r")"
    r"|(?P<pronoun>They|He|She)\s+" + _ANONYMITY_VERB + r")")


# round 124: a described source the writer spoke to, told in a relative clause or participle
# right after its head ("residents who spoke to this newspaper said", "two employees who talked
# to the Courier", "staff interviewed by our reporter"): the journalist's own reporting, placed;
# doubtful, so a hint (bare "residents said" and "residents who spoke at the meeting" stay warned)
_OUTLET = (r"(?:this\s+(?:newspaper|paper|reporter|correspondent|website|site|publication|station|programme|program)"
           r"|the\s+(?:paper|newspaper)\b|our\s+(?:reporters?|correspondents?|team)|(?:the\s+)?(?-i:[A-Z])[\w&-]+)")
# round 129: a plain "told <outlet>" with the means of the contact after it ("residents told the
# Courier by telephone", "told this newspaper in an interview"): the reporter's own call, placed.
# A bare "told <outlet> that" stays warned (round 128: "a person familiar with the matter told X")
_CONTACT_MEANS = (r"\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|by\s+e-?mail|by\s+text(?:\s+message)?"
                  r"|in\s+(?:an?\s+|a\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:interview|call))")
_OWN_CONTACT = LazyRegex(
    r"(?i)\b(?:(?:who\s+(?:(?:have|had)\s+)?(?:spoke(?:n)?|talked)\s+to|who\s+told|speaking\s+to|interviewed\s+by)\s+"
    + _OUTLET + r"|told\s+" + _OUTLET + _CONTACT_MEANS + r")\b")
_CONTACT_REACH = 60
OWN_CONTACT_NOTE = (" The copy says the source spoke to the publication: if that is as precise as it "
                    "can be, say how they know; else describe them more precisely.")


def own_contact(text: str, cue_start: int, s_hi: int) -> bool:
    """Does a relative clause or participle near the cue's start say the described source spoke
    to the publication or its reporter ("residents who spoke to this newspaper said")?"""
    return _OWN_CONTACT.search(text, cue_start, min(s_hi, cue_start + _CONTACT_REACH)) is not None


def reason_in_sentence(text: str, s_lo: int, cue_start: int, s_hi: int) -> bool:
    """Does the cue's sentence say why its source is not named, before or after the cue
    ("Speaking on condition of anonymity because ..., a diplomat said" fronts it)?"""
    return _TERMS_WITH_REASON.search(text, max(s_lo, cue_start - _REACH), min(s_hi, cue_start + _REACH)) is not None


def reason_pointed_back(text: str, n_lo: int, n_hi: int, head: str | None = None) -> bool:
    """Does the next sentence (``text[n_lo:n_hi]``) open by pointing back at the source and
    give the reason it is not named? Bounded to the next sentence's first 220 characters. With
    the source's ``head``, the opener's noun must be it (review 109: "two officials said. / The
    diplomats, who asked not to be identified because ..." points at other people)."""
    opener = _POINTS_BACK.match(text, n_lo, n_hi)
    if opener is not None and head and opener["noun"] and opener["noun"].lower() != head.lower():
        return False
    return opener is not None and _TERMS_WITH_REASON.search(text, opener.start(), min(n_hi, n_lo + _REACH)) is not None


def anonymity_note(text: str, cue_start: int, s_hi: int) -> str:
    """The note for an unnamed source whose anonymity its sentence explains, or who gave part
    of a name, or "" (the reach runs from the cue's start, as the cue may hold the clause)."""
    hi = min(s_hi, cue_start + _REACH)
    if _WITHHELD_WITH_REASON.search(text, cue_start, hi):
        return EXPLAINED_NOTE
    if _PARTLY_NAMED.search(text, cue_start, hi):
        return PARTLY_NAMED_SOURCE_NOTE
    return ""
