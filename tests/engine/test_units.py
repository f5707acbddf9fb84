"""Units: every stated mass converts exactly both ways, figures read well, the converter is right.

Expected values come from the legal unit definitions and the pack's own figures, never from a run.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.engine import Engine
from bot.knowledge.checks import check_quantities
from bot.knowledge.models import Fact, Quantity
from bot.language.units import UnitBook, format_number, format_percent
from tests.knowledge.support import real_engine, real_kb

KILOGRAMS = {
    # exact legal definitions (international yard and pound agreement, 1959)
    "milligram": 1e-6,
    "gram": 1e-3,
    "kilogram": 1.0,
    "metric_ton": 1000.0,
    "pound": 0.45359237,
    "ounce": 0.45359237 / 16,
    "stone": 0.45359237 * 14,
    "short_ton": 0.45359237 * 2000,
    "long_ton": 0.45359237 * 2240,
}
MILE_KM = 1.609344
ROUND_TRIP = 1e-9
FOUR_FIGURES = 5e-4
"""Relative error of rounding to 4 significant figures, at worst."""

BOOK = UnitBook(real_kb().lexicon.units)
MASS_UNITS = sorted(k for k, words in real_kb().lexicon.units.items() if words.family == "mass")
MASS_FIGURES: list[tuple[str, Quantity]] = [
    (fact.id, q)
    for fact in real_kb().facts
    for q in fact.quantities
    if BOOK.resolve(q.unit) and BOOK.family(BOOK.resolve(q.unit) or "") == "mass"
]
ARTICLE_DOUBLE_FIGURES = [(419, 462), (123, 135), (118, 130), (59, 65)]
"""The article's own 'N metric tons (M tons)': M is N in US short tons, rounded."""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return real_engine()


def test_the_lexicon_knows_the_mass_units_people_use() -> None:
    assert set(KILOGRAMS) <= set(MASS_UNITS)


@pytest.mark.parametrize("unit", MASS_UNITS)
def test_every_mass_unit_converts_by_its_legal_definition(unit: str) -> None:
    assert unit in KILOGRAMS, f"add the legal definition of {unit} to this test"
    assert BOOK.convert(1.0, unit, "kilogram") == pytest.approx(KILOGRAMS[unit], rel=1e-12)


def test_the_pack_has_mass_figures_to_convert() -> None:
    assert len(MASS_FIGURES) >= 4


@pytest.mark.parametrize("target", MASS_UNITS)
@pytest.mark.parametrize(
    ("fact_id", "quantity"),
    MASS_FIGURES,
    ids=[f"{fact_id}:{q.value:g}-{q.unit}" for fact_id, q in MASS_FIGURES],
)
def test_each_stated_mass_converts_to_every_mass_unit_and_back(
    fact_id: str, quantity: Quantity, target: str
) -> None:
    source = BOOK.resolve(quantity.unit)
    assert source is not None

    there = BOOK.convert(quantity.value, source, target)
    back = BOOK.convert(there, target, source)

    expected = quantity.value * KILOGRAMS[source] / KILOGRAMS[target]
    assert there == pytest.approx(expected, rel=ROUND_TRIP)
    assert back == pytest.approx(quantity.value, rel=ROUND_TRIP)


def stated_fact(metric: float, short: float) -> Fact:
    """A fact quoting 'N metric tons (M tons)' and stating both figures, as the pack does."""
    return Fact.model_validate({
        "id": "double-figure",
        "topic": "A doubly stated figure",
        "answer": "A doubly stated figure.",
        "quotes": [{"text": f"with {metric:g} metric tons ({short:g} tons)"}],
        "questions": ["How much?"],
        "quantities": [{
            "value": metric, "unit": "metric_ton", "what": "cocaine seized",
            "also": [{"value": short, "unit": "short_ton"}],
        }],
    })  # fmt: skip


@pytest.mark.parametrize(("metric", "short"), ARTICLE_DOUBLE_FIGURES)
def test_the_articles_double_figures_agree_within_its_rounding(metric: int, short: int) -> None:
    assert check_quantities("article.yaml", stated_fact(metric, short), BOOK) == []


@pytest.mark.parametrize("off_by", [-2, 2])
@pytest.mark.parametrize(("metric", "short"), ARTICLE_DOUBLE_FIGURES)
def test_a_short_ton_figure_two_tons_off_is_flagged(metric: int, short: int, off_by: int) -> None:
    problems = check_quantities("article.yaml", stated_fact(metric, short + off_by), BOOK)

    assert [p.field for p in problems] == ["quantities[0].also[0].value"]
    assert "disagree" in problems[0].message


def test_the_packs_double_figures_are_the_articles_and_pass_the_checker() -> None:
    pairs = {
        (q.value, figure.value)
        for fact in real_kb().facts
        for q in fact.quantities
        for figure in q.also
    }
    assert pairs == set(ARTICLE_DOUBLE_FIGURES)
    for fact in real_kb().facts:
        assert check_quantities("pack", fact, BOOK) == [], fact.id


# --- how figures are written -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(1000, "1,000"), (1234567, "1,234,567"), (123456789, "123,456,789"), (419, "419")],
)
def test_exact_whole_figures_are_grouped_and_never_rounded(value: int, text: str) -> None:
    assert format_number(value, exact=True) == text


