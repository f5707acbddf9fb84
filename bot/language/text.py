"""Folding text for matching, whatever people paste, in one place, with the one stop-word list."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

MAX_QUESTION_CHARS = 1000
WORD_LISTS = "data/english.yaml"
"""The engine's stop words and fillers, which also say what a gap or a draft is not about."""
_PROSE_WORDS = frozenset(
    {"after", "before", "every", "here", "however", "most", "said", "too", "us", "while"}
)
"""Linking words of running text: stop words for gaps and drafts, left out of english.yaml
because the engine reads 'after' and 'most' in a question."""
_WORD_LETTERS = frozenset({"a", "i"})
"""The one-letter stop words; any other lone letter names something ('vitamin d', 'plan b')."""

_DROPPED_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}
_ASCII_CONTROLS = dict.fromkeys([*range(32), 127], " ")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_US_UK = [
    (re.compile(r"\bU\.\s?S\.(?:\s?A\.?)?|\bUSA\b|\bUS\b"), " united states "),
    (re.compile(r"\bu\.s\.(?:a\.)?", re.I), " united states "),
    (re.compile(r"\bU\.?K\.?(?=\W|$)|\bu\.k\.", re.I), " uk "),
]
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}[A-Za-z]\.?(?!\w)")
"""'I.A.A.F.' is IAAF; two letters ('p.m.', 'e.g.') stay letters ('U.S.' is read above)."""
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009](?=\d{3}\b)")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,.])")
"""'2,5 Tonnen' is 2.5, as most of Europe writes it; a longer whole part ('2023,5') or a list
('1,2,3') is not a decimal."""
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_ELISION = re.compile(
    r"\b([cdjlmnst]|qu|[dnsa]ell|all|dall|nell|sull|coll|quell|un|po)[\'’](?=\w)",
    re.IGNORECASE,
)
"""French, Italian and Portuguese elision: l'Espagne is 'l Espagne', qu'est-ce is 'qu est-ce',
dell'agenzia is 'dell agenzia'."""
_NOT_WORD = re.compile(r"[^\w.%]+|_")
"""Letters of every script are word characters; accents were folded away before."""
_WORD_BREAK = re.compile(r"[\W_]+")
_IDEOGRAPH = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
"""Scripts written without spaces are read a character at a time."""
_LETTER_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)
"""Letters with a stroke or ligature that Unicode does not decompose into a base letter."""
_STRAY_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")
_DISCORD_MARKUP = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")
"""Mentions and channel links are addressing, not words of the question."""
_BARE_DECIMAL = re.compile(r"(?<![\w.])\.(\d)")
_SCIENTIFIC = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)e([+-]?\d{1,2})(?![\d.])", re.IGNORECASE)
"""'1.23e5 kg' as people paste figures from a calculator or a spreadsheet: 123000."""
_NEGATIVE = re.compile(r"(?:^|(?<=[\s(=]))[-\u2212\u2013](?=\.?\d)")
"""A minus sign before a number, not inside a range (2022-2023) or a name (COVID-19)."""
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_MONEY = re.compile(
    r"(?:US|C|A|NZ)?([$€£¥])\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|bn|b|tn|thousand|million|billion|trillion)?\b",
    re.IGNORECASE,
)
"""'$22bn', '€3.5 million', '£318': the figure, its scale, then the currency as a code
(never 'pounds', which people also use for weight)."""
_PLUS = re.compile(r"(?<=\w)\+(?=\w)|(?<=\w)\s+\+\s+(?=\w)")
"""'A+B', '3 + 4': a plus between two words or figures adds them ('+5%', 'C++', 'Disney+ prices'
do not)."""
_RANK_MARK = re.compile(r"(?:#|\bno\.\s?|\bnr\.?\s?)(\d{1,2})(?![\d.%]|\s*(?:percent|of)\b)")
"""'#1', 'no.1', 'nr 2': a place in a ranking, read as the ordinal it is ('1st'), so
it is no figure claimed."""
_NUMBER_THEN_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b)([a-z]+)\b")


def _ordinal(match: re.Match[str]) -> str:
    number = int(match[1])
    teens = 10 <= number % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f" {number}{suffix} "


