"""The figures a sentence states, typed for a draft fact: money, shares, lengths, weights,
durations, ages, counts, race times, years and dates, each with what it measures.

Written here rather than taken from a quantity parser: the draft needs the figure exactly as
`kb check` reads it back from the quote (bot.language.numbers), the unit as the pack's
registry names it, and the words around it that say what is counted; the parsers we tried
either normalise the figure away from the text or load large tables at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.language.numbers import FRACTIONS, SCALES, WORD_NUMBERS, percent_of, stated_figures

# fmt: off
UNIT_WORDS: Final = {
    "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer", "m": "meter", "metre": "meter",
    "metres": "meter", "meter": "meter", "meters": "meter", "cm": "centimeter",
    "centimetres": "centimeter", "mm": "millimeter", "millimetres": "millimeter",
    "mile": "mile", "miles": "mile", "ft": "foot", "feet": "foot", "foot": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard",
    "kg": "kilogram", "kilos": "kilogram", "kilograms": "kilogram", "kilogrammes": "kilogram",
    "g": "gram", "grams": "gram", "tonnes": "metric_ton", "tonne": "metric_ton",
    "t": "metric_ton", "tons": "metric_ton", "ton": "metric_ton", "lb": "pound", "lbs": "pound",
    "litres": "liter", "litre": "liter", "liters": "liter", "liter": "liter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "seconds": "second", "second": "second", "secs": "second", "sec": "second",
    "minutes": "minute", "minute": "minute", "mins": "minute", "hours": "hour",
    "hour": "hour", "hrs": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week",
    "months": "month", "month": "month", "years": "year", "year": "year", "yrs": "year",
}
# fmt: on
TIME_UNITS: Final = {"second", "minute", "hour"}
"""Units the shared lexicon may lack; a draft that uses one adds it to the pack lexicon."""
CURRENCIES: Final = {"$": "US dollars", "£": "pounds sterling", "€": "euros", "¥": "yen"}
CURRENCY_UNITS: Final = {"$": "usd", "£": "gbp", "€": "eur", "¥": "jpy"}
"""The unit keys the language layer gives currencies; a pack without them counts money."""
CURRENCY_WORDS: Final = {
    "dollars": "US dollars",
    "pounds sterling": "pounds sterling",
    "euros": "euros",
}
MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WHAT_WORDS: Final = 3
_NUMBER: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TENS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUMBER: Final = rf"(?:{_TENS})-(?:{_UNITS})(?![\w-])|" + "|".join(
    sorted(WORD_NUMBERS, key=len, reverse=True)
)
"""A number in words: 'sixty-five' (tens and units joined) before 'sixty' and 'five'."""
_MONEY: Final = re.compile(
    rf"(?P<cur>US\$|[$£€¥])\s?(?P<num>{_NUMBER})(?:\s?-\s?(?P<to>{_NUMBER}))?"
    r"(?:\s?(?P<scale>bn|billion|mn|m|million|k|thousand|tn|trillion)\b)?",
    re.I,
)
_PERCENT: Final = re.compile(
    rf"(?<![\w.])(?P<num>{_NUMBER})(?:\s?(?:-|–|to)\s?(?P<to>{_NUMBER}))?\s?(?:%|per ?cent\b)",
    re.I,
)
_MEASURE: Final = re.compile(
    rf"(?<![\w.$£€])(?P<num>{_NUMBER}|{_WORD_NUMBER}|an?(?![\s-]+(?:{_WORD_NUMBER}|\d)\b)|"
    rf"half[\s-]an?)(?:\s?(?:-|–|to)\s?"
    rf"(?P<to>{_NUMBER}))?[\s-]?(?P<unit>[a-z]+)\b(?!['’]s)",
    re.I,
)
_AGE: Final = re.compile(
    rf"\b(?:at the age of|aged|age of|age)\s(?P<num>\d{{1,3}}|{_WORD_NUMBER})\b|"
    rf"\b(?P<num2>\d{{1,3}}|{_WORD_NUMBER})[\s-]year[\s-]old\b|"
    r"\b[A-Z][a-z'’]+,\s(?P<num3>[1-9]\d),\s(?=[a-z])",
)
"""'at the age of 30', 'a 30-year-old' (or '30 year-old'), and 'Mutai, 30, is': an age after a
name."""
_DATA: Final = re.compile(
    r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>GB|MB|TB|gigabytes?|megabytes?|terabytes?)\b"
    r"(?:\s+of\s+(?P<of>[a-z]+(?:\s+[a-z]+)?))?",
    re.I,
)
"""'32GB of memory', '8GB of flash memory': storage, which readers ask about as such."""
_POUNDS: Final = re.compile(rf"(?<![\w.])(?P<num>{_NUMBER})\s?pounds\b(?=\s*\(\s*\$)")
"""'fined 50 pounds ($100)': pounds as money where the text gives dollars beside them."""
_SCALED: Final = re.compile(
    rf"(?<![\w.$£€])(?P<num>{_NUMBER}|half a|a)\s?(?P<scale>bn|billion|mn|m|million|k|thousand)\b",
    re.I,
)
_SPEED: Final = re.compile(
    rf"(?<![\w.$£€])(?P<num>{_NUMBER})\s?(?P<unit>km/h|kmh|kph|mph|m/s|km per hour|"
    r"kilomet(?:re|er)s? (?:per|an) hour|miles? (?:per|an) hour|met(?:re|er)s? per second)"
    r"(?![\w/])",
    re.I,
)
"""A speed ('3km/h', '60mph', '25 miles per hour'), read before its 'km' or 'miles' alone."""
_LENGTH_BESIDE: Final = re.compile(
    r"\s*\(\s*\d[\d.,]*\s*(?:ft|feet|foot|in|inch|inches|yd|yards?)\b", re.I
)
"""A length in feet or inches given beside a figure ('1.3m (4.2ft)'): its 'm' is metres."""
_FRACTION: Final = re.compile(
    r"\b(?P<count>a|one|two|three|four)[\s-]+(?P<part>half|thirds?|quarters?|fifths?|tenths?)\b",
    re.I,
)
_CLOCK: Final = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d(?:\.\d+)?)(?![\d:])")
_YEAR: Final = re.compile(r"(?<![\w.$£€,])(1[5-9]\d\d|20\d\d)(?:s\b)?(?![\w,.]\d)")
_DATE: Final = re.compile(
    rf"\b(?:\d{{1,2}}(?:\s?-\s?\d{{1,2}})?\s(?:{MONTHS})\b|(?:{MONTHS})\s\d{{1,2}}\b|"
    rf"(?:{MONTHS})\s(?:1[5-9]|20)\d\d\b|(?:on\s)?(?:{WEEKDAYS})\b|"
    r"(?:yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year))\b|"
    r"\b\d{1,2}(?:[.:]\d\d)?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\b\d{4}\s?(?:GMT|BST|UTC)\b|"
    r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])|"
    r"\b\d+ (?:days|weeks|months|years) ago\b|\bthe (?:nineteen|twenty)?(?:sixties|seventies|"
    r"eighties|nineties|fifties|forties|thirties)\b)",
    re.I,
)
_BARE_MONTH: Final = re.compile(
    r"\b(?:in|on|by|since|until|from|last|next|early|late|mid|mid-|this)\s+(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b"
)
"""'approved the plans in March': a month on its own, capitalised, after a preposition."""
_BARE: Final = re.compile(rf"(?<![\w.:$£€])(?P<num>{_NUMBER})(?![\w:]|\.\d)")
_COMPOUND: Final = re.compile(
    rf"\b(?P<num>{_WORD_NUMBER}|\d{{1,3}})-(?P<noun>[a-z]+)\s+"
    r"(?P<rest>(?:[A-Za-z][\w'’-]*\s+){0,3}?)(?P<head>[a-z]+)\b",
)
"""'the four-door vehicles' (four doors), 'the three-time Hart Trophy recipient' (three Hart
Trophies): a number joined to a noun says how many of it each thing has or has won."""
TIMES_HEADS: Final = frozenset(
    {"recipient", "winner", "champion", "medallist", "medalist", "nominee", "holder",
     "finalist", "all-star", "pro", "selection", "award-winner"}
)  # fmt: skip
"""'three-time winner': the number counts what was won, named between it and the head."""
NOT_COUNTED: Final = frozenset({"year", "old", "month", "week", "day", "hour", "minute"})
_NEXT_WORDS: Final = re.compile(r"[\s-]*[\"“‘]?([A-Za-z][\w'’-]*)")
"""The next word, inside quotation marks too: 'a £18m “capacity fund”'."""
_PREVIOUS_HEAD: Final = re.compile(r"((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)\s+of\s*$", re.I)
_LEADING_FILLER: Final = re.compile(
    r"^(?:an?|the|his|her|its|their|on|in|at|by|with|for|to|from|of)\s+", re.I
)
_PENCE: Final = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)p\b")
# fmt: off
STOP_AFTER: Final = frozenset({
    "a", "an", "the", "and", "or", "but", "in", "on", "at", "to", "of", "for", "by", "with",
    "from", "as", "is", "was", "were", "are", "be", "been", "which", "who", "that", "than",
    "while", "when", "after", "before", "into", "outside", "behind", "ahead", "said", "he",
    "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "more", "less",
    "over", "under", "about", "around", "last", "next", "each", "per", "up", "down", "within",
    "since", "until", "during", "through", "across", "against", "compared", "year", "years",
})
ORDINAL_WORDS: Final = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "eighteenth", "twentieth",
})
# fmt: on


IRREGULAR_PLURALS: Final = frozenset(
    {
        "children",
        "people",
        "men",
        "women",
        "staff",
        "police",
        "cattle",
        "sheep",
        "fish",
        "aircraft",
        "personnel",
        "feet",
        "teeth",
        "mice",
        "geese",
        "crew",
        "media",
    }
)
_COUNTED: Final = re.compile(
    rf"\b(?P<num>{_WORD_NUMBER})\s(?P<between>(?:[a-z][a-z'’-]*\s){{0,2}}?)"
    rf"(?P<noun>[a-z][a-z-]*s|{'|'.join(sorted(IRREGULAR_PLURALS))})\b(?!['’])",
    re.I,
)
"""'six children', and 'six new housing zones', 'two power-play goals': what is counted may
stand a word or two after the number."""
_COUNTED_OF: Final = re.compile(
    rf"\b(?P<num>{_WORD_NUMBER})\s+of\s+(?:the|its|their|his|her|our|these|those)\s+"
    rf"(?P<noun>[a-z][a-z-]*s|{'|'.join(sorted(IRREGULAR_PLURALS))})\b(?!['’])",
    re.I,
)
"""'Three of the cars were driven on stage', '40 of these routes': so many of the things the text
is on."""
COUNTED_AS: Final = {
    "children": "kids sons daughters",
    "kids": "children",
    "people": "persons residents population inhabitants",
    "residents": "people inhabitants population",
    "jobs": "posts roles positions",
    "staff": "employees workers workforce",
    "employees": "staff workers workforce",
    "workers": "staff employees workforce",
    "books": "novels titles",
    "novels": "books titles",
    "films": "movies",
    "movies": "films",
    "countries": "nations",
    "languages": "tongues",
    "sequels": "follow-ups",
    "goals": "scores",
    "votes": "ballots",
    "seats": "places",
    "customers": "clients users",
    "crowd": "fans spectators attendance supporters watched",
    "runners": "competitors participants entrants",
    "users": "customers subscribers",
    "visitors": "tourists",
    "homes": "houses properties",
    "houses": "homes",
    "cars": "vehicles",
    "boats": "vessels",
}
"""Other words readers count the same things by: 'how many kids' of 'six children'."""


@dataclass(frozen=True)
class Found:
    """A figure of a sentence, as a draft quantity: value as `kb check` reads it in the quote."""

    value: float
    unit: str
    what: str
    kind: str
    """money, share, length, mass, volume, duration, age, count, time (a race time)."""
    start: int
    end: int

    @property
    def role(self) -> str:
        if self.kind in {"duration", "age"}:
            return "duration"
        return "count" if self.kind == "count" else "other"


@dataclass(frozen=True)
class Reading:
    """Everything about time and amount that a sentence states."""

    figures: tuple[Found, ...]
    years: tuple[str, ...]
    dates: tuple[str, ...]
    ordinals: tuple[str, ...]


def read_figures(sentence: str, million_m: bool = False, timed: bool = False) -> Reading:
    """The figures of one sentence. `million_m`: this text writes millions as '320m' (it talks
    money), so a bare 'm' after a number is a million, not metres. `timed`: the text gives
    times (3:46.04, seconds), so a bare figure with two decimals (46.45) is one too."""
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    stated = set(stated_figures(sentence))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(value: float, unit: str, kind: str, start: int, end: int, what: str = "") -> None:
        if value not in stated:
            return
        taken.append((start, end))
        label = what or _what(sentence, start, end) or kind
        if kind == "duration" and label == kind:
            label = f"{kind} ({unit}s)"  # 'how many years', 'how many hours a week' ask by unit
        also = [COUNTED_AS[w] for w in label.split() if w in COUNTED_AS]
        if also:
            label = f"{label} ({' '.join(also)})"
        found.append(Found(value, unit, label, kind, start, end))

    for m in _MONEY.finditer(sentence):
        scale = SCALES.get((m["scale"] or "").lower(), 1.0)
        currency = CURRENCIES.get(m["cur"][-1], "money")
        label = f"{_scale_word(scale)}{currency}"
        add(
            _amount(m["num"], scale),
            CURRENCY_UNITS.get(m["cur"][-1], "count"),
            "money",
            m.start(),
            m.end(),
            _label(sentence, m, label),
        )
    if "£" in sentence or "pence" in sentence:
        for m in _PENCE.finditer(sentence):
            add(_amount(m["num"]), "count", "money", m.start(), m.end(), "pence")
    for m in _PERCENT.finditer(sentence):
        if free(m.start(), m.end()):
            add(_amount(m["num"]), "percent", "share", m.start(), m.end(), _share_of(sentence, m))
    for m in _DATA.finditer(sentence):
        of = f"{m['of']} " if m["of"] else ""
        what = " ".join(dict.fromkeys(f"{of}storage memory".split()))
        add(_amount(m["num"]), "count", "count", m.start(), m.end(), what)
    for m in _POUNDS.finditer(sentence):
        if free(m.start(), m.end()):
            add(_amount(m["num"]), "gbp", "money", m.start(), m.end(),
                _label(sentence, m, "pounds sterling"))  # fmt: skip
    for m in _AGE.finditer(sentence):
        number = m["num"] or m["num2"] or m["num3"]
        value = _word_or_digits(number)
        if value is not None and free(m.start(), m.end()):
            add(value, "year", "age", m.start(), m.end(), "age")
    for m in _CLOCK.finditer(sentence):
        if free(m.start(), m.end()):
            value = round(int(m[1]) * 60 + float(m[2]), 6)
            add(value, "second", "time", m.start(), m.end(), _what(sentence, m.start(), m.end()))
    for m in _SPEED.finditer(sentence):
        if free(m.start(), m.end()):
            add(_amount(m["num"]), _speed_unit(m["unit"]), "speed", m.start(), m.end())
    for m in _SCALED.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        scale_word = m["scale"].lower()
        if scale_word == "m" and (not million_m or _LENGTH_BESIDE.match(sentence, m.end())):
            continue
        base = 0.5 if m["num"].lower() == "half a" else 1.0 if m["num"].lower() == "a" else None
        value = (base if base is not None else _amount(m["num"])) * SCALES[scale_word]
        add(round(value, 6), "count", "count", m.start(), m.end())
    for m in _AREA.finditer(sentence):
        area_unit = AREA_UNITS[m["unit"].lower().replace("-", " ")]
        add(_amount(m["num"]), area_unit, "area", m.start(), m.end(), _area_what(sentence, m))
    for m in _MEASURE.finditer(sentence):
        unit = UNIT_WORDS.get(m["unit"].lower())
        if unit is None or not free(m.start(), m.end()):
            continue
        metres = _LENGTH_BESIDE.match(sentence, m.end())
        if unit == "meter" and m["unit"].lower() == "m" and million_m and not metres:
            continue
        number = m["num"].lower()
        value = (
            0.5
            if number.startswith("half")
            else 1.0
            if number in {"a", "an"}
            else _word_or_digits(number)
        )
        if value is None or (value == 1.0 and number in {"a", "an"}):
            continue
        if value == 0.5 and 0.5 not in stated:
            continue
        kind = _unit_kind(unit)
        add(value, unit, kind, m.start(), m.end())
    for m in _FRACTION.finditer(sentence):
        if free(m.start(), m.end()):
            count = m["count"].lower()
            share = (1 if count in {"a", "one"} else WORD_NUMBERS[count]) * FRACTIONS[
                m["part"].lower()
            ]
            add(percent_of(share), "percent", "share", m.start(), m.end())
    years = []
    for m in _YEAR.finditer(sentence):
        if free(m.start(), m.end()):
            years.append(m[1])
            taken.append((m.start(), m.end()))
    dates = [m.group() for m in _DATE.finditer(sentence)]
    dates += [m.group() for m in _BARE_MONTH.finditer(sentence) if m.group() not in " ".join(dates)]
    for m in _DATE.finditer(sentence):
        taken.append((m.start(), m.end()))
    for m in _BARE.finditer(sentence):
        if free(m.start(), m.end()):
            if timed and re.fullmatch(r"\d{1,2}\.\d\d", m["num"]):
                add(_amount(m["num"]), "second", "time", m.start(), m.end(), "time")
            else:
                add(_amount(m["num"]), "count", "count", m.start(), m.end())
    for m in _COMPOUND.finditer(sentence):
        counted = _compound_counts(m)
        value = _word_or_digits(m["num"])
        if counted and value is not None and value >= 1 and free(m.start(), m.end()):
            add(value, "count", "count", m.start(), m.start() + len(m["num"]), counted)
    for m in _COUNTED_OF.finditer(sentence):
        value = _word_or_digits(m["num"])
        if value is not None and value >= 2 and free(m.start(), m.end()):
            add(value, "count", "count", m.start(), m.start() + len(m["num"]), m["noun"].lower())
    for m in _COUNTED.finditer(sentence):
        if not free(m.start(), m.end()) or m["num"].lower() in ORDINAL_WORDS:
            continue
        noun = m["noun"].lower()
        between = m["between"].lower().split()
        if noun in STOP_AFTER or not (noun.endswith("s") or noun in IRREGULAR_PLURALS):
            continue
        if any(w in STOP_AFTER or w in UNIT_WORDS or w.endswith("ly") for w in between):
            continue  # 'two in a row', 'four to six weeks', 'three newly built homes'
        value = _word_or_digits(m["num"]) or 0.0
        if value >= 2:
            what = " ".join([*between, noun]) if between else ""
            add(value, "count", "count", m.start(), m.start() + len(m["num"]), what)
    ordinals = [
        m[1]
        for m in re.finditer(
            r"(?<!\ba )(?<!\bone )(?<!\btwo )(?<!\bthree )(?<!-)"
            r"\b([a-z]+|\d+(?:st|nd|rd|th))\b(?!-)",
            sentence.lower(),
        )
        if m[1] in ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", m[1])
    ]
    found.sort(key=lambda f: f.start)
    return Reading(tuple(found), tuple(dict.fromkeys(years)), tuple(dates), tuple(ordinals))


def _compound_counts(m: re.Match[str]) -> str:
    """What a hyphened number counts: 'four-door vehicles' doors, 'three-time Hart Trophy
    recipient' Hart Trophy wins; '30-year-old', 'two-week' and 'one-off' count nothing."""
    noun = m["noun"].lower()
    if noun in WORD_NUMBERS:
        return ""  # 'sixty-five': one number in words
    if noun in UNIT_WORDS or noun in NOT_COUNTED or len(noun) < 3:
        return ""
    if noun == "time":
        won = m["rest"].strip()
        if m["head"].lower() not in TIMES_HEADS or not won:
            return ""
        return f"{won} wins titles times"
    if m["rest"].strip():
        return ""  # 'a two-hour Senate hearing': only a noun right after is described
    return f"{noun}s" if not noun.endswith("s") else noun


