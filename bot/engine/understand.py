"""Reading a question: its words in canonical form, what it names, what it asks, which unit."""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

import Stemmer

from bot.engine.phrases import PhraseMap, Span, Term
from bot.engine.spelling import Speller
from bot.knowledge.models import PLACE_KINDS, Lexicon
from bot.language.amounts import read_amounts
from bot.language.change import MOVED
from bot.language.codes import expand_country_codes, spell_flags
from bot.language.excluding import OTHERS, opens_setting_aside
from bot.language.foreign import Reader, word_lists
from bot.language.lemmas import english_lemma
from bot.language.numbers import WORD_NUMBERS
from bot.language.text import is_number, is_year, tokenize
from bot.language.units import UnitBook

QUESTION_WORDS = {"who", "whom", "whose", "what", "where", "when", "which", "why", "how"}
QUESTION_AFTER_SENTENCE = re.compile(
    rf"[.!?;]\s+(?:{'|'.join(sorted(QUESTION_WORDS))})\b", re.IGNORECASE
)
"""A sentence that opens with a question word after another ends: the question comes after."""
NEGATED_AUXILIARIES = frozenset({
    "isnt", "arent", "wasnt", "werent", "didnt", "doesnt", "dont", "hasnt", "havent", "hadnt",
    "wont", "cant", "couldnt", "wouldnt", "shouldnt",
})  # fmt: skip
"""'Didn't Spain …?': an auxiliary with its 'not', as the tokenizer writes it."""
AUXILIARIES = {
    "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "will", "can",
    "could", "would", "should", "shall", "may", "might", *NEGATED_AUXILIARIES,
}  # fmt: skip
OCCASION_ORDINALS = {"last": "rank_last", "first": "rank_first"}
"""Ordinals that rank, unless a time follows them ('last year', 'the first time')."""
TIME_AFTER_LAST = frozenset({
    "year", "years", "week", "weeks", "month", "months", "night", "time", "season", "summer",
    "winter", "spring", "autumn", "fall", "decade", "century", "weekend", "quarter", "day",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yr",
})  # fmt: skip
RANK_NUMBER = re.compile(r"#\s*\d|\b(?:number|no\.?|top)\s+\d", re.IGNORECASE)
"""'still #1?', 'top 3?': a place in a ranking, not a figure claimed."""
REQUEST_WORDS = {"tell", "remind", "explain", "give", "show", "list", "name", "describe", "say"}
"""Words that open a request for information as a question word would ('tell me who …')."""
ADDRESSED = re.compile(r"(?<![\w@])@[\w.]+")
"""'@jules says …': the user a message names or answers is whom it talks to, not what it asks."""
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[a-z][\w-]*(?:\.[a-z][\w-]*)+/\S*", re.I)
"""'saw this on example.news/port-visit': where a reader saw something, not what they ask
(a bare name like 'example.com', which a text may cite as a source, stays)."""
WHO_CAN_TELL = re.compile(
    r"^\s*(?:so\s+|ok\s+|okay\s+)?who\s+(?:can|could|will|would)\s+(?=(?:tell|remind|show|explain)\b)",
    re.IGNORECASE,
)
"""'Who can tell me the three problems …' asks the reader's question, not who can answer."""
QUIZ_LABEL = re.compile(r"^\s*(?:q(?:uestion)?\s*\d{1,3}|\d{1,2})\s*[:.)]\s+", re.I)
"""'Q5: convert …', '3) name the port': a quiz's number for its question."""
CHECK_REQUEST = re.compile(
    r"^\s*(?:[\w\s,']{0,40}\b)?(?:yes or no|true or false|yes/no|y/n|t/f)\b[\w\s,']{0,40}:\s+",
    re.IGNORECASE,
)
CLAIM_LABEL = re.compile(
    r"^\s*(?:[\w\s,']{0,20}\b)?(?:claims?(?: to check)?|check(?: this)?(?: claim)?|fact[- ]?check|"
    r"verify(?: this)?|confirm(?: this)?|is this (?:true|right|correct)"
    r"|(?:fix|correct) (?:this|that)(?: for me)?)\s*:\s+",
    re.IGNORECASE,
)
"""'Claim to check: …', 'Verify: …', 'Fix this: …': a label before what follows, a check
when that is a statement ('Verify: B sold 95 tonnes'), a question when it asks ('Quick check:
the total?')."""
"""'True or false, class, answer yes or no: …', 'T/F: …': a request to check what follows the
colon, whatever it is."""
BLANK = re.compile(r"(?<![\w_])_{2,}(?![\w_])|[\[(]\s*blank\s*[\])]", re.IGNORECASE)
"""'A sold ___ units': a blank to fill in asks for what stands there (not Discord's
'__underline__' around a word)."""
SOURCE_NAMED = re.compile(
    r"\b(?:(?i:per|according to|going by)\s+(?i:the|that|this)\s+(?:[A-Z][\w'’-]*\s+){0,2}|"
    r"(?i:in|from)\s+(?i:the|that|this)\s+(?:[A-Z][\w'’-]*\s+){1,2})"
    r"(?i:article|piece|story|write-?up)\b"
)
"""'per that Lisbon article', 'in the BBC piece', 'going by the piece': the source named by
what it is about (a capitalised name), which asks nothing about that place or publisher."""
PARAGRAPH_NAMED = re.compile(
    r"\b(?:(?:in|from|per|according to)\s+)?the\s+(?:(?:first|second|third|fourth|fifth|sixth"
    r"|last|final|opening|closing|next|previous|same)\s+)?(?:paragraph|para)"
    r"(?:\s+(?:of\s+the\s+)?(?:article|piece|story))?",
    re.IGNORECASE,
)
"""'in the second paragraph', 'the last sentence of the piece': where in the source the reader
read it, which asks nothing of that place."""
SCALE_ASKED = re.compile(
    r"\b(how (?:many|much)) (?:thousands?|millions?|billions?|bn) (?=[a-z])", re.IGNORECASE
)
"""'How many million kilos …': a scale to count in; the figure is given in its unit, with its
conversions, either way."""
SOURCE_DEMANDED = re.compile(
    r"(?:(?<=[.!?,;:])|(?<=\s[-–—]))\s*(?:sources?|src|sauce|citations?|citation needed|proof|"
    r"link|receipts)\s*(?:pls|please|plz)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""'…419 tonnes in one year. source?': a demand for the source closing a claim asks nothing
more than the claim does; every answer cites its source."""
FIGURE_DEMANDED = re.compile(
    r"(?<=[.!?;:])\s*(?:the\s+)?(?:figure|number|amount|value|stat)s?\s*(?:pls|please|plz)?"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
"""'total sold in Europe, 2023, tonnes. figure?': a demand for the figure after what it is
of asks what that says, and is no word to match on."""
ARROW = re.compile(r"\s*(?:→|->|=>|⇒|➡️?|⟶)\s*")
"""'10 miles → km?': an arrow asks for one thing in terms of another."""
OFFICIAL_NAME = re.compile(
    r"\b(?:the\s+)?(?:(?:federal|people's|democratic|islamic|socialist)\s+)*"
    r"(?:kingdom|republic|principality|grand\s+duchy|sultanate)\s+of\s+(?:the\s+)?"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""'the Kingdom of Spain', 'the Republic of Ireland': a country's formal name is the country."""
OUTDOING = re.compile(r"\bout-([^\W\d_]{3,})", re.IGNORECASE)
"""'did A out-sell B?': doing more of it than the other ('sell more than')."""
YEAR_DETERMINERS = frozenset({"the", "that", "this", "its", "their", "of", "for"})
"""Words before a year that make it a year ('the 2022 tonnage'), not an amount of a unit."""
OPTION_LABEL = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:?]))\(?([A-Da-d1-4])[).]\s+")
"""'A) Spain B) Belgium': a quiz's lettered or numbered choices."""
ORDERS = frozenset({
    "confirm", "indicate", "provide", "state", "specify", "identify", "enumerate", "list",
    "restate", "advise", "give", "tell", "supply", "outline", "name", "clarify", "summarise",
    "summarize", "describe", "explain", "recall", "remind", "mention", "verify", "quote", "cite",
})  # fmt: skip
"""Verbs that open a request for a piece of information put as an order (none that is also a
noun a question may open with: 'share of …', 'report published by …')."""
TIMES = "times"
EVERY_OTHER = frozenset(
    {"any", "anyone", "anybody", "anything", "anywhere", "everyone", "everybody"}
)
"""After 'than', what makes a comparison a superlative ('more than *any* other')."""
LESSER = frozenset({"less", "fewer", "smaller", "lower", "cheaper", "slower", "shorter"})
RELATIVE_QTYPES = frozenset({"what", "which", "where", "when", "who"})
RELATIVE_WORDS = frozenset({"what", "which", "where", "when", "who", "whom", "whose"})
"""Question words that also open a clause inside a statement ('the HQ *where* they met')."""
ASKING_WORDS = frozenset({
    "know", "knows", "knew", "known", "tell", "told", "say", "says", "said", "mention",
    "mentioned", "mentions", "explain", "explained", "remember", "recall", "report", "reported",
    "reports", "state", "stated", "specify", "specified", "reveal", "revealed", "wonder",
    "wondering", "ask", "asked", "asking", "idea", "clue", "info", "information", "details",
    "question", "unclear", "clear", "sure", "note", "noted", "show", "shows", "find", "check",
    "confirm", "confirmed", "indicate", "indicated", "learn", "see", "guess",
})  # fmt: skip
"""Words after which a question word asks, inside a longer sentence: 'did it say *where*'."""
COMPARED_AS = frozenset({"than", "as", "double", "twice", "triple", "half", "times"})
"""Words after which 'what' is the thing compared with: 'more than double *what* B did'."""
RELATIVE_MIN_AFTER = 2
"""A question word this close to the end asks ('Acme hired who?')."""
STATING_VERBS = frozenset({
    "came", "met", "went", "took", "made", "grew", "fell", "rose", "led", "won", "lost", "got",
    "gave", "saw", "said", "told", "held", "left", "sold", "bought", "brought", "found", "hit",
    "set", "put", "ran", "began", "became", "spent", "sent", "built", "paid", "kept", "caught",
    "taught", "thought", "drove", "flew", "wrote", "spoke", "stood", "knew", "chose", "beat",
    "broke", "struck", "seen", "done", "gone", "taken", "given", "shown", "grown", "risen",
    "fallen", "equals", "means", "stands",
})  # fmt: skip
"""Verbs that state without an auxiliary, in forms that are no nouns (past tenses mostly)."""
PAST_MIN_LETTERS = 4
SUBJECT_PRONOUNS = frozenset({"they", "we", "you", "i"})
PLURAL_MIN = 3
PRESENT_AFTER = frozenset({"from", "to", "with", "about", "that", "the", "a", "an", "up", "out"})
"""Words after a verb in the present ('the figures *come from* …'): after a plural noun, a
word in its dictionary form then one of these states something."""
NOT_SUBJECTS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "with", "from"}
)
"""Words a finite verb never follows: 'the *shipped* goods', 'of *made* goods'."""
PARTICIPLE_AFTER = frozenset({"in", "by", "at", "on", "during", "since", "between", "across", ""})
"""Words after a past form that make it a participle naming a topic: 'tonnes *shipped in* …'."""
CHECK_ORDERS = frozenset({"confirm", "verify"})
COPULAS = frozenset({"is", "was", "are", "were"})
"""Orders that, before a statement, ask whether it holds ('confirm: A sold 40 tonnes')."""
FACT_ONLY_CUES = frozenset({"reason_given"})
"""Cues read in a fact's words only: 'hit by', 'on the back of' give a reason there, and in
a question are its topic ('what was hit by the storm?')."""
CHECK_OPENERS = frozenset({"that", "whether", "if", "this", "it"})
"""After an order, what makes it a check of a claim rather than a request for a figure."""
COUNTED_RUN = 5
"""Words a 'how many' may take before the noun it counts ('how many older console games')."""
WHETHER_REACH = 7
"""Words before a 'whether' that opens the check a message asks ('I'd like to know whether …')."""
TIME_NOUNS = {"day", "date", "time", "year", "month", "weekday"}
CLAIMANT_REACH = 5
TRAILING_CLAIM = frozenset({"as", "like"})
"""Words opening who puts a claim after it ('…, as my uncle says')."""
CLAIM_VERBS = frozenset({"say", "reckon", "insist", "believe", "believes", "tell", "telling"})
"""A trailing claimant's verbs besides the reporting ones ('as they all *say*')."""
CLAIM_OBJECTS = frozenset({"me", "us", "it", "so", "too", "lol", "anyway"})
"""Words after a trailing claimant's verb ('as he keeps telling *me*')."""
"""How far into a message a claim's verb may stand: 'this guy on reddit says …'."""
CLAIM_AUXILIARIES = frozenset({"is", "was", "keeps", "kept", "has", "had", "just"})
CLAIM_MIN_WORDS = 3
"""Words a statement needs to be read as a claim ('Spain led Europe')."""
SPEAKER_WORDS = frozenset({"i", "im", "ive", "id", "we", "my", "our", "me", "us", "lets"})
"""A statement that opens with its speaker is talk about them, not a claim to check."""
SUPPOSING = frozenset({"if", "suppose", "supposing", "imagine", "say", "assuming"})
"""A statement that opens by supposing claims nothing of what is."""
SENTENCE_INSIDE = re.compile(r"[.!?;:]\s")
"""A statement of several sentences is chatter around something else, not one claim."""
PURPOSE_REACH = 4
"""How far after 'for' the purpose may be named ('for the Washington office')."""
PURPOSE_TAIL = 2
"""Words a closing purpose may still have after it ('for my essay intro')."""
_NOT_DESCRIBED = frozenset({*AUXILIARIES, "s", "and", "or", "of", "in", "to"})
"""Words after a name that show it is not describing the next word ('Belgium's share')."""
RESULT_VERBS = frozenset({
    "run", "ran", "clock", "clocked", "record", "recorded", "post", "posted", "swim", "swam",
    "finish", "finished", "cycle", "cycled", "skate", "skated", "drive", "drove", "set",
})  # fmt: skip
"""'What time did she *run*': a time achieved, which a race result gives, not a time of day."""
RESULT_REACH = 9
"""How far after 'what time' the verb may stand: 'what time did Jo van der Berg record'."""
SIGN_WORDS = {"minus", "negative"}
"""'-40 °C' reaches here as 'minus 40 c'."""
SHORT_UNIT_CONTEXT = {"in", "to", "into", "as", "of", "many", "much", "equals"}
MEASURED_FAMILIES = {
    "mass", "length", "volume", "area", "speed", "power", "energy", "temperature", "money",
}  # fmt: skip
TARGET_FAMILIES = {"time"}
"""Units named only as what an answer should be given in ('how many weeks', 'in minutes'): a
duration stated in a question ('for 27 years') is no amount to convert."""
TARGET_BEFORE = {"many", "in", "into", "to", "as"}
CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "sept",
}  # fmt: skip
"""Months and weekdays: a question naming one is not answered by a fact on another."""
TIME_WORDS = CALENDAR_WORDS | {"century", "today", "yesterday", "tomorrow"}
_MODEL_PLURAL = re.compile(r"[a-z]+\d+s")
"""A name of letters then digits, made plural ('ps2s', 'a380s'); not a decade ('1990s')."""
RELATIVE_TIME = re.compile(
    r"\bago\b|\b(?:last|next|this|coming|past)\s+"
    r"(?:year|month|week|season|summer|winter|spring|autumn|weekend|decade|century)\b",
    re.IGNORECASE,
)
"""'six years ago', 'last season', 'this summer': a time said relative to now, which answers
'when' as a date does ('since taking charge' says none)."""
TIME_PREPOSITIONS = {("before",), ("after",), ("prior",), ("earlier",), ("past",), ("once",)}
PHRASE_OPENERS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "last", "next", "each", "every", "to", "year", "years", "month", "months",
    "week", "weeks", "season",
}  # fmt: skip
"""What opens the noun phrase after a preposition of time: 'before the final', 'once a year'."""
DURATION_WORDS = {"century", "centuries", "decade", "decades", "old"}
ONE_WORDS = {"a", "an", "one", "single"}
CONFIRMING_TAG = re.compile(
    r"[,\s](?:right|yes|yeah|yep|yea|correct|true|accurate|no|innit|eh|ok|okay|fr|or not|"
    r"isnt it|is it|wasnt it|didnt (?:they|it|he|she)|is that (?:right|correct|accurate|true)|"
    r"am i right|is that so|(?:ya|you|do you) reckon|ya|yh|ye|aye|huh|amirite|yes or no|or what|"
    r"(?:isnt|wasnt|didnt|doesnt|dont|hasnt|havent|hadnt|arent|werent|wont|cant) "
    r"(?:it|he|she|they|we|there|that|this)|"
    r"true or false|or (?:is (?:that|it|this) )?(?:cap|fake|false|nah|made up)|no cap|"
    r"(?:is )?(?:this|that|it) (?:real|legit|cap|true)|fr fr|for real)\W*$"
)
"""A statement turned into a check by a tag at its end: 'Spain led, right?'."""
TAGGED_MIN_WORDS = 2
"""A message of this many words or fewer is all question ('right?', 'is it?'), no tag."""
ROLE_WINDOW = 3
ROLE_LINKS = frozenset({"of", "from", "for", "representing", "represented", "represents"})
"""Words that tie a role to the country after it: 'the minister *of* Canada'."""
SMALLTALK_MAX_TOKENS = 12
"""Longer than this, a message is a question even if it starts with 'thanks'."""
ANSWER_KIND_WINDOW = 3
NAMING_ORDERS = frozenset({"list", "name", "enumerate", "identify"})
"""Orders that ask for names ('list the countries …'), as 'which' does."""


