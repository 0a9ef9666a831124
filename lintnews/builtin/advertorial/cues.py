"""The words and patterns the judge reads a unit by: the rules it treats by role, the
publication's "we ... you" voice, reporting and past-tense narration (a story line), short
fragments and their story cues, and what makes an imperative to the reader a call to action.

Only data: every other module of the package reads these, none is read here.
"""

from __future__ import annotations

import re

from lintnews.builtin.shared.headlines import WEEKDAY
from lintnews.util.lazyregex import LazyRegex

# the rules this judge treats by role (a house pack's rules in this context are judged by severity)
CTA_RULE = "advertorial/reader-cta"
SELF_RULE = "advertorial/self-promo"
COMPANY_RULE = "advertorial/company-boilerplate"
# (a price line and a buy line: an affiliate disclosure after a paragraph is not its "buy" line)
DISCLAIMER_RULE = "advertorial/disclaimer"
# page furniture that is never promotion (a site's disclaimer, a page's topic tags): a hint,
# never promoted by a plug beside it, never joined to one across a paragraph break
FURNITURE = frozenset({DISCLAIMER_RULE, "advertorial/page-tags"})
AFFILIATE_RULE = "advertorial/affiliate-disclosure"
COMMERCE = frozenset({"advertorial/commerce-cta", "advertorial/commerce-copy"})
# an event listing's fields (dates, times, running time): a review's service line as often as a
# pasted listing, so a plug in the next paragraph does not make one a plug (round 81: "Until 3
# May. Running time 90 minutes." above a booking line); its own price or a second field does
LISTING_RULE = "advertorial/listing"
# round 98: a review's own service line opens on the run of the show it reviews, a sentence
# ("The Glass Orchard runs at the Lyric until 22 March.", "Until 16 May.", "At the Lyric to 3
# June."); its fields after it (the ticket prices, the running time) are the review's, not a
# listing pasted in, unless something in the paragraph sells (a booking call, a saving, a code,
# an address to book at)
# round 112: a deals page's title ("Best laptop deals this week", "Weekend bargains"), read by
# :func:`shopping_title` (review 129: "deals" alone is also a news story's agreements)
_DEALS_WORD = LazyRegex(r"\b(?i:deals|bargains)\b")
# review 129: what marks the deals as offers to the shopper: a grade of the offers before them
# ("the best laptop deals", "top 10 deals", "early Black Friday deals"), a price or a percentage,
# a saving's noun ("discounts", "a sale", "vouchers") or the time the offers run ("today", "this
# week", "of the day")
_SHOPPER_DEALS = LazyRegex(
    r"(?i)\b(?:best|top|great|biggest|cheapest|hottest|early|exclusive)\s+(?:[\w'’&-]+\s+){0,3}?deals\b"
    r"|[£$€%]|\b(?:discounts?|sale|savings?|vouchers?|coupons?|promo\s+codes?|price\s+(?:cuts?|drops?)"
    r"|today|this\s+week(?:end)?|of\s+the\s+(?:day|week))\b"
)


def shopping_title(title: str) -> bool:
    """Is ``title`` a shopping page's (round 112; review 129 narrowed it)? "Bargains" has no
    other sense; "deals" has the sense of agreements in a news story's title ("Trade deals stall
    as talks break down", "Plea deals under review"), so the title must mark them as offers to
    the reader (:data:`_SHOPPER_DEALS`). Read as "deals" alone, a story on trade deals was a
    shopping page, and a plug pasted into it was kept a hint."""
    m = _DEALS_WORD.search(title)
    if m is None:
        return False
    return m.group().lower() == "bargains" or _SHOPPER_DEALS.search(title) is not None
