"""Advertorial blocks: promotional signals grown into whole appeals and plugs.

The words live in ``rules/advertorial.toml``, one rule per function (appeals,
plugs, disclosures, commerce, comments, syndication, company boilerplate, related
lists); this judge receives the hits of all advertorial rules at once and decides
what one inserted block is, because an editor needs one diagnostic per appeal, not
one per phrase:

1. **Units.** The Document's sentences, already split where a scraper glued two
   sentences after a stop ("difference.High quality", ``Sentence.glued``), are split
   again where text was glued with no stop at all ("Paid ProgramNow the agency",
   "stories you may have missedComments"): a lower-case letter running into a
   capitalised word. Such a join inside a signal ("Give with PayPal") is not a split.
2. **Signals.** Hits inside an attributed quotation, or in a unit that reports
   somebody's words ("the company said ... subscribe now"), are journalism about
   promotion and are dropped. Warning-level hits are *strong*; info-level hits are
   *weak* (a deal price, a lone "Read more", an "About Northwind" label): two weak
   hits in one paragraph, a weak paragraph next to a promotional one, or two weak
   paragraphs of one kind in a row count as strong. An imperative to the reader
   ("Grab my guide here") counts only at a paragraph's edge, and is strong only
   with a function cue ("here", "free", "our", a link). Lone weak hits stay ``info``.
3. **Shape.** Lines that read as headlines or links (see
   :mod:`lintnews.builtin.advertorial.shapes`) are judged here with the signals: the
   lines after a "Related" label, a "READ MORE: headline" line, a price on a
   headline-shaped line are reported; runs of headline-shaped lines and timelines are
   reported whether or not the document has signals (in a document with none, by the
   ``advertorial/headline-list`` rule, which the engine calls for every document). An
   "About Northwind" label followed by a paragraph that starts with the company's name
   is a press release's boilerplate.
4. **Extension inside a paragraph.** From a strong unit the block grows over
   neighbouring units that continue it: another signal, the publication's
   "we ... you" voice, or a fragment of a few words ("Politics happens."), but
   never over a story line (one that reports, or narrates in the past tense:
   "The mayor spoke."), and never across a glued boundary.
5. **Extension over paragraphs.** A neighbouring paragraph is promotional too
   when it carries signals of its own, or when it speaks mostly as "we/our" about
   the publication's work (the middle of a donation appeal), and never when it
   reports. It is marked, not merged: **every paragraph is its own diagnostic**,
   so a suppression comment around one paragraph never silences the next, and a
   story paragraph between two plugs is left alone.
6. **One diagnostic per run** of consecutive marked units of one paragraph; a
   glued boundary or an unmarked story unit ends a run.

Every step is linear in the number of units and hits.

A package of small modules, each with one job, imported in one direction (lowest first):
:mod:`.cues` (the words and patterns a unit is read by), :mod:`.furniture` (a page's own
furniture that promotes nothing), :mod:`.points` (where step 1 cuts),
:mod:`.units` (step 1's units), :mod:`.about` (a company's "About" section), :mod:`.runs`
(the tests of a run of units), :mod:`.voices` (the seller's and promo voice's paragraphs),
:mod:`.signals` (step 2 on one document), :mod:`.growth` (steps 4-5),
:mod:`.judgement` (the steps in order, step 6) and :mod:`.judge` (the entry, :func:`judge`).

The package also holds the family's code rules and shape readers (:mod:`.shapes`,
:mod:`.headline_list`, :mod:`.seller`, :mod:`.promo_voice`, :mod:`.insertion`, :mod:`.calls`,
:mod:`.sponsor`). This ``__init__`` imports nothing: the plugin reads the code rules' metadata at
start-up, and imports :mod:`.judge` on the first call of the judge
(``lintnews.builtin.plugin``), so a check with no advertorial hit never loads the judge.
"""