@dataclass(frozen=True)
class UnitMention:
    """A unit named in the question, and whether a number stands right before it."""

    key: str
    start: int
    end: int
    number: float | None
    words: tuple[str, ...] = ()
    naming: bool = False
    """The figure names something rather than stating an amount: 'the 100m final', 'a 5 kg
    bag'; a word other than a function word or a participle ('40 tonnes shipped') follows it,
    or 'the' stands before it."""


@dataclass(frozen=True)
class Query:
    """Everything the matcher needs to know about one question, computed once."""

    text: str
    words: tuple[str, ...]
    content: tuple[str, ...]
    entities: dict[str, frozenset[str]]
    qtype: str | None
    cues: frozenset[str]
    units: tuple[UnitMention, ...]
    numbers: tuple[float, ...]
    corrections: tuple[tuple[str, str], ...] = ()
    smalltalk: str | None = None
    entity_order: tuple[str, ...] = ()
    repeated: frozenset[str] = frozenset()
    """Names the question names twice: in 'what share of A and B's total was A's?', the part."""
    head: str | None = None
    counts_people: frozenset[str] = frozenset()
    """'How many voters …': what is counted is people, whom a poll gives as a share; the
    words for people a fact must use to be such a poll ('voters', 'those polled')."""
    predicate: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    """Words that change what is asked ('former', 'become'): the fact must have them too."""
    roles: tuple[tuple[str, str], ...] = ()
    answer_kind: str | None = None
    """The kind of entity asked for ('which country' → country), when the question says."""
    head_kind: str | None = None
    """The kind of entity the head names ('how much *metal*': a metal, whichever one)."""
    """(country, role stem) pairs such as ('canada', 'minist') from "Canada's minister"."""
    raw_tokens: tuple[str, ...] = field(default=(), repr=False)
    language: str | None = None
    """The other language the question was asked in ('fr'), read into English; None for English."""

    def model_copy_with(self, **changes: object) -> Query:
        """A copy with some fields replaced (the original text kept for the reply)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def named(self) -> frozenset[str]:
        return frozenset(name for names in self.entities.values() for name in names)

    @property
    def unit_asked(self) -> str | None:
        """The unit a figure should be given in, when the question asks for one."""
        for mention in self.units:
            if mention.number is None:
                return mention.key
        return None


@dataclass(frozen=True, slots=True)
class Reading:
    """What indexing needs of a fact's text: its stems, the entities it names, its predicate."""

    content: tuple[str, ...]
    entities: dict[str, frozenset[str]]
    predicate: tuple[str, ...]


