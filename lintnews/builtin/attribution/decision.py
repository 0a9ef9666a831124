"""The attribution check's entry: is a hearsay cue backed by a source the reader can identify?

News desks ask one question of "is believed to", "allegedly", "sources say": who
says so? A cue is left alone when its sentence or the next one names a source
that vouches for it (a person, an organisation, an outlet, "according to X",
"X said"), reported at ``info`` when the source is described but unnamed ("a
senior official said"), and reported as a warning when nobody is named. Cues
inside an attributed quotation are the speaker's words, not the writer's.

:func:`judge` finds the cue at every anchor (:mod:`.cues`) and :func:`_judge_cue` decides, in
one place and in order: what clears it (:mod:`.clearing`, :mod:`.coverage`, :mod:`.members`,
:mod:`.documents`), what lowers it to a hint (:mod:`.speakers`, :mod:`.doubt`), else a warning.
An unnamed source ("officials say") is not made specific by another source in its sentence
("..., as reported by the Gazette"): only a named member of the same group clears it ("...
Jane Roe, an analyst at X, said" in the same or the next sentence).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.anonymity import (
    EXPLAINED_NOTE,
    OWN_CONTACT_NOTE,
    anonymity_note,
    own_contact,
    reason_in_sentence,
    reason_pointed_back,
)
from lintnews.builtin.attribution.clearing import (
    ACCUSED_OF,
    CLAIMANT_RELATIVE,
    CONFIRMED_CLAUSE_NOTE,
    DOUBT_ADJECTIVES,
    FAITH_HOLDS,
    HEARER_OUTLET,
    NEGATED_TELLING,
    OF_AFTER,
    TITLE_AFTER_ACCORDING,
    TITLE_ENDS,
    claim_content,
    claims_about_topic,
    confirmed_clause_next,
    confirmed_next,
    dashed_tag,
    decided_by_named_parties,
    deemed_a_ruling,
    deemed_by_the_bar,
    denied,
    fact_check_label,
    maker_named_next,
    named_armed_group,
    title_according_after,
    untold_question,
    verdict_on_holders,
)
from lintnews.builtin.attribution.complements import (
    AGENT_DESCRIBED_NOTE,
    DOCUMENT_CITED_NOTE,
    ONE_AGENT_NAMED_NOTE,
    agent_after_complement,
    document_cited_after,
    one_agent_named_after,
    payment_for,
    programme_slot,
    result_of_event,
)
from lintnews.builtin.attribution.coverage import DISPUTED_AFTER, DISPUTED_REACH, source_for
from lintnews.builtin.attribution.cues import (
    ANONYMOUS,
    DOUBT,
    PASSIVE,
    PROVENANCE,
    RECEIVED,
    REPUTATION,
    SOURCE,
    construction,
)
from lintnews.builtin.attribution.descriptions import active_relative, modal_description
from lintnews.builtin.attribution.documents import (
    ACCORDING_LEAD_NOTE,
    BODY_PAPER_NOTE,
    JOURNAL_AFTER_VERB,
    POLLED_NEXT_NOTE,
    PRICED_NOTE,
    RESEARCH,
    RESEARCH_NEXT_NOTE,
    RESEARCH_PEOPLE,
    WRITING_VERBS,
    according_lead,
    cited_by_named_teller,
    consensus_by_named_data,
    counts_documents,
    document_named_near,
    material_made_by_next,
    measured_by_named_poll,
    paper_to_body,
    polled_next,
    priced_by_named_data,
    research_named_around,
    research_named_before,
    research_named_next,
    research_people,
    study_named_next_paragraph,
)
from lintnews.builtin.attribution.doubt import (
    ACCOUNT_NOTE,
    ANSWER_NOTE,
    DESCRIBED_NOTE,
    DESCRIBED_SUGGESTION,
    DESCRIBER_NOTE,
    HEADING_NOTE,
    PARTLY_NAMED_NOTE,
    REACTION_FROM_NAMED,
    closing_tag,
    described_by_named_speaker,
    headline_then_source,
    held_elsewhere,
    inside_account,
    previous_named_lead,
    reported_by_named_lead,
    section_heading,
    someone_elses,
)
from lintnews.builtin.attribution.facts import DocFacts, quoted
from lintnews.builtin.attribution.forecasters import SERVICE_NOTE, service_beside
from lintnews.builtin.attribution.frames import institution_frame
from lintnews.builtin.attribution.holders import HOLDER_DESCRIBED_NOTE, holder_named_next
from lintnews.builtin.attribution.illustrated import ILLUSTRATED_NOTE, illustrating_speaker
from lintnews.builtin.attribution.inference import writers_own
from lintnews.builtin.attribution.listed import listed_after
from lintnews.builtin.attribution.members import named_member
from lintnews.builtin.attribution.obtained import OBTAINED_NOTE, obtained_by_request
from lintnews.builtin.attribution.offices import (
    OFFICE_BEFORE_NOTE,
    OFFICE_NOTE,
    office_named_before,
    placed_in_office,
)
from lintnews.builtin.attribution.organisations import (
    MEMBERS_BODY_NOTE,
    ORGANISATION_NOTE,
    members_body_named,
    organisation_named_next,
)
from lintnews.builtin.attribution.speakers import (
    AUTHORITY_BEFORE_NOTE,
    AUTHORITY_NOTE,
    BODY_NOTE,
    COLLECTIVE_NOTE,
    CONTRAST_QUANTIFIERS,
    PLACED_MEMBER_NOTE,
    PROFESSION_NOTE,
    PRONOUN_TELLER_NOTE,
    VOX_POP_NOTE,
    WHERE_NAMED_SPOKE,
    WHERE_SPOKE_NOTE,
    according_to_person_after,
    authority_body_before,
    authority_body_next,
    bare,
    collective_named_next,
    next_quotes_speaker,
    officials_of_named_body,
    opinion_group,
    participant_placed_next,
    profession_speaker_near,
    pronoun_teller_next,
    qualified_consensus,
    role_speaker_next,
    vox_pop_quote_after,
    vox_pop_quoted_next,
    vox_pop_tag,
)
from lintnews.builtin.constructions import Cue, near
from lintnews.builtin.constructions.association import ASSOCIATION_BRANCH
from lintnews.builtin.constructions.grammar import CONSENSUS
from lintnews.builtin.constructions.sources import FirstMention
from lintnews.builtin.constructions.sources.heads import ANONYMOUS_HEADS
from lintnews.builtin.shared.headlines import other_story, own_timeline_entry
from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lintnews.document.document import Document
    from lintnews.packs.model import Hit, PackRule


# a doubt adverb inside the content of a claim noun: the noun is the hearsay
CLAIM_CONTENT_NOTE = (" The adverb is inside what a claim noun before it names as a claim: ask who made"
                      " the claim there.")
# a doubt adjective's noun whose claimant a relative clause names
CLAIMANT_NOTE = (" A relative clause after it names who claims this: if the doubt is that claimant's,"
                 " say so where the word stands.")
# the writer's own word that nobody stands behind the material
UNCONFIRMED = LazyRegex(r"(?i)\b(?:unconfirmed|unverified|uncorroborated)\b")
# round 137: talk going round in the cue's own words ("there were whispers that", "is rumoured
# to", "are whispered to", "murmurs grew that"): talk nobody owns, like a consensus; a speaker
# the next sentence names, about the same matter, answers it and does not voice it; round 155:
# a matter put into talk ("has been floated", "is being mooted", "is being talked about")
TALK_GOING_ROUND = LazyRegex(r"(?i)\b(?:rumou?r|whisper|murmur|(?:talk|gossip|chatter)\b"
                             r"|(?:talked|gossiped|chattered|speculated)\s+about\b|(?:floated|mooted|bandied)\b)")
# round 138: a passive of perception or prediction in the cue's own words ("is tipped to", "are
# now seen as", "is widely regarded as"): a view nobody holds by name, which the next sentence's
# named speaker holds only when he says its matter (``cohesion.owns_claim``), not when he
# answers it or speaks of another thing
PERCEIVED = LazyRegex(r"(?i)\b(?:tipped|touted|seen|viewed|perceived|regarded|rated|considered|reckoned|projected)\b")
# round 144: the same for hearsay passed on with nobody to hold it: a hearsay passive ("are said
# to"; "are reported to" is left, round 105: the next body's own word holds a report), a doubt adverb ("reportedly", "allegedly") and talk whose content is
# given by a copula ("The buzz among boosters is that", "Word on the shop floor was that"): the
# writer relays what goes round, and the next sentence's named speaker, who mostly answers it,
# holds it only as ``owns_claim`` reads him
SAID_TO = LazyRegex(r"(?i)\bsaid\s+to\b")
# round 145: a vague source cited by "according to" after a comma that closes a clause of the
# sentence ("Ana Ruiz has argued for months that rates are too high, according to people who
# have spoken with her"): the citation tells the whole sentence, the named subject's words
# included, not a report the named subject vouches for ("said that, according to critics, ..."
# opens the report: a hint, as before)
ACCORDING_TAG = LazyRegex(r"(?is).*\b(?!(?:that|and|but|or|because|if|when|while|as|since|although|though|"
                          r"after|before|said|says|saying|told|tells)\b)[\w’'\")”]+,\s*$")
TALK_IS_THAT = LazyRegex(r"(?i)\b(?:is|was|are|were)\s+that\s*$")


def _hearsay(rule_id: str, text: str, start: int, end: int) -> bool:
    """Is the cue hearsay that the next sentence's named speaker clears only when he holds it
    (round 144; round 138's perception passive is ``PERCEIVED``)?"""
    if rule_id in (PASSIVE, RECEIVED):
        return SAID_TO.search(text, start, end) is not None
    if rule_id == DOUBT:
        return True
    return rule_id == PROVENANCE and TALK_IS_THAT.search(text[start:end]) is not None


# a doubt adverb in the reputation word's own clause, a few words before it: one claim, whose
# hearsay the adverb marks ("was reportedly a well-known figure"), is flagged once
DOUBT_BEFORE = LazyRegex(r"\b(?:allegedly|reportedly|purportedly|supposedly)\s+(?:(?:is|was|were|are|be|been|a|an|the|"
                         r"very|quite|once)\s+){0,3}$")


# Round 151: a cue inside the reported content of an agentless passive of hearsay already warned
# in the same sentence ("it is rumoured that a well-known chain has ...", "is rumoured to have been
# scrapped after complaints", "is being held up by campaigners as proof that workers are being
# blamed for ..."): the content is the passive's one claim, whose hidden holder the outer warning
# already asks for; the inner reputation word, judging passive or vague provenance is flagged once,
# by the frame, and kept as a hint. The content runs from the frame's "that" or "to" to the end of
# its clause: a semicolon, colon, quotation, a conjunction opening another clause or a relative
# clause set off by a comma (the writer's aside: ", whose handling has been widely blamed for")
# ends it.
_CONTENT_INNER = frozenset({REPUTATION, PASSIVE, PROVENANCE})
# round 167: a warned vague source's that-clause is such a content too ("Council sources told
# this newspaper that concerns about the fund were first raised in 2020"): the group's one
# claim, whose teller the outer warning already asks for
_FRAMES = frozenset({PASSIVE, SOURCE})
_CONTENT_OPENS = LazyRegex(r"(?i)(?:\b(?:that|to)\s*$|^[^,]{0,40}?\bthat\b)")
_CONTENT_ENDS = LazyRegex(r"(?i)[;:\"“”()]|,\s*(?:and|but|or|while|whereas|although|though|yet|who|whose|which|where|when|with)\b"
                          r"|\b(?:but|whereas|while|although|though)\b|\bof\s+(?:whom|which)\b")
# an inner passive that is hearsay or a view of its own ("several of whom are said to have left",
# "one fund reported to have offered", "it is believed that", "widely blamed"; review 123: a view
# with its as-complement, "and is regarded as the best in Europe") tells a second claim with its
# own hidden holder: it keeps its warning
_OWN_HEARSAY = LazyRegex(r"(?i)\b(?:to|that|as)\s*$|^it\b|\b(?:widely|often|generally|commonly|long|increasingly)\b"
                         r"|\bby\s+(?:many|some|most|others|several|few)\b")
_CONTENT_REACH = 160
FRAMED_NOTE = (" It sits inside the content of a hearsay passive or a vague source already flagged in this sentence: "
               "one claim, whose holder the other warning asks for.")


def in_framed_content(text: str, frame_start: int, frame_end: int, cue_start: int, inner_end: int | None = None,
                      bare: bool = False) -> bool:
    """Does the cue at ``cue_start`` lie inside the reported content of the hearsay passive at
    ``frame_start:frame_end`` (the frame ending in "that"/"to", or "that" within a few words
    after it, and nothing between that ends the clause)? With ``inner_end`` (an inner passive's
    end), the inner passive must not be hearsay or a view of its own. ``bare``: the frame is a
    vague source's speech verb, whose content may open with no "that" ("Sources said concerns
    were raised")."""
    if cue_start < frame_end or cue_start - frame_end > _CONTENT_REACH:
        return False
    if inner_end is not None and _OWN_HEARSAY.search(text[cue_start:inner_end]) is not None:
        return False
    between = text[frame_end:cue_start]
    if _CONTENT_ENDS.search(between) is not None:
        return False
    return bare or _CONTENT_OPENS.search(text[frame_start:frame_end]) is not None or _CONTENT_OPENS.search(between) is not None


# round 169: officials placed in one office speak for it on the record ("council officials
# said"); "privately" or "in private" before their verb says they do not ("Local officials
# privately fear that"): placing them names no one who stands behind the words, so the office
# does not lower the warning
OFF_RECORD_IN = LazyRegex(r"(?i)\b(?:privately|in\s+private|off\s+the\s+record)\b")
# round 171: officials "familiar with" a matter are described by their access, the newsroom's
# mark of an anonymous source (GUIDELINES.md: "people familiar with"): a body named in an
# earlier sentence is not theirs to speak for ("..., according to the UN refugee agency.
# Officials familiar with the talks said ..."), so it does not lower the warning
FAMILIAR_IN = LazyRegex(r"(?i)\bfamiliar\s+with\b")


def judge(doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
    """Find the construction at every anchor, then judge the cues of every rule together, so
    overlapping cues report once."""
    if not doc.sentences:
        return
    cues = []
    first = FirstMention(doc.text, doc.before)
    source_rule = next((r for r in hits_by_rule if r.id == SOURCE), None)
    for i, (rule, hits) in enumerate(hits_by_rule.items()):
        for hit in hits:
            found = construction(doc, rule, hit, first)
            if found is not None:
                by = rule
                if rule.id != SOURCE and found.branch.startswith("source:"):
                    # round 130: a vague source read at another rule's verb anchor ("Parents
                    # say", cues._group_speaker) is judged and reported as the vague-source rule's
                    by = source_rule if source_rule is not None else replace(rule, id=SOURCE)
                cues.append((found.start, -(found.end - found.start), i, by, hit, found))
    cues.sort(key=lambda c: c[:3])
    kept_end = -1
    kept: Finding | None = None
    frame: tuple[int, int, int, bool] | None = None  # the last hearsay frame warned: start, end, sentence, a source's
    facts = DocFacts(doc)
    for start, _neg, _i, rule, hit, cue in cues:
        if start < kept_end:
            # overlaps a cue already judged ("it was reported" / "reportedly"); but a hearsay
            # adverb inside a source held at info ("Workers at the plant had reportedly raised")
            # hides its own teller, whoever the subject is: its warning stands for the words
            # instead (round 107)
            if kept is not None and kept.severity is Severity.INFO and rule.id == DOUBT and cue.end <= kept_end:
                inner = _judge_cue(doc, rule, hit, cue, facts)
                if inner is not None and inner.severity is not Severity.INFO:
                    kept = inner
            continue
        finding = _judge_cue(doc, rule, hit, cue, facts)
        if finding is not None:
            if (frame is not None and rule.id in _CONTENT_INNER and finding.severity is not Severity.INFO
                    and doc.sentence_index(cue.start) == frame[2]
                    and in_framed_content(doc.text, frame[0], frame[1], cue.start,
                                          cue.end if rule.id == PASSIVE else None, frame[3])):
                finding = replace(finding, severity=Severity.INFO, message=finding.message + FRAMED_NOTE)
            elif rule.id in _FRAMES and finding.severity is not Severity.INFO:
                frame = (cue.start, cue.end, doc.sentence_index(cue.start), rule.id == SOURCE)
            if kept is not None:
                yield kept
            kept_end, kept = cue.end, finding
    if kept is not None:
        yield kept


def _judge_cue(doc: Document, rule: PackRule, hit: Hit, cue: Cue, facts: DocFacts) -> Finding | None:
    text = doc.text
    si = doc.sentence_index(cue.start)
    # the sentence around the cue, as far as the clause-reading tests below look (all of it,
    # unless a page pasted as one sentence makes it longer than any sentence of prose)
    s_lo, s_hi = near(doc.sentences[si].start, doc.sentences[si].end, cue.start, cue.end)
    if quoted(doc, cue.start) or facts.in_double_quote(cue.start) or doc.turn_at(cue.start) is not None:
        return None  # the speaker's words, not the writer's
    if rule.id == REPUTATION and DOUBT_BEFORE.search(text, max(s_lo, cue.start - 40), cue.start):
        return None  # "who was reportedly a well-known figure": the adverb already marks the hearsay (round 88)
    if rule.id == DOUBT and HEARER_OUTLET.match(text, cue.end):
        return None  # "Jackson reportedly acknowledged the crime to the New York Daily News": the paper's report
    if denied(text, s_lo, cue.start):
        return None  # "Smith denied that inspections were ever considered": asserts nothing
    if fact_check_label(text, cue.start):
        return None  # "CLAIM: A video shared widely shows ...": the claim under check, labelled (round 160)
    if rule.id == PROVENANCE and claims_about_topic(text, cue.start, cue.end, s_hi):
        return None  # "There are also claims about blood sugar.": a topic, nothing claimed (round 160)
    if rule.id == DOUBT and untold_question(text, s_lo, cue.start):
        return None  # "The posts do not say who supposedly confirmed it": a question left open
    if rule.id == PASSIVE and decided_by_named_parties(text, s_lo, cue.start, cue.end):
        return None  # "After talks between the army and the rebels, it was agreed that ...": they agreed
    if rule.id == PASSIVE and deemed_by_the_bar(text, s_lo, cue.start, cue.end):
        return None  # "the regulator blocks material deemed blasphemous": the blocker deems it so
    if rule.id == PASSIVE and NEGATED_TELLING.match(text, cue.start, cue.end):
        return None  # "It's never stated that he is ill": nobody is said to have said it
    if rule.id == PASSIVE and FAITH_HOLDS.match(text, cue.end):
        return None  # "cows, which are considered holy in Hinduism": the faith's teaching
    if rule.id in (PASSIVE, RECEIVED) and institution_frame(text, s_lo, s_hi, cue.start, cue.end):
        return None  # "In the Orthodox Church, she is celebrated as ...": the Church's view, its holder named
    if rule.id == PASSIVE and deemed_a_ruling(text, cue.start, cue.end):
        return None  # "The striker was deemed fit to play": a ruling on fitness, no view
    if rule.id == PASSIVE and active_relative(text, s_lo, cue.start, cue.end):
        return None  # "a cheese that the waiter described as ...": the waiter describes it, active
    if rule.id in (PASSIVE, RECEIVED) and (programme_slot(text, cue.start, cue.end) or payment_for(text, cue.start, cue.end)
                                           or result_of_event(text, cue.start, cue.end)):
        # round 156: the verb's literal sense, shown by its complement: "billed as the festival's
        # closing night" (a schedule), "tipped for each bag" (a gratuity), "became the favourites
        # after the draw" (a result)
        return None
    base = rule.finding(text, hit)
    message = cue.question or base.message
    if rule.id == ANONYMOUS:
        # the copy says outright that it keeps the source back: no source named elsewhere in
        # the sentence or the next one is this one. A named outlet's report ("According to the
        # Gazette, a spokesman who asked not to be named said") is the outlet's source: a hint
        lead = according_lead(doc, si, cue.start, facts)
        if lead is not None and lead.kind == "named":
            return Finding(cue.start, cue.end, message + ACCORDING_LEAD_NOTE, DESCRIBED_SUGGESTION,
                           Severity.INFO, base.rule)
        if vox_pop_quote_after(doc, si, cue.start, cue.end):
            # round 160: 'One nurse, who asked not to be named, told the Courier: "..."': one
            # person who was there, quoted in their own words
            return Finding(cue.start, cue.end, message + VOX_POP_NOTE, DESCRIBED_SUGGESTION,
                           Severity.INFO, base.rule)
        if reason_given(doc, si, s_lo, s_hi, cue.start):
            # "A diplomat, who spoke on condition of anonymity because he was not authorised to
            # brief, said": described, and the copy says why it is not named (round 108)
            return Finding(cue.start, cue.end, message + EXPLAINED_NOTE, DESCRIBED_SUGGESTION,
                           Severity.INFO, base.rule)
        severity = Severity.INFO if cue.severity == "info" else base.severity
        if severity is not Severity.INFO:
            listed = other_story(doc, cue.start) or own_timeline_entry(doc, cue.start)
            if listed is not None:
                return Finding(cue.start, cue.end, message + _listed_note(listed), base.suggestion,
                               Severity.INFO, base.rule)
        return Finding(cue.start, cue.end, message, base.suggestion, severity, base.rule, base.fix)
    note = DESCRIBED_NOTE
    illustrated = None
    consensus = False
    if rule.id == SOURCE and cue.head:
        if SAID_NOTHING.match(text, cue.end):
            return None  # "ministers have said nothing": no claim is reported ("said nothing had changed" is one)
        if verdict_on_holders(text, cue.start, cue.end, s_hi):
            return None  # "opponents who say nobody uses the lane are wrong": the writer's verdict (round 146)
        if IMPERSONAL_BEFORE.search(text, max(s_lo, cue.start - 60), cue.start):
            # "It is believed a member of staff raised the alarm": the group is what the
            # impersonal passive reports (flagged itself), not a source of this sentence
            return None
        if ACCUSED_OF.match(text, cue.start, cue.end) and OF_AFTER.match(text, cue.end):
            return None  # "executives and board members accused of fraud": the accused, not accusers
        if named_armed_group(text, cue.start, cue.end, cue.head):
            return None  # "YBS forces said": the group is named by its initials
        # round 169: a group that speaks "privately" is off the record by the writer's own word: a
        # member named next, who speaks on it, is not its source
        off_record = OFF_RECORD_IN.search(text, cue.start, cue.end) is not None
        if not off_record and named_member(doc, si, cue.start, cue.end, cue.head) \
                and not qualified_consensus(doc, si, cue.start, cue.end):
            # (round 148: not when the group's agreement is claimed and what follows qualifies it)
            return None  # "Analysts say ... Jane Roe, an analyst at X, said"
        if listed_after(text, cue.end, s_hi):
            return None  # "Several towns claim to be its home, including Amblehurst and Dorrow"
        illustrated = illustrating_speaker(doc, si, cue.start, cue.end, cue.head, facts)
        if illustrated is not None and qualified_consensus(doc, si, cue.start, cue.end):
            # review 121: round 148's qualified consensus, whether the qualifying expert is
            # named in the next paragraph (named_member) or next in the same one (here)
            illustrated = None
        if illustrated is not None and illustrated[0] == "named":
            return None  # "Residents say ... Mary Jones, 62, who lives on the corner, said"
        if TITLE_AFTER_ACCORDING.fullmatch(text, cue.start, cue.end) and TITLE_ENDS.match(text, cue.end):
            return None  # "according to People" (the magazine): a capital mid-sentence is a title
        if consensus_by_named_data(doc, si, cue.start, cue.end):
            return None  # "Analysts had expected $2.1bn, according to LSEG data": the provider's consensus
        if counts_documents(doc, si, cue.start, cue.head):
            return None  # "Polls show support for it. Most indicate a slim majority": most polls
        if measured_by_named_poll(doc, si, cue.start, cue.end, facts):
            return None  # "Most economists expect a cut, a Reuters poll found": the poll's respondents
        lead = according_lead(doc, si, cue.start, facts)
        if lead is not None and lead.kind == "named":
            return None  # "According to The Daily Star, sources say ...": the paper's sources, its report
        if cue.head in RESEARCH_PEOPLE and document_named_near(doc, si, cue.end):
            return None  # "scientists reported in a study published in Nature": their study names them
        if cue.head in RESEARCH_PEOPLE and text[max(0, cue.end - 8) : cue.end].lower().endswith(WRITING_VERBS)\
                and JOURNAL_AFTER_VERB.match(text, cue.end):
            return None  # "..., researchers report in Medicine and Science in Sports and Exercise.": their journal
        kind = cue.identified
        if kind is None and cue.head in RESEARCH_PEOPLE and research_named_before(doc, si, cue.start, facts.research):
            kind = "described"  # "scientists found", in a piece that has named the study
        if kind is None and research_people(text[cue.start:cue.end], cue.head) and research_named_next(doc, si):
            kind = "described"  # "Scientists say ... A study by X found ...": the study named next
        if kind is None and cue.head in RESEARCH_PEOPLE and study_named_next_paragraph(doc, si):
            kind, note = "described", RESEARCH_NEXT_NOTE  # "..., researchers reported. / The trial, published in X, ..."
        if kind is None and priced_by_named_data(doc, si, cue.start, cue.end):
            kind, note = "described", PRICED_NOTE  # "Traders expect a cut. Futures price in ..., according to LSEG data."
        if kind is None and polled_next(doc, si, cue.head):
            kind, note = "described", POLLED_NEXT_NOTE  # "Economists had expected it. All 31 economists polled by Finwire ..."
        if kind is None and not closing_tag(doc, si, cue.start, cue.end) and\
                not (text.startswith("according", cue.start) and ACCORDING_TAG.fullmatch(text, s_lo, cue.start)) and\
                reported_by_named_lead(doc, si, cue.start, cue.end, facts):
            kind = "described"  # "The mayor said critics had long argued ...": her report, a hint
        if kind is None and lead is not None:
            # "According to documents seen by this paper, officials raised concerns ...": what
            # the opening source reports; it is the sentence's one claim, warned (or not) there
            kind, note = "described", ACCORDING_LEAD_NOTE
        if kind is None and cited_by_named_teller(doc, si, cue.start, facts):
            kind = "described"  # "Bloomberg, citing people familiar with the talks, reported ...": its sources
        if kind is None and according_to_person_after(doc, si, cue.end, facts):
            kind = "described"  # "Farmers are seen by the police as squatters, according to Omar Ruiz, an expert"
        if kind is None and collective_named_next(doc, si, cue.head):
            kind, note = "described", COLLECTIVE_NOTE  # "Observers said ... The mission, led by Karin Holm, said"
        if kind is None and authority_body_next(doc, si, cue.start, cue.end, cue.head, facts):
            kind, note = "described", AUTHORITY_NOTE  # "..., according to Turkish authorities. ..., the coastguard said"
        if kind is None and authority_body_before(doc, si, cue.start, cue.end, cue.head, facts):
            kind, note = "described", AUTHORITY_BEFORE_NOTE  # "The ministry said ... Officials added that ..."
        if kind is None and not off_record and placed_in_office(text, s_lo, s_hi, cue.start, cue.end, cue.head):
            kind, note = "described", OFFICE_NOTE  # "railway officials said", "a hospital official said"
        if kind is None and not off_record and FAMILIAR_IN.search(text, cue.start, cue.end) is None \
                and office_named_before(doc, si, cue.start, cue.end, cue.head):
            kind, note = "described", OFFICE_BEFORE_NOTE  # "..., according to Ministry of Health data. Officials say"
        if kind is None and service_beside(doc, si, cue.head):
            kind, note = "described", SERVICE_NOTE  # "The Met Office warning runs ... Forecasters said"
        if kind is None and (body := organisation_named_next(doc, si, cue.head, facts)):
            kind, note = "described", ORGANISATION_NOTE.format(body=body)  # "Rights groups say ... Amnesty International said"
        if kind is None and (body := members_body_named(doc, si, cue.start, cue.end, facts)):
            kind, note = "described", MEMBERS_BODY_NOTE.format(body=body)  # "Surveyors say ..., and the Institute of Surveyors said"
        if kind is None and document_cited_after(text, cue.end, s_hi):
            kind, note = "described", DOCUMENT_CITED_NOTE  # round 156: "..., according to the arrest report"
        if kind is None and WHERE_NAMED_SPOKE.search(text, cue.end, s_hi):
            kind, note = "described", WHERE_SPOKE_NOTE  # "officials called for it at a press conference, where Fares spoke"
    else:
        # a consensus ("it is widely acknowledged that", "generally accepted") is many people's
        # view: one source named in the next sentence, about something else, does not hold it
        consensus = any(w in CONSENSUS for w in text[cue.start : cue.end].lower().split())
        # nor is material the writer calls unconfirmed ("unconfirmed reports of looting"): the
        # writer says nobody stands behind it, so a source the next sentence names for something
        # else does not (one that confirms it still clears it: ``confirmed_next``)
        unconfirmed = (UNCONFIRMED.search(text, cue.start, cue.end) is not None
                       or TALK_GOING_ROUND.search(text, cue.start, cue.end) is not None)
        kind = source_for(doc, si, cue.start, cue.end, rule.id != SOURCE and not consensus and not unconfirmed, facts,
                          titled=rule.id == PASSIVE and not _understood(text, cue.start, cue.end),
                          perceived=rule.id in (PASSIVE, RECEIVED) and PERCEIVED.search(text, cue.start, cue.end) is not None,
                          hearsay=_hearsay(rule.id, text, cue.start, cue.end))
        if kind != "named" and cue.identified:
            kind = cue.identified
        if kind is None and rule.id in (PASSIVE, RECEIVED) and (by := agent_after_complement(text, cue.end, s_hi)):
            # round 156: "is billed as the tour's finest night by the promoter": the judge after the complement
            kind = by
            if by == "described":
                note = AGENT_DESCRIBED_NOTE  # "tipped for the Derby by most bookmakers": a group, no vague source
        if kind is None and rule.id == PASSIVE and one_agent_named_after(text, cue.start, cue.end, s_hi):
            kind, note = "described", ONE_AGENT_NAMED_NOTE  # round 160: "criticised by several drivers, and X called it"
        if kind is None and rule.id == DOUBT and title_according_after(text, cue.end, s_hi):
            # (a doubt adverb's report only: "Although there were rumors of X, ..., according to
            # People" leaves the rumours' source open)
            kind = "named"  # "the pair are reportedly still moving ahead ..., according to People."
        if kind is None and dashed_tag(doc, si, cue.end, facts):
            kind = "named"  # "... has reportedly hired X. He tapped Y,-The Wall Street Journal-reported."
        if kind is None and rule.id == DOUBT and inside_account(doc, si):
            kind, note = "described", ACCOUNT_NOTE  # "..., she says, ... He would allegedly ... Then, she says, ..."
    if kind == "named":
        return None
    # the writer's own denial after the claim ("..., but that is not always true."): what the
    # next sentence names backs the denial, not the claim, whose holders stay unnamed (round 89)
    disputed = DISPUTED_AFTER.search(text, cue.end, min(s_hi, cue.end + DISPUTED_REACH)) is not None
    if not disputed and (confirmed_next(doc, si, facts) or maker_named_next(doc, si)):
        return None  # "... EU sources told Reuters. Downing Street confirmed the news."
    holder = None if disputed else holder_named_next(doc, si, facts, group=rule.id == SOURCE)
    if holder == "named":
        return None  # "... is believed to be ... That is the view of the Harbour Society."
    if kind is None and holder == "described":
        kind, note = "described", HOLDER_DESCRIBED_NOTE  # "This was confirmed by the gallery" (never named)
    if rule.id == PROVENANCE and kind is None and document_named_near(doc, si, cue.end):
        return None  # "A study found ... The research, published in Nature, ..."
    if rule.id == PROVENANCE and material_made_by_next(doc, si):
        return None  # round 116: "Footage surfaced ... The video was verified by the BBC." (a hint too)
    if rule.id == PROVENANCE and cue.head in RESEARCH and kind is None and study_named_next_paragraph(doc, si):
        # round 106: "..., according to a study of 8,000 adults published on Tuesday. / The
        # research, published in the journal X, ...": the lede's study, its journal next (a hint)
        kind, note = "described", RESEARCH_NEXT_NOTE
    if rule.id == PROVENANCE and kind is None and obtained_by_request(text, cue.end, s_hi):
        kind, note = "described", OBTAINED_NOTE  # "according to a review of records obtained through a records request"
    if rule.id == PROVENANCE and kind is None and paper_to_body(text, cue.end, s_hi):
        kind, note = "described", BODY_PAPER_NOTE  # "according to a report presented to the meeting"
    if rule.id == PROVENANCE and kind is None and reported_by_named_lead(doc, si, cue.start, cue.end, facts):
        kind = "described"  # "The spokesman, Tom Reyes, said initial reports said ...": his report, a hint
    if rule.id == PROVENANCE and cue.head in RESEARCH and kind is None and research_named_before(doc, si, cue.start, facts.research):
        kind = "described"  # "research suggests", in a piece that has named the study
    if rule.id == PROVENANCE and kind is None and cue.branch == ASSOCIATION_BRANCH and \
            (research_named_around(doc, si, cue.start) or research_named_before(doc, si, cue.start, facts.research)):
        return None  # round 159: "is linked to asthma" beside research named or told, or after a named study
    if kind is None and rule.id != SOURCE and not _understood(text, cue.start, cue.end) and not consensus and \
            previous_named_lead(doc, si, facts, cue.start):
        # (round 178: not a consensus, "is widely thought to": many people's view, which the
        # one source named in the sentence before does not hold)
        kind = "described"  # "Police said the man fled. He is believed to have ..."
    if kind is None and rule.id != SOURCE:
        held = held_elsewhere(doc, si, cue.start, text[cue.start:cue.end], facts)
        if held:
            kind, note = "described", held  # "The ONS published its survey. Unemployment is estimated to ..."
    if kind is None and rule.id == RECEIVED and REACTION_FROM_NAMED.match(text, cue.end, s_hi):
        kind, note = "described", PARTLY_NAMED_NOTE  # "drawn criticism from rights groups and the UN"
    if kind is None and rule.id == DOUBT and claim_content(text, s_lo, cue.start):
        kind, note = "described", CLAIM_CONTENT_NOTE  # "a claim that she supposedly owned a mansion"
    if kind is None and rule.id == DOUBT and text[cue.start : cue.end].lower() in DOUBT_ADJECTIVES\
            and CLAIMANT_RELATIVE.match(text, cue.end, s_hi):
        kind, note = "described", CLAIMANT_NOTE  # "the purported witness, X, who Ms. Reyes claims was there"
    if kind is None and rule.id == DOUBT and described_by_named_speaker(text, s_lo, cue.start):
        kind, note = "described", DESCRIBER_NOTE  # "Ana Ruiz, a researcher, detailed the abuse prisoners allegedly face"
    if kind is None and rule.id in (DOUBT, PASSIVE):
        own = writers_own(doc, si, cue.start, cue.end)
        if own:
            kind, note = "described", own  # "Apparently, he was referring to ...", "the supposedly independent panel"
    if kind is None and rule.id == PASSIVE and modal_description(text, s_lo, cue.start, cue.end):
        kind, note = "described", MODAL_DESCRIPTION_NOTE  # "what can only be described as a rout": the writer's words
    if kind is None and rule.id == PASSIVE and (teller := pronoun_teller_next(doc, si)):
        # "It is no secret that the restaurant lost money. Nwosu remortgaged her home, she said."
        kind, note = "described", PRONOUN_TELLER_NOTE.format(name=teller)
    # (an opinion group only: a passive's hidden holder is seldom the person quoted next,
    # "The mayor is believed to ... '...,' said Tom Briggs, the developer's lawyer.")
    if kind is None and rule.id == SOURCE and opinion_group(cue.head):
        speaker = next_quotes_speaker(doc, si, facts)
        if speaker:
            # "Analysts agreed that ... '...,' Demir said.": most often one of them speaks
            kind, note = "described", f" The next sentence quotes {speaker}: if it is their view, say so here."
    if kind is None and rule.id == SOURCE and cue.head and (speaker := participant_placed_next(doc, si, facts, cue.head)):
        # "Traders said ... '...,' said Tom Ashdown, head of strategy at X.": one of them, placed
        kind, note = "described", PLACED_MEMBER_NOTE.format(name=speaker)
    if kind is None and rule.id == SOURCE and cue.head in CONTRAST_QUANTIFIERS and bare(text[cue.start : cue.end]):
        speaker = role_speaker_next(doc, si)
        if speaker:
            # "But others praised the ruling. Hiroshi Ito, a professor of law at X, said ...":
            # the next sentence gives one of the others, with the role that places them
            kind, note = "described", f" The next sentence names {speaker}: if they are one of them, say so here."
    if kind is None and rule.id == SOURCE and cue.head and profession_speaker_near(doc, si, cue.start, cue.end):
        kind, note = "described", PROFESSION_NOTE  # "Some experts caution ... Dr Ann Cole, a psychologist, noted"
    if kind is None and rule.id == SOURCE and cue.head and (anonymous := anonymity_note(text, cue.start, s_hi)):
        kind, note = "described", anonymous  # "a nurse, who asked not to be named because she still works there, said"
    if kind is None and rule.id == SOURCE and cue.head and cue.head.lower() not in ANONYMOUS_HEADS \
            and own_contact(text, cue.start, s_hi):
        kind, note = "described", OWN_CONTACT_NOTE  # round 124: "residents who spoke to this newspaper said"
    if kind is None and rule.id == SOURCE and cue.head and cue.head.lower() not in ANONYMOUS_HEADS \
            and reason_given(doc, si, s_lo, s_hi, cue.start, cue.head):
        # (not "sources" or "insiders": anonymity is their whole point, a reason does not place them)
        kind, note = "described", EXPLAINED_NOTE  # "two officials said, asking not to be identified because ..."
    if kind is None and not disputed and confirmed_clause_next(doc, si, facts):
        kind, note = "described", CONFIRMED_CLAUSE_NOTE  # round 167: "The council confirmed on Monday that the camera ..."
    if kind is None and illustrated is not None:
        # "Fans say ... Gary Holt, chairman of the Redmere Supporters Club, said": weaker evidence
        kind, note = "described", ILLUSTRATED_NOTE.format(speaker=illustrated[1])
    if kind is None and rule.id == SOURCE and cue.head and (vox_pop_tag(doc, si, cue.start, cue.end, cue.head)
                                                            or vox_pop_quote_after(doc, si, cue.start, cue.end)):
        kind, note = "described", VOX_POP_NOTE  # '"We saw vans at midnight," one resident said.'
    if kind is None and rule.id == SOURCE and cue.head and vox_pop_quoted_next(doc, si, cue.start, cue.end, cue.head):
        kind, note = "described", VOX_POP_NOTE  # 'A worker said staff were told to go. "It was hot," he said.'
    if kind is None and rule.id == SOURCE and officials_of_named_body(text, s_lo, cue.start, cue.end):
        kind, note = "described", BODY_NOTE  # "after a request by the water authority, with officials blaming ..."
    if kind is None and facts.in_answer(si):
        kind, note = "described", ANSWER_NOTE  # "How do you see it? ... The brand is widely known."
    if kind is None:
        theirs = someone_elses(doc, cue.start, cue.end)
        if theirs:
            kind, note = "described", theirs  # "Here is her speech in full: ... Experts say ..."
    if kind == "described":
        return Finding(cue.start, cue.end, message + note, DESCRIBED_SUGGESTION,
                       Severity.INFO, base.rule)
    if cue.severity != "info" and not doc.in_headline(cue.start) and section_heading(doc, si):
        # "What's being rumoured" over the paragraphs that tell it: a topic, no claim
        return Finding(cue.start, cue.end, message + HEADING_NOTE, base.suggestion, Severity.INFO, base.rule)
    severity = Severity.INFO if cue.severity == "info" or headline_then_source(doc, si, cue.start, facts, cue.head or "") else base.severity
    if severity is not Severity.INFO:
        listed = other_story(doc, cue.start) or own_timeline_entry(doc, cue.start)
        if listed is not None:
            # "August 2024 - Residents raise concerns over lorry traffic" under the story: an
            # earlier story's headline pasted in (round 80), not the writer's claim
            return Finding(cue.start, cue.end, message + _listed_note(listed), base.suggestion,
                           Severity.INFO, base.rule)
    return Finding(cue.start, cue.end, message, base.suggestion, severity, base.rule, base.fix)


MODAL_DESCRIPTION_NOTE = (" A modal description (\"can only be described as\") is the writer's own "
                          "wording: if someone else's, name them; if the word after judges, that is loaded language.")


def _listed_note(why: str) -> str:
    """The note of a cue on another story's headline (``why``: which list it is in)."""
    return f" It is on a line that is {why}, not the writer's prose."


# round 178: the participles of the reporter's own finding in the impersonal passive ("It is
# learnt that", "It was gathered that", "it has been learned that")
_LEARNT = LazyRegex(r"\b(?:learnt|learned|gathered)\b")


def _understood(text: str, start: int, end: int) -> bool:
    """Is the cue the newsroom's "is understood to" / "it is understood" (round 91), or a
    passive of rumour ("is rumoured to", round 97)? The first tells that the writer learned it
    off the record, from people the copy keeps back; a rumour is talk nobody owns. Either way
    a named speaker in the sentence before ("The coach confirmed X. The winger is understood
    to be wanted by two clubs"; "The maker told us X. A new model is rumoured to be coming")
    is not who voiced it, as he may be for "is believed to"."""
    cue = text[start:end].lower()
    # (round 137: any talk going round, and "word is / word among staff is that", the same;
    # round 178: the impersonal "it is learnt", "it was gathered" of Indian and West African
    # wire copy, the reporter's own off-the-record finding as "it is understood" is)
    return ("understood" in cue or TALK_GOING_ROUND.search(cue) is not None
            or (cue.startswith("it") and _LEARNT.search(cue) is not None)
            or (cue.startswith("word ") and cue.endswith((" is that", " was that", " has it"))))


# a speech verb whose object is "nothing", closed there or by what it was about (round 108);
# "more", "further" or "yet" after it close it only when the same closing follows them
# (review 109: "said nothing more could be done" reports a claim, "said nothing more." none)
# ... and "about" or "on" close it only when no finite verb follows their object, before any
# wh-word ("said nothing about why it shut": closed; "said nothing about the levy would change":
# "nothing about the levy" is the subject of what was said)
SAID_NOTHING = LazyRegex(
    r"(?i)\s+nothing(?:\s+(?:yet|further|more))?"
    r"(?=\s*[.,;:!?]|\s+(?:publicly|since|so\s+far|in\s+public|to)\b"
    r"|\s+(?:about|on)\b(?!(?:(?!\b(?:why|how|what|when|where|whether|who|which|if)\b)[^.,;:!?\n]){0,40}?"
    r"\b(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may|must)\b))")

# an impersonal passive of reporting or cognition right before the cue, with or without
# "that" (round 108): anchored at the cue's start, searched over 60 characters only
IMPERSONAL_BEFORE = LazyRegex(
    r"(?i)\bit\s+(?:is|was|has\s+been|had\s+been|is\s+being)\s+(?:widely\s+|generally\s+|now\s+|also\s+)?"
    r"(?:believed|understood|thought|said|reported|claimed|alleged|rumou?red|suspected|feared)\s+(?:that\s+)?\Z")


def reason_given(doc: Document, si: int, s_lo: int, s_hi: int, cue_start: int, head: str | None = None) -> bool:
    """Does the copy say why the cue's source is not named: in its sentence, or in the next
    sentence (this paragraph's or the next one's first) that points back at it ("The people, who asked not to be
    identified because ...")? Bounded to the sentence and the next one's opening."""
    text = doc.text
    if reason_in_sentence(text, s_lo, cue_start, s_hi):
        return True
    # the next sentence, even the next paragraph's first: its opener points back by itself
    sentences = doc.sentences
    if si + 1 >= len(sentences) or doc.in_headline(sentences[si + 1].start):
        return False
    nxt = sentences[si + 1]
    return reason_pointed_back(text, nxt.start, nxt.end, head)
