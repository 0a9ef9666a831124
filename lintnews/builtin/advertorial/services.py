"""Two kinds of line a plug's run must not take in (round 136, issue 15): a picture's caption or
credit, and a sentence that sends the reader to a public body's service.

Why: a plug's run grows over neighbouring short lines and over the "you" voice. A caption
("Photograph: The harbour at dawn. Jenny Marsh") is a short line with no closing stop, so it was
read as a heading between two plugs; a service line ("For symptoms, visit the NHS website") is in
the "you" voice, so it continued the plug beside it. Both are the story's own furniture: the
guidelines never count a caption, a credit or the story's advice to use a public service as
promotion.
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.util.lazyregex import LazyRegex

# a picture's label opening the caption ("Photograph:", "Photo:", "Picture:", "Pictured:",
# "Image:", "Illustration:", "Main image:", "Top:", "Credit:"), or a chart's ("Source:"), its colon
_CAPTION_LABEL = LazyRegex(
    r"[ \t]*(?:(?:main|top|above|below|left|right|lead)[ \t]+)?"
    r"(?:photo(?:graph)?s?|pictures?|pictured|images?|illustrations?|credit|photo[ \t]+credit"
    # (a chart's or a table's credit: "Source: Office for National Statistics", "Data: NHS England")
    r"|sources?|data|graphic|chart|map)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# a credit: one to four capitalised words (a name, an agency), perhaps an agency after a slash or
# "for" ("Sam Pryor", "Ana Ruiz/Gazette", "Tom Hale for The Courier", "PA Media", "Getty Images")
_NAME = r"(?-i:[A-Z][\w.’'&-]*)(?:[ \t]+(?-i:[A-Z][\w.’'&-]*|of|de|van|von|for|the)){0,5}"
_CREDIT = LazyRegex(
    rf"[ \t]*(?:[(\[][ \t]*)?(?:(?:photo(?:graph)?|picture|image|credit|photo[ \t]+credit)[ \t]*:[ \t]*|by[ \t]+)?"
    rf"{_NAME}(?:[ \t]*[/|,][ \t]*{_NAME})?[ \t]*[)\]]?[ \t]*$",
    re.IGNORECASE,
)
# a caption's sentence: no line break, closed by its stop (at most 40 words of it)
_SENTENCE = LazyRegex(r"[^\n.!?]{3,300}?[.!?][\"'”’]?")
# what a plug dressed as a caption would carry: the reader, the outlet, an address, a price
_SELLS = LazyRegex(
    r"\b(?:you|your|we|our|us)\b|@|https?://|www\.|\.(?:com|co\.uk|org)\b|[£$€%]|\b(?:buy|subscribe|sign\s+up|download|shop)\b",
    re.IGNORECASE,
)


def caption_paragraph(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a paragraph) a picture's caption or credit and nothing more?

    Two shapes: a label and then a credit or a caption's sentence with a credit after it at
    most ("Photograph: Tom Ellery celebrates. Credit: Sam Pryor", "Photograph: The harbour at
    dawn. Jenny Marsh", "Picture: Ana Ruiz/Gazette"); or a caption's sentence with a labelled
    credit after it ("The pier at low tide. Photograph: Sam Pryor/Gazette"). A line that speaks
    to the reader or as the outlet, or names an address or a price, is not a caption (a plug
    may open "Photo:" too)."""
    chunk = text[start:end].replace("**", "").replace("__", "").strip()
    if not chunk or "\n\n" in chunk or _SELLS.search(chunk) is not None:
        return False
    m = _CAPTION_LABEL.match(chunk)
    if m is not None:
        rest = chunk[m.end():]
        if _CREDIT.fullmatch(rest) is not None:
            return True
        s = _SENTENCE.match(rest)
        if s is None or len(s.group(0).split()) > 40:
            return False
        tail = rest[s.end():]
        return not tail.strip() or _CREDIT.fullmatch(tail) is not None
    s = _SENTENCE.match(chunk)
    if s is None or len(s.group(0).split()) > 40:
        return False
    tail = chunk[s.end():]
    label = _CAPTION_LABEL.match(tail)
    return label is not None and _CREDIT.fullmatch(tail[label.end():]) is not None


