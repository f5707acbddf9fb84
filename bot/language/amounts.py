"""Amounts as people write them in chat: '270k', '$22bn', '1.2 million', 'half a million',
'one hundred and eighteen'. Each becomes one number token, so the rest of the engine sees
digits; a single small number word ('seven straight years') is left as it is."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from bot.language.text import is_number

SCALES: Final = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "grand": 1e3,
    "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6, "mil": 1e6,
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "b": 1e9,
    "tn": 1e12, "trn": 1e12, "trillion": 1e12,
}  # fmt: skip
"""Words and suffixes that multiply the number before them."""
AFTER_MONEY_ONLY: Final = {"m": 1e6, "b": 1e9}
"""'$320m' is 320 million dollars, but '800m' on its own is 800 metres."""
MONEY_WORDS: Final = frozenset({
    "dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "gbp", "sterling",
    "yen", "yuan", "franc", "francs", "rupee", "rupees", "jpy", "cny", "chf",
})  # fmt: skip
UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
FRACTIONS: Final = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
"""'half a million', 'a quarter of a million', 'a third of a billion'."""
LEADS: Final = frozenset({"a", "an", "one"})


def read_amounts(tokens: list[str]) -> list[str]:
    """The tokens with each written amount made one number token. The tokenizer writes a
    currency sign as a code after the figure ('$320m' → 320 m usd), so 'm' there is million."""
    if TRIGGERS.isdisjoint(tokens) and not any(t[:1].isdigit() for t in tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        value, used = _spelled(tokens, i)
        if used >= 2 or (used == 1 and value is not None and value >= 100):
            scaled, extra = _scaled(value or 0.0, tokens, i + used)
            out.append(_number(scaled))
            i += used + extra
            continue
        fraction = _fraction_of_scale(tokens, i)
        if fraction is not None:
            out.append(_number(fraction[0]))
            i += fraction[1]
            continue
        token = tokens[i]
        if is_number(token):
            scaled, extra = _scaled(float(token), tokens, i + 1)
            out.append(_number(scaled) if extra else token)
            i += 1 + extra
            continue
        out.append(token)
        i += 1
    return out


def _scaled(value: float, tokens: list[str], at: int) -> tuple[float, int]:
    """The value times a scale word standing at `at`, and how many tokens that took."""
    if at >= len(tokens):
        return value, 0
    word = tokens[at]
    money = at + 1 < len(tokens) and tokens[at + 1] in MONEY_WORDS
    if word in AFTER_MONEY_ONLY and money:
        return value * AFTER_MONEY_ONLY[word], 1
    if word in SCALES and word not in AFTER_MONEY_ONLY:
        return value * SCALES[word], 1
    return value, 0


def _two_digits(tokens: list[str], i: int) -> tuple[int, int] | None:
    """'twenty three', 'nineteen', 'ninety': a number from 10 to 99 at i, and its length."""
    if i >= len(tokens):
        return None
    word = tokens[i]
    if word in TENS:
        if i + 1 < len(tokens) and 0 < UNITS.get(tokens[i + 1], 0) < 10:
            return TENS[word] + UNITS[tokens[i + 1]], 2
        return TENS[word], 1
    if UNITS.get(word, 0) >= 10:
        return UNITS[word], 1
    return None


def _spoken_year(tokens: list[str], i: int) -> tuple[float, int] | None:
    """A year said as people say it aloud: 'twenty twenty three' → 2023, 'nineteen ninety'
    → 1990, 'twenty oh five' → 2005."""
    if tokens[i] not in {"twenty", "nineteen", "eighteen"}:
        return None
    century = TENS.get(tokens[i]) or UNITS[tokens[i]]
    digit = UNITS.get(tokens[i + 2], 0) if i + 2 < len(tokens) else 0
    if tokens[i + 1 : i + 2] in (["oh"], ["o"]) and 0 < digit < 10:
        return float(century * 100 + digit), 3
    rest = _two_digits(tokens, i + 1)
    if rest is None:
        return None
    return float(century * 100 + rest[0]), 1 + rest[1]


def _spelled(tokens: list[str], i: int) -> tuple[float | None, int]:
    """A number written in words from position i ('one hundred and eighteen'), and how many
    tokens it took; (None, 0) when none starts there."""
    year = _spoken_year(tokens, i)
    if year is not None:
        return year
    total, current, used, last_word = 0.0, 0.0, 0, -1
    j = i
    while j < len(tokens):
        word = tokens[j]
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred" and j > i:
            current = (current or 1) * 100
        elif word in {"thousand", "million", "billion"} and j > i:
            total += (current or 1) * SCALES[word]
            current = 0
        elif word in LEADS and j == i and tokens[j + 1 : j + 2] in (["hundred"], ["thousand"]):
            j += 1  # 'a hundred and eighteen': the article is the one
            continue
        elif word == "and" and j > i and j + 1 < len(tokens) and _is_number_word(tokens[j + 1]):
            j += 1
            continue
        else:
            break
        used = j - i + 1
        last_word = j
        j += 1
    if not used or last_word < i:
        return None, 0
    return total + current, used


def _fraction_of_scale(tokens: list[str], i: int) -> tuple[float, int] | None:
    """'half a million' → 500,000; 'a quarter of a million' → 250,000."""
    start = i + 1 if tokens[i] in LEADS and i + 1 < len(tokens) else i
    if tokens[start] not in FRACTIONS:
        return None
    rest = tokens[start + 1 : start + 4]
    for skip in (["a"], ["an"], ["of", "a"], ["of", "an"]):
        n = len(skip)
        if rest[:n] == skip and len(rest) > n and rest[n] in {"thousand", "million", "billion"}:
            value = FRACTIONS[tokens[start]] * SCALES[rest[n]]
            return value, start - i + 1 + n + 1
    return None


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TENS or word in {"hundred", "thousand", "million"}


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.10g}"


PARTS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
"""The denominators people say in words: 'two thirds of', 'a quarter of'."""


def fraction_of(tokens: tuple[str, ...]) -> tuple[float, int, int] | None:
    """'half of X', 'a quarter of X', 'two thirds of X': the fraction, and the span of tokens
    that say it (so the rest can be read as what it is a fraction of)."""
    for i, token in enumerate(tokens):
        if token not in PARTS or i + 1 >= len(tokens) or tokens[i + 1] not in {"of", "the"}:
            continue
        count, start = 1.0, i
        if i > 0 and tokens[i - 1] in UNITS:
            count, start = float(UNITS[tokens[i - 1]]), i - 1
        elif i > 0 and tokens[i - 1] in LEADS:
            start = i - 1
        if count >= PARTS[token]:
            return None
        end = i + 2 if tokens[i + 1] == "of" else i + 1
        return count / PARTS[token], start, end
    return None


TRIGGERS: Final = (
    frozenset(UNITS) | frozenset(TENS) | frozenset(FRACTIONS) | {"hundred", "thousand"}
)
"""Words that may start a written amount; a message with none of them (and no digit) is
returned as it is."""


FRACTION_COUNTS: Final = frozenset({"a", "one", "two", "three", "four", "1", "2", "3", "4"})


def says_a_fraction(tokens: Sequence[str]) -> bool:
    """'a third', 'two fifths', 'a quarter of X': a rank word counted, which is a fraction of
    something, not a place in an order."""
    return fraction_of(tuple(tokens)) is not None or any(
        before in FRACTION_COUNTS and word in PARTS for before, word in pairwise(tokens)
    )