RUN_OPENER = LazyRegex(
    r"[^.!?\n]{0,120}?(?:\b(?:until|till)|\b(?:runs|continues|plays|is\s+on|is\s+at|tours)\b[^.!?\n]{0,80}?"
    r"\b(?:to|through|from))\s+(?:\d|(?-i:[A-Z]))[^.!?\n]{0,40}\.",
    re.IGNORECASE,
)
SELLS = LazyRegex(
    r"\b(?:book(?:ing)?|buy|save|saving|discount|off|code|offer|deal|call|visit|click|order)\b"
    r"|https?:|www\.|\.(?:com|co\.uk|org|net)\b|\d{3,}[ -]\d{3,}|%",
    re.IGNORECASE,
)
# a link or a web address in a paragraph: where a plug sends the reader
LINKED = LazyRegex(
    r"https?:|www\.|\b[\w-]{2,40}\.(?:com|co\.uk|org|net|ie|org\.uk|eu|de|nl|fr|shop|events?|tickets|example)\b|[→»]",
    re.IGNORECASE,
)
PRICED = LazyRegex(r"[$£€₹₦]\s?\d|\d\s?(?:euros?|pounds|dollars)\b|\bbook(?:ing)?\b|\btickets?\b", re.IGNORECASE)
# disclosures are often in the past tense ("was produced in partnership", "received it free"):
# their hits count inside a story line too
DISCLOSURES = frozenset(
    {"advertorial/syndication", "advertorial/affiliate-disclosure", "advertorial/sponsored-marker",
     "advertorial/financial-disclaimer"}
)

