"""Amounts as people type them become the figures they mean."""

from __future__ import annotations

import pytest

from bot.language.amounts import fraction_of, read_amounts
from bot.language.numbers import figures_in
from bot.language.text import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so belgium is like ~270k lbs", "270000"),
        ("a $22bn deal", "22000000000"),
        ("£3.5bn", "3500000000"),
        ("€320m budget", "320000000"),
        ("1.2 million visitors", "1200000"),
        ("half a million visitors", "500000"),
        ("a quarter of a million", "250000"),
        ("one hundred and eighteen tonnes", "118"),
        ("twenty-seven years", "27"),
    ],
)
def test_written_amounts_become_one_figure(text: str, expected: str) -> None:
    assert expected in read_amounts(tokenize(text))


@pytest.mark.parametrize("text", ["the 800m title", "seven straight years", "the three countries"])
def test_metres_and_small_number_words_stay_as_written(text: str) -> None:
    assert read_amounts(tokenize(text)) == tokenize(text)


@pytest.mark.parametrize(
    ("text", "fraction"),
    [("a quarter of the total", 0.25), ("two thirds of it", 2 / 3), ("half the haul", 0.5)],
)
def test_fractions_in_words(text: str, fraction: float) -> None:
    found = fraction_of(tuple(tokenize(text)))
    assert found is not None
    assert found[0] == pytest.approx(fraction)


def test_which_came_third_is_a_rank_not_a_fraction() -> None:
    assert fraction_of(tuple(tokenize("which country came third"))) is None


def test_a_sentence_states_money_with_its_scale() -> None:
    figures = figures_in("Revenue rose to €240m, and the 800m race was won in 1:47.")
    assert 240e6 in figures
    assert 800e6 not in figures
