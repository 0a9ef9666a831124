"""The ``advertorial/headline-list`` rule: lines shaped like headlines or links.

A code rule, not a pack rule: a list of related headlines or a timeline of earlier
stories has no phrase a pattern could find, only a shape (see
:mod:`lintnews.builtin.advertorial.shapes`), so the engine calls this rule for every
document and it judges the document's blocks in one pass. Where the document has
advertorial signals, the advertorial judge has already judged the shapes with them (a
"Related" label makes the lines after it a list) and this rule adds nothing.

This module is imported at start-up (the rule's metadata); the shape code loads at the
first document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lintnews.model.diagnostic import Finding, Severity
from lintnews.model.rule import Examples, Rule

if TYPE_CHECKING:
    from lintnews.document.document import Document

RULE_ID = "advertorial/headline-list"

_STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight."
_AFTER = "The vote was seven to two, the clerk said, and the budget takes effect in April."


def check(doc: Document) -> Iterator[Finding]:
    from lintnews.builtin.advertorial.shapes import check as shapes

    return shapes(doc)



HEADLINE_LIST_RULE = Rule(
    id=RULE_ID,
    category="advertorial",
    severity=Severity.INFO,
    summary="Lines shaped like headlines or links in the body text: a list of related stories or a timeline.",
    rationale=(
        "Lists of related headlines and timelines of earlier stories are given away by their shape: "
        "short lines in title case or in the clipped syntax of headlines, or led by a date, with no "
        "sentence punctuation, each about something else. One such line is a hint (it may be a "
        "subhead); a run of three inside body text (of two when each line is off the story's topic, "
        "or a title-case run glued into a paragraph), a run led by dates, or the lines after a "
        "\"Related\" label are reported."
    ),
    suggestion="Remove the list of links from the article body if it is not part of the story.",
    examples=Examples(
        trigger=(
            f"{_STORY}\nNov. 3, 2023: Harbour Board Delays Vote on Ferry Terminal\n"
            f"Jan. 9, 2024: Judge Halts Work on Ferry Terminal\n{_AFTER}",
            f"{_STORY}\n3 November 2023 – Harbour board delays vote on ferry terminal\n"
            "9 January 2024 – Judge halts work on ferry terminal\n"
            f"14 March 2024 – Ferry terminal plan goes back to the drawing board\n{_AFTER}",
            f"{_STORY}\nLifeboat crew rescues two walkers cut off by tide\n"
            "Bakery on the quay closes after 80 years\n"
            f"Teenage sailor sets record for solo crossing to the islands\n{_AFTER}",
            # (round 123: a run of two, each line off the story's topic)
            f"{_STORY}\nLifeboat Crew Rescues Two Walkers Stranded at High Tide\n"
            f"Bakery on the Quay Closes After Eighty Years\n{_AFTER}",
            # (round 123: a title-case run glued into the paragraph's line)
            f"{_STORY} Lifeboat Crew Rescues Two Walkers Stranded at High Tide Bakery on the Quay "
            f"Closes After Eighty Years {_AFTER}",
        ),
        no_trigger=(
            f"{_STORY}\nWhat the Budget Means for Ferry Passengers\n"
            "Ferry passengers will pay 20 pence more per crossing under the budget, the clerk said.",
            # a list the story leads in to is the story's own
            "The council set out its plans for the harbour on Tuesday. The main changes are:\n"
            "Council tax to rise by 4.99% from April\nLibrary to reopen in the spring\n"
            f"Pothole repairs to get £1.1m from the reserves\n{_AFTER}",
        ),
    ),
    check_fn=check,
)
