"""Figures the source never states but its figures imply: shares, differences, sums, ranks, rates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.engine.index import FactIndex, IndexedFact
from bot.engine.match import score
from bot.engine.understand import Query
from bot.engine.units import UnitBook, format_number
from bot.knowledge.models import Quantity

MEASURE_MIN_SCORE = 35.0
"""How well a question must match a measure's facts before arithmetic over them is attempted."""

PLACE_KINDS = {"country", "region"}
OPERATIONS = (
    "remainder", "share", "ratio", "difference", "average", "sum", "rate",
    "rank_second", "rank_third", "rank_last", "ranking",
)  # fmt: skip


@dataclass(frozen=True)
class Input:
    """A stated figure used in a computation, with the fact that states it (to cite)."""

    fact: IndexedFact
    quantity: Quantity

    @property
    def place(self) -> str:
        return ", ".join(_title(w) for w in self.quantity.where)


@dataclass(frozen=True)
class Derivation:
    """A computed answer: the result, the working that produced it, every input it used."""

    operation: str
    headline: str
    working: tuple[str, ...]
    inputs: tuple[Input, ...]
    value: float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Refusal:
    """Arithmetic was asked for but an input is missing: say which, rather than guess."""

    reason: str


def _title(name: str) -> str:
    special = {"united states": "the United States", "united kingdom": "the United Kingdom",
               "netherlands": "the Netherlands"}
    return special.get(name, " ".join(w.capitalize() for w in name.split()))