@pytest.mark.parametrize(("value", "text"), [(1234.5, "1,234.5"), (419.25, "419.25")])
def test_exact_figures_with_decimals_keep_every_stated_digit(value: float, text: str) -> None:
    assert format_number(value, exact=True) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (4.828032, "4.828"),
        (275.57780, "275.6"),
        (37.037037, "37.04"),
        (22.046226, "22.05"),
        (0.0050000, "0.005"),
        (0.000123456, "0.0001235"),
    ],
)
def test_converted_figures_keep_four_significant_figures(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(22046.2262, "22,046"), (123456.7, "123,457"), (-22046.2, "-22,046"), (9999.5, "10,000")],
)
def test_converted_figures_never_drop_whole_digits(value: float, text: str) -> None:
    assert format_number(value) == text


GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$")


@given(st.floats(min_value=1e-6, max_value=1e15) | st.floats(min_value=-1e15, max_value=-1e-6))
def test_any_converted_figure_reads_back_within_four_significant_figures(value: float) -> None:
    text = format_number(value)

    assert GROUPED.match(text), text
    assert float(text.replace(",", "")) == pytest.approx(value, rel=FOUR_FIGURES)


@pytest.mark.parametrize(
    ("value", "text"), [(100 * 123 / 419, "29.4%"), (72.0, "72%"), (12.25, "12.2%"), (0.0, "0%")]
)
def test_percentages_read_with_at_most_one_decimal(value: float, text: str) -> None:
    assert format_percent(value) == text


# --- the free converter ------------------------------------------------------------------------


def test_asking_to_convert_tonnes_to_pounds_gives_the_pounds_and_no_fact(engine: Engine) -> None:
    answer = engine.ask("convert 10 metric tons to pounds")

    expected = 10 * KILOGRAMS["metric_ton"] / KILOGRAMS["pound"]
    assert answer.answered
    assert answer.fact_id is None
    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value == pytest.approx(expected, rel=1e-9)
    assert f"{round(expected):,}" in answer.headline  # 22,046
    assert "pound" in answer.headline


def test_asking_how_many_short_tons_in_tonnes_converts(engine: Engine) -> None:
    answer = engine.ask("how many short tons is 250 tonnes")

    expected = 250 * KILOGRAMS["metric_ton"] / KILOGRAMS["short_ton"]
    assert answer.answered
    assert answer.fact_id is None
    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value == pytest.approx(expected, rel=1e-9)
    assert f"{expected:.1f}" in answer.headline  # 275.6


def test_a_leading_decimal_point_is_read_as_a_fraction(engine: Engine) -> None:
    answer = engine.ask("convert .5 kg to lb")

    expected = 0.5 / KILOGRAMS["pound"]
    assert answer.answered, answer.headline
    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("convert -40 °C to °F", -40.0),
        ("what is minus 40 celsius in fahrenheit", -40.0),
        ("convert \u22125 kg to lb", -5 / KILOGRAMS["pound"]),
    ],
)
def test_a_minus_sign_before_a_number_is_kept(
    engine: Engine, question: str, expected: float
) -> None:
    answer = engine.ask(question)

    assert answer.answered, answer.headline
    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value == pytest.approx(expected, rel=1e-9)


def test_a_year_range_is_not_read_as_a_negative_number(engine: Engine) -> None:
    answer = engine.ask("convert 2022-2023 tonnes to pounds")

    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value > 0


def test_a_temperature_below_absolute_zero_is_declined(engine: Engine) -> None:
    answer = engine.ask("convert -500 °C to °F")

    assert not answer.answered
    assert "absolute zero" in answer.headline


def test_converting_mass_to_length_is_declined_naming_both(engine: Engine) -> None:
    for answer in (engine.ask("convert 5 kg to metres"), engine.convert(5, "kg", "metres")):
        assert not answer.answered, answer.headline
        assert answer.fact_id is None
        said = answer.headline.lower()
        assert "kilogram" in said or "mass" in said, said
        assert "metre" in said or "length" in said, said


def test_the_converter_command_converts_miles_to_kilometres(engine: Engine) -> None:
    answer = engine.convert(3, "miles", "km")

    assert answer.answered
    assert answer.fact_id is None
    assert answer.quantities[0].asked is not None
    assert answer.quantities[0].asked.value == pytest.approx(3 * MILE_KM, rel=1e-9)
    assert f"{3 * MILE_KM:.3f}" in answer.headline  # 4.828


def test_the_converter_command_names_a_unit_it_does_not_know(engine: Engine) -> None:
    answer = engine.convert(3, "furlongs", "km")

    assert not answer.answered
    assert "furlongs" in answer.headline


@pytest.mark.parametrize("value", [1e308, float("inf")], ids=["overflows", "infinite"])
def test_the_converter_command_never_raises_on_out_of_range_numbers(
    engine: Engine, value: float
) -> None:
    """A 400-digit number typed in the chat's convert command arrives as infinity."""
    answer = engine.convert(value, "t", "mg")

    assert answer.headline


def test_a_fact_asked_in_another_unit_shows_the_packs_figure_converted(engine: Engine) -> None:
    answer = engine.ask("How much cocaine did Belgium seize in pounds?")

    belgium = next(q for f in real_kb().facts for q in f.quantities if q.where == ["belgium"])
    expected = belgium.value * KILOGRAMS[belgium.unit] / KILOGRAMS["pound"]
    asked = [view.asked for view in answer.quantities if view.asked is not None]
    assert answer.answered
    assert asked, "no figure in pounds"
    assert asked[0].unit == "pound"
    assert asked[0].value == pytest.approx(expected, rel=1e-9)