def writes_millions_as_m(text: str) -> bool:
    """Whether '320m' in this text means millions: it talks money and never metres."""
    money = len(re.findall(r"[$£€]\s?\d|\b(?:million|billion|bn)\b", text, re.I))
    metres = len(
        re.findall(r"\b(?:metres?|meters?|km|kilometres?|race|hurdles|sprint)\b", text, re.I)
    )
    return money > metres


def gives_times(text: str) -> bool:
    """Whether the text reports times to the hundredth (race results): 3:46.04, 47.97 seconds."""
    return bool(_CLOCK.search(text) or re.search(r"\d\.\d\d seconds\b", text))


def _amount(number: str, scale: float = 1.0) -> float:
    return round(float(number.replace(",", "")) * scale, 6)


def _word_or_digits(number: str) -> float | None:
    lower = number.lower()
    tens, hyphen, units = lower.partition("-")
    if hyphen and tens in WORD_NUMBERS and units in WORD_NUMBERS:
        return float(WORD_NUMBERS[tens] + WORD_NUMBERS[units])
    if lower in WORD_NUMBERS and lower not in ORDINAL_WORDS:
        return float(WORD_NUMBERS[lower])
    try:
        return float(lower.replace(",", ""))
    except ValueError:
        return None


def _scale_word(scale: float) -> str:
    return {1e3: "thousand ", 1e6: "million ", 1e9: "billion ", 1e12: "trillion "}.get(scale, "")