@cache
def _public_bodies() -> LazyRegex:
    from lintnews.language.wordclasses import alternation_of, lower_forms

    body = alternation_of(lower_forms("advertorial/public-bodies"), spaced=True)
    service = alternation_of(lower_forms("advertorial/public-service-nouns"), spaced=True)
    # "the NHS website", "your local council's website", "the Environment Agency's flood page",
    # "your GP surgery's app": the body (a capitalised name of one to three words before its kind
    # at most) and its service at most two words after it
    return LazyRegex(
        # the reader's own body of care or government, named by its kind alone ("Visit your
        # pharmacy", "contact your local council", "ask your GP")
        rf"\byour[ \t]+(?:(?:local|nearest|own)[ \t]+)?(?:{body})\b(?!['’]s)"
        rf"|\b(?:the|your|a|their)[ \t]+(?:(?:local|nearest|own|relevant|county|city|district|borough|regional|national|state|federal|(?-i:[A-Z][\w.-]*))[ \t]+){{0,3}}"
        rf"(?:{body})(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{service})s?\b",
        re.IGNORECASE,
    )


# the outlet's own channels, which a public body's service never is
_OUTLET = LazyRegex(r"\b(?:our|us|we)\b|\b(?:newsletter|subscri\w+|podcast)\b", re.IGNORECASE)


def public_service_line(sentence: str) -> bool:
    """Does ``sentence`` send the reader to a public body's service ("For more information,
    visit the NHS website", "You can find your new day on the council's website", "Check the
    Environment Agency's flood page")? That is the story's service line: it names no product
    of the outlet's or a seller's and continues no plug beside it."""
    if _OUTLET.search(sentence) is not None:
        return False
    return _public_bodies().search(sentence) is not None


# a price, a discount or a code: what a seller's line carries and a service line does not
_OFFER = LazyRegex(r"[£$€]\s?\d|\d\s?%|\b(?:code|coupon|discount|offer|deal)s?\b", re.IGNORECASE)
_SERVICE_WORDS = 40  # words: a service line is a sentence or two


def service_paragraph(paragraph: str) -> bool:
    """Is ``paragraph`` (a short one, a sentence or two) the story's pointer to a public
    body's service ("Visit the NHS website to find your nearest clinic.")? Its "you" and its
    command are the advice's, not a seller's pitch: no voice reading makes it a plug. A price,
    a discount or a code in it leaves it to the voice readings."""
    if len(paragraph.split()) > _SERVICE_WORDS or _OFFER.search(paragraph) is not None:
        return False
    # (round 145: or to book or sign up for a public body's health or civic service)
    return public_service_line(paragraph) or public_offer_line(paragraph)


# a line's furniture around its data: a bullet, emphasis, and a label of a few words and a colon
# ("**Next match:** ...", "* Injuries: ...")
_LINE_LEAD = LazyRegex(r"[ \t]*(?:[-*•·▪▸►][ \t]+)?")
_LINE_LABEL = LazyRegex(r"(?:[A-Z][\w’'-]*)(?:[ \t]+[\w’'-]+){0,2}[ \t]*:[ \t]*")


def _bare(line: str) -> str:
    """The line without its bullet, its emphasis marks and its label."""
    s = _LINE_LEAD.sub("", line, count=1).replace("**", "").replace("__", "").strip()
    label = _LINE_LABEL.match(s)
    return s[label.end():] if label is not None and label.end() < len(s) else s


# a schedule's entry under its label: a name of capitalised words and its hour ("TV: Sky Sports
# Main Event, 7.45pm", "Radio: Harbour FM 7pm")
_TIMED_NAME = LazyRegex(
    r"(?-i:[A-Z])[\w’'&.+-]*(?:[ \t]+(?-i:[A-Z0-9])[\w’'&.+-]*){0,5},?[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]?[ap]\.?m\.?",
    re.IGNORECASE,
)


def data_paragraph(paragraph: str) -> bool:
    """Is every line of ``paragraph`` an entry of data the story prints (a fixture, a table's
    row, a ranked name, a row of key figures, a result: :func:`~lintnews.builtin.shared.headlines.data_line`
    and ``score_line``),
    with its bullet, emphasis and label aside ("Next match: Harbour Town v Millbrook, Saturday
    3pm")? Such a paragraph has no closing stop, like a heading, but heads nothing: it joins no
    plug's run beside it."""
    from lintnews.builtin.shared.headlines import data_line, score_line

    lines = [_bare(ln) for ln in paragraph.split("\n") if ln.strip()]
    return bool(lines) and all(
        data_line(ln) or score_line(ln) or _TIMED_NAME.fullmatch(ln) is not None for ln in lines
    )


