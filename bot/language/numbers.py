"""Reading the figures a sentence states, in digits or in words, to check facts against them."""

from __future__ import annotations

import re

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "eighteenth": 18,
    "twentieth": 20,
}  # fmt: skip

_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORDS = re.compile(r"[a-z]+")


_SCALE_AFTER = re.compile(r"\s?(k|mn|m|bn|b|tn|thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALES = {
    "k": 1e3, "thousand": 1e3, "mn": 1e6, "m": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
_MONEY_ONLY = {"m", "b"}
"""'€240m' is 240 million; '800m' after no currency sign is 800 metres."""


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
    return found


def decimals_of(value: float) -> int:
    """How many decimals a stated figure has: its rounding is half a unit of the last one."""
    text = repr(float(value))
    if text.endswith(".0"):
        return 0
    return len(text.split(".")[1]) if "." in text else 0