def _speed_unit(word: str) -> str:
    """The unit key of a speed's unit word ('km/h', 'miles an hour', 'm/s')."""
    word = word.lower()
    if word.startswith(("km", "kp", "kil")):
        return "kilometer_per_hour"
    if word.startswith(("mph", "mile")):
        return "mile_per_hour"
    return "meter_per_second"


def _unit_kind(unit: str) -> str:
    if unit in {"second", "minute", "hour", "day", "week", "month", "year"}:
        return "duration"
    if unit in {"kilogram", "gram", "metric_ton", "pound"}:
        return "mass"
    if unit in {"liter", "gallon", "barrel"}:
        return "volume"
    return "length"


def _label(sentence: str, match: re.Match[str], currency: str) -> str:
    what = _what(sentence, match.start(), match.end())
    given = _given_as(sentence, match)
    if given:  # 'donation money (gift pounds sterling)': asked as a donation, a gift, money
        head, _, rest = given.partition(" ")
        more = rest.removesuffix("money").strip()
        return f"{head} money ({more} {currency})" if more else f"{head} money ({currency})"
    return f"{what} ({currency})" if what else currency


_CLAUSE_END: Final = re.compile(r",\s+(?:and|while|but)\b|;|\.\s|\.$")
_GIVEN_AFTER: Final = (
    (re.compile(r"\b(?:donat\w*|gift|gave|given|bequest|bequeathed)\b", re.I), "donation gift"),
    (re.compile(r"\b(?:grants?|granted|awarded)\b", re.I), "grant"),
    (re.compile(r"\bcame from (?:the )?(?:[A-Z][\w'’-]*\s+)*(?:Fund|Foundation|Trust|Lottery|"
                r"Council|Agency|Authority|Office|Department|Government|Ministry|Commission|"
                r"Union|Bank)\b"), "grant funding"),
    (re.compile(r"\bcame from (?:Mr |Mrs |Ms |Dr |Sir |Dame )?[A-Z][a-z]+ [A-Z][a-z]+\b"),
     "donation gift"),
)  # fmt: skip
_GIVEN_BEFORE: Final = (
    (re.compile(r"\b(?:donated|gave|pledged|bequeathed)\s+(?:a\s+|an\s+)?$", re.I),
     "donation gift"),
    (re.compile(r"\b(?:granted|awarded)\s+(?:a\s+|an\s+)?$", re.I), "grant"),
    (re.compile(r"\b(?:contributed|invested|put in)\s+$", re.I), "contribution"),
)  # fmt: skip
GIVEN_REACH: Final = 120
"""How far past a sum the clause saying who gave it may run."""


