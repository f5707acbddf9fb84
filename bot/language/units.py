"""Unit arithmetic through pint; how units are named for people comes from the lexicon."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.language.numbers import SCALE_WORDS, decimals_of

if TYPE_CHECKING:
    import pint

Family = Literal[
    "mass", "length", "volume", "area", "speed", "power", "energy", "temperature", "money",
    "ratio", "count", "time",
]  # fmt: skip
UNCONVERTED_FAMILIES = frozenset({"count", "time", "money"})
"""Figures shown as stated: a count has no other unit, and exchange rates change daily."""
ASKED_ONLY_FAMILIES = frozenset({"time"})
"""A duration is shown as stated, and in another unit only when that is asked ('in weeks')."""
AMBIGUOUS_UNIT_WORDS: Final[dict[tuple[str, ...], tuple[str, ...]]] = {
    ("ton",): ("short_ton", "metric_ton"),
    ("tons",): ("short_ton", "metric_ton"),
}
"""Unit words people use for more than one unit: read as the first, but a claim in one of
them is borne out by a figure in any ('the mill shipped 40 tons?' of 40 metric tons)."""
MEASURED_BY: Final = {
    "fast": ("speed",), "quick": ("speed",), "quickly": ("speed",), "slow": ("speed",),
    "tall": ("length",), "high": ("length",), "long": ("length", "time"), "far": ("length",),
    "wide": ("length",),
    "deep": ("length",), "heavy": ("mass",), "big": ("area", "length", "volume"),
    "large": ("area", "volume"), "hot": ("temperature",), "cold": ("temperature",),
    "powerful": ("power",),
}  # fmt: skip
"""What 'how <word>' asks the measure of ('how *fast*': a speed), by the families of units."""
MONEY_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
SIGNIFICANT_FIGURES = 4
OFFSET_FAMILIES = {"temperature"}
"""Units with an offset (°C, °F) convert through pint each time; the rest by a cached factor."""


@cache
def registry() -> pint.UnitRegistry:
    """One registry for the process (quantities of two registries cannot mix), its parsed
    definitions cached on disk by pint so start-up stays fast."""
    import pint  # here: a question without a conversion never pays for pint's import

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except OSError:
        return pint.UnitRegistry()  # a cache left by an installation since removed


class UnitWords(BaseModel):
    """How a unit is written and typed: the registry name is the key, these are for people."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str
    plural: str
    symbol: str | None = None
    aliases: list[str] = Field(default_factory=list)
    family: Family = "mass"
    show_with: list[str] = Field(default_factory=list)


class UnitError(ValueError):
    """A conversion people asked for that cannot be done, said in their terms."""