# the publication speaking as "we" (the appeal voice) and to "you" (the reader)
FIRST_PLURAL = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us|let['’]s)\b", re.IGNORECASE)
SECOND = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# what an appeal talks about when it speaks as "we": its journalism and its readers
APPEAL_TOPIC = LazyRegex(
    r"\b(?:journalis\w*|reporters?|reporting|newsroom|readers?|paywalls?|subscri\w+|donat\w+|"
    r"stor(?:y|ies)|coverage|documentar\w+|afford|everyone|fact-?check\w*|"
    r"advertis\w+|newsletters?)\b",
    re.IGNORECASE,
)
# a unit that reports somebody's words or findings is journalism, whatever it quotes (round 116:
# "be told" is the reader's passive, "switch on alerts to be told when ...", not a report)
# (The first letters of the verbs are looked ahead for before the word boundary, as in _PAST:
# most positions fail on that one class instead of on the boundary and then each verb; the
# unit's scan 2.3x faster. Under IGNORECASE the class folds as the verbs' letters do.)
REPORTING = re.compile(
    # (round 124: "according to our community rules" cites the outlet's own rules, no source: "Comments
    # on this page are moderated according to our house guidelines" is the comment box's notice)
    r"(?=[satrwec])\b(?:said|says|(?<!\bbe )told|according\s+to(?!\s+our\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rules|guidelines|standards|polic(?:y|ies)|terms)\b)|reported|"
    # ("reports" after a determiner or an adjective is the noun: "our annual reports"; "reports the
    # latest news" is a writer's beat in a contact box, not somebody's words reported)
    r"(?<!\bour )(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\byour )(?<!\bannual )(?<!\bpublic )"
    # (round 144: nor "reports" joined to the next noun of a list, "our coverage, mart reports and
    # weather": a verb of speech takes its words or its object, not a coordinated noun)
    r"(?<!\bfinancial )(?<!\blatest )reports(?!\s+(?:the\s+)?(?:latest\s+|breaking\s+)?news\b)(?!\s+(?:and|or|&)\s)|announced|wrote|writes|tweeted|"
    r"stated|explained|testified|alleged|claimed)\b",
    re.IGNORECASE,
)
# round 125: the verbs of speech a third party's warning, advice or statement is reported by,
# which REPORTING (read with no speaker) leaves out, in the past tense of a story's report (the
# present, "the app tells you", "experts confirm", is an advert's own copy as often; "added"
# carries on a speaker's appeal inside the appeal's own block; "said", "told" ... are
# REPORTING's, with its exceptions): read only
# with their speaker
# (:meth:`~lintnews.builtin.advertorial.units.Units.speaker_reports`), in lower case (a
# headline's "Police Warn ..." is a link's)
SPEECH_VERB = LazyRegex(
    r"\b(?:warned|cautioned|stressed|noted|insisted|confirmed|announced|explained|stated|"
    r"argued|admitted|acknowledged|emphasi[sz]ed|pointed\s+out)\b"
)
# Round 126: a third party's request reported, a verb of asking in the past, the perfect, the
# progressive or the passive, then whom it asks (up to four words) and "to" ("The council asked
# residents to complete our survey", "Residents are being urged to ...", "the club has invited
# members to ..."): what the infinitive after it says (a survey, a form, a donation) is the request
# told as news, not the outlet's own call. The present simple ("asks") is left: an appeal's own
# copy speaks so as often. Read with the words before the verb (the requester, not "we" / "you")
# and whom it asks (not "you") by
# :meth:`~lintnews.builtin.advertorial.units.Units.request_reported`.
REQUEST_VERB = LazyRegex(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+|being\s+)?)?"
    r"(?:asked|urged|encouraged|invited|called\s+on|appealed\s+to|reminded|requested|begged|implored|"
    r"asking|urging|encouraging|inviting|calling\s+on|appealing\s+to|reminding)"
    r"\s+(?:[\w’'-]+\s+){0,4}?to\s+(?=[a-z])",
    re.IGNORECASE,
)
# the outlet's audience as whom a request asks ("Readers are invited to ...", "asked subscribers to")
AUDIENCE = re.compile(r"\b(?:readers?|listeners?|viewers?|subscribers?|users|visitors|members\s+of\s+our)\b", re.IGNORECASE)
# the publication or the reader as a speaker ("we", "our editors", "you"): its own voice
OWN_VOICE = re.compile(r"\b(?:we|us|our|ours|I|my|you|your)\b", re.IGNORECASE)
# a reading label opening a unit before its separator ("Also Read | ", "Related: "): what follows
# is a linked headline, opening with a capital (round 41; "Related stories: the editor said ..." runs
# on in lower case, a sentence; round 141: the kind of piece after "Related", "Related guides:", whose
# headline may hold a verb of speech, "Solar panel grants explained")
# Round 64: a reporting verb inside the question the unit's imperative opens ("Read what guests
# who booked with us said about the tour", "See what our customers wrote") is the seller's lead-in
# to its testimonials, not the story reporting somebody: the unit starts with a verb of reading
# to the reader and "what", and no stop, comma or quotation mark falls before the verb (a verb
# after a comma, "..., the theatre told its members", reports again).
ASKED_REPORT = re.compile(r"[ \t\"“‘]*(?:read|see|hear|find\s+out|discover)\s+what\s[^.,;!?\"“”\n]*\Z", re.IGNORECASE)
READING_LABEL = re.compile(
    r"[ \t]*(?:Also\s+[Rr]ead|ALSO\s+READ|Read\s+(?:[Mm]ore|[Aa]lso)|READ\s+(?:MORE|ALSO)|See\s+[Aa]lso|SEE\s+ALSO|"
    r"Related(?:\s+(?:[Ss]tor(?:y|ies)|[Aa]rticles?|[Cc]overage|[Gg]uides?|[Ee]xplainers?|[Rr]eading|[Rr]eads|[Ff]eatures"
    r"|[Pp]osts?|[Ll]inks?|[Cc]ontent|[Vv]ideos?|[Pp]odcasts?|[Aa]nalysis|[Nn]ews|[Tt]opics))?|RELATED)[ \t]{0,2}[:|›»](?=[ \t]{0,3}[A-Z0-9\"“‘])"
)
# round 147 (issue 15): a clip's label before the outlet's own people or programme, opening the unit
# or a live post after its stamp ("Watch: Our correspondent Tomas Berg reports from the valley",
# "15:00 - Listen: our health editor explains"): the rest is the clip's title, whose verb ("reports")
# is no third party's words reported
CLIP_LABEL = re.compile(
    r"[ \t*_]*(?:\d{1,2}[:.]\d\d(?:[ \t]?[ap]\.?m\.?)?[*_]{0,2}[ \t]*[-–—|:]?[ \t]*[*_]{0,2})?"
    r"(?:watch|listen|video|audio)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+[*_]{0,2}our\b",
    re.IGNORECASE,
)
# narration in the past tense ("The mayor spoke.", "Police closed the road."): a story line,
# which a plug beside it never swallows. A participle after a form of "be" or "get" is not
# narration ("is trusted", "get it delivered", "stay connected"), nor is one of the few -ed words that
# are not verbs.
# (Written for speed, matching what the plain alternation would: the word boundary comes
# first and each verb is looked ahead for before the seven look-behinds are tried, so most
# word starts fail at once instead of after fourteen look-behinds: 3x faster on 10 MB.)
# Round 125: a verb whose subject is the reader ("anything you have missed", "what you
# missed", "the stories you've read") is a second-person clause of a page's note to its reader,
# not the story's narration: no past tense after "you", "you have / you've / you had / you'd /
# you may have / you might have"
_YOU_BEFORE = (
    r"(?<!\byou )(?<!\byou have )(?<!\byou['’]ve )(?<!\byou had )(?<!\byou['’]d )"
    r"(?<!\byou may have )(?<!\byou might have )"
)
_NOT_AFTER = r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )(?<!\bgot )" + _YOU_BEFORE
_IRREGULAR_PAST = (
    r"spoke|went|came|took|made|gave|won|lost|met|left|began|ran|saw|fell|"
    r"rose|held|found|sent|became|brought|bought|built|caught|chose|drove|flew|grew|knew|led|"
    r"paid|sat(?![ \t]+\d)|sold|shot|stood|struck|thought|threw|wore|broke|died"
)
_NOT_VERBS_ED = (
    r"need|feed|seed|speed|breed|indeed|limited|detailed|related|dedicated|featured|"
    r"sponsored|supported|powered|based|advertised|recommended|required|selected|interested|"
    r"talented|red|bed|shed|wed|hundred|united|sacred|naked|wicked|beloved|aged|biased|"
    r"skilled|unlimited|unrivalled|unmatched|curated|handpicked|handcrafted"
)
# round 100: an "-ed" word after an adverb of degree is a participle used as an adjective ("the
# fully illustrated catalogue", "a newly opened shop", "highly rated"), not narration
_DEGREE = r"(?<!\bfully )(?<!\bnewly )(?<!\bhighly )(?<!\bbeautifully )(?<!\bfreshly )(?<!\bspecially )(?<!\blovingly )"
# (round 42: "was" before a price is a struck-through price, "(was S$1,499)", not narration)
PAST = re.compile(
    r"\b(?:(?=[hdw])(?<!\byou )(?:were|had|did)\b|was\b(?![ \t]+(?-i:[A-Z]{1,3})?[$£€₹₩¥][ \t]?\d)"
    rf"|(?=(?:{_IRREGULAR_PAST})\b){_NOT_AFTER}(?:{_IRREGULAR_PAST})\b"
    rf"|(?=[a-z]{{2,}}[^e\W]ed\b){_NOT_AFTER}{_DEGREE}(?<!\bstay )(?<!\bkeep )(?!(?:{_NOT_VERBS_ED})\b)[a-z]{{2,}}[^e\W]ed\b)",
    re.IGNORECASE,
)
# round 44: the past told by a finite verb alone (an auxiliary or an irregular past), without
# PAST's guess at "-ed" words, which are adjectives in a product's description as often as verbs
# ("eligible for extended holiday returns"); used where a hint beside a plug is weighed
FINITE_PAST = LazyRegex(
    r"\b(?:(?:were|had|did)\b|was\b(?![ \t]+(?-i:[A-Z]{1,3})?[$£€₹₩¥][ \t]?\d)"
    rf"|(?=(?:{_IRREGULAR_PAST})\b){_NOT_AFTER}(?:{_IRREGULAR_PAST})\b)",
    re.IGNORECASE,
)
# (round 39: a compound verb's first part before the past may be hyphenated: "we fact-checked",
# "we double-checked")
WE_PAST = LazyRegex(
    r"\bwe(?:['’](?:ve|d)|\s+have|\s+had)?\s+(?:\w+\s+)?(?:[a-z]+-)?(?:" + PAST.pattern + ")", re.IGNORECASE
)
SHORT_WORDS = 6  # a fragment this short continues the plug it sits in ("Politics happens.")
# ... unless it is a line of the story all the same: it carries hearsay ("Allegedly, the figures
# are false."), a news actor or a denial ("The mayor denies it."), a third-person subject, or a
# name after its first word ("Rovers host Hexley next.").
STORY_CUE = LazyRegex(
    r"\b(?:allegedly|reportedly|apparently|purportedly|supposedly|according|"
    r"police|officers?|officials?|authorities|mayor|ministers?|ministry|government|council|"
    r"councillors?|court|judge|jury|prosecutors?|president|senators?|mps?|spokes(?:man|woman|person)|"
    r"witnesses|residents|investigators|company|firm|club|manager|"
    r"deni(?:es|ed)|deny|disputes?|insists?|rejects?|confirms?|claims?|accuse[sd]?|charged|arrested)\b"
    r"|^\W*(?:he|she|they)\b",
    re.IGNORECASE,
)
# a capitalised word after the first: a name (days, months and "I" are not names of the story)
NAME = re.compile(
    r"(?<=[\s(])(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]"
)
HEADING_WORDS = 12
# round 44: a reviewer's verdict against buying ("Not worth it:", "One deal we are not
# recommending", "give it a miss", "steer clear of"): consumer advice, which warns the reader off
# what a listing sells instead of describing it, so it never joins the listing as a product's
# description
WARN_OFF = LazyRegex(
    r"\b(?:(?:not|hardly|never|isn['’]t|aren['’]t|wasn['’]t)\s+(?:really\s+|quite\s+)?worth\b|"
    r"not\s+recommend(?:ing|ed)?\b|(?:do|would|could|can)(?:\s+not|n['’]t)\s+recommend|"
    r"steer\s+clear|give\s+(?:it|this|that|these|those|them)(?:\s+one)?\s+a\s+miss|deals?\s+to\s+avoid|"
    r"(?:don['’]t|do\s+not|wouldn['’]t|would\s+not)\s+(?:buy|bother)\b)",
    re.IGNORECASE,
)
# a live page's entry stamp opening a paragraph ("10:30pm - ", "14.05 BST: "): the paragraph is
# one of the story's posts, told by its place in the page's timeline, whatever its voice
POST_STAMP = LazyRegex(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—:|]\s", re.IGNORECASE)
TERMINAL = re.compile(r"[.!?:\"”’)]\s*$")
# a related-stories widget at the page's end: four short paragraphs at least, 25 words at most each
TAIL_TEASERS = 4
TAIL_WORDS = 25
QUOTE_MARKS = re.compile(r"[\"“”]")
# round 137 (issue 15): a paragraph of a tail that is no teaser of another story: an entry led by
# its day (and its place) and a colon, a forecast's or a schedule's ("Thursday, Port Calloway: Rain,
# heavy at times. Max 28."), or a number to call ("In an emergency, call Triple Zero (000).", "call
# the flood line on 0345 988 1188"): the story's own information; a related story's teaser is a
# headline's sentences and gives no one's number
TAIL_DATA = LazyRegex(
    rf"\s*(?:{WEEKDAY}day|today|tonight|tomorrow)"  # (review 136: the weekday stems of headlines.py)
    r"(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})?[ \t]*:"
    r"|.*?\b(?:call|ring|phone|text|dial)\b[^.\n]{0,60}?(?:\(\d{2,5}\)|\bon[ \t]+\+?\d[\d ]{1,14}\d\b)",
    re.IGNORECASE,
)
SPEAKER = re.compile(r"\s*[A-Z][\w .’'-]{0,30}:")
TEASER_END = re.compile(r"[.?!][ \t]*$")
CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")
POSSESSIVE = re.compile(r"[’']s$")
WORDS = re.compile(r"[^\W\d_]{2,}")
NARRATION_WORDS = 3  # words outside a quotation, in its paragraph, that tell a story around it


