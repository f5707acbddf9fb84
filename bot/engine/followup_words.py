"""The English of follow-ups: connectives, pronouns, pointing words and requests for a source,
as word lists the reader and the pointing-word resolver share. Grammar only: no pack's subject."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.understand import AUXILIARIES, QUESTION_WORDS, TIME_WORDS


def _phrases(*items: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split()) for item in items)


LEAD_MARKERS = _phrases(
    "wat about", "wat abt", "what abt", "wht about", "how bout", "what bout", "whatabout",
    "and what about", "and how about", "what about", "how about", "what of", "and for",
    "same question for", "same question but for", "same but for", "same for", "same with",
    "same thing for", "same q for", "same question", "same q", "same", "ok and", "nd",
    "okay and", "ok so", "and then", "and also", "and",
    "or", "then", "also", "but", "so", "ok", "okay", "k", "kk", "n", "oh", "ah", "hmm", "well",
    "right", "no", "nope", "nah", "wait", "sorry", "actually", "oops", "i meant", "i mean",
    "meant", "rather", "not", "hm", "uh", "um", "great", "thanks", "cool", "nice", "interesting",
)  # fmt: skip
"""Words that open a follow-up and carry no content of their own."""
MARKER_WORDS = {word for marker in LEAD_MARKERS for word in marker}
MARKER_TYPO_LENGTH = 5
"""Connectives are short: only words this short are spelled out as one ('wat', 'abt')."""
TRAIL_MARKERS = _phrases(
    "i mean", "i meant", "instead", "then", "too", "as well", "please", "pls", "though",
)  # fmt: skip
SWITCH = re.compile(
    r"^(?:.*?\b)?(?:(?:a\s+)?(?:different|another|new|unrelated|other|separate)\s+"
    r"(?:question|topic|subject|thing)|(?:switch|switching|change|changing)\s+"
    r"(?:topics?|subjects?|gears)|moving\s+on|on\s+another\s+note|unrelated|new\s+q)\b"
    r"[\s:,;.!?—–-]*",
    re.IGNORECASE,
)
"""The asker says the topic changes: what follows is answered on its own."""
CORRECTION_WORDS = {
    "no", "nope", "nah", "not", "wait", "sorry", "meant", "mean", "actually", "rather",
    "instead", "oops", "correction",
}  # fmt: skip
GENERIC = {
    "convert", "conver", "conversion", "express", "equal", "equival", "make", "translat",
    "same", "about", "back", "then", "instead", "also", "too", "one", "ones", "question",
    "thing", "again", "exact", "exactly", "mean", "meant", "rather", "ok", "okay", "k", "n",
    "and", "now", "figur", "number", "amount", "wait", "sorri", "actual", "oop", "not", "ad",
    "add", "includ", "as", "well", "sinc", "until", "till", "precis", "specif", "long", "old",
    "far", "often", "soon",
}  # fmt: skip
"""Stems that do not make a follow-up a question of its own."""

SHE = {"she", "her", "hers", "herself"}
HE = {"he", "him", "his", "himself"}
PERSONAL = SHE | HE
THEY = {"they", "them", "their", "theirs", "themselves"}
DEMONSTRATIVE = {"that", "this", "those", "these"}
POINTING_BACK = frozenset({
    "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "he",
    "him", "his", "she", "her", "hers", "there", "then",
})  # fmt: skip
"""Words that point back to what an earlier sentence or part of a message named."""
POSSESSIVE = {"his", "her", "their", "its", "hers", "theirs"}
FIGURE_NOUNS = {
    "two", "three", "four", "both", "figure", "figures", "number", "numbers", "amount",
    "amounts", "total", "totals", "one", "ones", "quantity", "value", "stat", "stats",
    "statistic", "result", "sum", "haul", "gap", "difference", "remainder", "rest",
}  # fmt: skip
"""'that figure', 'those numbers': a determiner and a noun that only points back."""
EXISTENTIAL = {"is", "are", "was", "were", "be", "been", "s"}
FUNCTION_WORDS = AUXILIARIES | QUESTION_WORDS | {
    "a", "an", "the", "in", "into", "to", "as", "for", "from", "of", "on", "at", "by", "with",
    "and", "or", "than", "compared", "worth", "mean", "come", "comes", "came", "true", "right",
    "correct", "accurate", "official", "real", "so", "up", "together", "combined", "all",
    "again", "exactly", "though", "then", "now", "still", "really", "actually", "just", "say",
    "said", "says", "s", "t", "not", "enough", "more", "less", "much", "many", "big", "large",
    "high", "low", "bigger", "larger", "higher", "lower", "record", "new", "normal", "unusual",
    "represent", "represents", "account", "accounts", "out", "alone", "per", "each", "over",
}  # fmt: skip
"""Words that may follow a pointing 'that' ('is that right', 'that in pounds')."""
IDIOMATIC_IT = {"true", "correct", "right", "possible", "say", "says", "said", "mean", "means"}
"""'is it true that …', 'what does it say about …': an 'it' that points at nothing."""
INWARD = {"it", "its", "that", "this", "their", "theirs"}
"""Pointing words that, after words of the question's own, point at those words."""
TEMPORAL = {"after", "before", "since", "until", "till"}
"""'after that': the event just told, which only the last topic can stand for."""
OPERATION_CUES = {"share", "difference", "ratio", "sum", "remainder", "average", "rate"}
RANK_CUES = {"rank_first", "rank_second", "rank_third", "rank_beyond", "rank_last"}
COMPARING = {"difference", "ratio"}
"""'compared with' after 'how many times': the same comparison, not a new operation."""
QUANTITY_QTYPES = {"how_much", "how_many"}
COMPARISON_WORDS = {
    "over", "above", "more", "less", "fewer", "than", "vs", "versus", "compared", "compare",
    "beyond", "ahead", "behind", "under", "below", "bigger", "smaller", "larger", "higher",
    "lower",
}  # fmt: skip
"""'by how much over Spain?': the figure just given, against another place's."""
WH_TYPES = {"who", "where", "when", "why", "what", "which", "how", "how_long"}
ARITHMETIC_WORDS = {
    "add", "sum", "total", "combine", "combined", "together", "plus", "minus", "subtract",
    "difference", "compare", "share", "percent", "percentage", "times", "double", "half",
    "average", "divide", "multiply", "ratio", "proportion", "biggest", "largest", "most",
    "least", "smallest", "rank",
}  # fmt: skip
"""'add them up': 'them' are the figures just given."""
PARTICLES = {"up", "together", "out"}
"""'add them up' → 'add up rice harvested in …': the particle goes before a long referent."""
JOINT_WORDS = {"both", "together", "combined", "altogether", "added", "adding", "including"}
"""'and both together?', 'with X added': the names of the recent turns, taken jointly."""
THINGS = ("organisation", "substance")
"""What 'it' may name when it is not a figure."""
MEASURED_ROLES = {"part", "total", "share", "result"}
SAME_FIGURE = 0.005
"""'that 64-ton gap': a figure typed within this fraction of one just given is that figure."""

