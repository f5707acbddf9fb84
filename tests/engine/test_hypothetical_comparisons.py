"""A supposed figure set against another's ('if Spain had seized 10 more metric tons, would
it have beaten Belgium?'): the changed figure beside the other's, with yes or no; and a figure
the source gives in two units, converted, says the source's own pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("If Spain had seized 10 more metric tons, would it have beaten Belgium?", "Yes", "128"),
        (
            "If the Netherlands had doubled its 2023 seizure, would it have overtaken Belgium?",
            "No",
            "118",
        ),
        ("if spain had seized 2 more metric tons would it have topped belgium", "No", "120"),
        ("If Belgium had seized 10% less, would it have beaten Spain?", "No", "110.7"),
        ("Would Spain have beaten Belgium if Belgium had seized 10 more metric tons?", "No", "133"),
        ("would Belgium have beaten Spain if Spain had seized 10 more metric tons?", "No", "128"),
        (
            "if Belgium had seized 10 metric tons less, would it have been less than Spain?",
            "Yes",
            "113",
        ),
    ],
)
def test_a_supposed_figure_against_another_is_checked(
    engine: Engine, question: str, verdict: str, shown: str
) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert text.lstrip("*").startswith(verdict), text
    assert shown in text
    assert "118" in text or "123" in text  # the other's figure beside it


def test_one_supposed_figure_alone_is_still_worked_out(engine: Engine) -> None:
    text = render_markdown(
        engine.ask("If Spain had seized 10 more metric tons, how much would it have seized?")
    )
    assert "128" in text
    assert not text.lstrip("*").startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("The figure of 135 US tons corresponds to how many metric tons?", "123 metric tons"),
        ("130 short tons in metric tons?", "118 metric tons"),
    ],
)
def test_a_figure_the_source_gives_in_both_units_says_its_own_pair(
    engine: Engine, question: str, stated: str
) -> None:
    answer = engine.ask(question)
    assert any(stated in note for note in answer.notes), render_markdown(answer)


def test_a_figure_the_source_does_not_give_has_no_pair(engine: Engine) -> None:
    answer = engine.ask("how many kilograms is 5 tons?")
    assert not any("source itself" in note for note in answer.notes)
