"""Figures a source implies but never states: shares, differences, sums, ranks and rates."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from bot.engine.index import FactIndex, IndexedFact
from bot.engine.match import relevance
from bot.engine.understand import AUXILIARIES, NEGATED_AUXILIARIES, Query
from bot.engine.wording import Nth, Portion, Said, Term, said
from bot.knowledge.models import Quantity
from bot.language.amounts import says_a_fraction
from bot.language.excluding import set_aside
from bot.language.numbers import WORD_NUMBERS
from bot.language.text import is_number, tokenize
from bot.language.units import UnitBook, UnitError, format_number, format_percent

MEASURE_MIN_RELEVANCE = 0.5
"""How well a question must match a measure's facts before arithmetic over them is attempted."""

KIND_NOUNS = {
    "country": "countries", "region": "regions", "place": "places", "person": "people",
    "organisation": "organisations", "year": "years", "substance": "substances",
}  # fmt: skip
"""How the things a measure gives figures for are called together ('the 3 countries')."""
OPERATIONS = (
    "start", "rate", "share", "remainder", "ratio", "difference", "average", "sum",
    "rank_second", "rank_third", "rank_beyond", "rank_last", "ranking",
)  # fmt: skip
MISSING_FIGURE = "refuse.no_figure"
"""A refusal for want of a figure, which another measure of the question may still give."""
LEADING = frozenset({"rank_first", "rank_last"})
"""Cues that a figure led or trailed the rest ('topped'), not that it differed from one."""
RANKS = frozenset({"rank_second", "rank_third", "rank_beyond", "rank_last", "ranking"})
QUANTITY_QTYPES = {"how_much", "how_many", None}
FIGURE_WORD = "number"
"""'What were the figures for A, B and C?' asks for each one's figure ('figures' reads as this)."""
RATE_WORDS = {"per", "a", "an", "each", "every"}
RESHAPED_SHARE = frozenset({"remainder", "difference"})
"""A share asked of the rest, or compared: computed even where one share is stated."""
STREAK_WORD = "consecutive"
"""A count of consecutive years is a run with a first year; other counts have none."""


SHARE_WORD = "share"
SHARE_OF = frozenset({"percentage", "percent", "%", "share", "proportion", "fraction", "portion"})
"""Words a share is asked with, before 'of' and what it is a share of."""
HYPOTHETICAL = "hypothetical"
GROUPED = "grouped"
SIDE_SPLIT = re.compile(r"\b(?:than|vs|versus|against|compared (?:with|to)|or)\b", re.IGNORECASE)
"""Where a comparison of two sides turns from the one to the other: 'A and B together, or C?'."""
OTHER_WORD = "other"
GROUPABLE = frozenset({"sum", "difference", "ratio"})
"""The operations a group set against one may be read as: its sum, compared with the one."""
MULTIPLES = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0,
             "thrice": 3.0, "half": 0.5, "halved": 0.5}  # fmt: skip
"""'Twice what it did', 'half as much': a supposed figure as a multiple of the stated one."""
SUPPOSING = frozenset({"had", "would", "were", "hypothetically", "suppose", "supposing"})
"""Words a supposition needs besides 'if' ('if Acme had …', 'what would …'): 'check if Acme
shipped twice as much' supposes nothing."""
AS_MUCH = frozenset({"what", "as", "its", "their", "the", "that"})
"""'Twice *what* it did', 'half *as* much': a multiple of the figure, not 'double-check'."""
RAISING = frozenset({"more", "higher", "extra", "additional", "bigger", "larger", "greater"})
LOWERING = frozenset({"less", "fewer", "lower", "smaller"})
MORE_WORDS = frozenset({
    "more", "bigger", "larger", "higher", "greater", "ahead", "outstripped", "beat", "beats",
    "beaten", "outdid", "outdo", "outdoes", "outdone", "outpaced", "outpace", "outpaces",
    "surpassed", "surpass", "surpasses", "overtook", "overtake", "overtakes", "overtaken",
    "outranked", "outnumbered", "crushed", "trounced", "edged", "topped", "exceeded",
})  # fmt: skip
"""Words that set one figure above another ('more than B', 'would it have *overtaken* B?')."""
LESS_WORDS = frozenset({"less", "fewer", "smaller", "lower", "behind", "trailed"})


def supposition(tokens: Sequence[str]) -> set[str]:
    """The words of the 'if' clause: 'if B had sold 10 more, would it …' supposes of B."""
    if "if" not in tokens:
        return set()
    start = list(tokens).index("if")
    end = next((i for i in range(start, len(tokens)) if tokens[i] == "would"), len(tokens))
    return set(tokens[start:end])


def consequent(tokens: Sequence[str]) -> tuple[str, ...]:
    """The words after the supposition's 'would': what is asked of the changed figure."""
    at = [i for i, t in enumerate(tokens) if t == "would"]
    return tuple(tokens[at[-1] + 1 :]) if at else ()


def adjustment(tokens: tuple[str, ...]) -> tuple[float, float, int] | None:
    """How a question supposes a figure changed, as (factor, amount added, where it is said):
    '10 percent more' is (1.1, 0, …), '6 more metric tons' (1, 6, …; its unit follows the
    number), 'twice what it did' (2, 0, …); None when it supposes no change."""
    for i, token in enumerate(tokens):
        if token in MULTIPLES and tokens[i + 1 : i + 2] and tokens[i + 1] in AS_MUCH:
            return MULTIPLES[token], 0.0, i
        if not is_number(token):
            continue
        after = tokens[i + 1 : i + 4]
        value = float(token)
        if after[:1] == ("percent",) and len(after) > 1 and after[1] in RAISING | LOWERING:
            sign = 1.0 if after[1] in RAISING else -1.0
            return 1 + sign * value / 100, 0.0, i
        if after[:1] == ("times",):
            return value, 0.0, i
        direction = next((w for w in after if w in RAISING | LOWERING), None)
        if direction is not None:
            sign = 1.0 if direction in RAISING else -1.0
            return 1.0, sign * value, i
    return None


