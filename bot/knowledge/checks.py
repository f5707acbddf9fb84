"""Checks a pack against its sources and itself; every problem names file, fact and field."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict

from bot.knowledge.errors import PackProblem
from bot.knowledge.models import Fact, Lexicon, Quantity
from bot.language.numbers import decimals_of, stated_figures
from bot.language.text import tokenize
from bot.language.units import UnitBook, UnitError, _pint_name

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def squash(text: str) -> str:
    """Compare quotes modulo whitespace and curly quotes, the only liberties a citation may take."""
    return re.sub(r"\s+", " ", text.translate(_QUOTE_MARKS)).strip()


_squashed_source = functools.lru_cache(maxsize=64)(squash)
"""Each source squashed once for all the quotes it holds, not once per quote."""


def check_ids_and_aliases(located: list[tuple[str, Fact]]) -> list[PackProblem]:
    """No two facts may share an id or claim the same alias, or a lookup would pick at random."""
    problems: list[PackProblem] = []
    seen_ids: dict[str, str] = {}
    alias_owner: dict[str, str] = {}
    for file, fact in located:
        if fact.id in seen_ids:
            problems.append(
                PackProblem(file, f"duplicate id, first used in {seen_ids[fact.id]}", fact.id, "id")
            )
        else:
            seen_ids[fact.id] = file
    for file, fact in located:
        for alias in fact.aliases:
            key = alias.casefold().strip()
            owner = alias_owner.setdefault(key, fact.id)
            if owner != fact.id:
                problems.append(
                    PackProblem(
                        file, f"alias {alias!r} is already claimed by {owner}", fact.id, "aliases"
                    )
                )
            elif key in seen_ids and key != fact.id:
                problems.append(
                    PackProblem(file, f"alias {alias!r} is another fact's id", fact.id, "aliases")
                )
    return problems


def check_quotes(
    file: str, fact: Fact, texts: dict[str, str], default_source: str | None
) -> list[PackProblem]:
    """A quote must stand verbatim in its source: the bot's whole promise rests on it."""
    problems: list[PackProblem] = []
    for i, quote in enumerate(fact.quotes):
        source_id = quote.source or default_source
        field = f"quotes[{i}]"
        if source_id is None:
            problems.append(
                PackProblem(
                    file, "the pack has several sources: name one", fact.id, f"{field}.source"
                )
            )
            continue
        if source_id not in texts:
            problems.append(
                PackProblem(file, f"unknown source {source_id!r}", fact.id, f"{field}.source")
            )
            continue
        if squash(quote.text) not in _squashed_source(texts[source_id]):
            problems.append(
                PackProblem(
                    file,
                    f"quote not found verbatim in {source_id}: {quote.text!r}",
                    fact.id,
                    f"{field}.text",
                )
            )
    return problems


def _agrees(
    first: float, second: float, second_unit: str, first_unit: str, units: UnitBook
) -> bool:
    """Two roundings of one amount agree when their rounding intervals overlap."""
    half_first = 0.5 * 10 ** -decimals_of(first)
    half_second = 0.5 * 10 ** -decimals_of(second)
    low = units.convert(first - half_first, first_unit, second_unit)
    high = units.convert(first + half_first, first_unit, second_unit)
    return low - half_second <= second <= high + half_second


def check_quantities(file: str, fact: Fact, units: UnitBook) -> list[PackProblem]:
    """A figure must be the one the quote states, and its restatements must agree with it."""
    problems: list[PackProblem] = []
    stated = [f for q in fact.quotes for f in stated_figures(q.text)]
    for i, quantity in enumerate(fact.quantities):
        field = f"quantities[{i}]"
        problems += _check_quantity(file, fact.id, field, quantity, stated, units)
    return problems


def _check_quantity(
    file: str, fact_id: str, field: str, quantity: Quantity, stated: list[float], units: UnitBook
) -> list[PackProblem]:
    problem = _unit_problem(file, fact_id, f"{field}.unit", quantity.unit, units)
    if problem is not None:
        return [problem]
    problems: list[PackProblem] = []
    if quantity.value not in stated:
        problems.append(
            PackProblem(
                file,
                f"{quantity.value:g} is not a figure the quote states ({_listing(stated)})",
                fact_id,
                f"{field}.value",
            )
        )
    for j, figure in enumerate(quantity.also):
        place = f"{field}.also[{j}]"
        problem = _unit_problem(file, fact_id, f"{place}.unit", figure.unit, units)
        if problem is not None:
            problems.append(problem)
            continue
        if figure.value not in stated:
            problems.append(
                PackProblem(
                    file,
                    f"{figure.value:g} is not a figure the quote states ({_listing(stated)})",
                    fact_id,
                    f"{place}.value",
                )
            )
        try:
            agrees = _agrees(quantity.value, figure.value, figure.unit, quantity.unit, units)
        except UnitError as exc:
            problems.append(PackProblem(file, str(exc), fact_id, place))
            continue
        if not agrees:
            converted = units.convert(quantity.value, quantity.unit, figure.unit)
            problems.append(
                PackProblem(
                    file,
                    f"{quantity.value:g} {quantity.unit} is {converted:.1f} {figure.unit}, "
                    f"which disagrees with the stated {figure.value:g}",
                    fact_id,
                    f"{place}.value",
                )
            )
    return problems