# -- an imperative to the reader: what makes it a call to action ------------------------------
# cues for "get / grab / download / join / try ..."; "read / see / watch / visit ..." need the
# publication or author naming itself ("our", "my", "the next article"), since "see the report
# here" links a source.
CTA_CUE = LazyRegex(
    r"\b(?:here|now|today|below|above|links?|free|our|my|www|https?|newsletters?|app|checklist|"
    r"quiz|e-?book|webinar|course|sign\s+up|subscribe)\b|[!→»]",
    re.IGNORECASE,
)
# (a looking verb's call needs the page's own thing, or the reader's free download: "Click the
# image to download your free workbook"; round 147: the outlet's series linked as a whole, "Read the
# full series here", after the kicker that names it; "the full report here" links a source)
CTA_SELF = re.compile(
    r"\b(?:our|my|this\s+(?:site|page|series|blog)|next\s+(?:article|post)|newsletters?|app|your\s+free"
    r"|the\s+(?:full|whole|complete|rest\s+of\s+the)\s+series\s+here)\b",
    re.IGNORECASE,
)
# a sentence that opens with a command to the reader
IMPERATIVE = LazyRegex(
    r"[\s\"“‘'(]*(?:[^\W\d_]+:\s+)?(?:sign|subscribe|join|follow|get|download|install|listen|watch|read|share|tell|send|"
    r"email|e-mail|contact|support|donate|become|click|tap|visit|check|find|try|book|register|buy|shop|order|"
    r"leave|let|don['’]t|never|stay|keep|enjoy|discover|explore|learn|see|tune|catch|grab|claim|start|"
    r"head|go|bookmark|save|turn|enable|switch(?=\s+on\b)|be(?=\s+the\s+first\s+to\b)|tag|pin|give|help|plan|compare|reserve|"
    # round 120: "stream" before a streaming device ("Stream KBTR 7 live on Roku"; not "Stream levels
    # rose"), "like" before a page on a platform ("Like KBTR 7 on Facebook"; not "Like many residents"),
    # "count on" / "stick with" before a name ("Count on KBTR 7 for coverage")
    r"stream(?=[^.!?\n]{1,80}?\b(?:roku|fire\s+tv|chromecast|android\s+tv|google\s+tv|smart\s+tvs?)\b)|"
    r"like(?=\s[^.!?\n,]{1,40}?\son\s+(?:facebook|instagram|youtube|tiktok|threads|bluesky|linkedin)\b)|"
    r"count(?=\s+on\s+(?-i:[A-Z]))|stick(?=\s+with\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
# round 119: a command to take a channel after a fronted "For <what>," or "To <do>," phrase ("For
# live prices and analysis, download the Ledger app"): the reader is spoken to as surely as by a
# command opening the sentence, so a paragraph holding one is no plain reporting paragraph (round
# 100); only the channel verbs, so "For now, help is at hand" stays a statement
FRONTED_CALL = LazyRegex(
    r"[\s\"“‘'(]*(?:for|to)\s+[^.!?\n:;]{1,100}?,\s+(?:please\s+)?(?:download|install|sign\s+up|subscribe|"
    r"follow\s+us|join\s+us|join\s+our)\b",
    re.IGNORECASE,
)
# round 119: an offer made to the outlet's own readers, third person ("Readers can get 30% off a
# year's subscription with code X", "Courier readers can buy it for £16"): the publication's voice
# as surely as "you", so a paragraph holding one is no plain reporting paragraph (round 100); a
# price or a discount within the sentence, so "Readers can find the report online" stays
READER_OFFER = LazyRegex(
    r"\b(?:(?:[Oo]ur|[A-Z][\w’'.&-]*)\s+)?[Rr]eaders\s+(?:can|may|will|could)\s+(?:also\s+)?(?:get|buy|save|claim|enjoy|order|"
    r"receive|pick\s+up)\b[^.!?\n]{0,80}?(?:\d\s?%|[£$€]\s?\d|\bfree\b|\b(?:off|discount|code|half[-\s]price)\b)",
)
# editors' notes and welfare lines about the article are not plugs
NOTE = LazyRegex(
    r"\b(?:earlier\s+version|has\s+been\s+(?:updated|amended|corrected)|was\s+(?:updated|amended|corrected)|"
    r"correction|clarification|affected\s+by|samaritans|helpline)\b",
    re.IGNORECASE,
)
# a brand blog's label before its call to the reader: "Pro tip:", "Top tip:", "Psst!"
TIP_LABEL = LazyRegex(r"[\s\"“‘(]*(?:pro|top|bonus|insider)\s+tip\s*[:!–—-]\s*$|[\s\"“‘(]*psst\W*\s*$", re.IGNORECASE)
TIP_REACH = 24  # characters between the unit's start and the call
BRAND_AFTER = re.compile(r"(?<=[a-z,] )[A-Z][\w’'&-]+")  # a name inside the call: the product's
CTA_LOOKING = re.compile(
    r"(?:click|tap|visit|explore|browse|read|see|watch|listen|learn|discover|find)\b", re.IGNORECASE
)

# round 104: a nonprofit newsroom's funder policy ("Funders have no influence on our editorial
# decisions", "Donors do not see stories before publication"): the transparency note beside a
# funder's credit; a paragraph holding it is no part of a plug next to it (sponsors are left out:
# a paid piece's own note is the paid page's label)
# round 124: a staff credit, the outlet's people named by role and name ("Rolling coverage from our
# political team, <Name>, <Name> ...", "Our courts reporter <Name> was in court. Edited by <Name>."):
# a byline's line, no part of a plug beside it (it asks nothing of the reader)
STAFF_CREDIT = re.compile(
    r"\b(?:(?:coverage|reporting|updates|analysis)\s+(?:from|by)\s+our\s+(?:[\w-]+\s+){0,2}?(?:team|desk|reporters?|correspondents?|editors?|staff)\b"
    r"|our\s+(?:[\w-]+\s+){0,2}?(?:reporter|correspondent|editor|writer|photographer)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])"
    r"|(?:edited|compiled|produced)\s+by\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# round 128: a note on the making of this very piece, in the past ("This fact check was produced as
# part of our partnership with the Open Data Fund, which supports ...", "This report was funded by
# a grant from ..."): the piece's credit, told about the story, not to the reader; a paragraph that
# opens on it joins no plug beside it (its own signals, a sponsor's label, are still read)
PIECE_NOTE = re.compile(
    r"[ \t\"“]*(?:this|the\s+above)\s+(?:fact[- ]check|article|story|report|piece|investigation|feature|analysis|"
    r"series|explainer|interview|project|guide|review|coverage|reporting)\s+(?:was|were|has\s+been|is)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:produced|written|made|funded|supported|reported|commissioned|prepared|created|"
    r"researched|published|carried\s+out|undertaken)\s+(?:as\s+part\s+of|with|by|through|thanks\s+to|under|in)\b",
    re.IGNORECASE,
)
FUNDER_POLICY = re.compile(
    r"\b(?:funders?|donors?|grantors?|grant-?makers?)\s+(?:have|has|had|do|does|did|play|played|exercise|get)\s+(?:no|not|n['’]t)\b",
    re.IGNORECASE,
)