NAMING_QTYPES = frozenset({"which", "who", "where"})
"""Questions that ask for names, not amounts: 'which other countries …' is a remainder only
when it says of what."""
BOUNDS: Final = (
    (">", (("more", "than"), ("over",), ("above",), ("exceeding",), ("exceeded",), ("topped",),
           ("beyond",), ("passed",), ("upwards", "of"))),
    (">=", (("at", "least"), ("reached",), ("no", "less", "than"), ("no", "fewer", "than"))),
    ("<", (("less", "than"), ("fewer", "than"), ("under",), ("below",), ("short", "of"))),
    ("<=", (("at", "most"), ("no", "more", "than"), ("up", "to"))),
)  # fmt: skip
"""The phrases that set a bound on a figure, by how they compare ('at least' takes it in)."""
CONTRARY_BOUND: Final = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}
"""What a bound turned round by a 'not' is ('did not ship more than 100': 100 at most)."""
NOT_REACHING: Final = frozenset({"reach", "exceed", "top", "pass", "hit", "break", "surpass"})
"""'did not *reach* 100 tonnes': below it."""
DENYING: Final = frozenset({"not", "never", "failed", "fail", *NEGATED_AUXILIARIES})
DENIAL_REACH: Final = 3
THRESHOLD = "threshold"


def bound(tokens: Sequence[str]) -> tuple[str, int] | None:
    """How a question bounds a figure, and where the figure stands: 'which firms shipped
    *more than* 100 tonnes' ('>', 4), 'at least 100' ('>='), 'did *not reach* 100' ('<'),
    'did not ship more than 100' ('<=')."""
    phrases = sorted(
        ((sign, phrase) for sign, group in BOUNDS for phrase in group), key=lambda p: -len(p[1])
    )
    for at, word in enumerate(tokens):
        denied = not DENYING.isdisjoint(tokens[max(0, at - DENIAL_REACH) : at])
        for sign, phrase in phrases:
            end = at + len(phrase)
            if tuple(tokens[at:end]) == phrase and end < len(tokens) and is_number(tokens[end]):
                return (CONTRARY_BOUND[sign] if denied else sign), end
        if word in NOT_REACHING and at + 1 < len(tokens) and is_number(tokens[at + 1]) and denied:
            return "<", at + 1
    return None


BOUND_TERMS: Final = {">": "more_than", ">=": "at_least", "<": "less_than", "<=": "at_most"}


def _bound_in_a_unit(query: Query) -> tuple[str, float, str] | None:
    """The bound a question sets on a figure it gives in a unit ('more than 100 tonnes'):
    how it compares, the figure and its unit; None for a bare number ('more than 2 ports',
    'over 2023')."""
    found = bound(query.raw_tokens)
    if found is None:
        return None
    sign, at = found
    if bound(query.raw_tokens[at + 1 :]) is not None:
        return None  # 'more than 100 and less than 120 tonnes': a range, not read here
    given = float(query.raw_tokens[at])
    unit = next((u.key for u in query.units if u.number == given), None)
    return (sign, given, unit) if unit is not None else None


def _compared(value: float, limit: float) -> str:
    return ">" if value > limit else "<" if value < limit else "="


def _passes(value: float, sign: str, limit: float) -> bool:
    return {">": value > limit, ">=": value >= limit, "<": value < limit, "<=": value <= limit}[
        sign
    ]


POINTS_CUE = "share_points"
"""A gap between shares ('France's share … than Chile's', 'percentage points') is in points."""


class Input:
    """A stated figure used in a computation, with the fact that states it (to cite). From the
    index cache its value, role and places come with the measure; the fact and the quantity
    are read only for the figures an answer words or cites."""

    __slots__ = ("_fact", "_quantity", "role", "value", "where")

    def __init__(self, fact: IndexedFact, quantity: Quantity) -> None:
        self._fact: IndexedFact | Callable[[], IndexedFact] = fact
        self._quantity: Quantity | int = quantity
        self.value: float = quantity.value
        self.role: str = quantity.role
        self.where: tuple[str, ...] = tuple(quantity.where)

    @classmethod
    def stored(
        cls,
        locate: Callable[[], IndexedFact],
        number: int,
        value: float,
        role: str,
        where: tuple[str, ...],
    ) -> Input:
        """The figure `number` of the fact `locate` reads, as the index cache describes it."""
        item = cls.__new__(cls)
        item._fact, item._quantity = locate, number
        item.value, item.role, item.where = value, role, where
        return item

    @property
    def fact(self) -> IndexedFact:
        found = self._fact
        if not isinstance(found, IndexedFact):
            found = self._fact = found()
        return found

    @property
    def quantity(self) -> Quantity:
        found = self._quantity
        if isinstance(found, int):
            found = self._quantity = self.fact.fact.quantities[found]
        return found

    @property
    def place(self) -> str:
        return ", ".join(title(w) for w in self.where)


@dataclass(frozen=True)
class Derivation:
    """A computed answer: the result, the working that produced it, every input it used."""

    operation: str
    said: Said
    """The headline, decided here and worded by the composer."""
    working: tuple[str, ...]
    inputs: tuple[Input, ...]
    value: float | None = None
    unit: str | None = None
    leads: bool | None = None
    """For two sides compared: whether the side the question names first is the larger."""


@dataclass(frozen=True)
class Stated:
    """The source states what was asked (a share): cite that fact rather than compute."""

    fact: IndexedFact


@dataclass(frozen=True)
class Refusal:
    """Arithmetic was asked for but an input is missing: say which, rather than guess."""

    reason: Said


@dataclass(frozen=True)
class Problem:
    """One computation to do: the question, the figures it names, and the measure's others."""

    query: Query
    named: list[Input]
    parts: list[Input]
    total: Input | None
    inputs: Sequence[Input]
    noun: Term
    """What the parts are ('countries', 'organisations'), for the wording."""

    @property
    def chosen(self) -> list[Input]:
        """The figures named, or every part when the question names none ('the three')."""
        return self.named or self.parts

    @property
    def names_total(self) -> bool:
        """The question names the place the stated total covers ('Europe', a region)."""
        if self.total is None:
            return False
        return not self.query.named.isdisjoint(self.total.where)


def title(name: str) -> str:
    special = {
        "united states": "the United States",
        "united kingdom": "the United Kingdom",
        "netherlands": "the Netherlands",
    }
    return special.get(name, " ".join(w.capitalize() for w in name.split()))