def _unit_problem(
    file: str, fact_id: str, field: str, unit: str, units: UnitBook
) -> PackProblem | None:
    """Facts name units by their registry key, so figures compare without guessing."""
    key = units.resolve(unit)
    if key is None:
        return PackProblem(file, f"unknown unit {unit!r}", fact_id, field)
    if key != unit:
        return PackProblem(file, f"write the unit as {key!r}, not {unit!r}", fact_id, field)
    return None


def _listing(values: list[float]) -> str:
    return ", ".join(f"{v:g}" for v in values) or "none"


def entity_names(lexicon: Lexicon) -> frozenset[str]:
    """Every entity the lexicon knows, of any kind: what a figure's places must be."""
    return frozenset(name for table in lexicon.entities.values() for name in table)


def check_entities(
    file: str, fact: Fact, lexicon: Lexicon, known_names: frozenset[str] | None = None
) -> list[PackProblem]:
    """An entity a fact names must be one the lexicon can recognise in a question; pass
    `known_names` (`entity_names`) when checking many facts: gathering it per fact grew with
    the pack's lexicon, so a large pack took quadratic time."""
    problems: list[PackProblem] = []
    for kind, names in fact.entities.items():
        if kind == "year":
            continue
        known = lexicon.entities.get(kind, {})
        problems += [
            PackProblem(
                file,
                f"{kind} {name!r} is not in the lexicon's entities",
                fact.id,
                f"entities.{kind}",
            )
            for name in names
            if name not in known
        ]
    for i, quantity in enumerate(fact.quantities):
        if known_names is None:
            known_names = entity_names(lexicon)
        problems += [
            PackProblem(
                file,
                f"{name!r}, whose figure this is, is not an entity of the lexicon: add it "
                "under entities (a country, place, organisation, person …)",
                fact.id,
                f"quantities[{i}].where",
            )
            for name in quantity.where
            if name not in known_names
        ]
    return problems


def check_lexicon(file: str, lexicon: Lexicon) -> list[PackProblem]:
    """A word may mean one thing only, or normalising a question would depend on file order."""
    owner: dict[str, str] = {}
    problems: list[PackProblem] = []
    groups: list[tuple[str, dict[str, list[str]]]] = [("synonyms", lexicon.synonyms)]
    groups += [(f"entities.{k}", v) for k, v in lexicon.entities.items()]
    conflicts: defaultdict[str, set[str]] = defaultdict(set)
    for field, table in groups:
        for canonical, surfaces in table.items():
            for surface in [canonical, *surfaces]:
                key = " ".join(tokenize(surface))
                first = owner.setdefault(key, f"{field}:{canonical}")
                if first != f"{field}:{canonical}":
                    conflicts[key].update({first, f"{field}:{canonical}"})
    for surface, claimants in sorted(conflicts.items()):
        fields = sorted({c.split(":")[0] for c in claimants})
        problems.append(
            PackProblem(
                file,
                f"{surface!r} is claimed by {', '.join(sorted(claimants))}",
                field=" and ".join(fields),
            )
        )
    return problems


NEVER_CONVERTED = frozenset({"count", "money"})
"""A count has no other unit; currencies are never converted (exchange rates change)."""


def check_units(lexicon: Lexicon) -> list[PackProblem]:
    """Every unit must convert to the others of its family, or a figure in it would fail when
    someone asks for it in another unit (pint knows no 'pint_x', and no currency)."""
    from bot.language.units import registry

    problems: list[PackProblem] = []
    units = UnitBook(lexicon.units)
    broken: set[str] = set()
    for key, words in lexicon.units.items():
        if words.family in NEVER_CONVERTED:
            continue
        try:
            registry().Quantity(1.0, _pint_name(key))
        except Exception as exc:  # pint raises several kinds for a name it does not know
            broken.add(key)
            problems.append(
                PackProblem(
                    "lexicon.yaml",
                    f"unit {key!r} is not a unit pint knows ({exc})",
                    None,
                    f"units.{key}",
                )
            )
    for source, target in itertools.permutations(lexicon.units, 2):
        if source in broken or target in broken:
            continue
        if units.family(source) != units.family(target) or units.family(source) in NEVER_CONVERTED:
            continue
        try:
            units.convert(1.0, source, target)
        except Exception as exc:  # a family holding two things pint cannot relate
            problems.append(
                PackProblem(
                    "lexicon.yaml",
                    f"unit {source!r} does not convert to {target!r} of the same family ({exc})",
                    None,
                    f"units.{source}.family",
                )
            )
    return problems
