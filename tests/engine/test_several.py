"""A message asking several things at once gets each answered: the later parts read as
follow-ups of the earlier ones, and a part the packs cannot answer is said to be one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.several import parts
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("who is De Wever and what job did he have before?", 2),
        ("How much did Spain seize? And the Netherlands?", 2),
        ("where and when will Noem meet De Wever", 2),
        ("How many US short tons did Belgium seize, and Spain?", 2),
        ("whats the Five Eyes, and who hosted the London talks?", 2),
        ("What did Noem and De Wever discuss?", 1),
        ("Which country seized more, Belgium or Spain?", 1),
        ("How much did Spain seize? This is for my essay.", 1),
        ("Tell me, who is De Wever?", 1),
        ("hey all! quick one — how much did Spain seize? need it for my essay, thx", 1),
    ],
)
def test_the_parts_a_message_asks(message: str, found: int) -> None:
    assert len(parts(message)) == found


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who is De Wever and what job did he have before?", ["prime minister", "mayor"]),
        ("How much did Spain seize? And the Netherlands?", ["118", "59"]),
        ("How many US short tons did Belgium seize, and Spain?", ["135", "130"]),
    ],
)
def test_each_part_is_answered_with_its_source(
    engine: Engine, message: str, expected: list[str]
) -> None:
    answer = Dialogue().ask_alone(engine, message)
    shown = render_markdown(answer)
    assert answer.answered
    assert all(figure in shown for figure in expected), shown
    assert len(answer.citations) >= 2


def test_a_part_the_packs_do_not_answer_is_named(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine, "How much cocaine did Italy seize, and how much did Belgium?"
    )
    shown = render_markdown(answer)
    assert answer.answered
    assert "123" in shown
    assert any("Italy" in note for note in answer.notes), answer.notes


def test_parts_continue_the_conversation(engine: Engine) -> None:
    dialogue = Dialogue()
    dialogue.ask(engine, "me", "How much did Spain seize? And the Netherlands?")
    follow = dialogue.ask(engine, "me", "and Belgium?")
    assert follow.answered
    assert "123" in render_markdown(follow)


@pytest.mark.parametrize(
    "message",
    [
        "How much cocaine did Germany seize in 2023, and was it more than the Netherlands?",
        "What did Italy seize, and how does that compare with Belgium?",
        "how much did france seize and was it more than spain",
        "Who is the mayor of Ghent, and what did he say about the port?",
        "How much cocaine did Portugal seize? Was that more than Spain?",
        "What did Poland seize, and what share of the total was it?",
        "How much heroin did Italy seize, and was it a record?",
        "How much did Germany seize, and how does it rank?",
        "what did Greece seize and is that more than Belgium?",
        "How much did Sweden seize in 2023, and was that up on 2022?",
    ],
)
def test_a_part_pointing_back_to_one_the_packs_cannot_answer_is_not_answered(
    engine: Engine, message: str
) -> None:
    answer = Dialogue().ask_alone(engine, message)
    assert answer.verdict is None, render_markdown(answer)
    assert not answer.answered, render_markdown(answer)


def test_a_part_pointing_back_to_an_answered_one_is_answered(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine, "How much cocaine did Spain seize in 2023, and was it more than the Netherlands?"
    )
    shown = render_markdown(answer)
    assert "118" in shown
    assert answer.verdict == "yes" or "Yes" in shown, shown


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("1000 new drugs in 27 yrs??? thats like how many per year, someone do the math", "37.04"),
        ("belgium 123 and spain 118??? so how much is that together", "241"),
        ("spain 118 and the netherlands 59?? so what's that combined", "177"),
        ("belgium seized 123 tonnes?? how much is that a month", "10.25"),
    ],
)
def test_a_figure_restated_then_worked_on_is_one_question(
    engine: Engine, message: str, figure: str
) -> None:
    """'N in 27 years??? so how many a year?': the second sentence asks about the first, so
    the message read whole, which works the figure out, is the answer."""
    answer = Dialogue().ask_alone(engine, message)
    assert answer.answered, answer.headline
    assert figure in f"{answer.headline}\n{answer.body}"