def strip_invisible(text: str) -> str:
    """Control characters become spaces; format (zero-width, bidi) and unassigned ones, which
    people never mean, go."""
    if text.isascii():
        return text.translate(_ASCII_CONTROLS)
    return "".join(_visible(ch) for ch in text)


def _visible(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cc":
        return " "
    return "" if category in _DROPPED_CATEGORIES else ch


def fold(text: str) -> str:
    """Compatibility-fold, lowercase and strip accents, so Bélgica and BELGICA are one word."""
    ascii_only = text.isascii()
    if not ascii_only:
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    for pattern, replacement in _US_UK:
        text = pattern.sub(replacement, text)
    if "." in text:
        text = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", "") + " ", text)
    if ascii_only:
        return text.lower()
    text = unicodedata.normalize("NFD", text.casefold().translate(_LETTER_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _expanded(match: re.Match[str]) -> str:
    """A figure in scientific notation written out ('1.3e2' is 130)."""
    value = float(match[1]) * 10 ** int(match[2])
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")


def tokenize(text: str, limit: int = MAX_QUESTION_CHARS) -> list[str]:
    """Lowercase word and number tokens; '%' survives as the word 'percent'."""
    return list(_tokens(text, limit))


TOKENS_KEPT = 8192
"""Texts whose tokens are kept: the reader, the checks and the engine tokenize the same texts."""


@lru_cache(maxsize=TOKENS_KEPT)
def _tokens(text: str, limit: int) -> tuple[str, ...]:
    """tokenize's work, once per kept text (each caller gets a list of its own)."""
    text = strip_invisible(text[: limit * 4])[:limit]
    if any(sign in text for sign in _CURRENCY):
        text = _MONEY.sub(_money, text)
    text = fold(text)
    text = _DIGIT_GROUPS.sub("", text)
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _NEGATIVE.sub(" minus ", text)
    text = _DISCORD_MARKUP.sub(" ", text)
    text = _BARE_DECIMAL.sub(r"0.\1", text)
    text = _SCIENTIFIC.sub(_expanded, text)
    if "#" in text or "n" in text:
        text = _RANK_MARK.sub(_ordinal, text)
    text = _POSSESSIVE.sub("", text)
    text = _ELISION.sub(r"\1 ", text).replace("'", "")
    text = text.replace("%", " percent ").replace("=", " equals ")
    if "+" in text:
        text = _PLUS.sub(" plus ", text)
    text = _NUMBER_THEN_UNIT.sub(r"\1 \2", text)
    text = _NOT_WORD.sub(" ", text)
    if not text.isascii():
        text = _IDEOGRAPH.sub(r" \1 ", text)
    text = _STRAY_DOTS.sub(" ", text)
    return tuple(text.split())


def plain_words(text: str) -> list[str]:
    """Folded words as written, for gap keys and draft ids that tokenize's figure readings spoil."""
    text = _POSSESSIVE.sub("", fold(strip_invisible(text)))
    text = _ELISION.sub(r"\1 ", text).replace("'", "")
    if not text.isascii():
        text = _IDEOGRAPH.sub(r" \1 ", text)
    return _WORD_BREAK.sub(" ", text).split()


def content_words(text: str) -> list[str]:
    """The words that say what a text is about, so wordings differing only in filler agree."""
    stop = stop_words()
    return [word for word in plain_words(text) if word not in stop]


@cache
def stop_words() -> frozenset[str]:
    """One stop-word list, read on first use so that tokenizing never pays for the YAML."""
    import yaml

    data = resources.files("bot.language").joinpath(WORD_LISTS).read_text("utf-8")
    lists = yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    stop = {word for phrase in lists["stopwords"] for word in plain_words(str(phrase))}
    fillers = (plain_words(str(phrase)) for phrase in lists["fillers"])
    stop |= _PROSE_WORDS | {filler[0] for filler in fillers if len(filler) == 1}
    return frozenset(word for word in stop if len(word) > 1 or word in _WORD_LETTERS)


def _money(match: re.Match[str]) -> str:
    sign, figure, scale = match.group(1), match.group(2), match.group(3) or ""
    return f" {figure} {scale} {_CURRENCY[sign]} "


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in {"19", "20"}


def possessive_of(name: str) -> str:
    """'Belgium's', 'the Netherlands'': a name as the owner of what follows."""
    return name + ("'" if name.endswith("s") else "'s")
