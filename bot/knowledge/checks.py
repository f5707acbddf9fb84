"""Checks a pack against its sources and itself; every problem names file, fact and field."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.knowledge.errors import PackProblem
from bot.knowledge.models import Fact, Lexicon, Quantity
from bot.language.numbers import decimals_of, figures_in
from bot.language.text import tokenize
from bot.language.units import UnitBook, UnitError

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def squash(text: str) -> str:
    """Compare quotes modulo whitespace and curly quotes, the only liberties a citation may take."""
    return re.sub(r"\s+", " ", text.translate(_QUOTE_MARKS)).strip()


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
        if squash(quote.text) not in squash(texts[source_id]):
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
    stated = [f for q in fact.quotes for f in figures_in(q.text)]
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


def check_entities(file: str, fact: Fact, lexicon: Lexicon) -> list[PackProblem]:
    """An entity a fact names must be one the lexicon can recognise in a question."""
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
        known_names = {name for table in lexicon.entities.values() for name in table}
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