class Calculator:
    """Computes over quantity facts grouped by measure (the same thing measured in one way)."""

    def __init__(self, index: FactIndex, units: UnitBook) -> None:
        self.index = index
        self.units = units
        self.measures: dict[str, list[Input]] = defaultdict(list)
        for fact in index.facts:
            for quantity in fact.fact.quantities:
                if quantity.measure:
                    self.measures[quantity.measure].append(Input(fact, quantity))

    def derive(self, query: Query) -> Derivation | Refusal | None:
        operation = next((op for op in OPERATIONS if op in query.cues), None)
        countries = [n for n in query.entity_order if n in query.entities.get("country", ())]
        if operation is None and len(countries) < 2:
            return None
        measure = self._measure(query)
        if measure is None:
            return None
        inputs = self.measures[measure]
        parts = {i.quantity.where[0]: i for i in inputs
                 if i.quantity.role == "part" and len(i.quantity.where) == 1}
        missing = [c for c in countries if c not in parts]
        if missing:
            if operation is None:
                return None
            what = inputs[0].quantity.what
            return Refusal(f"The source gives no figure for {_title(missing[0])} ({what}), "
                           "so I can't compute that.")
        named = [parts[c] for c in countries]
        total = next((i for i in inputs if i.quantity.role == "total"), None)
        return self._compute(operation or "each", named, list(parts.values()), total, inputs)

    def _measure(self, query: Query) -> str | None:
        """The measure whose facts the question is most about, ignoring which places it names."""
        best: tuple[float, str] | None = None
        for measure, inputs in self.measures.items():
            for item in inputs:
                if not _agrees_beyond_places(query, item.fact):
                    continue
                value = score(query, item.fact, self.index).score
                if best is None or value > best[0]:
                    best = (value, measure)
        if best is None or best[0] < MEASURE_MIN_SCORE:
            return None
        return best[1]

    def _compute(self, operation: str, named: list[Input], parts: list[Input],
                 total: Input | None, inputs: list[Input]) -> Derivation | Refusal | None:
        chosen = named or sorted(parts, key=lambda i: -i.quantity.value)
        handlers = {
            "share": self._share, "difference": self._difference, "ratio": self._ratio,
            "sum": self._sum, "each": self._each, "average": self._average,
            "remainder": self._remainder, "rate": self._rate,
        }
        if operation in handlers:
            return handlers[operation](named, chosen, total, inputs)
        return self._rank(operation, named, sorted(parts, key=lambda i: -i.quantity.value))

    def _amount(self, value: float, unit: str) -> str:
        return self.units.describe(value, unit)

    def _share(self, named: list[Input], chosen: list[Input], total: Input | None,
               inputs: list[Input]) -> Derivation | Refusal | None:
        if not named or total is None:
            return None
        places = {i.quantity.where[0] for i in named}
        stated = [i for i in inputs if i.quantity.role == "share" and set(i.quantity.where) == places]
        if stated:
            return None
        part = sum(i.quantity.value for i in named)
        percent = 100 * part / total.quantity.value
        who = _join([i.place for i in named])
        numbers = " + ".join(format_number(i.quantity.value, exact=True) for i in named)
        working = f"({numbers}) ÷ {format_number(total.quantity.value, exact=True)} × 100"
        if len(named) == 1:
            working = f"{numbers} ÷ {format_number(total.quantity.value, exact=True)} × 100"
        headline = (f"{who} accounted for about **{format_number(percent)}%** of the "
                    f"{total.quantity.what} in {total.place} ({total.quantity.when or 'the period'}).")
        return Derivation("share", headline, (f"{working} = {format_number(percent)}%",),
                          (*named, total), percent, "percent")

    def _pair(self, named: list[Input], total: Input | None) -> tuple[Input, Input] | None:
        if len(named) == 2:
            return named[0], named[1]
        if len(named) == 1 and total is not None:
            return total, named[0]
        return None

    def _difference(self, named: list[Input], chosen: list[Input], total: Input | None,
                    inputs: list[Input]) -> Derivation | Refusal | None:
        pair = self._pair(named, total)
        if pair is None:
            return None
        big, small = sorted(pair, key=lambda i: -i.quantity.value)
        unit = big.quantity.unit
        gap = big.quantity.value - small.quantity.value
        headline = (f"{big.place} — {self._amount(big.quantity.value, unit)} — is "
                    f"**{self._amount(gap, unit)}** more than {small.place} — "
                    f"{self._amount(small.quantity.value, unit)} ({big.quantity.what}, "
                    f"{big.quantity.when or ''}).").replace(", )", ")")
        working = (f"{format_number(big.quantity.value, exact=True)} − "
                   f"{format_number(small.quantity.value, exact=True)} = "
                   f"{self._amount(gap, unit)}")
        return Derivation("difference", headline, (working,), (big, small), gap, unit)

    def _ratio(self, named: list[Input], chosen: list[Input], total: Input | None,
               inputs: list[Input]) -> Derivation | Refusal | None:
        pair = self._pair(named, total)
        if pair is None:
            return None
        big, small = sorted(pair, key=lambda i: -i.quantity.value)
        ratio = big.quantity.value / small.quantity.value
        headline = (f"{big.place} is about **{format_number(ratio)} times** {small.place} "
                    f"({format_number(big.quantity.value, exact=True)} vs "
                    f"{self._amount(small.quantity.value, small.quantity.unit)}, "
                    f"{big.quantity.what}).")
        working = (f"{format_number(big.quantity.value, exact=True)} ÷ "
                   f"{format_number(small.quantity.value, exact=True)} = {format_number(ratio)}")
        return Derivation("ratio", headline, (working,), (big, small), ratio, None)

    def _sum(self, named: list[Input], chosen: list[Input], total: Input | None,
             inputs: list[Input]) -> Derivation | Refusal | None:
        if len(chosen) < 2:
            return None
        unit = chosen[0].quantity.unit
        value = sum(i.quantity.value for i in chosen)
        who = _join([i.place for i in chosen])
        headline = (f"Together, {who}: **{self._amount(value, unit)}** "
                    f"({chosen[0].quantity.what}, {chosen[0].quantity.when or ''}).")
        working = " + ".join(format_number(i.quantity.value, exact=True) for i in chosen)
        return Derivation("sum", headline.replace(", )", ")"),
                          (f"{working} = {self._amount(value, unit)}",), tuple(chosen), value,
                          unit)

    def _each(self, named: list[Input], chosen: list[Input], total: Input | None,
              inputs: list[Input]) -> Derivation | Refusal | None:
        if len(named) < 2:
            return None
        lines = [f"{i.place}: **{self._amount(i.quantity.value, i.quantity.unit)}**" for i in named]
        headline = f"{named[0].quantity.what.capitalize()} ({named[0].quantity.when or ''}): " + (
            "; ".join(lines)) + "."
        return Derivation("each", headline.replace(" ()", ""), (), tuple(named))

    def _average(self, named: list[Input], chosen: list[Input], total: Input | None,
                 inputs: list[Input]) -> Derivation | Refusal | None:
        if len(chosen) < 2:
            return None
        unit = chosen[0].quantity.unit
        mean = sum(i.quantity.value for i in chosen) / len(chosen)
        who = _join([i.place for i in chosen])
        headline = f"The average of {who} is **{self._amount(mean, unit)}**."
        numbers = " + ".join(format_number(i.quantity.value, exact=True) for i in chosen)
        working = f"({numbers}) ÷ {len(chosen)} = {self._amount(mean, unit)}"
        return Derivation("average", headline, (working,), tuple(chosen), mean, unit)

    def _remainder(self, named: list[Input], chosen: list[Input], total: Input | None,
                   inputs: list[Input]) -> Derivation | Refusal | None:
        if total is None or not chosen:
            return None
        unit = total.quantity.unit
        rest = total.quantity.value - sum(i.quantity.value for i in chosen)
        who = _join([i.place for i in chosen])
        headline = (f"Apart from {who}, the rest of {total.place} accounts for "
                    f"**{self._amount(rest, unit)}** ({total.quantity.what}, "
                    f"{total.quantity.when or ''}).").replace(", )", ")")
        numbers = " − ".join(format_number(i.quantity.value, exact=True) for i in (total, *chosen))
        return Derivation("remainder", headline, (f"{numbers} = {self._amount(rest, unit)}",),
                          (total, *chosen), rest, unit)

    def _rate(self, named: list[Input], chosen: list[Input], total: Input | None,
              inputs: list[Input]) -> Derivation | Refusal | None:
        count = next((i for i in inputs if i.quantity.role == "count"), None)
        duration = next((i for i in inputs if i.quantity.role == "duration"), None)
        if count is None or duration is None:
            return None
        rate = count.quantity.value / duration.quantity.value
        unit_name = self.units.name(duration.quantity.unit, 1)
        headline = (f"About **{format_number(rate)} {count.quantity.what} per {unit_name}** on "
                    f"average ({format_number(count.quantity.value, exact=True)} over "
                    f"{self._amount(duration.quantity.value, duration.quantity.unit)}).")
        working = (f"{format_number(count.quantity.value, exact=True)} ÷ "
                   f"{format_number(duration.quantity.value, exact=True)} = {format_number(rate)}")
        return Derivation("rate", headline, (working,), (count, duration), rate, None)

    def _rank(self, operation: str, named: list[Input],
              ordered: list[Input]) -> Derivation | Refusal | None:
        if not ordered:
            return None
        what = ordered[0].quantity.what
        order = "; ".join(
            f"{n}. {i.place} ({self._amount(i.quantity.value, i.quantity.unit)})"
            for n, i in enumerate(ordered, 1)
        )
        caveat = f"Among the {len(ordered)} places the source gives figures for"
        if operation == "ranking" and len(named) == 1:
            position = ordered.index(named[0]) + 1
            headline = (f"{caveat}, {named[0].place} ranks **{_ordinal(position)}** "
                        f"({what}): {order}.")
            return Derivation("rank", headline, (), tuple(ordered))
        if operation == "ranking":
            return Derivation("rank", f"{caveat} ({what}): {order}.", (), tuple(ordered))
        position = {"rank_second": 2, "rank_third": 3, "rank_last": len(ordered)}[operation]
        if position > len(ordered):
            return Refusal(f"The source names only {len(ordered)} places for {what}.")
        pick = ordered[position - 1]
        label = "last" if operation == "rank_last" else _ordinal(position)
        headline = (f"{caveat}, **{pick.place}** comes {label} with "
                    f"{self._amount(pick.quantity.value, pick.quantity.unit)} ({what}): {order}.")
        return Derivation("rank", headline, (), (pick, *[i for i in ordered if i is not pick]))


def _agrees_beyond_places(query: Query, fact: IndexedFact) -> bool:
    for kind, names in query.entities.items():
        if kind in PLACE_KINDS:
            continue
        if not names <= fact.entities.get(kind, frozenset()):
            return False
    return True


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")