def _given_as(sentence: str, match: re.Match[str]) -> str:
    """'A further £1.5 million came from Gerald Whitcombe', 'the council contributed £10.6
    million': a sum given says what it is (a donation, a grant), so 'how much money did he
    give?' and 'how big was the grant?' find it. Money only, as the clause says it."""
    rest = sentence[match.end() : match.end() + GIVEN_REACH]
    end = _CLAUSE_END.search(rest)
    after = rest[: end.start()] if end else rest
    before = sentence[max(0, match.start() - 30) : match.start()]
    for pattern, words in _GIVEN_BEFORE:
        if pattern.search(before):
            return f"{words} money"
    for pattern, words in _GIVEN_AFTER:
        if pattern.search(after):
            return f"{words} money"
    return ""


_SHARE_OF: Final = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our)\s+((?:[a-z][a-z'’-]*\s*){1,3})", re.I
)


def _share_of(sentence: str, match: re.Match[str]) -> str:
    """What a share is of: '85 per cent of the original brickwork' the original brickwork,
    so 'what percentage of the brickwork' finds it; '' where the clause does not say."""
    of = _SHARE_OF.match(sentence, match.end())
    if not of:
        return ""
    kept: list[str] = []
    for word in of[1].split():
        if word.lower() in STOP_AFTER:
            break
        kept.append(word.lower().removesuffix("'s").removesuffix("’s"))
    return " ".join(kept)


AREA_UNITS: Final = {
    "square metres": "square_meter", "square metre": "square_meter",
    "square meters": "square_meter", "square meter": "square_meter", "sq m": "square_meter",
    "square feet": "square_foot", "square foot": "square_foot", "sq ft": "square_foot",
    "square kilometres": "square_kilometer", "square kilometre": "square_kilometer",
    "square miles": "square_mile", "square mile": "square_mile",
}  # fmt: skip
_AREA: Final = re.compile(
    rf"(?<![\w.$£€])(?P<num>{_NUMBER})[\s-](?P<unit>square[\s-](?:metres?|meters?|feet|foot|"
    r"kilometres?|miles?)|sq\.? (?:m|ft))\b",
    re.I,
)
_AREA_OF: Final = re.compile(r"\s+of\s+(?:the\s+|its\s+)?((?:[a-z][a-z-]*\s*){1,3})")


def _area_what(sentence: str, match: re.Match[str]) -> str:
    """What an area measures: '3,400 square metres of floor space' floor space, 'a
    450-square-metre roof garden' roof garden; always with 'area' and 'size', as readers ask."""
    of = _AREA_OF.match(sentence, match.end())
    words = of[1].split() if of else _what(sentence, match.start(), match.end()).split()[:2]
    kept: list[str] = []
    for word in words:
        if word in STOP_AFTER:
            break
        kept.append(word)
    return " ".join(dict.fromkeys([*kept, "area", "size"]))


_NEXT_NAMED: Final = re.compile(r"[\s-]*([A-Za-z0-9][\w'’-]*)")
_OF_ITS: Final = re.compile(r"\s+of\s+(?:its|their|his|her)\s+(?=[\w])", re.I)
_OF_THE_COUNTED: Final = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s+(?:\d[\d,]*\s+)?([a-z][a-z-]*[a-rt-z]s)\b"
)
"""'40 of these routes', '68 of the 113 routes': a figure counting some of the things named."""


def _what(sentence: str, start: int, end: int) -> str:
    """What a figure measures: the words right after it ('11 best-selling books'), else the
    noun phrase it completes ('a time of 47.97', 'a clearance of 1.87m')."""
    counted = _OF_THE_COUNTED.match(sentence, end)
    if counted:
        return counted[1]
    after: list[str] = []
    position = end
    of = _OF_ITS.match(sentence, position)
    if of:  # '4.5 million of its 3DS portable game system': what is counted follows
        position = of.end()
    while len(after) < WHAT_WORDS:
        m = (_NEXT_NAMED if of else _NEXT_WORDS).match(sentence, position)
        if not m or m.start(1) - position > 2:
            break
        word = m[1].lower().rstrip("'’")
        if word in STOP_AFTER or (not word.isascii() and not word.isalpha()):
            break
        if word in UNIT_WORDS and not after:
            position = m.end()
            continue
        after.append(word)
        position = m.end()
    if after:
        return " ".join(after)
    head = _PREVIOUS_HEAD.search(sentence[:start])
    return _LEADING_FILLER.sub("", head[1].lower()) if head else ""