@cache
def _welfare() -> tuple[LazyRegex, LazyRegex, LazyRegex]:
    from lintnews.language.wordclasses import alternation_of, lower_forms

    def alternation(name: str) -> str:
        return alternation_of(lower_forms(name), spaced=True)

    trouble = LazyRegex(rf"\b(?:{alternation('advertorial/reader-trouble')})\b", re.IGNORECASE)
    line = LazyRegex(rf"\b(?:{alternation('advertorial/support-lines')})s?\b", re.IGNORECASE)
    # a support service by its name (capitalised: "Shout", "Mind", "Frank" are words too), reached
    # by a verb of contact or a number right after it ("contact Samaritans free ... on 116 123")
    named = LazyRegex(
        rf"\b(?:call|ring|contact|text|phone|email|e-mail|reach|talk\s+to|speak\s+to)\s+(?:the\s+)?"
        rf"(?=[A-Z])(?:{alternation('advertorial/support-services')})\b",
        re.IGNORECASE,
    )
    return trouble, line, named


def welfare_line(sentence: str) -> bool:
    """Does ``sentence`` point a reader in trouble to a support line ("If you are worried about
    your gambling, call the National Gambling Helpline on 0808 ...", "Anyone affected can call
    the crisis line"), or give a way to reach a support service by its name ("You can contact
    Samaritans free, day or night, on 116 123")? Its "you" and its command are the story's care for the reader, not a plug;
    the outlet's own channels or an offer in it leave it to the other readings."""
    if _OUTLET.search(sentence) is not None or _OFFER.search(sentence) is not None:
        return False
    trouble, line, named = _welfare()
    if named.search(sentence) is not None:
        return True
    return trouble.search(sentence) is not None and line.search(sentence) is not None


@cache
def _civic() -> tuple[LazyRegex, LazyRegex, LazyRegex, LazyRegex]:
    from lintnews.language.wordclasses import alternation_of, listed, lower_forms

    def alternation(name: str) -> str:
        return alternation_of(lower_forms(name), spaced=True)

    offer = LazyRegex(rf"\b(?:{alternation('advertorial/public-service-offers')})\b", re.IGNORECASE)
    consultation = LazyRegex(rf"\b(?:{alternation('advertorial/consultation-nouns')})\b", re.IGNORECASE)
    body = LazyRegex(rf"\b(?:{alternation('advertorial/public-bodies')})s?\b", re.IGNORECASE)
    # a public body's web address by its suffix ("leeds.gov.uk/otleyroad", "gov.ie/schoolmeals");
    # (review 140: it starts where its run of name characters starts, so that a long run of
    # hyphens with no address in it is read once by the paragraph's search, not once per hyphen)
    labelled = alternation_of(listed("advertorial/public-suffixes"))
    alone = alternation_of(listed("advertorial/public-suffixes", "alone"))
    address = LazyRegex(
        rf"(?<![\w.@-])(?:[\w-]+\.)*(?:(?:[\w-]+\.)(?:{labelled})(?:\.[a-z]{{2}})?|(?:{alone})\.[a-z]{{2}})(?![\w-])",
        re.IGNORECASE,
    )
    return offer, consultation, body, address


def public_offer_line(sentence: str) -> bool:
    """Round 145 (issue 15): does ``sentence`` send the reader to book or sign up for a public
    body's health or civic service ("Get your free flu vaccine at a walk-in clinic, or book
    online at hse.ie", "Sign up for flood warnings online")? Its booking address is the
    service's, not an event's ticket desk: the story's advice. A price, a discount, a code or
    the outlet's own voice leave it to the plug readings."""
    if _OUTLET.search(sentence) is not None or _OFFER.search(sentence) is not None or names_masthead(sentence):
        return False
    if _TICKETS.search(sentence) is not None:
        return False  # review 140: "Book your tickets for the donor session gala": an event
    return _civic()[0].search(sentence) is not None or _JOIN_LIBRARY.search(sentence) is not None


# review 140: an event's ticket desk, which no public body's health or civic service has ("Book
# tickets for the blood donor session gala", "tickets for the screening"): the plug readings
_TICKETS = LazyRegex(r"\btickets?\b", re.IGNORECASE)


def names_masthead(sentence: str) -> bool:
    """Does ``sentence`` name a newspaper or a broadcaster by a capitalised word of a masthead
    ("the Gazette app", "Harbour News alerts")? Then the service is the outlet's own."""
    from lintnews.language.wordclasses import lower_forms

    own = lower_forms("advertorial/masthead-nouns")
    return any(w[:1].isupper() and w.lower() in own for w in _CAPITAL.findall(sentence))


_CAPITAL = LazyRegex(r"\b[A-Z][\w’'-]*")


