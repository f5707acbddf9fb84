"""Forms a fresh set of counting questions brought: 'how many topics were on the agenda?' of
a sentence listing them ('talks on A, B and C') is the count of its list, said with the
sentence; only a noun that counts the items of a list, or a kind of name, is counted so,
and a count of people or things the list does not hold is still declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.counting import listed
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "count", "shown"),
    [
        ("How many topics were on the London agenda?", 3, "opioids"),
        ("how many issues did the Five Eyes ministers talk about?", 3, "child sexual abuse"),
        ("How many subjects did the London talks cover?", 3, "unauthorized migration"),
        ("how many ways did the talks aim to tackle criminal gangs?", 3, "extradition"),
        ("In how many regions has Noem set up law enforcement agreements?", 2, "South America"),
        ("how many regions did Noem travel to?", 2, "Europe"),
        ("how many kinds of enforcement make up the Trump program?", 3, "street raids"),
        ("how many parts does the Trump administration's program have?", 3, "detentions"),
        ("How many topics were on the London agenda, and what were they?", 3, "opioids"),
        ("Count the ways the ministers' talks aimed to tackle criminal gangs", 3, "technology"),
    ],
)
def test_a_list_is_counted(engine: Engine, question: str, count: int, shown: str) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert f"{count} in all" in text
    assert shown in text


@pytest.mark.parametrize(
    "question",
    [
        "How many people has the Trump administration deported so far?",
        "How many legal challenges has the Trump deportation program faced so far?",
        "how many topics did Noem and De Wever agree on?",
    ],
)
def test_what_a_list_does_not_count(engine: Engine, question: str) -> None:
    assert "in all" not in render_markdown(engine.ask(question))


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("Talks were on migration, child abuse and the spread of opioids.", 3),
        ("It set up agreements in South America and Europe.", 2),
        ("The plan of street raids, mass detentions and deportations has drawn criticism.", 3),
        ("Apples and pears are fruit.", 2),
        ("They met to discuss security and bilateral U.S.–Belgian efforts.", 2),
        ("The firm sold 3m units in 2004.", 0),
        ("Since taking charge, she has travelled to set up and reinforce deals in Asia.", 2),
    ],
)
def test_the_items_of_a_sentence_s_list(sentence: str, items: int) -> None:
    assert len(listed(sentence)) == items


def test_people_listed_are_no_count_of_goals(engine: Engine) -> None:
    assert "in all" not in render_markdown(
        engine.ask("how many goals did the meeting in Antwerp have?")
    )