SOURCE_PATTERNS = [
    re.compile(p)
    for p in (
        r"^(?:the |your |a )?(?:source|sources|src|sauce|citation|cite|reference|link|proof"
        r"|evidence)(?: (?:for|on|of) (?:that|this|it))?(?: pls| please)?$",
        r"^(?:what|which|whats|what s|what is|where s|wheres|where is)(?: is)?(?: the| your)?"
        r" (?:source|sources|report|study|document|data|figures?|numbers?)"
        r"(?: (?:is that|is it|says so|says that|said so|said that|for that|for this"
        r"|did that come from|was it|was that|does it come from))?$",
        r"^according to (?:whom|who|what|which \w+)$",
        r"^(?:who|which \w+|what \w+|whose \w+) (?:says|said|claims|claimed|reports|reported"
        r"|found|finds|estimates|estimated)(?: so| that| this| it)?$",
        r"^says (?:who|whom)$",
        r"^(?:by whom|from whom|whose (?:figures?|numbers?|data|report|estimate))$",
        r"^(?:where|what) (?:is|s|was|does|did) (?:that|this|it) (?:from|come from)$",
        r"^where did (?:you|that|this|it) (?:get|come) (?:that |this |it )?from$",
        r"^where did you get (?:that|this|it)$",
        r"^how do (?:you|they|we) know(?: that| this| it)?$",
        r"^is (?:that|this|it) (?:sourced|official|cited)$",
        r"^who is the source$|^whos the source$",
    )
]
"""'source?', 'who says so?', 'which report says so?': the last answer's citation."""
DETAIL_REQUESTS = {
    "is that all", "thats all", "that s all", "is that everything", "anything else",
    "nothing else", "what else", "anything more", "is there more", "any more", "more",
    "tell me more", "more detail", "more details", "details", "detail", "more info",
    "elaborate", "go on", "more please", "say more", "full answer", "the quote", "quote",
    "exact quote", "exact words", "exact wording", "what exactly did it say",
}  # fmt: skip
"""'tell me more': the last answer again in full, with its quote and notes."""
DETAIL_KINDS = {
    "where": ("place", "country", "region"),
    "who": ("person", "organisation"),
    "which": ("person", "organisation", "place", "country", "region"),
}
"""A bare 'where?' about the last answer: a fact naming such a thing answers it."""
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "half", "twice", "double", "first", "second", "third", "seventh",
}  # fmt: skip
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CLOCK = {"noon", "midnight", "morning", "afternoon", "evening", "night", "am", "pm", "oclock"}
PRECISIONS: dict[str, set[str]] = {
    "time": CLOCK, "hour": CLOCK, "month": MONTHS, "year": set(), "date": MONTHS,
    "day": WEEKDAYS | MONTHS, "weekday": WEEKDAYS,
}  # fmt: skip
"""'what time?', 'which month?': what an answer must name to say when that precisely."""
_CLOCK_TIME = re.compile(r"^\d{1,2}(?:[.:]\d\d)?(?:am|pm)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
PRECISE_PATTERNS: dict[str, Callable[[str], bool]] = {
    "time": lambda t: bool(_CLOCK_TIME.match(t)) and not _YEAR.match(t),
    "hour": lambda t: bool(_CLOCK_TIME.match(t)) and not _YEAR.match(t),
    "month": lambda t: False,
    "year": lambda t: bool(_YEAR.match(t)),
    "date": lambda t: t.isdigit() and len(t) <= 2,
    "day": lambda t: t.isdigit() and len(t) <= 2,
    "weekday": lambda t: False,
}
DURATION_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
}  # fmt: skip
TIME_MARKS = TIME_WORDS | {"since", "ago", "until", "during", "after", "before"}

RELATIVE_YEARS = [
    (re.compile(rf"\b(?:the\s+)?{phrase}\b", re.IGNORECASE), offset)
    for phrase, offset in (
        (r"year\s+before(?:\s+that)?", -1), (r"(?:a\s+)?year\s+earlier", -1),
        (r"(?:last|previous|prior|preceding)\s+year", -1), (r"year\s+after(?:\s+that)?", 1),
        (r"(?:a\s+)?year\s+later", 1), (r"(?:next|following)\s+year", 1),
    )
]  # fmt: skip
"""'last year' after a 2023 figure is 2022: relative to the year the conversation is about."""

WANTED_WINDOW = 4
"""How far after 'which' the kind asked for may come ('which South American countries')."""

WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)*")


SAID_BEFORE = 2
"""Content words before an 'it' that make it point into the question itself."""


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    low: str = field(init=False, repr=False, compare=False)
    """Lowercased once: the reader looks at it many times."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower().replace("’", "'"))


def split_words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def asks_source(phrase: str) -> bool:
    return any(p.match(phrase) for p in SOURCE_PATTERNS)