# a public library joined ("Join the library for free", "join your local library"): the library
# by its kind, no name before it (a shop's or a club's "library" has one)
_JOIN_LIBRARY = LazyRegex(
    r"\bjoin[ \t]+(?:the|your)[ \t]+(?:(?:local|public|town|city|county|nearest|new)[ \t]+)?library\b",
    re.IGNORECASE,
)


def consultation_call(paragraphs: str) -> bool:
    """Round 145 (issue 15): is ``paragraphs`` (a "Have your say" heading's paragraph and the
    one after it) a public body's consultation, told as the story's service ("Have your say /
    The consultation runs until 14 March. Residents can respond at leeds.gov.uk/otleyroad")?
    A consultation noun and a public body, by its kind or its web address; the outlet's own
    voice ("let us know", "our survey") or a comment section leaves it boilerplate."""
    if _OUTLET.search(paragraphs) is not None or _COMMENTS.search(paragraphs) is not None:
        return False
    _, consultation, body, address = _civic()
    if consultation.search(paragraphs) is None:
        return False
    return body.search(paragraphs) is not None or address.search(paragraphs) is not None


# a comment section's words, which a public body's consultation never uses
_COMMENTS = LazyRegex(r"\b(?:comments?|below\s+the\s+line|below)\b", re.IGNORECASE)


# round 148: the joint before an event's booking clause that ends a sentence of the event's facts
# ("The run starts at the park at 10am; entry costs £12, and places can still be booked at ...")
_TAIL_JOINT = LazyRegex(r"(?:;|,[ \t]+and|,[ \t]+while)[ \t]*$", re.IGNORECASE)
# the sentence's subject before its facts: a noun phrase, never a command ("Book now; places ...")
_NOUN_SUBJECT = LazyRegex(
    r"[ \t]*[\"“‘]?(?:the|its|their|this|that|each|every|(?-i:[A-Z])[\w’'-]*[’']s)[ \t]+\S",
    re.IGNORECASE,
)
# the reader addressed, which a news sentence about an event does not do ("you can book ...")
_READER = LazyRegex(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_TAIL_LEAD_WORDS = 6  # words: the event's own facts before the joint (its place, time or price)


def booking_tail(sentence: str, at: int) -> bool:
    """Round 148 (issue 15): is the booking clause at ``sentence[at:]`` the last clause of a
    news sentence that first tells the event's facts ("The 5km run starts at the park at 10am;
    entry costs £12, and places can still be booked at run.example")? The sentence's subject is a
    noun phrase, its facts come first and the booking address closes them: the story's
    information about somebody's event, like its date and price. A booking line of its own
    ("Tickets can be booked at ..."), the reader addressed, the outlet's voice or its masthead
    leave it to the plug readings."""
    lead = sentence[:at]
    if len(lead.split()) < _TAIL_LEAD_WORDS or _TAIL_JOINT.search(lead) is None:
        return False
    if _NOUN_SUBJECT.match(lead) is None:
        return False
    return (
        _OUTLET.search(sentence) is None
        and _READER.search(sentence) is None
        and not names_masthead(sentence)
    )


@cache
def _support_label() -> LazyRegex:
    from lintnews.language.wordclasses import alternation_of, lower_forms

    services = alternation_of(lower_forms("advertorial/support-services"), spaced=True)
    # the service's name as the line's label, a few words of its line's name at most ("Shout:",
    # "Mind Infoline:", "Papyrus HOPELINE247:"), after a bullet at most
    return LazyRegex(
        rf"[ \t]*(?:[-*•·][ \t]+)?(?:\*\*)?(?=(?-i:[A-Z]))(?:{services})\b[^:\n]{{0,30}}:",
        re.IGNORECASE,
    )


# a gift named on the line: then it is an appeal ("Samaritans: text GIVE to 70085 to donate £5")
_GIFT = LazyRegex(r"\b(?:donat\w*|give|giving|gift|sponsor\w*)\b", re.IGNORECASE)


def support_label_line(line: str) -> bool:
    """Round 148 (issue 15): is ``line`` an entry of a list of support services, the service's
    name as its label and then the way to reach it ("Shout: text SHOUT to 85258", "Samaritans:
    116 123 (free, 24 hours)")? A text keyword on such a line reaches a listener, not a gift; a
    gift, a price, or the outlet's voice on it leave it to the appeal readings."""
    if _OUTLET.search(line) is not None or _OFFER.search(line) is not None or _GIFT.search(line) is not None:
        return False
    return _support_label().match(line) is not None
