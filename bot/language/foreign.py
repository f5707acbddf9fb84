"""Questions in Dutch, French, German, Spanish, Italian, Portuguese or Polish, read in English.

The word lists (bot/language/data/languages.yaml) map each language's question words, common
words, numbers and politeness to English; a message is taken to be in another language only
when several of its words belong to that language and are not English words as well."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.language.lemmas import is_word_of, lemma_in
from bot.language.text import fold, tokenize

MIN_FOREIGN_WORDS: Final = 2
"""Distinct words of the language that are not also English words, for a message to be in it…"""
MIN_FOREIGN_SHARE: Final = 0.15
"""…making at least this share of its words; or one such word, with words the language shares
with English ('de', 'die', 'in') making up at least MOSTLY of the message."""
MOSTLY: Final = 0.5
LONGEST_PHRASE: Final = 5
DROP: Final = ()
COMMON_ZIPF: Final = 3.0
"""A word this common (wordfreq's Zipf scale) in a language is one of its ordinary words…"""
LEAD: Final = 1.5
"""…and a sign of that language when it is this much more common there than in English."""
TYPO_MIN_LENGTH: Final = 5
"""Shorter words of another language have too many neighbours to guess a typo of."""
COMPARATIVES: Final = frozenset({
    "more", "less", "fewer", "bigger", "larger", "smaller", "higher", "lower", "greater",
})  # fmt: skip
"""English comparatives: after one, a language's 'than' word ('que', 'als') is read as 'than'."""
TAG: Final = ("right",)
"""What a language's question tag ('…, ¿verdad?', '…, oder?') is read as: the English tag."""
INDEFINITE: Final = ("a",)
"""The article a language writes like 'one' ('een', 'un'), read as 'a': 'een record' is no count."""
FOREIGN_ZIPF_CEILING: Final = 7.9
"""No word of the seven languages' small lists is more common than this ('de' in Spanish,
7.81; a test checks it): a word this much less common in English can never be a sign."""


SHORT_NAME: Final = 2
"""A one-word name this short inside a listed phrase ('eu' of 'a eu lieu') is a word of the
phrase, not the name ('EU'); a longer one, or one of several words ('de Vries'), is a name."""


DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""A figure whose thousands are grouped by dots, as these languages write them ('1.000')."""


ENGLISH_ASKING = frozenset((w,) for w in ("what", "who", "where", "when", "which", "why", "how"))
ENGLISH_ASKED = frozenset(
    (w,)
    for w in ("is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "many", "much")
)
"""An English question's first two words ('what is', 'how many'), which no other language's
question opens with: the message is English whatever words follow."""


@dataclass
class Language:
    """One language's phrases, each folded to tokens, with its English rendering."""

    code: str
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    words: frozenset[str] = frozenset()
    """Every single word the lists give for this language, for telling it apart."""
    singles: tuple[str, ...] = ()
    """The one-word keys, for reading a word by its dictionary form or through a typo."""
    openers: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    """Words that open a yes/no question ('Heeft …?', 'Est-ce que …?') → an English
    auxiliary, so the question is still read as a check once the rest is in English."""
    tags: frozenset[tuple[str, ...]] = frozenset()
    """Tags that end a check ('…, ¿verdad?', '…, stimmt's?'), read as the English tag."""
    than: frozenset[str] = frozenset()
    """Words for "than" that mean something else too ("que", "als"): "than" after a comparative."""
    indefinite: frozenset[str] = frozenset()
    """The indefinite articles that are also the word for 'one' ('een', 'ein', 'un')."""
    alternatives: frozenset[str] = frozenset()
    """The words for 'or', read so inside a message ('Londres ou Washington'); French 'ou' at
    either end is 'où', where."""


class Reader:
    """Detects the language of a question and puts its words into English."""

    def __init__(
        self,
        data: dict[str, Any],
        is_english: Callable[[str], bool],
        known: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.is_english = is_english
        self.known = known
        """Words the packs use (their names among them): never a sign of another language."""
        self.languages = {code: _language(code, table) for code, table in data.items()}
        self.any_language = frozenset().union(*(lang.words for lang in self.languages.values()))
        self.openers = frozenset(
            tokens[0]
            for table in data.values()
            for phrase in (table.get("question_words") or {})
            if len(tokens := tokenize(str(phrase))) == 1
        )
        """One-word question words of the other languages ('chi', 'wie', 'quién')."""
        self.opening_phrases = {
            code: frozenset(
                opening
                for phrase in (table.get("question_words") or {})
                if len(opening := tuple(tokenize(str(phrase)))) > 1
            )
            for code, table in data.items()
        }
        """Question openings of several words ('kim jest', 'wer ist'): a message that starts
        with one is in that language even when each word is also an English one."""
        """Every word of every list: a message with fewer than two of them is English."""

    def detect(self, tokens: list[str]) -> str | None:
        """The other language the message is in, or None for English."""
        opened = self._by_opening(tokens)
        if opened is not None:
            return opened  # 'wie viele …' is German whatever its other words look like
        opens_foreign = bool(tokens) and tokens[0] in self.openers
        if len(self.any_language.intersection(tokens)) < MIN_FOREIGN_WORDS and not opens_foreign:
            return None  # unless it opens with a question word: 'ile kokainy przejęła Hiszpania'
        letters = [t for t in tokens if t.isalpha()]
        best, best_score = None, (0, 0)
        for code, language in self.languages.items():
            shared = [t for t in letters if t in language.words]
            own = {t for t in shared if not self.is_english(t)}
            if (len(own), len(shared)) > best_score:
                best, best_score = code, (len(own), len(shared))
        own_count, shared_count = best_score
        english = tuple(tokens[:1]) in ENGLISH_ASKING and tuple(tokens[1:2]) in ENGLISH_ASKED
        if english and own_count < MIN_FOREIGN_WORDS and shared_count <= MIN_FOREIGN_WORDS:
            return None  # 'what is Jo's titel?': an English question with a typo in it (but
            # 'who is de minister van …' is Dutch from its third word on)
        if own_count >= MIN_FOREIGN_WORDS and own_count >= MIN_FOREIGN_SHARE * len(letters):
            return best
        if own_count >= 1 and shared_count >= MOSTLY * len(letters):
            return best
        return self._by_frequency(letters)

    def _by_opening(self, tokens: list[str]) -> str | None:
        """The one language whose longest question opening the message starts with."""
        best: dict[str, int] = {}
        for code, phrases in self.opening_phrases.items():
            lengths = [n for n in range(2, LONGEST_PHRASE + 1) if tuple(tokens[:n]) in phrases]
            if lengths:
                best[code] = max(lengths)
        longest = max(best.values(), default=0)
        found = [code for code, length in best.items() if length == longest]
        return found[0] if len(found) == 1 else None

    def _by_frequency(self, letters: list[str]) -> str | None:
        """A message the lists say too little about ('¿por qué puerto pasaron más drogas?',
        'chi è X?'): the language in which its words are common and English ones are not.
        Word frequencies (wordfreq's small lists, 21 MB for all seven) are looked up only when
        some words are neither English nor the packs' and enough could be signs of another
        language, so English questions never pay."""
        words = [t for t in letters if len(t) > 1]
        strangers = [t for t in words if not self.known(t) and not self.is_english(t)]
        opens_foreign = bool(letters) and letters[0] in self.openers
        if not (strangers or opens_foreign) or self.any_language.isdisjoint(letters):
            return None
        from wordfreq import zipf_frequency  # here: only a message with strange words needs it

        english = {t: zipf_frequency(t, "en") for t in words}
        plainly_english = [t for t in words if english[t] >= COMMON_ZIPF]
        needed = 1 if len(plainly_english) <= 1 else MIN_FOREIGN_WORDS
        if _at_most_signs(words, english, self.known) < needed:
            return None  # too few words could be signs: English, the other lists unread
        best, best_signs = None, 0
        for code in self.languages:
            signs = sum(
                zipf_frequency(t, code, wordlist="small") >= max(COMMON_ZIPF, english[t] + LEAD)
                for t in words
                if not self.known(t)
            )
            if signs > best_signs:
                best, best_signs = code, signs
        if best_signs >= MIN_FOREIGN_WORDS or (best_signs == 1 and len(plainly_english) <= 1):
            return best
        return None

    def to_english(
        self,
        tokens: list[str],
        code: str,
        name_at: Callable[[list[str], int], int] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> list[str]:
        """The tokens with every phrase of the language replaced by its English, longest first;
        articles, auxiliaries and politeness dropped; other words (names, cognates) kept.

        `name_at` gives the length of a name starting at a position (0 for none): a name is
        never translated word by word ('Pays-Bas' is the Netherlands, not 'the countries').
        A word the lists lack is read by its dictionary form, then as a typo of a listed word,
        unless `known` says the packs use it as typed."""
        language = self.languages[code]
        phrases = language.phrases
        out: list[str] = []
        i = 0
        tokens, tagged = _without_tag(tokens, language.tags)
        for length in range(min(LONGEST_PHRASE, len(tokens)), 0, -1):
            if (opening := language.openers.get(tuple(tokens[:length]))) is not None:
                out += opening
                i = length
                break
        while i < len(tokens):
            if tokens[i] in language.indefinite:
                out += INDEFINITE
                i += 1
                continue
            if tokens[i] in language.alternatives and _between_alternatives(tokens, i, name_at):
                out.append("or")
                i += 1
                continue
            if tokens[i] in language.than and _compared(out):
                out.append("than")
                i += 1
                continue
            named = name_at(tokens, i) if name_at else 0
            if named:
                out += tokens[i : i + named]
                i += named
                continue
            for length in range(min(LONGEST_PHRASE, len(tokens) - i), 0, -1):
                inside = range(i + 1, i + length)
                if name_at and any(_swallowed(tokens, j, name_at) for j in inside):
                    continue  # the phrase would swallow the start of a name
                english = phrases.get(tuple(tokens[i : i + length]))
                if english is not None:
                    if (
                        english[-1:] == ("than",)
                        and tokens[i + length - 1] not in language.than
                        and not self._figure_at(tokens, i + length, code)
                    ):
                        english = english[:-1]  # 'plus de riz': more rice, not 'more than'
                    out += english
                    i += length
                    break
            else:
                token = tokens[i]
                if DOT_GROUPED.fullmatch(token):
                    out.append(token.replace(".", ""))  # '1.000 neue Substanzen': a thousand
                    i += 1
                    continue
                keep = (known is not None and known(token)) or self.is_english(token)
                english = None if keep else self._unlisted(token, code)
                out += [token] if english is None else english
                i += 1
        return out + list(TAG) if tagged else out

    def _figure_at(self, tokens: list[str], at: int, code: str) -> bool:
        """Whether a figure (in digits or in the language's words) stands at this position."""
        if at >= len(tokens):
            return False
        english = self.languages[code].phrases.get((tokens[at],), ())
        return any(t[:1].isdigit() for t in (tokens[at], *english))

    def _unlisted(self, token: str, code: str) -> tuple[str, ...] | None:
        """The English of a word in no list: by its dictionary form, or as a one-letter slip
        (two in a long word) of a listed word."""
        language = self.languages[code]
        if not token.isalpha():
            return None
        lemma = fold(lemma_in(token, code))
        if lemma != token and (lemma,) in language.phrases:
            return language.phrases[lemma,]
        if len(token) < TYPO_MIN_LENGTH or lemma != token or is_word_of(token, code):
            return None  # a word of the language the lists lack, not a slip ('pegou', 'pagou')
        near = process.extractOne(
            token,
            language.singles,
            scorer=OSA.distance,
            score_cutoff=1 if len(token) < 9 else 2,
        )
        return language.phrases[near[0],] if near is not None else None


def _swallowed(tokens: list[str], at: int, name_at: Callable[[list[str], int], int]) -> bool:
    """Whether a name starts at `at` that a phrase over it would swallow."""
    length = name_at(tokens, at)
    return bool(length) and (length > 1 or len(tokens[at]) > SHORT_NAME)


def _without_tag(tokens: list[str], tags: frozenset[tuple[str, ...]]) -> tuple[list[str], bool]:
    """The tokens without the tag that ends them, and whether there was one."""
    for length in range(min(LONGEST_PHRASE, len(tokens) - 1), 0, -1):
        if tuple(tokens[-length:]) in tags:
            return tokens[:-length], True
    return tokens, False


def _between_alternatives(
    tokens: list[str], at: int, name_at: Callable[[list[str], int], int] | None
) -> bool:
    """Whether the word for 'or' at `at` joins two alternatives: a name on either side
    ('Londres ou Washington') or the same word opening both ('à Londres ou à Washington').
    French 'ou' also stands for 'où' written without its accent, Dutch 'of' and Polish 'czy'
    for 'whether' ('tu sais ou Jo …', 'powiedz mi, czy …'): those join nothing."""
    if not 0 < at < len(tokens) - 1:
        return False
    if at >= 2 and tokens[at + 1] == tokens[at - 2]:
        return True
    if name_at is None:
        return False
    before = any(name_at(tokens, j) == at - j for j in range(max(0, at - LONGEST_PHRASE), at))
    return before and name_at(tokens, at + 1) > 0


def _compared(out: list[str]) -> bool:
    """Whether the English so far holds a comparative still waiting for its 'than'."""
    at = max((i for i, t in enumerate(out) if t in COMPARATIVES), default=-1)
    return at >= 0 and "than" not in out[at:]


def _at_most_signs(
    words: list[str], english: dict[str, float], known: Callable[[str], bool]
) -> int:
    """The most signs any one language could find in the words, from English alone: a sign
    is a word no pack uses that is LEAD more common there, and nothing there tops the ceiling."""
    rarest = FOREIGN_ZIPF_CEILING - LEAD
    return sum(1 for t in words if not known(t) and english[t] <= rarest)


def _language(code: str, table: dict[str, Any]) -> Language:
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for section in ("stopwords", "fillers"):
        for phrase in table.get(section, []):
            phrases.setdefault(tuple(tokenize(str(phrase))), DROP)
    for section in ("question_words", "words", "ordinals", "numbers"):
        for phrase, english in (table.get(section) or {}).items():
            key = tuple(tokenize(str(phrase)))
            if key:
                phrases[key] = tuple(tokenize(str(english)))
    phrases.pop((), None)
    words = frozenset(word for key in phrases for word in key)
    singles = tuple(sorted(key[0] for key in phrases if len(key) == 1))
    openers = {
        key: tuple(tokenize(str(english)))
        for phrase, english in (table.get("checks") or {}).items()
        if (key := tuple(tokenize(str(phrase))))
    }
    tags = frozenset(key for tag in table.get("tags", []) if (key := tuple(tokenize(str(tag)))))
    than = frozenset(t for word in table.get("than", []) for t in tokenize(str(word)))
    indefinite = frozenset(t for word in table.get("indefinite", []) for t in tokenize(str(word)))
    alternatives = frozenset(t for word in table.get("or", []) for t in tokenize(str(word)))
    return Language(code, phrases, words, singles, openers, tags, than, indefinite, alternatives)


@cache
def word_lists() -> dict[str, Any]:
    """The shipped word lists, read once."""
    import yaml  # not needed when the index cache holds the lists already read

    text = resources.files("bot.language").joinpath("data/languages.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data
