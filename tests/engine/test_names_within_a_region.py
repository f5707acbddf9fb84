"""Forms a fresh set of near misses brought: 'which South American countries did she visit?'
of a fact naming only her own country is declined with what the source says (it had been
answered with that fact); the kind a question asks for is read past an adjective ('which
South American *countries*', 'list the … countries') but not past a verb or an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "message",
    [
        "Which South American countries did Noem visit?",
        "which countries did Noem visit in South America?",
        "List the South American countries Noem visited.",
    ],
)
def test_names_of_a_kind_the_source_does_not_place_there_are_declined(
    engine: Engine, message: str
) -> None:
    answer = engine.ask(message)
    assert not answer.answered, render_markdown(answer)
    assert "South America" in answer.headline  # what the source does say


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Which South American countries did Noem visit?", "country"),
        ("list the countries that seized cocaine", "country"),
        ("Through which region is drug trafficking surging?", None),
        ("Give me the exact wording on what authorities warned illicit drug flows will do.", None),
        ("What's the polo team called?", None),
    ],
)
def test_the_kind_asked_for_is_read_in_its_phrase(
    engine: Engine, message: str, kind: str | None
) -> None:
    assert engine.analyzer.analyse(message).answer_kind == kind


def test_a_country_of_the_region_asked_about_is_still_answered(engine: Engine) -> None:
    answer = engine.ask("which European country seized the most cocaine?")
    assert answer.answered
    assert "Belgium" in answer.headline