READING_CACHE = 65_536
"""Fact texts repeat (keywords, topics, templated questions): read each once per load."""
ANALYSIS_CACHE = 2048
"""Readings kept: the follow-up reader, its checks and the engine read the same texts again."""


class Analyzer:
    """Applies the lexicon to text: shared by questions and by the facts' own example questions."""

    def __init__(self, lexicon: Lexicon, units: UnitBook, pack_words: Counter[str]) -> None:
        self.lexicon = lexicon
        self.units = units
        self.unit_words = frozenset(
            token
            for words in units.words.values()
            for name in (words.name, words.plural, words.symbol or "", *words.aliases)
            for token in tokenize(name)
        )
        self.stemmer = Stemmer.Stemmer("english")
        self.stopwords = {t for w in lexicon.stopwords for t in tokenize(w)}
        self.type_nouns = {t for w in lexicon.cues.get("type_noun", []) for t in tokenize(w)}
        self.time_stems = {self.stem(w) for w in TIME_WORDS}
        self.calendar_stems = frozenset(self.stem(w) for w in CALENDAR_WORDS)
        self.type_noun_stems = {self.stem(w) for w in self.type_nouns}
        self.list_noun_stems = frozenset(
            self.stem(t) for w in lexicon.cues.get("list_noun", []) for t in tokenize(w)
        )
        """Nouns that count the items of a list ('how many *topics*'), not people or figures."""
        self.answer_kinds = {
            t: kind
            for kind, nouns in lexicon.answer_kinds.items()
            for n in nouns
            for t in tokenize(n)
        }
        self.kind_of_stem = {self.stem(t): kind for t, kind in self.answer_kinds.items()}
        self.kind_stems = set(self.kind_of_stem)
        """Nouns that say what kind of answer is wanted ('which firm'): no sign of a topic."""
        self.role_stems = {self.stem(t) for p in lexicon.cues.get("role", []) for t in tokenize(p)}
        self.population_stems = frozenset(
            self.stem(t)
            for p in lexicon.cues.get("population", [])
            for t in tokenize(p)
            if t not in self.stopwords
        )
        """Who a poll counts ('how many *voters* …'): a share of them answers the count."""
        self.marker_stems = {
            self.stem(t) for p in lexicon.cues.get("must_match", []) for t in tokenize(p)
        }
        self.duration_stems = {self.stem(w) for w in DURATION_WORDS}
        self.cue_stems = {
            self.stem(t)
            for label, phrases in lexicon.cues.items()
            if label not in {"type_noun", "list_noun", "must_match", "role", "population", "advice"}
            and label not in FACT_ONLY_CUES
            for p in phrases
            for t in tokenize(p)
        }
        self.phrases = PhraseMap(inflections=self.stem)
        self.fillers = PhraseMap()
        self.cues = PhraseMap()
        self.unit_phrases = PhraseMap()
        self.smalltalk = PhraseMap()
        self.purposes = frozenset(w for p in lexicon.purposes for w in tokenize(p))
        self.reporting = frozenset(w for p in lexicon.reporting for w in tokenize(p))
        self.taken_codes = frozenset(
            surface.casefold()
            for kind, table in lexicon.entities.items()
            if kind != "country"
            for canonical, surfaces in table.items()
            for surface in (canonical, *surfaces)
            if len(surface) <= 3
        ) | frozenset(s.casefold() for phrases in lexicon.synonyms.values() for s in phrases)
        self.taken_codes |= frozenset(
            name.casefold()
            for words in lexicon.units.values()
            for name in (words.symbol or "", *words.aliases)
            if name and len(name) <= 3
        )
        """Short names the packs give to something other than a country ('IE' for a browser,
        'MT' for metric tons)."""
        self._build()
        vocabulary = Counter(pack_words)
        names = self._entity_words()
        vocabulary.update(w for w in self.phrases.words() if w not in names or w in pack_words)
        for name in names:
            vocabulary.setdefault(name, 0)  # 'frannce' is France, but a pack's word wins a tie
        for table in (self.fillers, self.cues, self.unit_phrases, self.smalltalk):
            vocabulary.update(table.words())
        vocabulary.update(self.purposes | self.reporting)
        vocabulary.update(self.stopwords | QUESTION_WORDS | AUXILIARIES)
        self.speller = Speller(vocabulary)
        self.foreign = Reader(
            word_lists(), is_english=self.speller.is_english, known=self.speller.__contains__
        )
        self._readings = lru_cache(maxsize=READING_CACHE)(self._read)
        self._analyses = lru_cache(maxsize=ANALYSIS_CACHE)(self._analyse)
        self._worded = lru_cache(maxsize=ANALYSIS_CACHE)(self._by_tokens)
        self._uncorrected: weakref.WeakValueDictionary[tuple[str, ...], Query] = (
            weakref.WeakValueDictionary()
        )

    def __getstate__(self) -> dict[str, object]:
        """For the index cache: the prepared tables, not the C stemmer, caches or units."""
        state = dict(self.__dict__)
        for name in ("stemmer", "_readings", "_analyses", "_worded", "_uncorrected", "units"):
            state.pop(name)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.stemmer = Stemmer.Stemmer("english")
        self._readings = lru_cache(maxsize=READING_CACHE)(self._read)
        self._analyses = lru_cache(maxsize=ANALYSIS_CACHE)(self._analyse)
        self._worded = lru_cache(maxsize=ANALYSIS_CACHE)(self._by_tokens)
        self._uncorrected = weakref.WeakValueDictionary()

    def _entity_words(self) -> set[str]:
        """Words of names: a typo is corrected into a name only if the packs use it (a
        misspelt word never becomes one of the world's countries by accident)."""
        return {
            t
            for table in self.lexicon.entities.values()
            for canonical, surfaces in table.items()
            for surface in (canonical, *surfaces)
            for t in tokenize(surface)
        }

    def _build(self) -> None:
        lex = self.lexicon
        for canonical, surfaces in lex.synonyms.items():
            term = Term(tuple(tokenize(canonical)))
            self.phrases.add_all([canonical, *surfaces], term)
        for kind, table in lex.entities.items():
            for canonical, surfaces in table.items():
                term = Term(tuple(tokenize(canonical)), kind, canonical)
                self.phrases.add_all([canonical, *surfaces], term)
        for filler in lex.fillers:
            self.fillers.add(filler, Term((), label="filler"))
        for label, phrases in lex.cues.items():
            if label not in FACT_ONLY_CUES:
                self.cues.add_all(phrases, Term((), label=label))
        for key, words in self.units.words.items():
            names = [words.name, words.plural, words.symbol or "", *words.aliases]
            self.unit_phrases.add_all([n for n in names if n], Term((), label=key))
        for intent, talk in lex.smalltalk.items():
            self.smalltalk.add_all(talk.phrases, Term((), label=intent))

    def _named_positions(self, tokens: list[str]) -> set[int]:
        """Positions inside a name spelt right ('los Países Bajos'): never 'corrected'."""
        out: set[int] = set()
        i = 0
        while i < len(tokens):
            length = self._name_at(tokens, i)
            out.update(range(i, i + length))
            i += length or 1
        return out

    def _name_at(self, tokens: list[str], i: int) -> int:
        """How many tokens a name (a country, person, place …) starting at i takes, or 0."""
        found = self.phrases.match_at(tokens, i)
        return found[0] if found and found[1].entity_kind else 0

    def _kept_whole_at(self, tokens: list[str], i: int) -> int:
        """In a question in another language, what is never translated word by word: a name,
        or a phrase of that language the lexicons know whole ('in beslag genomen')."""
        found = self.phrases.match_at(tokens, i)
        if not found:
            return 0
        length, term = found
        if term.entity_kind:
            return length
        words = tokens[i : i + length]
        foreign = length > 1 and not all(self.speller.is_english(w) for w in words)
        return length if foreign else 0

    def _cognate(self, word: str) -> bool:
        """In a question in another language, a word is only 'corrected' into a word of the
        pack's subject (kupfer → copper), never into a small English word (drie → die)."""
        return len(word) > 3 and word not in self.stopwords and word not in QUESTION_WORDS

    def stem(self, word: str) -> str:
        if _MODEL_PLURAL.fullmatch(word):
            word = word[:-1]  # 'PS2s', 'A380s': the plural of a model's name is the name
        return str(self.stemmer.stemWord(english_lemma(word)))

    def read(self, text: str) -> Reading:
        """The light path for facts' own texts: no typos, small talk, cues or question type."""
        return self._readings(text)

    def forget_readings(self) -> None:
        """Indexing is done: fact texts are not read again, so their cache is only weight."""
        self._readings.cache_clear()

    def _read(self, text: str) -> Reading:
        tokens = read_amounts(tokenize(text))
        units = self._units(tokens)
        unit_positions = {
            i for u in units if not self._target_only(u) for i in range(u.start, u.end)
        }
        kept = self._drop_fillers([t for i, t in enumerate(tokens) if i not in unit_positions])
        spans = self.phrases.spans(kept)
        words = tuple(w for span in spans for w in (span.term.tokens if span.term else span.words))
        amounts = {u.number for u in units if u.number is not None}
        return Reading(
            self.content_of(words), self._entities(spans, amounts), self.predicate_of(spans)
        )

    def analyse(self, text: str, correct: bool = True) -> Query:
        """A text's reading, worked out once while it is kept (a Query is never changed)."""
        return self._analyses(text, correct)

    def _analyse(self, text: str, correct: bool) -> Query:
        """A reading depends on the text's tokens alone but for its text and, through a
        closing question mark, whether it is asked as a check: a message, its core without
        the '?' and the core's words in lower case are read once, not three times."""
        spelt = expand_country_codes(spell_flags(text), self.taken_codes)
        unlabelled = WEB_ADDRESS.sub(" ", WHO_CAN_TELL.sub("", QUIZ_LABEL.sub("", spelt)))
        requested = CHECK_REQUEST.match(unlabelled)
        labelled = None if requested else CLAIM_LABEL.match(unlabelled)
        if requested or labelled:
            unlabelled = unlabelled[(requested or labelled).end() :]  # type: ignore[union-attr]
        unlabelled = SCALE_ASKED.sub(r"\1 ", BLANK.sub(" what ", unlabelled))
        unlabelled = PARAGRAPH_NAMED.sub(" ", SOURCE_NAMED.sub(" ", unlabelled))
        asked = without_source_demand(ADDRESSED.sub(" ", unlabelled))
        raw = tuple(
            tokenize(
                OFFICIAL_NAME.sub(
                    "", OUTDOING.sub(r"\1 more than", ARROW.sub(" to ", as_alternatives(asked)))
                )
            )
        )
        reading = self._uncorrected.get(raw) if not correct else None
        if reading is None:
            reading = self._worded(raw, correct)
        tokens = list(reading.raw_tokens)
        qtype = reading.qtype
        if qtype in RELATIVE_QTYPES and self._relative_check(text, tokens):
            qtype = "yes_no"  # 'did A ship more than double what B did?'
        stated = labelled is not None and (
            _states_a_claim(tokens)
            or (
                QUESTION_WORDS.isdisjoint(tokens)
                and any(is_number(t) and not is_year(t) for t in tokens)
            )
        )  # 'Confirm: 419 tonnes shipped in 2023?' gives a figure to check
        qtype = qtype or _confirming(text, tokens) or ("yes_no" if requested or stated else None)
        if qtype is None and "whether" in tokens[:WHETHER_REACH]:
            qtype = "yes_no"  # 'I wonder whether Belgium led', 'do you know whether …'
        return replace(reading, text=text, qtype=qtype)

    def _relative_check(self, text: str, tokens: list[str]) -> bool:
        """A check whose question word opens a clause inside the claim, not the question:
        'is the HQ where they met 18th-century?', 'the HQ where they met is old, right?';
        after 'say', 'know' or 'about' it asks ('did the report say where they met?')."""
        at = next((i for i, t in enumerate(tokens) if t in QUESTION_WORDS), None)
        if at is None or at < 2 or tokens[at] not in RELATIVE_WORDS:
            return False
        before = tokens[at - 1]
        if before in ASKING_WORDS or (before in self.stopwords and before not in COMPARED_AS):
            return False
        if re.search(rf"(?:[.!?;]\s+|\s[—–-]\s*){tokens[at]}\b", text, re.IGNORECASE):
            return False  # 'A went to B. which other places did she go to?' asks anew
        if tokens[0] not in AUXILIARIES and re.search(rf",\s*{tokens[at]}\b", text, re.I):
            return False  # 'of the three, which had the smallest haul?' asks after the comma
        if QUESTION_AFTER_SENTENCE.search(text):
            return False  # 'I'll believe it when I see it. what did B export?' asks after
        if opens_setting_aside(tokens):
            return False  # 'apart from A, which others were there?' asks after setting A aside
        if len(tokens) - at <= RELATIVE_MIN_AFTER:
            return False  # 'acme shipped what?': the question, at the end
        rest = tokens[at + 2 :]
        return (
            tokens[0] in AUXILIARIES
            or bool(CONFIRMING_TAG.search(" " + " ".join(tokens)))
            or (text.rstrip().endswith("?") and not AUXILIARIES.isdisjoint(rest))
        )

    def _by_tokens(self, tokens: tuple[str, ...], correct: bool) -> Query:
        """The reading of a token sequence, kept; with nothing corrected, it is also the
        reading without corrections."""
        reading = self._read_tokens(list(tokens), correct)
        if correct and not reading.corrections:
            self._uncorrected[tokens] = reading
        return reading

    def _read_tokens(self, raw: list[str], correct: bool) -> Query:
        corrections: list[tuple[str, str]] = []
        language = self.foreign.detect(raw)
        tokens = (
            self.foreign.to_english(raw, language, self._kept_whole_at, self.speller.__contains__)
            if language
            else list(raw)
        )
        if correct:
            named = self._named_positions(tokens)
            for i, token in enumerate(tokens):
                if i in named:
                    continue
                fixed = self.speller.correct(token)
                if fixed != token and (language is None or self._cognate(fixed)):
                    corrections.append((token, fixed))
                    tokens[i] = fixed
        smalltalk = self._smalltalk(tokens)
        if smalltalk is None and tokens != raw:
            smalltalk = self._smalltalk(list(raw))
        tokens = read_amounts(tokens)
        units = self._units(tokens)
        unit_positions = {
            i for u in units if not self._target_only(u) for i in range(u.start, u.end)
        }
        kept = [t for i, t in enumerate(tokens) if i not in unit_positions]
        kept = self._drop_claimant(self._drop_fillers(kept))
        kept = self._drop_purpose(_as_question(without_tag(_without_doubt(kept))))
        spans = self.phrases.spans(kept)
        words = tuple(w for span in spans for w in (span.term.tokens if span.term else span.words))
        entities = self._entities(spans, {u.number for u in units if u.number is not None})
        cues = self._cues(self._without_idioms(tokens), words)
        named_spans = [s.term.entity for s in spans if s.term and s.term.entity]
        numbers = tuple(
            n for t in tokens if is_number(t) and not is_year(t) and (n := _finite(t)) is not None
        )
        qtype = question_type(words, cues)
        predicate = self.predicate_of(spans)
        head = self.head_of(words, _named_words(spans))
        if qtype == "how_long" and not RESULT_VERBS.isdisjoint(words):
            asked_by = set(self.content_of(tuple(RESULT_VERBS.intersection(words))))
            predicate = tuple(p for p in predicate if p not in asked_by)  # 'ran' or 'clocked'
        return Query(
            text="",
            words=words,
            content=self.content_of(words),
            entities=entities,
            qtype=qtype,
            cues=cues,
            units=tuple(units),
            numbers=numbers,
            corrections=tuple(corrections),
            smalltalk=smalltalk,
            entity_order=tuple(dict.fromkeys(named_spans)),
            repeated=frozenset(n for n, times in Counter(named_spans).items() if times > 1),
            head=head,
            counts_people=self.population_stems if head in self.population_stems else frozenset(),
            predicate=predicate,
            markers=tuple(s for s in self.content_of(_marking(spans)) if s in self.marker_stems),
            roles=self.roles_of(spans),
            answer_kind=self.answer_kind_of(words) or self._ordered_kind(tokens),
            head_kind=self.kind_of_stem.get(head) if head else None,
            raw_tokens=tuple(tokens),
            language=language,
        )

    def _cues(self, tokens: list[str], words: tuple[str, ...]) -> frozenset[str]:
        """Cue phrases anywhere; 'more … than' counts as comparing even with words between."""
        tokens = _without_double_check(tokens)
        labels = self.cues.labels(tokens) | self.cues.labels(list(words))
        for word, label in OCCASION_ORDINALS.items():
            # 'last year', 'the first time': when or which one, not a ranking
            at = [i for i, t in enumerate(tokens) if t == word]
            if label in labels and at and all(_of_a_time(tokens, i) for i in at):
                untimed = [t for i, t in enumerate(tokens) if i not in at]
                if label not in self.cues.labels(untimed):
                    labels.discard(label)
        if "average" in labels and _means_as_a_verb(tokens):
            labels.discard("average")  # 'what does "a record" mean?' asks what it says
        if any(
            after == TIMES and (is_number(before) or before in WORD_NUMBERS)
            for before, after in pairwise(tokens)
        ):
            labels.add("ratio")  # 'three times what B did'
        if _than_all(tokens):
            labels -= {"comparative", "difference"}  # 'more than any other port': the most
            labels -= {"rank_first", "rank_last"}
            labels.add("rank_last" if LESSER.intersection(tokens) else "rank_first")
        elif "comparative" in labels and ("than" in tokens or "or" in tokens):
            labels.add("difference")
        return frozenset(labels)

    def content_of(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Stems of the words that carry meaning, in order, without repeats."""
        seen: dict[str, None] = {}
        for word in words:
            if word in self.stopwords or word in QUESTION_WORDS:
                continue
            seen.setdefault(self.stem(word), None)
        return tuple(seen)

    def _ordered_kind(self, tokens: list[str]) -> str | None:
        """'List the South American countries …': the kind an order to name things asks for."""
        if not tokens or tokens[0] not in NAMING_ORDERS:
            return None
        rest = tokens[2:] if tokens[1:2] and tokens[1] in self.stopwords else tokens[1:]
        return self.answer_kind_of(("which", *rest))

    def answer_kind_of(self, words: tuple[str, ...]) -> str | None:
        """'Which country …', 'which South American countries …', 'list the … countries':
        the entity kind the answer must name."""
        for i, word in enumerate(words):
            if word in {"which", "what"}:
                for following in [w for w in words[i + 1 :] if w not in OTHERS][
                    :ANSWER_KIND_WINDOW
                ]:  # 'which *other* Belgian ports
                    if (
                        following in AUXILIARIES
                        or following in self.stopwords
                        or following.endswith("ed")
                    ):
                        break  # 'which region *is* a …', 'what officials *warned* firms …',
                        # "what's *the* polo team called", "what's wrong *with* …": what
                        # follows is not what is asked for
                    kind = self.answer_kinds.get(following)
                    if kind:
                        return kind
                return None
        return None

    def roles_of(self, spans: list[Span]) -> tuple[tuple[str, str], ...]:
        """A country named right before a role word ('Canada's minister'), or right after it
        through a linking word ('the minister of Canada', 'which minister represented
        Canada'), binds the role to that country."""
        pairs = []
        for i, span in enumerate(spans):
            if not (span.term and span.term.entity_kind == "country" and span.term.entity):
                continue
            for following in spans[i + 1 : i + 1 + ROLE_WINDOW]:
                role = self._role_in(following)
                if role:
                    pairs.append((span.term.entity, role))
                    break
            else:
                before = spans[max(0, i - 2) : i]
                if len(before) == 2 and before[1].words[-1] in ROLE_LINKS:
                    role = self._role_in(before[0])
                    if role:
                        pairs.append((span.term.entity, role))
        return tuple(pairs)

    def qualified(self, words: Sequence[str], names: Collection[str]) -> set[str]:
        """The stems of the words each of these names says whose or which it is: the word
        right after it ('*South Korean* workers', '*Belgian* Prime Minister') or before its
        'from' or 'of', past a list of names ('ministers from Canada, Australia and …')."""
        spans = self.phrases.spans(words)
        out: set[str] = set()
        for i, span in enumerate(spans):
            if span.term is None or span.term.entity not in names:
                continue
            if i + 1 < len(spans):
                out.update(self._stems_of(spans[i + 1]))
            j = i - 1
            while j >= 0 and (_names_entity(spans[j]) or spans[j].words in LISTING):
                j -= 1
            if j >= 1 and spans[j].words[-1] in ROLE_LINKS:
                out.update(self._stems_of(spans[j - 1]))
        return out

    def _stems_of(self, span: Span) -> tuple[str, ...]:
        return self.content_of(span.term.tokens if span.term else span.words)

    def _role_in(self, span: Span) -> str | None:
        """The role a span names: a noun ('head', 'minister'), not the verb it stems from
        ('the American official *heading* to Paris')."""
        words = span.term.tokens if span.term else span.words
        return next(
            (
                stem
                for w in words
                if (stem := self.stem(w)) in self.role_stems
                and not (w.endswith("ing") and stem != w)
            ),
            None,
        )

    def predicate_of(self, spans: list[Span]) -> tuple[str, ...]:
        """What the question says about the things it names: its words beyond names and cues."""
        out: dict[str, None] = {}
        for span in spans:
            if span.term and span.term.entity:
                continue
            words = span.term.tokens if span.term else span.words
            for stem in self.content_of(tuple(words)):
                generic = stem in self.cue_stems or stem in self.type_noun_stems
                if not generic and not is_number(stem):
                    out.setdefault(stem, None)
        return tuple(out)

    def _last_of_run(self, words: tuple[str, ...], at: int) -> str:
        """The plural the words counted end on ('how many *older* Game Boy Advance *games*
        can …', 'how many young *sprinters* does …'): the noun the words before describe;
        the first word when no plural follows it."""
        for j in range(at, min(len(words), at + COUNTED_RUN)):
            word = words[j]
            if word in AUXILIARIES or word in self.stopwords or word in QUESTION_WORDS:
                break
            if is_number(word) or word in self.unit_words:
                break
            if j > at and (word in STATING_VERBS or word.endswith("ed")):
                break  # 'how many ppl *thought* …': a verb, past the words counted
            if word.endswith("s") and not word.endswith("ss"):
                return word
        return words[at]

    def head_of(self, words: tuple[str, ...], named: frozenset[str] = frozenset()) -> str | None:
        """The stem of what is asked for: 'how many *agents*', 'which *party*', 'how *old*';
        a name before another word describes it ('the *Welsh* minister'), it is not the head."""
        for i, word in enumerate(words):
            if word not in QUESTION_WORDS:
                continue
            rest = _past_names(words[i + 1 :], named)
            if word == "how" and rest and rest[0] in {"much", "many"}:
                after = _past_names(rest[1:], named)[:2]
                counted = [w for w in after if w not in {"of", "the"}][:1]
                if not counted or counted[0] in AUXILIARIES or counted[0] in self.stopwords:
                    return None
                return self.stem(self._last_of_run(words, words.index(counted[0], i)))
            if word == "how":
                rest = rest[:1]
            for candidate in rest:
                if candidate in AUXILIARIES or candidate in {"the", "a", "an", "of"}:
                    continue
                if candidate in self.type_nouns or is_number(candidate):
                    continue
                if candidate in self.stopwords or candidate in QUESTION_WORDS:
                    return None
                if candidate.endswith("ed") and english_lemma(candidate) != candidate:
                    return None  # 'what *stopped* the tour': a verb, not the thing asked for
                return self.stem(candidate)
            return None
        for i in range(len(words) - 2):
            if words[i] == "number" and words[i + 1] == "of":
                noun = words[i + 2] if words[i + 2] not in {"the", "a", "an"} else ""
                if noun and noun not in self.stopwords and not is_number(noun):
                    return self.stem(noun)  # 'number of workers detained?'
                return None
        return None

    def _drop_purpose(self, tokens: list[str]) -> list[str]:
        """Without what the asker wants it for: 'for the memo', 'for my essay intro', 'for
        the Washington office' at the end, or opening the message ('for my quiz, …')."""
        for i, token in enumerate(tokens):
            if token != "for":
                continue
            window = tokens[i + 1 : i + 1 + PURPOSE_REACH]
            at = next((j for j, w in enumerate(window) if w in self.purposes), None)
            if at is None or any(w in QUESTION_WORDS for w in window[:at]):
                continue
            end = i + at + 2
            if i == 0 and tokens[end:]:
                return tokens[end:]  # 'for my quiz, how much …'
            if i > 0 and len(tokens) - end <= PURPOSE_TAIL:
                return tokens[:i]  # '… for the memo'
        return tokens

    def _drop_claimant(self, tokens: list[str]) -> list[str]:
        """Without who puts the claim: 'jules claims Europe …', 'this guy on reddit says …',
        'my uncle reckons that …' check what is claimed. A name the packs know stays ('the
        minister said …' asks what the source says she said)."""
        for i in range(min(CLAIMANT_REACH + 1, len(tokens))):
            if tokens[i] not in self.reporting:
                continue
            before = tokens[:i]  # none when the claimant was an '@name', read as no word
            if before and before[-1] in CLAIM_AUXILIARIES:  # 'this guy is saying'
                before = before[:-1]
            if any(w in QUESTION_WORDS or w in AUXILIARIES for w in before):
                return tokens
            if any(s.term and s.term.entity for s in self.phrases.spans(before)):
                return tokens
            rest = tokens[i + 1 :]
            while rest and rest[0] in {"that", "me", "us", "to"}:
                rest = rest[1:]
            return rest if len(rest) >= CLAIM_MIN_WORDS else tokens
        return self._drop_trailing_claimant(tokens)

    def _drop_trailing_claimant(self, tokens: list[str]) -> list[str]:
        """Without who puts the claim after it: '…, as my grandson insists', '… like my
        mate said', '… as they keep telling me'; a name the packs know stays ('as the
        minister said' asks what the source says she said)."""
        for i in range(max(0, len(tokens) - CLAIMANT_REACH - 3), len(tokens)):
            if tokens[i] not in TRAILING_CLAIM or i < CLAIM_MIN_WORDS:
                continue
            rest = tokens[i + 1 :]
            while rest and rest[-1] in CLAIM_OBJECTS:
                rest = rest[:-1]
            verbs = [j for j, w in enumerate(rest) if w in self.reporting or w in CLAIM_VERBS]
            if not verbs or verbs[-1] != len(rest) - 1 or len(rest) - 1 > CLAIMANT_REACH:
                continue  # 'as big as Spain': no one puts the claim
            who = rest[:-1]
            if any(w in QUESTION_WORDS for w in who):
                continue
            if any(s.term and s.term.entity for s in self.phrases.spans(who)):
                continue
            return tokens[:i]
        return tokens

    def _without_idioms(self, tokens: list[str]) -> list[str]:
        """The tokens without the fillers of several words: 'bottom line', 'more or less' and
        'in short' ask for no ranking, comparison or length."""
        return [
            w
            for span in self.fillers.spans(tokens)
            if span.term is None or len(span.words) == 1 or self._is_cue(span.words)
            for w in span.words
        ]

    def _is_cue(self, words: tuple[str, ...]) -> bool:
        """A filler holding a cue phrase of several words ('chat *is this real*' asks for a
        check), where one cue word in an idiom ('*bottom* line') asks for nothing."""
        found = (self.cues.match_at(words, i) for i in range(len(words)))
        return any(match is not None and match[0] > 1 for match in found)

    def _drop_fillers(self, tokens: list[str]) -> list[str]:
        return [w for span in self.fillers.spans(tokens) if span.term is None for w in span.words]

    def _smalltalk(self, tokens: list[str]) -> str | None:
        """A message made only of social phrases (and fillers) is small talk, not a question."""
        if len(tokens) > SMALLTALK_MAX_TOKENS:
            return None
        spans = self.smalltalk.spans(tokens)
        intents = [s.term.label for s in spans if s.term and s.term.label]
        rest = [tokens[s.start] for s in spans if s.term is None]
        if intents and not self._drop_fillers(rest):
            return intents[0]  # social phrases first, so one holding a filler ('bad bot') counts
        return None

    def _units(self, tokens: list[str]) -> list[UnitMention]:
        found: list[UnitMention] = []
        for span in self.unit_phrases.spans(tokens):
            if span.term is None or span.term.label is None:
                continue
            before = tokens[span.start - 1] if span.start > 0 else ""
            number = _finite(before) if is_number(before) else None
            year = number is not None and is_year(before) and span.start > 1
            if year and tokens[span.start - 2] in YEAR_DETERMINERS:
                number = None  # 'the 2022 tonnage' is that year's, not 2,022 tonnes
            signed = span.start > 1 and tokens[span.start - 2] in SIGN_WORDS
            if number is not None and signed and not (found and found[-1].end == span.start - 2):
                number = -number  # '300 tonnes *minus* 100 tonnes' takes away, signs nothing
            measured = self.units.family(span.term.label) in MEASURED_FAMILIES
            if number is None and before in ONE_WORDS and measured:
                number = 1.0
            short = len(" ".join(span.words)) <= 2
            if short and number is None and before not in SHORT_UNIT_CONTEXT:
                continue
            family = self.units.family(span.term.label)
            if family not in MEASURED_FAMILIES and not (
                family in TARGET_FAMILIES and number is None and before in TARGET_BEFORE
            ):
                continue
            after = tokens[span.end] if span.end < len(tokens) else ""
            naming = number is not None and (
                (span.start > 1 and tokens[span.start - 2] == "the")
                or (after.isalpha() and after not in self.stopwords and not after.endswith("ed"))
            )
            found.append(
                UnitMention(span.term.label, span.start, span.end, number, span.words, naming)
            )
        return found

    def _target_only(self, mention: UnitMention) -> bool:
        """'How many years': a unit only asked for stays a word of the question too, since it
        may count ('for how many years running?') as well as convert ('in weeks')."""
        return self.units.family(mention.key) in TARGET_FAMILIES

    @staticmethod
    def _entities(spans: list[Span], amounts: set[float]) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for span in spans:
            if span.term and span.term.entity_kind and span.term.entity:
                found.setdefault(span.term.entity_kind, set()).add(span.term.entity)
            elif (
                span.term is None and is_year(span.words[0]) and float(span.words[0]) not in amounts
            ):
                found.setdefault("year", set()).add(span.words[0])
        return {kind: frozenset(names) for kind, names in found.items()}


LISTING = frozenset({("and",), ("or",), ("&",)})
"""What joins the names of a list ('Canada, Australia and New Zealand')."""


def _names_entity(span: Span) -> bool:
    return span.term is not None and span.term.entity is not None


MEAN_AS_VERB = frozenset({"mean", "means", "meant"})
AVERAGE_WORDS = frozenset({"average", "averages", "avg"})
POINTING = frozenset({"that", "this", "it"})
"""'that means', 'this meant': 'mean' right after a word pointing back is the verb."""
AFTER_MEANING = frozenset({"for", "by", "here", "in", "exactly", "to", "when", "that", "then"})
"""What follows the verb of meaning ('what does X mean *for* Y', '… mean *here*'); a noun after
'mean' ('mean price') makes it the average."""
DO_SUPPORT = frozenset({"does", "do", "did"})
"""'What does … mean': the auxiliary may stand far before the verb it goes with."""


def _means_as_a_verb(tokens: list[str]) -> bool:
    """Whether 'mean' is the verb of meaning, not the average: no other word for an average,
    and 'mean' after an auxiliary or a pointing word ('what does X mean', 'that means')."""
    if not AVERAGE_WORDS.isdisjoint(tokens) or ("on", "average") in pairwise(tokens):
        return False
    at = [i for i, t in enumerate(tokens) if t in MEAN_AS_VERB]
    return bool(at) and all(
        (DO_SUPPORT & set(tokens[:i]) or (i > 0 and tokens[i - 1] in POINTING))
        and (i + 1 == len(tokens) or tokens[i + 1] in AFTER_MEANING)
        for i in at
    )  # 'the mean figure', 'give me mean tons', 'does A's mean price come to' average


def _finite(token: str) -> float | None:
    """A number as typed, or None for one too large to mean anything (1 followed by 400 zeros)."""
    value = float(token)
    return value if math.isfinite(value) else None


def _as_question(tokens: list[str]) -> list[str]:
    """A request put as an order ('please confirm the total exported', 'kindly indicate the
    purpose of …') asks what that thing is; 'confirm that …' or 'whether …' stays a check."""
    start = 2 if tokens[:2] in (["could", "you"], ["can", "you"], ["would", "you"]) else 0
    if len(tokens) < start + 2 or tokens[start] not in ORDERS:
        return tokens
    rest = tokens[start + 1 :]
    while rest and rest[0] in {"me", "us", "to", "for"}:
        rest = rest[1:]
    if not rest or rest[0] in CHECK_OPENERS:
        return tokens
    if tokens[start] in CHECK_ORDERS and (_finite_verb(rest) or _figure_stated(rest)):
        return tokens  # 'confirm for me: A sold 40 tonnes' is a claim to check
    if rest[0] in QUESTION_WORDS:
        return rest
    return ["what", "is", *rest]


def without_source_demand(text: str) -> str:
    """The message without a closing 'source?' or 'figure?' ('… in one year. source?'),
    unless that is all it says."""
    return FIGURE_DEMANDED.sub("", SOURCE_DEMANDED.sub("", text)) or text


DOUBT_REACH = 4
"""Words an aside doubting the answer may take after its 'or is that' ('… or is that
classified', '… or is it a secret')."""


def _without_doubt(tokens: list[str]) -> list[str]:
    """A question without the aside after it that doubts it can be answered: 'how many did
    A sell, or is that classified?', '…, or is it top secret'; a check's 'or is that true'
    is its tag, and an either-or ('is it A or is it B') names its other choice."""
    if QUESTION_WORDS.isdisjoint(tokens[:-3]):
        return tokens
    for i in range(len(tokens) - 2, 0, -1):
        tail = tokens[i:]
        if tail[0] == "or" and tail[1] in DOUBT_VERBS and tail[2:3] and tail[2] in DOUBT_SUBJECTS:
            return tokens[:i] if len(tail) - 3 <= DOUBT_REACH else tokens
    return tokens


DOUBT_VERBS = frozenset({"is", "was", "are", "were", "does", "do", "did"})
DOUBT_SUBJECTS = frozenset({"that", "it", "this", "they", "the"})


def _without_double_check(tokens: list[str]) -> list[str]:
    """'Double check' asks to check: its 'double' compares nothing ('double what B did')."""
    return [
        t
        for i, t in enumerate(tokens)
        if not (t == "double" and tokens[i + 1 : i + 2] and tokens[i + 1].startswith("check"))
    ]


def without_tag(tokens: list[str]) -> list[str]:
    """A check's tag ('…, didn't they?', '… yeah?') asks for yes or no; it says nothing of
    what is checked, so it is no word to match on."""
    if len(tokens) <= TAGGED_MIN_WORDS:
        return tokens
    if tokens[:3] == ["true", "or", "false"] and len(tokens) > 3:
        tokens = tokens[3:]  # 'true or false: the library opened with …'
    tag = CONFIRMING_TAG.search(" " + " ".join(tokens))
    return tokens[: -len(tag.group().split())] if tag else tokens


def _of_a_time(tokens: list[str], i: int) -> bool:
    """An ordinal naming a time or an occasion ('last *year*', 'the first *time*'), not a rank."""
    return i + 1 < len(tokens) and tokens[i + 1] in TIME_AFTER_LAST


def _than_all(tokens: list[str]) -> bool:
    """'More than any other', 'less than anyone else', 'bigger than all the others': a
    comparison with everything else, which is a superlative."""
    return any(
        before == "than" and (token in EVERY_OTHER or (token == "all" and "other" in tokens))
        for before, token in pairwise(tokens)
    )


def _states_a_claim(tokens: list[str]) -> bool:
    """Words that state something rather than name it: a verb ('B *led*', 'the talks *were*
    in C', 'it identified …') or a figure given; a question word asks instead."""
    if not QUESTION_WORDS.isdisjoint(tokens):
        return False
    verbs = STATING_VERBS | COPULAS | AUXILIARIES
    said = any(t in verbs for t in tokens[1:])
    return said or _finite_verb(tokens) or _figure_stated(tokens)


def _figure_stated(tokens: list[str]) -> bool:
    """'the total was 419 tonnes': a figure said to be what something is."""
    return any(token in COPULAS and is_number(after) for token, after in pairwise(tokens))


def _finite_verb(tokens: list[str]) -> bool:
    """A verb that makes a statement of what comes before it: 'Acme *grabbed* …', 'NL *came*
    3rd'; not a participle after a preposition or article ('the shipped grain')."""
    for before, token, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False):
        if before not in NOT_SUBJECTS and token in MOVED:
            return True  # 'exports increased in 2023?': a figure's movement is stated
        if before in NOT_SUBJECTS or after in PARTICIPLE_AFTER:
            continue  # 'grain shipped in 2021?' names what it asks about
        if token in STATING_VERBS or (token == "used" and after == "to"):
            return True  # 'Jo Bloggs used to be mayor?'
        if (
            (before in SUBJECT_PRONOUNS or (before.endswith("s") and len(before) > PLURAL_MIN))
            and after in PRESENT_AFTER
            and token.isalpha()
            and english_lemma(token) == token
        ):
            return True  # 'the figures come from …', 'they meet in …'

        if token.endswith("ed") and len(token) > PAST_MIN_LETTERS and english_lemma(token) != token:
            return True
        if _third_person(before, token, after):
            return True  # 'Jo meets Ann on Monday?', 'so Asia mostly imports its …'
    return False


THIRD_PERSON_AFTER = (PRESENT_AFTER - {"to"}) | {
    "its",
    "his",
    "her",
    "their",
    "on",
    "in",
    "at",
    "de",
}
"""Words after a verb in the third person ('meets *de* Vries', 'imports *its* …'); not 'to',
after which a plural names ('convert the shipments to pounds')."""
NOT_BEFORE_VERBS = NOT_SUBJECTS | {"its", "his", "her", "their", "this", "these", "those", "our"}


def _third_person(before: str, token: str, after: str) -> bool:
    """A verb in the third person after its subject: a word whose '-s' is no plural's
    ('meets', 'imports'), after a word that is no article or possessive and no plural or
    possessive itself ('Rotterdam's ports in …' names; 'Jo meets …' states)."""
    return (
        len(token) > PAST_MIN_LETTERS
        and token.endswith("s")
        and not token.endswith("ss")
        and english_lemma(token) + "s" == token
        and after in THIRD_PERSON_AFTER
        and before not in NOT_BEFORE_VERBS
        and not before.endswith("s")
    )


def _confirming(text: str, tokens: list[str]) -> str | None:
    """A statement asked as a check: a tag ('…, right?') or a question mark after a sentence
    with a verb but no question word ('so the Netherlands had 123 tonnes?')."""
    folded = " ".join(tokens)
    if CONFIRMING_TAG.search(" " + folded):
        return "yes_no"
    if not QUESTION_WORDS.isdisjoint(tokens):
        return None
    if not text.rstrip().endswith("?"):
        return _stated_claim(text, tokens)
    if not AUXILIARIES.isdisjoint(tokens[1:]):
        return "yes_no"
    if len(tokens) >= CLAIM_MIN_WORDS and REQUEST_WORDS.isdisjoint(tokens) and _finite_verb(tokens):
        return "yes_no"  # 'so Jo Bloggs met Ana Berg in Zephyra?'
    figures = [i for i, t in enumerate(tokens) if is_number(t) and not is_year(t)]
    if (
        figures
        and figures[0] >= CLAIM_MIN_WORDS - 1
        and REQUEST_WORDS.isdisjoint(tokens)
        and not RANK_NUMBER.search(text)
    ):
        return "yes_no"  # 'so acme shipped 54 tonnes?': a figure put as a claim
    return None


def _stated_claim(text: str, tokens: list[str]) -> str | None:
    """A statement put to the bot is a claim to check: 'the Netherlands shipped 118 tonnes in
    2023' is answered yes or no, while talk about oneself ('I read the piece') is no claim."""
    tokens = past_hedge(tokens)
    if len(tokens) < CLAIM_MIN_WORDS or tokens[0] in SPEAKER_WORDS | SUPPOSING:
        return None  # 'if Spain had sold 200 tonnes it would have led' supposes
    if SENTENCE_INSIDE.search(text.rstrip(" .!")) or not REQUEST_WORDS.isdisjoint(tokens):
        return None
    if "and" in tokens:
        at = tokens.index("and")
        if _finite_verb(tokens[:at]) and _finite_verb(tokens[at + 1 :]):
            return None  # 'A sold 118 tonnes and B sold 59': two statements, no one claim
    return "yes_no" if _finite_verb(tokens) or _copula_stated(tokens) else None


HEDGE_WORDS = frozenset({
    "sure", "think", "believe", "reckon", "bet", "guess", "suspect", "mistaken", "wrong",
    "recall", "remember", "thought",
})  # fmt: skip
"""How a speaker hedges a claim ('I'm fairly *sure* …', 'if I'm not *mistaken* …')."""
HEDGE_REACH = 5
"""How many words a hedge may take before its word ('if I am not *mistaken*')."""
HEDGE_JOINS = frozenset({"that", "but", "right", "correctly"})


def past_hedge(tokens: list[str]) -> list[str]:
    """The claim after its speaker's hedge: 'I'm fairly sure the report was by X', 'if I'm
    not mistaken, Spain led'; talk about oneself without a hedge word stays as it is."""
    start = 1 if tokens[:1] == ["if"] else 0
    if len(tokens) <= start or tokens[start] not in SPEAKER_WORDS:
        return tokens
    for i in range(start + 1, min(len(tokens), start + HEDGE_REACH + 1)):
        if tokens[i] in HEDGE_WORDS:
            rest = tokens[i + 1 :]
            while rest and rest[0] in HEDGE_JOINS:
                rest = rest[1:]
            return rest
    return tokens


COPULAS = frozenset({"is", "was", "are", "were", "isnt", "wasnt", "arent", "werent"})
"""'Belgium *was* second', 'the meeting *is* on Friday': a statement made with 'to be'."""


def _copula_stated(tokens: list[str]) -> bool:
    """A form of 'to be' after a subject states something ('the report was by Europol')."""
    return any(
        token in COPULAS and before not in NOT_SUBJECTS and before not in SPEAKER_WORDS
        for before, token in pairwise(tokens)
    )


NUMBER_OF_REACH = 5
"""Words after 'what' within which 'number of' makes it a count ('what is the number of …')."""


def question_type(words: tuple[str, ...], cues: frozenset[str]) -> str | None:
    """What kind of answer is wanted: who, where, when, how much … or yes/no, or None."""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "how":
            return {
                "much": "how_much",
                "many": "how_many",
                "long": "how_long",
                "old": "how_long",
                "come": "why",
            }.get(following, "how")
        if word in {"who", "whom", "whose"}:
            return "who"
        if word in {"where", "when", "why"}:
            return word
        if word in {"what", "which"}:
            if following == "time" and not RESULT_VERBS.isdisjoint(words[i + 2 : i + RESULT_REACH]):
                return "how_long"  # 'what time did she run?': her time, not when she ran
            if ("number", "of") in pairwise(words[i + 1 : i + NUMBER_OF_REACH]):
                return "how_many"  # 'what is the number of workers detained?'
            return "when" if following in TIME_NOUNS else word
    opens_as_check = bool(words) and words[0] in AUXILIARIES
    if any(pair == ("number", "of") for pair in pairwise(words)) and not (
        opens_as_check or any(is_number(w) and not is_year(w) for w in words)
    ):
        return "how_many"  # 'Georgia raid: number of workers detained?', 'confirm the number
        # of …' (not 'is the number of … 500?', which checks a figure)
    if opens_as_check or "yes_no" in cues:
        return "yes_no"
    return None


def _marking(spans: list[Span]) -> tuple[str, ...]:
    """The words a fact must echo, without a preposition of time: 'before the meeting' asks
    when, not what someone was before ('what was her job before?')."""
    kept: list[str] = []
    for span, after in zip(spans, [*spans[1:], None][: len(spans)], strict=True):
        opens = after.words[0] if after is not None else ""
        if span.words in TIME_PREPOSITIONS and (
            opens in PHRASE_OPENERS or opens in TIME_WORDS or is_number(opens)
        ):
            continue
        kept.extend(span.term.tokens if span.term else span.words)
    return tuple(kept)


def as_alternatives(text: str) -> str:
    """A quiz's labelled choices as alternatives: 'which led: A) Spain B) Belgium' asks
    'which led, Spain or Belgium'; fewer than two labels in sequence are left as written."""
    labels = list(OPTION_LABEL.finditer(text))
    letters = [m.group(1).lower() for m in labels]
    first = "a" if letters and letters[0].isalpha() else "1"
    expected = [chr(ord(first) + i) for i in range(len(letters))]
    if len(labels) < 2 or letters != expected:
        return text
    out, at = [], 0
    for n, match in enumerate(labels):
        before = text[at : match.start()].rstrip()
        out.append(before.rstrip(":?-–—").rstrip() if n == 0 else before)  # 'second? A) …'
        out.append(", " if n == 0 else " or ")
        at = match.end()
    out.append(text[at:])
    return "".join(out)


def _named_words(spans: list[Span]) -> frozenset[str]:
    """Names the message gives by another word of theirs, as read ('wales' for 'Welsh'): the
    adjectives of places and peoples, which describe the word after them."""
    return frozenset(
        w
        for s in spans
        if s.term
        and s.term.entity_kind in PLACE_KINDS
        and len(s.words) == 1
        and tuple(s.words) != s.term.tokens
        for w in s.term.tokens
    )


def _past_names(words: tuple[str, ...], named: frozenset[str]) -> tuple[str, ...]:
    """The words with names that describe a following word left out ('the Welsh minister')."""
    kept = [
        w
        for i, w in enumerate(words)
        if w not in named
        or i + 1 >= len(words)
        or words[i + 1] in named
        or words[i + 1] in _NOT_DESCRIBED
    ]
    return tuple(kept)
