"""What every generated fact is made of, and the random choices that keep facts distinct."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from bench.names import Agency, Country, Person, Place, World

YEARS = tuple(range(2008, 2025))
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
CARGO = (
    "bananas", "frozen fish", "coffee beans", "scrap metal", "timber", "pineapples", "car parts",
    "cocoa", "ceramic tiles", "rice",
)  # fmt: skip
ROLES = (
    "interior minister", "justice minister", "head of customs", "national police chief",
    "chief prosecutor", "drug policy coordinator", "coast guard commander", "health minister",
)  # fmt: skip
TOPICS = (
    "port security", "extradition treaties", "money laundering", "container scanning",
    "maritime patrols", "border controls", "witness protection", "intelligence sharing",
    "precursor chemicals", "prison gangs",
)  # fmt: skip
SUBJECTS = (
    "new psychoactive substances", "drug-related deaths", "people in drug treatment",
    "drug-related hospital admissions", "drug trafficking convictions", "overdose deaths",
)  # fmt: skip
SHORT_TONS_PER_TONNE = 1.10231


@dataclass
class Draft:
    """One fact before it is written: its quote, its answer and a bank of questions."""

    kind: str
    topic: str
    sentence: str
    answer: str
    questions: list[str]
    keywords: list[str]
    asks: list[str]
    entities: dict[str, list[str]]
    quantities: list[dict[str, Any]] = field(default_factory=list)
    expect: str = ""


class Picker:
    """Random choices that never repeat a fact's identifying combination (keys)."""

    def __init__(self, rng: random.Random, world: World) -> None:
        self.rng = rng
        self.world = world
        self.used: set[tuple[object, ...]] = set()

    def claim(self, *keys: tuple[object, ...]) -> bool:
        """Reserve a combination; two facts sharing one would make their questions ambiguous."""
        if any(k in self.used for k in keys):
            return False
        self.used.update(keys)
        return True

    def country(self) -> Country:
        return self.rng.choice(self.world.countries)

    def agency(self, country: Country) -> Agency:
        return self.rng.choice(self.world.agencies_of(country))

    def person(self) -> Person:
        return self.rng.choice(self.world.people)

    def place(self) -> Place:
        return self.rng.choice(self.world.places)

    def substance(self) -> str:
        return self.rng.choice(self.world.substances)

    def year(self) -> int:
        return self.rng.choice(YEARS)


def figure(value: float) -> str:
    """A figure as a curator writes it: 1,250 or 12.5."""
    return f"{value:,.1f}" if value != int(value) else f"{int(value):,}"


def matches(value: float) -> str:
    """A regex a right answer contains once digit groups are dropped (1,250 → 1250)."""
    text = f"{value:.1f}" if value != int(value) else str(int(value))
    return rf"\b{re.escape(text)}\b"


def tonnes(rng: random.Random, low: int, high: int) -> float:
    """Half whole tonnes, half with one decimal, as reports round them."""
    return (
        float(rng.randint(low, high))
        if rng.random() < 0.5
        else rng.randint(low * 10, high * 10) / 10
    )
