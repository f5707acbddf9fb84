"""Forms a fresh set of negations and exceptions brought: 'which countries seized more than
100 tonnes?' lists every place on that side of the figure (it had named only the leader),
'which did NOT reach 100 tonnes?' those below, in the unit asked; a question that sets a
name aside before its question word ('Other than A, which port …') is asked whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.derive import bound
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "listed", "left_out"),
    [
        (
            "Which countries seized more than 100 metric tons?",
            ["Belgium", "Spain"],
            "Netherlands (",
        ),
        (
            "Which of the three named countries seized less than 100 metric tons?",
            ["Netherlands"],
            "Spain (",
        ),
        (
            "Which of the three named countries did NOT reach 100 metric tons of cocaine seized?",
            ["Netherlands"],
            "Belgium (",
        ),
        ("which countries seized over 120,000 kilograms?", ["Belgium"], "Spain ("),
        (
            "besides Belgium, which other country seized more than 100 metric tons?",
            ["Spain"],
            "Belgium (",
        ),
    ],
)
def test_the_places_beyond_a_figure_are_listed(
    engine: Engine, message: str, listed: list[str], left_out: str
) -> None:
    answer = engine.ask(message)
    assert answer.kind == "derived", render_markdown(answer)
    chosen = answer.headline.split(" had ", 1)[0].split("figures for, ", 1)[1]
    assert all(name in chosen for name in listed)
    assert left_out not in chosen
    assert answer.working


def test_no_place_beyond_a_figure_is_said_so(engine: Engine) -> None:
    answer = engine.ask("which country seized more than 200 metric tons?")
    assert "none" in answer.headline


@pytest.mark.parametrize(
    ("message", "listed", "left_out"),
    [
        ("which countries seized at least 118 metric tons?", ["Belgium", "Spain"], "Netherlands ("),
        (
            "which countries seized no more than 118 metric tons?",
            ["Spain", "Netherlands"],
            "Belgium (",
        ),
        ("Which countries did not seize more than 100 metric tons?", ["Netherlands"], "Spain ("),
    ],
)
def test_a_bound_that_takes_its_figure_in_or_is_denied_is_read_so(
    engine: Engine, message: str, listed: list[str], left_out: str
) -> None:
    test_the_places_beyond_a_figure_are_listed(engine, message, listed, left_out)


@pytest.mark.parametrize(
    "message",
    [
        "Which countries accounted for more than 70% of seizures?",
        "Which countries had more than 2 ports?",
        "Which countries seized cocaine over 2023?",
    ],
)
def test_a_bare_number_or_a_year_bounds_no_figure(engine: Engine, message: str) -> None:
    assert (
        engine.ask(message).kind != "derived" or "metric tons" not in engine.ask(message).headline
    )


@pytest.mark.parametrize(
    ("tokens", "sign"),
    [
        (["which", "firms", "sold", "more", "than", "40", "units"], ">"),
        (["which", "did", "not", "reach", "100"], "<"),
        (["who", "shipped", "under", "5", "tonnes"], "<"),
        (["who", "shipped", "no", "more", "than", "5", "tonnes"], "<="),
        (["who", "did", "not", "ship", "more", "than", "5"], "<="),
        (["which", "firm", "sold", "the", "most"], None),
    ],
)
def test_a_bound_is_read(tokens: list[str], sign: str | None) -> None:
    found = bound(tokens)
    assert (found[0] if found else None) == sign


def test_what_is_set_aside_before_the_question_word_stays_asked(engine: Engine) -> None:
    answer = engine.ask("Other than Antwerp, which port did the report rank second for drug flows?")
    assert not answer.answered, render_markdown(answer)


def test_a_range_is_not_read_as_its_first_bound(engine: Engine) -> None:
    answer = engine.ask("Which countries seized more than 100 tons and less than 120 tons?")
    assert " had more than " not in answer.headline
    assert "−" not in answer.headline  # no sum of the two bounds either


def test_what_is_set_aside_leaves_the_rest_of_its_kind_to_answer(engine: Engine) -> None:
    answer = engine.ask("Other than London, where did Noem travel?")
    assert answer.answered, render_markdown(answer)
    assert "South America" in answer.headline


def test_a_set_aside_name_is_written_as_the_source_writes_it(engine: Engine) -> None:
    answer = engine.ask("Other than Antwerp, which port did the report rank second for drug flows?")
    assert "beyond Antwerp" in answer.headline