class UnitBook:
    """The units a pack knows, by every name people type for them."""

    def __init__(self, units: Mapping[str, UnitWords]) -> None:
        self.words: dict[str, UnitWords] = dict(units)
        self.by_alias: dict[str, str] = {}
        for key, words in self.words.items():
            for alias in (key, words.name, words.plural, words.symbol, *words.aliases):
                if alias:
                    self.by_alias[alias.casefold()] = key

    def resolve(self, alias: str) -> str | None:
        """The registry name for what someone typed, or None when it is not a unit we know."""
        return self.by_alias.get(alias.casefold().strip())

    def family(self, key: str) -> str:
        return self.words[key].family

    def convert(self, value: float, source: str, target: str) -> float:
        """Convert with pint, refusing across families with a message a person understands."""
        if self.family(source) != self.family(target):
            raise UnitError(
                f"{self.words[source].plural} measure {self.family(source)} and "
                f"{self.words[target].plural} measure {self.family(target)}: "
                "they cannot be converted into each other"
            )
        if source == target:
            return value
        if self.family(source) == "money":
            raise UnitError("I don't convert between currencies: exchange rates change every day")
        try:
            if self.family(source) in OFFSET_FAMILIES:
                quantity = registry().Quantity(value, _pint_name(source))
                if quantity.to("kelvin").magnitude < 0:
                    raise UnitError("that is colder than absolute zero (−273.15 °C)")
                converted = float(quantity.to(_pint_name(target)).magnitude)
            else:
                converted = value * _factor(source, target)
        except OverflowError:
            converted = math.inf
        if not math.isfinite(converted) or not math.isfinite(value):
            raise UnitError("that number is too large to convert")
        return converted

    def warm(self) -> None:
        """Build pint's registry and every factor now, not inside the first conversion asked."""
        for source, target in itertools.permutations(self.words, 2):
            if self.family(source) == self.family(target) != "money":
                self.convert(1.0, source, target)

    def name(self, key: str, value: float) -> str:
        words = self.words[key]
        return words.name if math.isclose(abs(value), 1.0) else words.plural

    def describe(
        self, value: float, key: str, exact: bool = False, scale: float | None = None
    ) -> str:
        """A figure as people read it: grouped digits and the unit spelled out; money in
        millions and billions as it is written ('3.5 billion euros'), or in the scale asked."""
        if scale is not None:
            word = SCALE_WORDS[scale]
            unit = self.words[key].plural if key in self.words else key
            return f"{format_number(value / scale)} {word} {unit}".rstrip()
        if self.family(key) == "money":
            for scale, word in MONEY_SCALES:
                if abs(value) >= scale:
                    return f"{format_number(value / scale)} {word} {self.words[key].plural}"
        number = format_number(value, exact=exact)
        return f"{number} {self.name(key, value)}"

    def companions(self, key: str) -> list[str]:
        """The units a figure is shown in besides its own, so nobody has to convert by hand."""
        return [k for k in self.words[key].show_with if k in self.words]


_FACTORS: dict[tuple[str, str], float] = {}
"""Factors between multiplicative units, asked of pint once per pair (or read back from the
index cache, so that an answer's conversions never load pint at all)."""


def _factor(source: str, target: str) -> float:
    """pint's factor between two multiplicative units, asked once per pair, not per answer."""
    known = _FACTORS.get((source, target))
    if known is None:
        magnitude = registry().Quantity(1.0, _pint_name(source)).to(_pint_name(target)).magnitude
        known = _FACTORS[source, target] = float(magnitude)
    return known


def factors(book: UnitBook) -> dict[tuple[str, str], float]:
    """Every factor between the book's convertible units, worked out now (for the cache)."""
    book.warm()
    return {pair: value for pair, value in _FACTORS.items() if set(pair) <= set(book.words)}


def remember_factors(table: dict[tuple[str, str], float]) -> None:
    """Take factors an earlier process asked pint for (the same pint, as the cache key says)."""
    _FACTORS.update(table)


def _pint_name(key: str) -> str:
    return PINT_NAMES.get(key, key)


PINT_NAMES = {
    "cubic_meter": "meter ** 3",
    "ratio_percent": "percent",
    "square_meter": "meter ** 2",
    "square_kilometer": "kilometer ** 2",
    "square_mile": "mile ** 2",
    "square_foot": "foot ** 2",
    "kilometer_per_hour": "kilometer / hour",
    "mile_per_hour": "mile / hour",
    "meter_per_second": "meter / second",
}
"""Units whose registry name is an expression, not one word."""


def format_percent(value: float) -> str:
    """Shares read best with one decimal: 29.4%, never 29.3556%."""
    return f"{value:,.1f}".rstrip("0").rstrip(".") + "%"


def format_number(value: float, exact: bool = False) -> str:
    """Exact figures stay exact; converted ones keep 4 significant figures but every whole digit."""
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    if exact and float(value).is_integer():
        return f"{int(value):,}"
    if exact:
        return f"{value:,.{decimals_of(value)}f}"
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, SIGNIFICANT_FIGURES - 1 - magnitude)
    rounded = round(value, decimals)
    if decimals == 0 or float(rounded).is_integer():
        return f"{round(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")
