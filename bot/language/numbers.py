"""Reading the figures a sentence states, in digits or in words, to check facts against them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "eighteenth": 18,
    "twentieth": 20,
}  # fmt: skip
ORDINALS = {
    word: value
    for word, value in WORD_NUMBERS.items()
    if word.endswith(("st", "nd", "rd", "th")) and word != "thousand"
}
"""Ranks in words: 'the seventh straight year'."""
_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


SCALES_ASKED = {
    "thousands": 1e3, "thousand": 1e3, "millions": 1e6, "million": 1e6, "mn": 1e6,
    "billions": 1e9, "billion": 1e9, "bn": 1e9, "trillions": 1e12, "trillion": 1e12,
}  # fmt: skip
"""Words that ask for an amount in a scale ('£8.1bn *in millions*')."""
SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def asked_scale(tokens: Sequence[str]) -> float | None:
    """The scale an amount is asked in: 'in billions (of pounds)', 'into millions'."""
    for before, word in pairwise(tokens):
        if before in {"in", "into"} and word in SCALES_ASKED:
            return SCALES_ASKED[word]
    return None


def ordinals_in(tokens: Iterable[str]) -> set[int]:
    """The ranks words state, in words or digits: 'seventh', '7th'."""
    found = set()
    for token in tokens:
        if token in ORDINALS:
            found.add(ORDINALS[token])
        elif match := _DIGIT_ORDINAL.fullmatch(token):
            found.add(int(match[1]))
    return found


SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
    "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip

_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORDS = re.compile(r"[a-z]+")
_SCALED = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(k|thousand|m|mn|million|bn|"
    r"billion|tn|trillion)\b",
    re.I,
)
_WORD_SCALED = re.compile(
    r"\b(half|a quarter of|a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:an?[\s-]+)?"
    r"(thousand|million|billion|trillion)\b",
    re.I,
)
_FRACTION = re.compile(
    r"\b(a|one|two|three|four)[\s-]+(half|thirds?|quarters?|fifths?|tenths?)\b|\bhalf\b", re.I
)
_TENS_AND_UNITS = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)
"""'sixty-five volunteers' states 65 (and its words 60 and 5, read alone)."""
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d(?:\.\d+)?)(?![\d:])")
_SMALL = {"a": 1, "one": 1, "half": 0.5, "a quarter of": 0.25}


_SCALE_AFTER = re.compile(r"\s?(k|mn|m|bn|b|tn|thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALES = {
    "k": 1e3, "thousand": 1e3, "mn": 1e6, "m": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
_MONEY_ONLY = {"m", "b"}
"""'€240m' is 240 million; '800m' after no currency sign is 800 metres."""


_CAPITALISED: Final = re.compile(r"(?<=[\w,;]\s)([\"“‘]?)([A-Z][a-z]+)\b")


def without_named_numbers(text: str) -> str:
    """The text without number words capitalised inside a sentence: 'the Big Four', 'the
    Seven Sisters' name something and state no figure."""
    return _CAPITALISED.sub(lambda m: m[1] if m[2].lower() in WORD_NUMBERS else m[0], text)


def figures_in(text: str) -> list[float]:
    """Every figure a text states: 1,000 / 72% / 18th / seventh straight year / €240m (both
    240 and 240 million)."""
    found = []
    for match in _DIGITS.finditer(text):
        value = float(match.group().replace(",", ""))
        found.append(value)
        scale = _SCALE_AFTER.match(text, match.end())
        if scale:
            word = scale.group(1).lower()
            money = match.start() > 0 and text[match.start() - 1] in "$€£¥"
            if word not in _MONEY_ONLY or money:
                found.append(value * _SCALES[word])
    found += [float(WORD_NUMBERS[w]) for w in _WORDS.findall(text.lower()) if w in WORD_NUMBERS]
    found += [
        float(WORD_NUMBERS[m[1].lower()] + WORD_NUMBERS[m[2].lower()])
        for m in _TENS_AND_UNITS.finditer(text)
    ]
    return found


def stated_figures(text: str) -> list[float]:
    """`figures_in`, and the amounts scale words and fractions make of them, as a quote may be
    quantified: '320m' is also 320,000,000 (a text about money writes millions so); half a
    million is 500,000; a third is also 33.3 (%); a race time 3:46.04 is also 226.04 seconds."""
    found = figures_in(text)
    for match in _SCALED.finditer(text):
        found.append(round(float(match[1].replace(",", "")) * SCALES[match[2].lower()], 6))
    for match in _WORD_SCALED.finditer(text):
        count = match[1].lower()
        value = _SMALL.get(count, WORD_NUMBERS.get(count, 1))
        found.append(float(value * SCALES[match[2].lower()]))
    for match in _FRACTION.finditer(text):
        if match[2] is None:
            found += [0.5, 50.0]
            continue
        count = match[1].lower()
        share = _SMALL.get(count, WORD_NUMBERS.get(count, 1)) * FRACTIONS[match[2].lower()]
        found += [share, percent_of(share)]
    for match in _CLOCK.finditer(text):
        found.append(round(int(match[1]) * 60 + float(match[2]), 6))
    return found


def percent_of(share: float) -> float:
    """A share as the percent a reader says: a third is 33.3 %."""
    return round(100 * share, 1)


def decimals_of(value: float) -> int:
    """How many decimals a stated figure has: its rounding is half a unit of the last one."""
    text = repr(float(value))
    if text.endswith(".0"):
        return 0
    return len(text.split(".")[1]) if "." in text else 0
