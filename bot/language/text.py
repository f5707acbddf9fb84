"""Turning raw chat text into plain lowercase tokens, whatever people paste into a message."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 1000

_DROPPED_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}
_ASCII_CONTROLS = dict.fromkeys([*range(32), 127], " ")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_US_UK = [
    (re.compile(r"\bU\.\s?S\.(?:\s?A\.?)?|\bUSA\b|\bUS\b"), " united states "),
    (re.compile(r"\bu\.s\.(?:a\.)?", re.I), " united states "),
    (re.compile(r"\bU\.?K\.?(?=\W|$)|\bu\.k\.", re.I), " uk "),
]
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009](?=\d{3}\b)")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_ELISION = re.compile(
    r"\b([cdjlmnst]|qu|[dnsa]ell|all|dall|nell|sull|coll|quell|un|po)[\'’](?=\w)",
    re.IGNORECASE,
)
"""French, Italian and Portuguese elision: l'Espagne is 'l Espagne', qu'est-ce is 'qu est-ce',
dell'agenzia is 'dell agenzia'."""
_NOT_WORD = re.compile(r"[^\w.%]+|_")
"""Letters of every script are word characters; accents were folded away before."""
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
_NUMBER_THEN_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b)([a-z]+)\b")


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
    if ascii_only:
        return text.lower()
    text = unicodedata.normalize("NFD", text.casefold().translate(_LETTER_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def tokenize(text: str, limit: int = MAX_QUESTION_CHARS) -> list[str]:
    """Lowercase word and number tokens; '%' survives as the word 'percent'."""
    text = strip_invisible(text[: limit * 4])[:limit]
    if any(sign in text for sign in _CURRENCY):
        text = _MONEY.sub(_money, text)
    text = fold(text)
    text = _DIGIT_GROUPS.sub("", text)
    text = _NEGATIVE.sub(" minus ", text)
    text = _DISCORD_MARKUP.sub(" ", text)
    text = _BARE_DECIMAL.sub(r"0.\1", text)
    text = _POSSESSIVE.sub("", text)
    text = _ELISION.sub(r"\1 ", text).replace("'", "")
    text = text.replace("%", " percent ").replace("=", " equals ")
    text = _NUMBER_THEN_UNIT.sub(r"\1 \2", text)
    text = _NOT_WORD.sub(" ", text)
    if not text.isascii():
        text = _IDEOGRAPH.sub(r" \1 ", text)
    text = _STRAY_DOTS.sub(" ", text)
    return text.split()


def _money(match: re.Match[str]) -> str:
    sign, figure, scale = match.group(1), match.group(2), match.group(3) or ""
    return f" {figure} {scale} {_CURRENCY[sign]} "


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in {"19", "20"}
