"""Forms a fresh set of quiz and fact-checking questions brought: a blank to fill in
('Belgium seized ___ metric tons'), a labelled claim to check ('Claim to check: …',
'Verify: …'), a ranking asked among choices one of which the source never names
('A) the Netherlands B) Spain C) Belgium D) Italy'), a check embedded after 'whether'
('I'd like to know whether …'), the source named by its subject ('per that Antwerp
article'), which asks nothing about that place, a clause whose 'it' points back to the one
name said before it ("… 'Five Eyes' … What is it?"), and a scale to count in ('how many
million kilos')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # a blank asks for what stands there
        ("Q2. Fill in the blank: In 2023 Belgium seized ___ metric tons of cocaine.", "123"),
        ("Fill in the gap: Noem met ministers from the ____ partnership.", "Five Eyes"),
        ("Complete the sentence: De Wever is a former ___ of Antwerp", "mayor"),
        # the source named by its subject asks nothing of that place
        (
            "trivia night prep 🍻 what is Europe the top producer and exporter of, per that "
            "Antwerp article?",
            "ecstasy",
        ),
        ("according to the Antwerp article, who did Noem meet?", "De Wever"),
        # what a clause points back to is the one name said before it
        (
            "lol ok so my prof keeps bringing up 'Five Eyes' and this article mentions it. "
            "What is it, going by the piece? gotta run after this",
            "intelligence-sharing partnership",
        ),
        ("I read about Mahmood yesterday, what job does she have?", "Home Secretary"),
        # a scale to count in is no unknown word
        ("how many million kilos of cocaine got seized in europe that year", "419,000 kilograms"),
        ("how many thousand pounds did Belgium seize?", "271,169 pounds"),
    ],
)
def test_the_form_around_the_question_is_read(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        (
            "Claim to check: the early warning system has identified 10,000 new substances.",
            "No",
            "1,000",
        ),
        ("Verify: the Netherlands seized 95 metric tons", "No", "59"),
        ("Check: Belgium led", "Yes", "123"),
        (
            "I'd like to know whether Noem said there were disagreements among the ministers.",
            "No",
            "disagreements",
        ),
        ("I wonder whether Belgium led", "Yes", "123"),
        ("do you know whether Spain led?", "No", "Belgium"),
        ("__Spain__ seized 130 metric tons, right?", "No", "118"),  # underlined, no blank
    ],
)
def test_a_labelled_or_embedded_check_says_yes_or_no(
    engine: Engine, question: str, verdict: str, shown: str
) -> None:
    text = render_markdown(engine.ask(question))
    assert text.lstrip("*").startswith(verdict), text
    assert shown in text


def test_a_ranking_among_choices_one_unknown_is_answered(engine: Engine) -> None:
    question = (
        "Which country ranked second for cocaine seizures in 2023? "
        "A) the Netherlands B) Spain C) Belgium D) Italy"
    )
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert "Spain** comes second" in render_markdown(answer)


def test_a_label_before_a_question_is_no_check(engine: Engine) -> None:
    text = render_markdown(engine.ask("Quick check: the total seized in Europe?"))
    assert not text.lstrip("*").startswith(("Yes", "No")), text
    assert "419" in text
