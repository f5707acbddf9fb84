"""Synthetic but plausible names, so generated facts never collide with real ones in questions."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from wordfreq import zipf_frequency

ENGLISH_ZIPF = 1.5
"""A made-up word at least this frequent in English is a real word: 'most' must never be a name."""

ONSETS = (
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr",
    "kr", "st", "tr", "sh", "th", "j",
)  # fmt: skip
VOWELS = ("a", "e", "i", "o", "u", "a", "o", "e", "ai", "ei")
CODAS = ("", "", "", "n", "r", "l", "s", "m", "nd", "rt", "k")
COUNTRY_ENDINGS = {"ia": "ian", "a": "an", "ovia": "ovian", "and": "ander", "esh": "eshi"}
REGION_KINDS = ("basin", "coast", "peninsula", "highlands", "archipelago", "lowlands")
AGENCY_KINDS = (
    "customs authority", "border guard", "national police", "coast guard", "narcotics bureau",
    "financial intelligence unit", "maritime directorate", "prosecution service",
    "anti-drug agency", "forensic institute",
)  # fmt: skip
FIRST_NAMES = (
    "Ilse", "Tomas", "Marta", "Jorin", "Anouk", "Rafael", "Leena", "Dario", "Saskia", "Oren",
    "Nadia", "Piet", "Greta", "Luca", "Amira", "Henrik", "Sofia", "Mateo", "Elif", "Jonas",
    "Ines", "Viktor", "Lotte", "Emre", "Clara", "Bruno", "Yara", "Felix", "Nora", "Milan",
    "Hana", "Aurel", "Zofia", "Karim", "Maren", "Tobias", "Selin", "Arjen", "Rosa", "Dmitri",
)  # fmt: skip
SURNAME_ENDINGS = ("", "", "ovic", "sen", "ard", "elli", "ez", "berg", "ani", "ou", "ski", "as")
SUBSTANCE_HEADS = (
    "zel", "kav", "mor", "tri", "dex", "flu", "oxa", "pyr", "ben", "clo", "nor", "vel", "ara",
    "iso", "sul", "tet", "quin", "dal", "rho", "sev",
)  # fmt: skip
SUBSTANCE_TAILS = (
    "trane", "adine", "orex", "azone", "ipam", "ophine", "azine", "olide", "ectin", "amide",
    "idone", "axol", "umine",
)  # fmt: skip
NEWSPAPERS = ("Courier", "Herald", "Gazette", "Tribune", "Observer", "Post", "Chronicle", "Ledger")


@dataclass(frozen=True)
class Country:
    """A synthetic country: its name, the adjective people use, and its region."""

    name: str
    demonym: str
    region: str


@dataclass(frozen=True)
class Agency:
    """A national body that seizes, counts or prosecutes: 'Valdorian Customs Authority'."""

    name: str
    acronym: str | None
    country: Country


@dataclass(frozen=True)
class Person:
    """An official with a surname unique in the pack, so the surname alone names them."""

    first: str
    last: str
    country: Country

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Place:
    """A city, some of them ports, in one country."""

    name: str
    country: Country


@dataclass
class World:
    """Every name a generated pack may use, made once per size and seed."""

    regions: list[str] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    substances: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    _groups: dict[str, dict[Country, list[Any]]] = field(default_factory=dict, repr=False)

    def agencies_of(self, country: Country) -> list[Agency]:
        return self._by_country("agencies", self.agencies, country)

    def people_of(self, country: Country) -> list[Person]:
        return self._by_country("people", self.people, country)

    def _by_country(self, name: str, items: list[Any], country: Country) -> list[Any]:
        """Grouped once: drafting 100,000 facts must not scan every agency each time."""
        if name not in self._groups:
            groups: dict[Country, list[Any]] = {}
            for item in items:
                groups.setdefault(item.country, []).append(item)
            self._groups[name] = groups
        return self._groups[name].get(country, [])


class NameMaker:
    """Draws pronounceable words that are new: not taken by the shared lexicon nor each other."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken

    def claim(self, word: str) -> bool:
        """Take a name unless it is used, too short, or an English word a question might use."""
        key = word.lower()
        if key in self.taken or len(key) < 3:
            return False
        if " " not in key and zipf_frequency(key, "en") >= ENGLISH_ZIPF:
            return False
        self.taken.add(key)
        return True

    def stem(self, syllables: int) -> str:
        """Open syllables and one closing consonant: Velora, Tamiron, Drosan."""
        rng = self.rng
        body = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
        return body + rng.choice(CODAS)

    def fresh(self, make: str, attempts: int = 200) -> str:
        """A new word of a kind ('stem2', 'stem3'), retried until unused."""
        for _ in range(attempts):
            word = self.stem(int(make[-1])).capitalize()
            if self.claim(word):
                return word
        raise RuntimeError("ran out of fresh names; enlarge the syllable tables")


def _country(maker: NameMaker, region: str) -> Country:
    while True:
        stem = maker.stem(2)
        ending, adjective = maker.rng.choice(list(COUNTRY_ENDINGS.items()))
        name, demonym = (stem + ending).capitalize(), (stem + adjective).capitalize()
        if name.lower() not in maker.taken and demonym.lower() not in maker.taken:
            maker.claim(name)
            maker.claim(demonym)
            return Country(name, demonym, region)


def _acronym(maker: NameMaker, name: str) -> str | None:
    letters = "".join(word[0] for word in name.replace("-", " ").split()).upper()
    return letters if maker.claim(letters) else None


def _surname(maker: NameMaker) -> str:
    while True:
        word = (maker.stem(maker.rng.choice((1, 2))) + maker.rng.choice(SURNAME_ENDINGS)).title()
        if maker.claim(word):
            return word


def build_world(rng: random.Random, size: int, taken: set[str]) -> World:
    """Pools grow with the pack, as a real fact base names more people and places as it grows."""
    maker = NameMaker(rng, taken)
    world = World()
    for _ in range(4 + size // 25_000):
        adjective = maker.fresh("stem2").lower()
        region = f"{adjective} {rng.choice(REGION_KINDS)}"
        maker.claim(region)
        world.regions.append(region)
    for _ in range(20 + size // 1000):
        world.countries.append(_country(maker, rng.choice(world.regions)))
    for country in world.countries:
        for kind in rng.sample(AGENCY_KINDS, 6):
            name = f"{country.demonym} {kind.title()}"
            world.agencies.append(Agency(name, _acronym(maker, name), country))
    for _ in range(60 + size // 5):
        world.people.append(Person(rng.choice(FIRST_NAMES), _surname(maker), _pick(rng, world)))
    for _ in range(30 + size // 15):
        world.places.append(Place(maker.fresh("stem3"), _pick(rng, world)))
    heads, tails = list(SUBSTANCE_HEADS), list(SUBSTANCE_TAILS)
    combos = [
        h + (t[1:] if h[-1] in "aeiou" and t[0] in "aeiou" else t) for h in heads for t in tails
    ]
    rng.shuffle(combos)
    world.substances = [c for c in combos if maker.claim(c)][: 30 + size // 2000]
    for place in rng.sample(world.places, min(len(world.places), 40)):
        world.outlets.append(f"The {place.name} {rng.choice(NEWSPAPERS)}")
    return world


def _pick(rng: random.Random, world: World) -> Country:
    return rng.choice(world.countries)
