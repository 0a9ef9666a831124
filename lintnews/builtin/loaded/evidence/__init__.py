"""Evidence for the loaded-language judge: one small function per kind of evidence.

Each function looks at the words around one candidate (a lexicon hit) and returns an
:class:`Evidence` or ``None``. The judge (:mod:`lintnews.builtin.loaded.voice`) weighs them in one place:

- ``DROP``: the word is not loaded here (a literal or technical collocation, a name);
- ``VOICE``: the words are someone else's (indirect speech, a Q&A answer, a letter, a post,
  a characterisation reported with "called"): ``info`` at most;
- ``DOUBT``: the use is ambiguous (a feeling reported of people): ``info``;
- ``EVALUATIVE``: the use passes a verdict (before a person, act or event; a predicative
  verdict; an intensifier; an exclamation; superlative praise; a sentence adverb of the
  writer): a word held at ``info`` becomes a ``warning``.

The cues are general (word classes in ``lintnews/language/wordclasses/loaded.toml``, every
form of each lemma), not per-word lists, and each reads a few words around the hit, so the
judge stays linear in the number of candidates.

One module per kind of evidence, imported in one direction (lowest first): :mod:`.evidence`
(what evidence is, the word classes, the words around a hit), :mod:`.literal` (literal and
technical senses), :mod:`.names` (the word inside a name), :mod:`.indirect` (indirect
speech), :mod:`.reported` (allegations, reports, a headline's source, a charge's name),
:mod:`.characterised` (a characterisation and its verb), :mod:`.doubt` (ambiguous uses and a
word's measured charge), :mod:`.evaluative` (a verdict's use, sentence adverbs) and
:mod:`.stance` (the writer's stance in the sentence and the document); and :mod:`.technical`
(round 56: technical senses, terms of art, an -ly adjective, typewriter quotation marks) and
:mod:`.disjunct` (round 61: a disjunct of the writer's attitude, derived from a psych verb or
an evaluative adjective) and :mod:`.revelation` (round 71: "revealed" said of a
person's words) and :mod:`.weather` (round 68: a harsh adjective measuring the weather) and :mod:`.light` (round 72: an
adjective of light describing a thing seen) and :mod:`.labels`
(round 69: a label on a person or a body, a virtue or vice of manner before the verb) and
:mod:`.hearsay` (round 78: a verdict verb of an unnamed source) and :mod:`.asides` (round 79:
willingness after a modal, a comparison's clause, a listed headline) and :mod:`.appearance`
(round 80: a feeling read off a person, or left by an event) and :mod:`.spectacle` (round 80:
an emotive adjective on a scene) and :mod:`.occasion` (round 82: an emotive adjective on an
occasion between people) and :mod:`.act` (round 98: an emotive adjective on an act
named by a noun derived from a verb) and :mod:`.soiling` (round 101: a verb of soiling with a
physical object) and :mod:`.belief` (round 105: a view reported as mistaken, a role an
actor plays) and :mod:`.epistemic` (round 105: a certainty adverb inside the
writer's predicate) and :mod:`.epithets` (round 148: the tabloid's epithet before a bare name
or a wrongdoer's noun). The judge reads them
all through this package (``from lintnews.builtin.loaded import evidence as ev``).
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.act import act
from lintnews.builtin.loaded.evidence.agent_conduct import conduct_subject
from lintnews.builtin.loaded.evidence.appearance import read_feeling
from lintnews.builtin.loaded.evidence.asides import (
    comparison_clause,
    listed_headline,
    reader_callout,
    release_boilerplate,
    willing,
)
from lintnews.builtin.loaded.evidence.belief import mistaken_view, played_role
from lintnews.builtin.loaded.evidence.characterised import characterised
from lintnews.builtin.loaded.evidence.claimant import legal_claim
from lintnews.builtin.loaded.evidence.clinical import failure_mode, waking
from lintnews.builtin.loaded.evidence.disjunct import disjunct, opens_disjunct
from lintnews.builtin.loaded.evidence.doer import mishandled_act, named_doer
from lintnews.builtin.loaded.evidence.doubt import (
    CHARGED_OTHERS,
    charged,
    coined_term,
    denied_event,
    feeling,
    measured,
    name_follows,
    named_event,
    poor_precision,
    supposed_speech,
    unmeasured,
    unsaid_speech,
)
from lintnews.builtin.loaded.evidence.dwelling import living_conditions
from lintnews.builtin.loaded.evidence.emphasis import emphasized_noun
from lintnews.builtin.loaded.evidence.epistemic import conviction_slot, modal_stance, predicate_stance
from lintnews.builtin.loaded.evidence.epithets import AloneMemo, name_epithet, named_praise, offender_epithet
from lintnews.builtin.loaded.evidence.esteem import esteem
from lintnews.builtin.loaded.evidence.evaluative import (
    attributive,
    denied,
    denied_consequence,
    denied_predicate,
    exclamation,
    general_noun_verdict,
    intensified,
    manner_pair,
    parasynthetic,
    praise_noun_predicate,
    praised_thing,
    predicative,
    qualified_predicative,
    rapture,
    reaction_degree,
    reaction_manner,
    related_link,
    sentence_adverb,
    superlative,
    verb_use,
)
from lintnews.builtin.loaded.evidence.evidence import (
    LITERAL_DOMAINS,
    Classes,
    Effect,
    Evidence,
    classes,
    next_words,
    words_before,
)
from lintnews.builtin.loaded.evidence.hazard import hazard_level
from lintnews.builtin.loaded.evidence.hearsay import impersonal_passive, passive_view, unnamed_speaker
from lintnews.builtin.loaded.evidence.impact import impact_figure, uncovering
from lintnews.builtin.loaded.evidence.incident import conduct, incident
from lintnews.builtin.loaded.evidence.indirect import indirect_speech, named_speech, possession_boast
from lintnews.builtin.loaded.evidence.labels import (
    attitude_state,
    derived_manner,
    epithet,
    label_of_body,
    praise_manner,
    ruled_label,
    virtue_manner,
)
from lintnews.builtin.loaded.evidence.light import light_sense, light_word
from lintnews.builtin.loaded.evidence.listing import cell_or_entry_title, listing_title
from lintnews.builtin.loaded.evidence.literal import (
    WASTE_NOUNS,
    adjective_of_verb,
    armed_doer,
    dual_sense,
    food_among_food,
    literal_collocation,
    literal_subject,
    literal_waste,
    moved_object,
    noun_use,
    on_record,
    post_verbal,
    s_form_without_object,
    struck_object,
    weapon_complement,
)
from lintnews.builtin.loaded.evidence.modifier import feeling_modifier, figure_modifier
from lintnews.builtin.loaded.evidence.mood import mood_headline
from lintnews.builtin.loaded.evidence.names import in_name, lone_capital
from lintnews.builtin.loaded.evidence.occasion import occasion, undertaking
from lintnews.builtin.loaded.evidence.official import official_praise, vague_adversary
from lintnews.builtin.loaded.evidence.partitive import partitive
from lintnews.builtin.loaded.evidence.period import judged_period
from lintnews.builtin.loaded.evidence.physical import force_instrument, noun_subject
from lintnews.builtin.loaded.evidence.presupposed import definite_subject
from lintnews.builtin.loaded.evidence.question import open_question
from lintnews.builtin.loaded.evidence.rating_list import listed_rating
from lintnews.builtin.loaded.evidence.reported import (
    alleged,
    by_reckoning,
    charge_named,
    headline_source,
    reported_content,
    reported_topic,
)
from lintnews.builtin.loaded.evidence.revelation import revelation
from lintnews.builtin.loaded.evidence.risk import risk_statement
from lintnews.builtin.loaded.evidence.showbiz import cast_role, fabric_sense
from lintnews.builtin.loaded.evidence.soiling import soiled_object
from lintnews.builtin.loaded.evidence.spectacle import spectacle
from lintnews.builtin.loaded.evidence.stance import (
    CHARGED_SENTENCES,
    CHARGED_SHARE,
    act_verdict,
    attacked_person,
    attacks_person,
    beside_loaded,
    charged_document,
    contest_verdict,
    critic_verdict,
    exclaimed_attribute,
    judges_people,
    owned,
    performance_verdict,
    play_attributive,
    predicate_np,
    predicate_verdict,
    prescribes,
    rhetorical_question,
    supposed_predicate,
    title_line,
    work_verdict,
)
from lintnews.builtin.loaded.evidence.technical import (
    technical_collocation,
    term_of_art,
    typewriter_quotation,
)
from lintnews.builtin.loaded.evidence.weather import harsh_weather

__all__ = [
    "act",
    "cast_role",
    "fabric_sense",
    "definite_subject",
    "conduct_subject",
    "by_reckoning",
    "denied_consequence",
    "impersonal_passive",
    "comparison_clause",
    "listed_headline",
    "living_conditions",
    "willing",
    "CHARGED_OTHERS",
    "CHARGED_SENTENCES",
    "CHARGED_SHARE",
    "Classes",
    "Effect",
    "Evidence",
    "LITERAL_DOMAINS",
    "WASTE_NOUNS",
    "adjective_of_verb",
    "alleged",
    "armed_doer",
    "attacked_person",
    "attacks_person",
    "mishandled_act",
    "named_doer",
    "attributive",
    "label_of_body",
    "mistaken_view",
    "played_role",
    "virtue_manner",
    "derived_manner",
    "epithet",
    "beside_loaded",
    "characterised",
    "charge_named",
    "charged",
    "charged_document",
    "classes",
    "coined_term",
    "denied",
    "denied_predicate",
    "denied_event",
    "disjunct",
    "dual_sense",
    "exclamation",
    "exclaimed_attribute",
    "general_noun_verdict",
    "parasynthetic",
    "modal_stance",
    "conviction_slot",
    "feeling",
    "food_among_food",
    "headline_source",
    "in_name",
    "indirect_speech",
    "named_speech",
    "possession_boast",
    "intensified",
    "judges_people",
    "literal_collocation",
    "literal_subject",
    "literal_waste",
    "lone_capital",
    "manner_pair",
    "measured",
    "name_follows",
    "named_event",
    "next_words",
    "noun_use",
    "weapon_complement",
    "on_record",
    "official_praise",
    "open_question",
    "opens_disjunct",
    "owned",
    "performance_verdict",
    "play_attributive",
    "post_verbal",
    "poor_precision",
    "predicate_np",
    "act_verdict",
    "predicate_verdict",
    "contest_verdict",
    "critic_verdict",
    "impact_figure",
    "uncovering",
    "work_verdict",
    "predicate_stance",
    "praised_thing",
    "predicative",
    "praise_noun_predicate",
    "qualified_predicative",
    "read_feeling",
    "prescribes",
    "rapture",
    "reaction_degree",
    "reaction_manner",
    "related_link",
    "reported_content",
    "reported_topic",
    "rhetorical_question",
    "light_sense",
    "light_word",
    "AloneMemo",
    "name_epithet",
    "offender_epithet",
    "named_praise",
    "praise_manner",
    "attitude_state",
    "ruled_label",
    "revelation",
    "sentence_adverb",
    "supposed_predicate",
    "s_form_without_object",
    "soiled_object",
    "spectacle",
    "occasion",
    "undertaking",
    "noun_subject",
    "force_instrument",
    "judged_period",
    "figure_modifier",
    "feeling_modifier",
    "emphasized_noun",
    "conduct",
    "incident",
    "struck_object",
    "moved_object",
    "superlative",
    "technical_collocation",
    "harsh_weather",
    "risk_statement",
    "term_of_art",
    "supposed_speech",
    "unsaid_speech",
    "title_line",
    "typewriter_quotation",
    "unmeasured",
    "esteem",
    "failure_mode",
    "waking",
    "hazard_level",
    "listed_rating",
    "listing_title",
    "cell_or_entry_title",
    "legal_claim",
    "mood_headline",
    "partitive",
    "passive_view",
    "reader_callout",
    "release_boilerplate",
    "unnamed_speaker",
    "vague_adversary",
    "verb_use",
    "words_before",
]