def exact(value: float) -> str:
    return format_number(value, exact=True)


def join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


NUMBER_NAMES = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine"}  # fmt: skip
"""How a question may count the parts ('the three countries')."""


class Calculator:
    """Computes over quantity facts grouped by measure (the same thing measured in one way)."""

    def __init__(
        self,
        index: FactIndex,
        units: UnitBook,
        stored: tuple[Mapping[str, Sequence[Input]], frozenset[str]] | None = None,
    ) -> None:
        self.index = index
        self.units = units
        kind_of = {
            name: kind for kind, table in index.analyzer.lexicon.entities.items() for name in table
        }
        self.kind_of = kind_of
        self.measures: Mapping[str, Sequence[Input]]
        if stored is not None:
            self.measures, self.figured_kinds = stored
        else:
            self.measures, self.figured_kinds = self._group(index, kind_of)
        self.handlers: dict[str, Callable[[Problem], Derivation | Refusal | None]] = {
            "share": self._share,
            "difference": self._difference,
            "ratio": self._ratio,
            "sum": self._sum,
            HYPOTHETICAL: self._hypothetical,
            GROUPED: self._grouped,
            "each": self._each,
            "average": self._average,
            "remainder": self._remainder,
            "rate": self._rate,
            "start": self._streak_start,
            THRESHOLD: self._threshold,
        }

    @staticmethod
    def _group(
        index: FactIndex, kind_of: Mapping[str, str]
    ) -> tuple[dict[str, list[Input]], frozenset[str]]:
        """Figures by measure, and the kinds of thing the packs give part figures for
        (countries, organisations, years …): arithmetic compares those, whatever the pack is
        about; a total's place (Europe) is what they are parts of."""
        measures: dict[str, list[Input]] = defaultdict(list)
        figured: set[str] = set()
        for fact in index.facts:
            for quantity in fact.fact.quantities:
                if quantity.measure:
                    measures[quantity.measure].append(Input(fact, quantity))
                    if quantity.role == "part":
                        figured.update(kind_of.get(name, "") for name in quantity.where)
        return measures, frozenset(figured - {""})

    def derive(self, query: Query) -> Derivation | Refusal | Stated | None:
        """A computation when the question explicitly asks for one; None to look facts up."""
        operation = next((op for op in OPERATIONS if op in query.cues), None)
        countries = self.subjects(query)
        if (
            HYPOTHETICAL in query.cues
            and not SUPPOSING.isdisjoint(query.raw_tokens)
            and (len(countries) == 1 or (len(countries) == 2 and self._outdoes(query)))
            and adjustment(query.raw_tokens) is not None
        ):
            operation = HYPOTHETICAL  # 'if Acme had shipped 10% more': one figure, changed
        if (
            operation is None
            and "rank_first" in query.cues
            and "type_noun" in query.cues
            and query.qtype in NAMING_QTYPES
            and not countries
        ):
            operation = "rank_first"  # 'which country was first?' asks the top of the ranking
        if operation in RANKS and says_a_fraction(query.raw_tokens):
            operation = next(
                (op for op in OPERATIONS if op in query.cues and op not in RANKS), None
            )
            # 'did A account for a third of the total?' asks a share, ranks nothing
        ranked_from = next((op for op in OPERATIONS if op in RANKS and op in query.cues), None)
        if ranked_from and says_a_fraction(query.raw_tokens):
            ranked_from = None
        if ranked_from and query.qtype == "why":
            return None  # 'why did B come second?' asks a reason, which no rank gives
        if ranked_from and len(countries) == 1 and step_from(query.raw_tokens):
            operation = ranked_from  # 'who was right behind B?' asks a rank, not B's gap
        if query.qtype in NAMING_QTYPES and _bound_in_a_unit(query) is not None:
            operation = THRESHOLD  # 'which firms shipped more than 100 tonnes?'
        if "sum" in query.cues and operation in GROUPABLE and (self._sides(query) is not None):
            operation = GROUPED  # 'did A and B together ship more than C?'
        asks_figures = query.qtype in QUANTITY_QTYPES or FIGURE_WORD in query.content
        if operation is None and (len(countries) < 2 or not asks_figures):
            return None
        if operation in RANKS and query.qtype == "yes_no" and not countries:
            return None  # 'was 2023 the fifth record year in a row?' ranks no place
        if operation == "remainder" and not countries and self._sets_aside_a_thing(query):
            return None  # 'apart from tin, did any other metal …' sets aside no place
        asks_names = operation == "remainder" and query.qtype in NAMING_QTYPES
        if asks_names and not countries and not self._names_what(query):
            return None  # 'which other countries did she go to?' asks names, no amount
        related = [self.index.facts[i] for i in self.index.candidates(query.content)]
        related = [fact for fact in related if self._agrees_beyond_subjects(query, fact)]
        relevance_to = relevance(query, self.index)
        if (
            operation == "share"
            and countries
            and not query.cues & RESHAPED_SHARE
            and not query.repeated
        ):
            stated = _stating_share(related, frozenset(countries))
            if stated:
                return Stated(max(stated, key=relevance_to))
        refusal, complete = None, False
        for measure in self._measures(related, relevance_to):
            inputs = self.measures[measure]
            result = self._derive_over(query, operation, countries, inputs)
            if isinstance(result, Refusal) and result.reason.key == MISSING_FIGURE:
                refusal = refusal or result  # another measure may give every figure named
            elif result is not None:
                return result
            else:
                complete = complete or _gives_all(inputs, countries)
        return None if complete else refusal

    def portion(self, fact: IndexedFact, quantity: Quantity, fraction: float) -> Derivation:
        """A fraction of one stated figure: 'two thirds of the budget'."""
        item = Input(fact, quantity)
        value = quantity.value * fraction
        unit = quantity.unit
        headline = said(
            "derive.portion",
            share=Portion(fraction),
            whole=self._amount(quantity.value, unit),
            context=self._context(item),
            part=self._amount(value, unit),
        )
        working = f"{exact(quantity.value)} × {format_number(fraction)} = {format_number(value)}"
        return Derivation("portion", headline, (working,), (item,), value, unit)

    def subjects(self, query: Query) -> list[str]:
        """What the question names of the kinds the packs give figures for, in its order."""
        return [
            name
            for name in query.entity_order
            if self.kind_of.get(name) in self.figured_kinds
            and name in query.entities.get(self.kind_of[name], frozenset())
        ]

    def _agrees_beyond_subjects(self, query: Query, fact: IndexedFact) -> bool:
        """A fact for the computation names whatever else the question names (the product, the
        year), whichever of the figured things it is about."""
        for kind, names in query.entities.items():
            if kind in self.figured_kinds:
                continue
            if not names <= fact.entities.get(kind, frozenset()):
                return False
        return True

    def leader(self, query: Query) -> Input | None:
        """The place with the highest figure ('lowest' when the question says least) of the
        measure a question is about, for checking a claim such as 'Spain led, right?'."""
        ranked = self.ranked(query)
        if not ranked:
            return None
        return ranked[-1] if "rank_last" in query.cues else ranked[0]

    def total_of_share(self, fact: IndexedFact) -> Input | None:
        """The total a fact's stated share is of: the one total of the share's measure."""
        for quantity in fact.fact.quantities:
            if quantity.role == "share" and quantity.measure:
                inputs = self.measures.get(quantity.measure, ())
                totals = [i for i in inputs if i.role == "total"]
                if len(totals) == 1:
                    return totals[0]
        return None

    def ranked(self, query: Query) -> list[Input]:
        """The places of the measure a question is about, highest figure first."""
        related = [self.index.facts[i] for i in self.index.candidates(query.content)]
        related = [fact for fact in related if self._agrees_beyond_subjects(query, fact)]
        for measure in self._measures(related, relevance(query, self.index)):
            parts = [i for i in self.measures[measure] if i.role == "part" and len(i.where) == 1]
            if len(parts) >= 2:
                return sorted(parts, key=lambda i: -i.value)
        return []

    def _derive_over(
        self, query: Query, operation: str | None, countries: list[str], inputs: Sequence[Input]
    ) -> Derivation | Refusal | None:
        parts = {i.where[0]: i for i in inputs if i.role == "part" and len(i.where) == 1}
        missing = [c for c in countries if c not in parts]
        if missing:
            if operation is None:
                return None
            return Refusal(
                said(MISSING_FIGURE, place=title(missing[0]), what=inputs[0].quantity.what)
            )
        ordered = sorted(parts.values(), key=lambda i: -i.value)
        total = _total_for(query, [i for i in inputs if i.role == "total"])
        first = ordered[0].where[0] if ordered else ""
        noun = Term(KIND_NOUNS.get(self.kind_of.get(first, ""), "items"))
        problem = Problem(query, [parts[c] for c in countries], ordered, total, inputs, noun)
        if query.cues & LEADING and len(problem.named) == 1 and problem.names_total:
            return None  # 'A topped the region's figures' ranks A within it: no gap, no rest
        handler = self.handlers.get(operation or "each")
        if handler is None:
            return self._rank(operation or "ranking", problem)
        return handler(problem)

    def _sets_aside_a_thing(self, query: Query) -> bool:
        """Whether what the question sets aside is a name of a kind the packs give no
        figures for ('apart from tin'), so 'the other ones' are not the rest of the places."""
        tokens = query.raw_tokens
        aside = {tokens[i] for i in set_aside(tokens)}
        return any(
            tokenize(name)[:1] and tokenize(name)[0] in aside
            for kind, names in query.entities.items()
            if kind not in self.figured_kinds
            for name in names
        )

    def _names_what(self, query: Query) -> bool:
        """Whether the question has a word beyond cues, kinds and figures: what is counted."""
        analyzer = self.index.analyzer
        return any(
            s not in analyzer.cue_stems and s not in analyzer.type_noun_stems and not is_number(s)
            for s in query.content
        )

    def _measures(
        self, related: list[IndexedFact], relevance_to: Callable[[IndexedFact], float]
    ) -> list[str]:
        """Measures the question is about, most relevant first, ignoring which places it names."""
        best: dict[str, float] = {}
        for fact in related:
            measures = fact.measures  # the fact's own figures, without reading it
            if measures:
                value = relevance_to(fact)
                for measure in measures:
                    best[measure] = max(best.get(measure, 0.0), value)
        ranked = sorted(best, key=lambda m: (-best[m], -len(self.measures[m])))
        return [m for m in ranked if best[m] >= MEASURE_MIN_RELEVANCE]

    def _amount(self, value: float, unit: str) -> str:
        return self.units.describe(value, unit)

    def _context(self, item: Input) -> str:
        when = f", {item.quantity.when}" if item.quantity.when else ""
        return f"{item.quantity.what}{when}"

    def _share(self, p: Problem) -> Derivation | Refusal | None:
        if "difference" in p.query.cues and len(p.named) == 2:
            if p.total is not None and (
                POINTS_CUE in p.query.cues or SHARE_WORD in p.query.content
            ):
                return self._points_apart(p, p.total)
            return self._relative_difference(p)
        if "remainder" in p.query.cues and p.total is not None:
            rest = p.total.value - sum(i.value for i in p.chosen)
            percent = 100 * rest / p.total.value
            numbers = " − ".join(exact(i.value) for i in (p.total, *p.chosen))
            headline = said(
                "derive.share_rest",
                chosen=_places(p.chosen),
                place=p.total.place,
                percent=format_percent(percent),
                context=self._context(p.total),
            )
            working = f"({numbers}) ÷ {exact(p.total.value)} × 100 = {format_percent(percent)}"
            return Derivation(
                "share", headline, (working,), (p.total, *p.chosen), percent, "percent"
            )
        if not p.named:
            return None
        whole_named = self._whole_named(p)
        if whole_named is not None:
            return self._share_of_other(p, whole_named)
        places = {i.where[0] for i in p.named}
        within = [i for i in p.named if i.where[0] in p.query.repeated]
        whole: Sequence[Input]
        if within and len(within) < len(p.named):
            # 'what share of Acme and Zephyra's total was Acme's?': the named group is the whole
            whole, of = p.named, said("derive.share_of_parts", count=len(p.named), noun=p.noun)
            p = dataclasses.replace(p, named=within)
        elif any(i.role == "share" and set(i.where) == places for i in p.inputs):
            return None
        else:
            whole, of = self._whole_of_share(p)
        part = sum(i.value for i in p.named)
        base = sum(i.value for i in whole)
        percent = 100 * part / base
        top = " + ".join(exact(i.value) for i in p.named)
        bottom = " + ".join(exact(i.value) for i in whole)
        top = f"({top})" if len(p.named) > 1 else top
        bottom = f"({bottom})" if len(whole) > 1 else bottom
        headline = Said(
            of.key,
            {
                **of.fields,
                "named": _places(p.named),
                "percent": format_percent(percent),
                "context": self._context(p.named[0]),
            },
        )
        working = f"{top} ÷ {bottom} × 100 = {format_percent(percent)}"
        used = list(dict.fromkeys([*p.named, *whole]))
        return Derivation("share", headline, (working,), tuple(used), percent, "percent")

    def _whole_named(self, p: Problem) -> Input | None:
        """'A as a percentage of B', 'what share of B's sales did A make': of two things
        named, the one after 'of' is the whole, not the total they are parts of."""
        if len(p.named) != 2:
            return None
        tokens = p.query.raw_tokens
        at = next(
            (i for i, t in enumerate(tokens[:-1]) if t in SHARE_OF and tokens[i + 1] == "of"),
            None,
        )
        if at is None:
            return None
        end = next((i for i in range(at + 2, len(tokens)) if tokens[i] in AUXILIARIES), None)
        after = self.index.analyzer.analyse(" ".join(tokens[at + 2 : end]))
        inside = {name for names in after.entities.values() for name in names}
        wholes = [i for i in p.named if i.where[0] in inside]
        return wholes[0] if len(wholes) == 1 else None

    def _share_of_other(self, p: Problem, whole: Input) -> Derivation:
        """One named figure as a percentage of the other."""
        part = next(i for i in p.named if i is not whole)
        percent = 100 * part.value / whole.value
        headline = said(
            "derive.share_of_other",
            named=part.place,
            place=whole.place,
            percent=format_percent(percent),
            context=self._context(part),
        )
        working = f"{exact(part.value)} ÷ {exact(whole.value)} × 100 = {format_percent(percent)}"
        return Derivation("share", headline, (working,), (part, whole), percent, "percent")

    def _whole_of_share(self, p: Problem) -> tuple[Sequence[Input], Said]:
        """What a share is of: the parts when the question counts or sums them, else the total."""
        of_parts = ("sum" in p.query.cues or _counts(p.query, len(p.parts))) and not p.names_total
        if p.total is None or (of_parts and len(p.named) == 1):
            return p.parts, said("derive.share_of_parts", count=len(p.parts), noun=p.noun)
        return [p.total], said("derive.share_of_total", place=p.total.place)

    def _points_apart(self, p: Problem, total: Input) -> Derivation:
        """'How much larger was France's share than Chile's?': the shares' gap in points."""
        first, second = p.named
        shares = [100 * i.value / total.value for i in (first, second)]
        points = shares[0] - shares[1]
        headline = said(
            "derive.share_points",
            first=first.place,
            second=second.place,
            place=total.place,
            first_share=format_percent(shares[0]),
            second_share=format_percent(shares[1]),
            points=format_percent(abs(points)).rstrip("%"),
            direction=Term("more" if points >= 0 else "less"),
            context=self._context(first),
        )
        working = (
            f"{exact(first.value)} ÷ {exact(total.value)} × 100 − {exact(second.value)} ÷ "
            f"{exact(total.value)} × 100 = {format_percent(shares[0])} − "
            f"{format_percent(shares[1])} = {format_percent(points).rstrip('%')} points"
        )
        return Derivation("share", headline, (working,), (first, second, total), points, None)

    def _relative_difference(self, p: Problem) -> Derivation:
        first, second = p.named
        percent = 100 * (first.value - second.value) / second.value
        headline = said(
            "derive.share_relative",
            first=first.place,
            second=second.place,
            percent=format_percent(abs(percent)),
            direction=Term("more" if percent >= 0 else "less"),
            context=self._context(first),
        )
        working = (
            f"({exact(first.value)} − {exact(second.value)}) ÷ {exact(second.value)} × 100"
            f" = {format_percent(percent)}"
        )
        return Derivation("share", headline, (working,), (first, second), percent, "percent")

    def _pair(self, p: Problem) -> tuple[Input, Input] | None:
        if len(p.named) == 2:
            return p.named[0], p.named[1]
        if len(p.named) == 1 and p.total is not None and p.names_total:
            return p.total, p.named[0]
        return None

    def _difference(self, p: Problem) -> Derivation | Refusal | None:
        if p.names_total and p.total is not None and len(p.named) >= 2:
            return self._remainder(p)
        pair = self._pair(p)
        if pair is None:
            return None
        big, small = sorted(pair, key=lambda i: -i.value)
        unit = big.quantity.unit
        gap = big.value - small.value
        headline = said(
            "derive.difference",
            big=big.place,
            big_amount=self._amount(big.value, unit),
            gap=self._amount(gap, unit),
            small=small.place,
            small_amount=self._amount(small.value, unit),
            context=self._context(big),
        )
        working = f"{exact(big.value)} − {exact(small.value)} = {self._amount(gap, unit)}"
        return Derivation("difference", headline, (working,), (big, small), gap, unit)

    def _sides(self, query: Query) -> tuple[list[str], list[str] | int] | None:
        """The two sides a comparison of a group with one names: the names before and after
        'than', 'vs' or 'or'; 'the other two' (a count of the rest) for a side unnamed."""
        halves = SIDE_SPLIT.split(query.text, maxsplit=1)
        if len(halves) != 2:
            return None
        analyse = self.index.analyzer.analyse
        first, second = (self.subjects(analyse(half, correct=False)) for half in halves)
        if first and not second:
            tokens = tokenize(halves[1])
            if OTHER_WORD in tokens:
                at = tokens.index(OTHER_WORD)
                count = WORD_NUMBERS.get(next(iter(tokens[at + 1 : at + 2]), ""), 0)
                return (first, int(count)) if count and len(first) == 1 else None
            return None
        if set(first) & set(second) or {len(first), len(second)} != {1} | {
            max(len(first), len(second))
        }:
            return None
        return (first, second) if max(len(first), len(second)) >= 2 else None

    def _grouped(self, p: Problem) -> Derivation | Refusal | None:
        """A group's sum against one figure: 'Spain and the Netherlands together, more than
        Belgium?' compares 177 with 123, with the sum and the gap as working."""
        sides = self._sides(p.query)
        if sides is None:
            return None
        first_names, rest = sides
        by_place = {i.where[0]: i for i in p.parts}
        if isinstance(rest, int):
            second = [i for i in p.parts if i.where[0] not in first_names]
            if len(second) != rest:
                return None  # 'the other two' of three figures, or it counts no rest
        else:
            second = [by_place[n] for n in rest if n in by_place]
        first = [by_place[n] for n in first_names if n in by_place]
        if not first or not second or len(first) + len(second) < 3:
            return None
        group, one = (first, second) if len(first) > 1 else (second, first)
        unit = group[0].quantity.unit
        together, alone = sum(i.value for i in group), one[0].value
        gap = abs(together - alone)
        headline = said(
            "derive.group_more" if together > alone else "derive.group_less",
            group=_places(group),
            group_amount=self._amount(together, unit),
            gap=self._amount(gap, unit),
            one=one[0].place,
            one_amount=self._amount(alone, unit),
            context=self._context(one[0]),
        )
        working = (
            " + ".join(exact(i.value) for i in group) + f" = {self._amount(together, unit)}",
            f"{exact(max(together, alone))} − {exact(min(together, alone))} = "
            f"{self._amount(gap, unit)}",
        )
        first_total = sum(i.value for i in first)
        second_total = sum(i.value for i in second)
        return Derivation(
            GROUPED,
            headline,
            working,
            (*first, *second),
            gap,
            unit,
            leads=first_total > second_total,
        )

    def _ratio(self, p: Problem) -> Derivation | Refusal | None:
        pair = self._pair(p)
        if pair is None:
            return None
        big, small = sorted(pair, key=lambda i: -i.value)
        ratio = big.value / small.value
        headline = said(
            "derive.ratio",
            big=big.place,
            ratio=format_number(ratio),
            small=small.place,
            big_value=exact(big.value),
            small_amount=self._amount(small.value, small.quantity.unit),
            context=self._context(big),
        )
        working = f"{exact(big.value)} ÷ {exact(small.value)} = {format_number(ratio)}"
        return Derivation("ratio", headline, (working,), (big, small), ratio, None)

    @staticmethod
    def _outdoes(query: Query) -> bool:
        """'… would it have beaten B?', '… more than B?': a supposed figure set against another
        (the 'more' of '10% more' is the supposed change, not a comparison)."""
        asked = consequent(query.raw_tokens)
        return not MORE_WORDS.isdisjoint(asked) or "than" in asked

    def _hypothetical(self, p: Problem) -> Derivation | Refusal | None:
        """'If Acme had shipped 10% more, how much would that be?': the one figure named,
        changed as the question supposes, beside the figure the source gives; 'would it have
        beaten B?' sets the changed figure against B's."""
        change = adjustment(p.query.raw_tokens)
        if change is None or len(p.named) not in (1, 2):
            return None
        supposed = supposition(p.query.raw_tokens)
        named = sorted(p.named, key=lambda i: not set(tokenize(i.where[0])) & supposed)
        item = named[0]  # 'would A have beaten B if *B* had sold 10 more?': B's figure
        if len(named) == 2 and named[1].quantity.unit != item.quantity.unit:
            return None
        unit = item.quantity.unit
        factor, delta, at = change
        if factor != 1:
            value = item.value * factor
            shown = f"× {format_number(factor)}"
            working = f"{exact(item.value)} × {format_number(factor)}"
        else:
            said_in = self._unit_after(p.query.raw_tokens, at) or unit
            try:
                delta = self.units.convert(delta, said_in, unit)
            except (UnitError, KeyError):
                return None
            value = item.value + delta
            shown = f"{'+' if delta >= 0 else '−'} {self._amount(abs(delta), unit)}"
            working = f"{exact(item.value)} {shown}"
        headline = said(
            "derive.hypothetical",
            place=title(item.where[0]),
            change=shown,
            result=self._amount(value, unit),
            context=self._context(item),
            stated=self._amount(item.value, unit),
        )
        working += f" = {self._amount(value, unit)}"
        if len(named) == 2:
            rival = named[1]
            headline = said(
                "derive.hypothetical_against",
                place=title(item.where[0]),
                change=shown,
                result=self._amount(value, unit),
                side="more" if value > rival.value else "less",
                rival=title(rival.where[0]),
                rival_amount=self._amount(rival.value, unit),
                context=self._context(item),
                stated=self._amount(item.value, unit),
            )
            compared = ">" if value > rival.value else "<" if value < rival.value else "="
            working += f" {compared} {self._amount(rival.value, unit)} ({title(rival.where[0])})"
            return Derivation(HYPOTHETICAL, headline, (working,), (item, rival), value, unit)
        return Derivation(HYPOTHETICAL, headline, (working,), (item,), value, unit)

    def _unit_after(self, tokens: tuple[str, ...], at: int) -> str | None:
        """The unit named within a few words after a figure ('6000 more kilograms')."""
        for k in range(at + 1, min(len(tokens), at + 4)):
            for width in (2, 1):
                key = self.units.resolve(" ".join(tokens[k : k + width]))
                if key is not None:
                    return key
        return None

    def _sum(self, p: Problem) -> Derivation | Refusal | None:
        if not p.named and p.query.named & {n for i in p.inputs for n in i.where}:
            return None  # 'Europe in total' is its stated total, not a sum of some countries
        if not p.named and p.total is not None and not self._asks_for_the_parts(p):
            return None  # 'how much was sold in total?' is the stated total, not a sum
        chosen = p.chosen
        if len(chosen) < 2:
            return None
        unit = chosen[0].quantity.unit
        value = sum(i.value for i in chosen)
        headline = said(
            "derive.sum",
            chosen=_places(chosen),
            total=self._amount(value, unit),
            context=self._context(chosen[0]),
        )
        working = " + ".join(exact(i.value) for i in chosen) + f" = {self._amount(value, unit)}"
        return Derivation("sum", headline, (working,), tuple(chosen), value, unit)

    def _asks_for_the_parts(self, p: Problem) -> bool:
        """'The three countries together', 'the named ones combined': the parts, not the whole."""
        query = p.query
        if "among_named" in query.cues or not self.index.analyzer.kind_stems.isdisjoint(
            query.content
        ):
            return True
        count = len(p.parts)
        return any(
            WORD_NUMBERS.get(s) == count or s == str(count) or (s == "both" and count == 2)
            for s in query.content
        )

    def _each(self, p: Problem) -> Derivation | Refusal | None:
        if len(p.named) < 2:
            return None
        lines = [f"{i.place}: **{self._amount(i.value, i.quantity.unit)}**" for i in p.named]
        headline = said(
            "derive.each", context=self._context(p.named[0]).capitalize(), lines="; ".join(lines)
        )
        return Derivation("each", headline, (), tuple(p.named))

    def _threshold(self, p: Problem) -> Derivation | Refusal | None:
        """'Which firms shipped more than 100 tonnes?': every part on that side of the
        figure, among those the source gives figures for, with each compared."""
        found = _bound_in_a_unit(p.query)
        chosen = p.named if len(p.named) >= 2 else p.parts
        if set_aside(p.query.raw_tokens):
            chosen = [i for i in p.parts if i not in p.named]  # 'besides A, which other …'
        if found is None or not chosen:
            return None
        sign, given, key = found
        unit = chosen[0].quantity.unit
        try:
            limit = self.units.convert(given, key, unit)
        except UnitError:
            return None  # '… over 7 years' of a measure in tonnes bounds no figure of it
        passed = [i for i in chosen if _passes(i.value, sign, limit)]
        amount = self._amount(limit, unit)
        if key != unit:
            amount = f"{self._amount(given, key)} = {amount}"
        working = (
            "; ".join(
                f"{exact(i.value)} ({i.place}) {_compared(i.value, limit)} {format_number(limit)}"
                for i in chosen
            )
            + f" {self.units.name(unit, 2)}",
        )
        among = said("derive.rank_among", count=len(chosen), noun=p.noun)
        relation = Term(BOUND_TERMS[sign])
        what = chosen[0].quantity.what
        if not passed:
            headline = said(
                "derive.threshold_none", among=among, relation=relation, bound=amount, what=what
            )
        else:
            lines = tuple(f"{i.place} ({self._amount(i.value, unit)})" for i in passed)
            headline = said(
                "derive.threshold",
                among=among,
                relation=relation,
                bound=amount,
                chosen=lines,
                what=what,
            )
        return Derivation(THRESHOLD, headline, working, tuple(chosen))

    def _average(self, p: Problem) -> Derivation | Refusal | None:
        if not p.named and p.names_total:
            return Refusal(
                said(
                    "refuse.no_average",
                    count=len(p.parts),
                    noun=p.noun,
                    whole=p.total.place if p.total else Term("whole"),
                )
            )
        chosen = p.chosen
        if len(chosen) < 2:
            return None
        unit = chosen[0].quantity.unit
        mean = sum(i.value for i in chosen) / len(chosen)
        headline = said(
            "derive.average",
            chosen=_places(chosen),
            mean=self._amount(mean, unit),
            context=self._context(chosen[0]),
        )
        numbers = " + ".join(exact(i.value) for i in chosen)
        working = f"({numbers}) ÷ {len(chosen)} = {self._amount(mean, unit)}"
        return Derivation("average", headline, (working,), tuple(chosen), mean, unit)

    def _remainder(self, p: Problem) -> Derivation | Refusal | None:
        if p.query.qtype in NAMING_QTYPES and p.named:
            return self._among_others(p)
        if p.total is None or not p.chosen:
            return None
        unit = p.total.quantity.unit
        rest = p.total.value - sum(i.value for i in p.chosen)
        headline = said(
            "derive.remainder",
            chosen=_places(p.chosen),
            place=p.total.place,
            rest=self._amount(rest, unit),
            context=self._context(p.total),
        )
        numbers = " − ".join(exact(i.value) for i in (p.total, *p.chosen))
        return Derivation(
            "remainder",
            headline,
            (f"{numbers} = {self._amount(rest, unit)}",),
            (p.total, *p.chosen),
            rest,
            unit,
        )

    def _among_others(self, p: Problem) -> Derivation | Refusal | None:
        """'Other than A, which one shipped the most?': the first (or last) of the ranking
        once the named are set aside, not the total left after theirs."""
        others = [i for i in p.parts if i not in p.named]
        if not others:
            what = p.named[0].quantity.what
            return Refusal(said("refuse.too_few", count=len(p.parts), noun=p.noun, what=what))
        if "rank_last" in p.query.cues:
            return self._rank("rank_pick", p, others[-1])
        if "rank_first" in p.query.cues:
            return self._rank("rank_pick", p, others[0])
        return self._rank("ranking", dataclasses.replace(p, named=[]))

    def _streak_start(self, p: Problem) -> Derivation | Refusal | None:
        """A run of N years ending in a stated year began N − 1 years before it."""
        streak = next(
            (
                i
                for i in p.inputs
                if i.role == "count"
                and STREAK_WORD in i.quantity.what
                and (i.quantity.when or "").isdigit()
            ),
            None,
        )
        if streak is None:
            return None
        last, length = int(streak.quantity.when or 0), int(streak.value)
        first = last - length + 1
        headline = said(
            "derive.start",
            last=str(last),
            nth=Nth(length),
            what=streak.quantity.what,
            first=str(first),
        )
        working = f"{last} − {length} + 1 = {first}"
        return Derivation("start", headline, (working,), (streak,), float(first), None)

    def _per_unit(self, query: Query) -> str:
        """The time unit a rate is asked per: 'per month', 'a day', 'weekly'; a year by default."""
        tokens = query.raw_tokens
        for i, token in enumerate(tokens):
            key = self.units.resolve(token)
            if key and self.units.family(key) == "time" and key != "count":
                previous = tokens[i - 1] if i else ""
                if previous in RATE_WORDS or token in {
                    "daily",
                    "weekly",
                    "monthly",
                    "annually",
                    "yearly",
                    "annum",
                }:
                    return key
        return "year"

    def _rate(self, p: Problem) -> Derivation | Refusal | None:
        per = self._per_unit(p.query)
        count = next((i for i in p.inputs if i.role == "count"), None)
        duration = next((i for i in p.inputs if i.role == "duration"), None)
        if count is not None and duration is not None:
            span = self.units.convert(duration.value, duration.quantity.unit, per)
            rate = count.value / span
            headline = said(
                "derive.rate_count",
                rate=format_number(rate),
                what=count.quantity.what,
                per=self.units.name(per, 1),
                count=exact(count.value),
                duration=self._amount(duration.value, duration.quantity.unit),
            )
            working = f"{exact(count.value)} ÷ {format_number(span)} = {format_number(rate)}"
            return Derivation("rate", headline, (working,), (count, duration), rate, None)
        base = p.named[0] if len(p.named) == 1 else p.total
        if base is None or not (base.quantity.when or "").isdigit() or per == "year":
            return None
        span = self.units.convert(1, "year", per)
        rate = base.value / span
        unit = base.quantity.unit
        headline = said(
            "derive.rate_base",
            rate=self._amount(rate, unit),
            per=self.units.name(per, 1),
            place=base.place,
            context=self._context(base),
            amount=self._amount(base.value, unit),
        )
        working = f"{exact(base.value)} ÷ {format_number(span)} = {format_number(rate)}"
        return Derivation("rate", headline, (working,), (base,), rate, unit)

    def _rank(
        self, operation: str, p: Problem, chosen: Input | None = None
    ) -> Derivation | Refusal | None:
        """The ranking, one place's rank in it, or the place at a rank (`chosen`: that one)."""
        ordered = p.parts
        if not ordered:
            return None
        what = ordered[0].quantity.what
        order = "; ".join(
            f"{n}. {i.place} ({self._amount(i.value, i.quantity.unit)})"
            for n, i in enumerate(ordered, 1)
        )
        among = said("derive.rank_among", count=len(ordered), noun=p.noun)
        working = (
            " > ".join(f"{exact(i.value)} ({i.place})" for i in ordered)
            + f" {self.units.name(ordered[0].quantity.unit, 2)}",
        )
        if operation == "ranking" and len(p.named) == 1:
            position = ordered.index(p.named[0]) + 1
            headline = said(
                "derive.rank_of",
                among=among,
                place=p.named[0].place,
                nth=Nth(position),
                what=what,
                order=order,
            )
            return Derivation("rank", headline, working, tuple(ordered))
        if operation == "ranking":
            headline = said("derive.rank_all", among=among, what=what, order=order)
            return Derivation("rank", headline, working, tuple(ordered))
        position = ordered.index(chosen) + 1 if chosen is not None else 0
        position = (
            position
            or {
                "rank_first": 1,
                "rank_second": 2,
                "rank_third": 3,
                "rank_last": len(ordered),
                "rank_beyond": len(ordered) + 1,
            }[operation]
        )
        step = step_from(p.query.raw_tokens)
        if chosen is None and step and len(p.named) == 1 and p.named[0] in ordered:
            position = ordered.index(p.named[0]) + 1 + step  # 'right after the Netherlands'
        if position > len(ordered) or position < 1:
            return Refusal(said("refuse.too_few", count=len(ordered), noun=p.noun, what=what))
        if operation == "rank_last" and _others_unnamed(p):
            return Refusal(said("refuse.least", count=len(ordered), noun=p.noun, what=what))
        pick = ordered[position - 1]
        headline = said(
            "derive.rank_pick",
            among=among,
            place=pick.place,
            nth=Term("last") if operation == "rank_last" else Nth(position),
            amount=self._amount(pick.value, pick.quantity.unit),
            what=what,
            order=order,
        )
        return Derivation("rank", headline, working, (pick, *[i for i in ordered if i is not pick]))


