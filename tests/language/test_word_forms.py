"""A word is read as a name only when it is the name or an English form of it: 'Belgians'
is Belgium and 'Kristy' the pack's Kristi, but 'islands' is not the French name of Iceland,
'cooperation' is not the surname Cooper and 'francs' are not France."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "message",
    [
        "how many islands are there",
        "what did the islanders say",
        "is it an island",
        "talks on cooperation",
        "they cooperated closely",
        "a cooperative effort",
        "alcoholic drinks",
        "paid in francs",
        "the albany office",
        "the roof was blown off",
        "globalization of trade",
    ],
)
def test_an_english_word_is_not_read_as_a_name_it_resembles(engine: Engine, message: str) -> None:
    assert dict(engine.analyzer.analyse(message, correct=False).entities) == {}


@pytest.mark.parametrize(
    ("message", "kind", "name"),
    [
        ("what did the belgians say", "country", "belgium"),
        ("icelanders", "country", "iceland"),
        ("brasil", "country", "brazil"),
        ("holland", "country", "netherlands"),
        ("who is kristy noem", "person", "kristi noem"),
        ("what about the canadians", "country", "canada"),
        ("Aussies", "country", "australia"),
    ],
)
def test_a_name_and_its_english_forms_are_still_read(
    engine: Engine, message: str, kind: str, name: str
) -> None:
    entities = engine.analyzer.analyse(message, correct=False).entities
    assert name in entities.get(kind, frozenset())
