"""Forms a fresh set of questions in other languages brought: a Dutch verb split around its
object ('nam … in beslag'), a French compound tense of a phrase ('a eu lieu'), the tonne
of the continent ('hoeveel ton' is metric), a German question opening that the rest of a
misspelt message would take for Dutch ('Wie viele Tonen … Belgen'), and 'before becoming'
said as the languages say it ('avant de devenir', 'prima di diventare')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "shown", "language"),
    [
        ("Hoeveel ton cocaïne nam België in 2023 in beslag?", "123", "Dutch"),
        ("Hoeveel ton cocaïne nam Spanje in beslag?", "118", "Dutch"),
        ("Hoeveel cocaïne werd er in Nederland in beslag genomen?", "59", "Dutch"),
        ("Dans quelle ville a eu lieu la réunion des Five Eyes ?", "London", "French"),
        ("Où a eu lieu la rencontre entre Noem et De Wever ?", "Antwerp", "French"),
        ("Wie viele Tonen Kokain hat Belgen 2023 beschlagnamt?", "123", "German"),
        ("Wie viele Tonnen Kokain hat Spanien beschlagnahmt?", "118", "German"),
        ("Qui était De Wever avant de devenir Premier ministre ?", "mayor", "French"),
        ("Chi era Bart De Wever prima di diventare primo ministro?", "mayor", "Italian"),
        ("¿Qué era De Wever antes de ser primer ministro?", "mayor", "Spanish"),
    ],
)
def test_a_question_in_another_language_is_answered(
    engine: Engine, question: str, shown: str, language: str
) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert shown in text
    assert f"Read in {language}" in text


def test_a_continental_ton_is_a_metric_ton(engine: Engine) -> None:
    text = render_markdown(engine.ask("Hoeveel ton cocaïne nam België in beslag?"))
    assert "123 metric tons" in text
    assert "135 metric tons" not in text


def test_a_name_inside_a_phrase_is_kept(engine: Engine) -> None:
    text = render_markdown(engine.ask("En wie is De Wever?"))
    assert "prime minister" in text