AFTER = frozenset({"after", "behind", "below", "trailing", "trailed"})
BEFORE = frozenset({"before", "ahead", "above"})
"""'Who came right after B?', 'who was ahead of S?': a rank told from a named place's own."""


def step_from(tokens: tuple[str, ...]) -> int:
    """+1 for a rank asked as the one after a place, -1 as the one before it, else 0."""
    words = set(tokens)
    after, before = not AFTER.isdisjoint(words), not BEFORE.isdisjoint(words)
    return 0 if after == before else (1 if after else -1)


def _gives_all(inputs: Sequence[Input], places: list[str]) -> bool:
    """The measure gives a figure of its own for each of these places."""
    given = {i.where[0] for i in inputs if len(i.where) == 1}
    return set(places) <= given


def _places(inputs: list[Input]) -> tuple[str, ...]:
    """The places of these figures, to be joined in the reader's language."""
    return tuple(i.place for i in inputs)


def _others_unnamed(p: Problem) -> bool:
    """The stated total is more than its named parts: someone unnamed may have less."""
    among = p.named or "among_named" in p.query.cues or _counts(p.query, len(p.parts))
    if p.total is None or not p.parts or among:
        return False  # 'of Belgium, Spain and the Netherlands' or 'of the three': among those
    return sum(i.value for i in p.parts) < p.total.value * (1 - 1e-6)


def _counts(query: Query, n: int) -> bool:
    """The question counts the parts ('the three countries' total'): their sum is its whole."""
    return str(n) in query.raw_tokens or NUMBER_NAMES.get(n, "") in query.raw_tokens


def _stating_share(related: list[IndexedFact], places: frozenset[str]) -> list[IndexedFact]:
    """The facts that state these places' share themselves, known from their index records
    (every part, total or share figure that names places) without reading the facts."""
    return [
        fact
        for fact in related
        if any(role == "share" and where == places for role, where in fact.parts)
    ]


def _total_for(query: Query, totals: list[Input]) -> Input | None:
    """The total of the place the question names; with none named, the only total there is."""
    named = query.named
    chosen = next((t for t in totals if not named.isdisjoint(t.where)), None)
    return chosen or (totals[0] if len(totals) == 1 else None)
