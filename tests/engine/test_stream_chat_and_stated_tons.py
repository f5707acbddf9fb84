"""Stream chat around a question (emotes, 'chat is this real') is no part of it; 'tons' in a
question about a figure the source states in metric tons is read as metric tons (and as short
tons where the source gives that figure in short tons); 'toneladas métricas' and the like are
metric tons in every language the bot reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("CHAT IS THIS REAL 419 TONS OF COKE SEIZED IN EUROPE?? what year was that KEKW", "2023"),
        ("Sadge how much did spain seize", "118 metric tons"),
        ("how much cocaine did belgium seize OMEGALUL", "123 metric tons"),
        ("chat is this real, did the netherlands seize 59 metric tons? Pog", "59 metric tons"),
        ("how many tons did europe seize in 2023 LUL", "419 metric tons"),
    ],
)
def test_stream_chat_around_a_question_is_left_out(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in answer.headline


@pytest.mark.parametrize(
    ("question", "converted"),
    [
        ("whats that in kilograms the one hundred eighteen tons spain seized", "118,000 kilograms"),
        ("the 123 tons belgium seized, in kg?", "123,000 kilograms"),
    ],
)
def test_tons_are_read_as_metric_where_the_source_states_that_figure_so(
    engine: Engine, question: str, converted: str
) -> None:
    answer = engine.ask(question)
    assert converted in answer.headline
    assert not any("short tons" in note for note in answer.notes)


def test_tons_are_read_as_short_tons_where_the_source_gives_that_figure_so(
    engine: Engine,
) -> None:
    assert "122,470 kilograms" in engine.ask("the 135 tons belgium seized, in kg?").headline


def test_tons_of_a_figure_no_fact_states_are_short_tons_with_a_note(engine: Engine) -> None:
    answer = engine.ask("how many kg is 10 tons")
    assert "9,072 kilograms" in answer.headline
    assert any("short tons" in note for note in answer.notes)


@pytest.mark.parametrize(
    "question",
    [
        "Quantas toneladas métricas de cocaína a Bélgica apreendeu em 2023?",
        "¿Cuántas toneladas métricas de cocaína incautó Bélgica?",
        "Quante tonnellate metriche di cocaina ha sequestrato il Belgio?",
    ],
)
def test_metric_tons_in_other_languages(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert "123 metric tons" in answer.headline
