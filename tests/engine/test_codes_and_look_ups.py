"""Country codes in capitals read as their countries ('BE+ES total?'), a look-up by a figure
the source never gives declined instead of answered with the leader, and 'by what factor'
read as a ratio, not a difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.language.codes import expand_country_codes


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much did BE seize in 2023?", "123 metric tons"),
        ("ES haul in lbs?", "118 metric tons"),
        ("NL total in metric tons", "59 metric tons"),
        ("how many tons did BE and NL seize together", "182 metric tons"),
        ("BE+ES total?", "241 metric tons"),
        ("IT guy here: how much did Belgium seize?", "123 metric tons"),
    ],
)
def test_a_country_code_in_capitals_is_read_as_its_country(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in answer.headline


def test_a_code_of_a_country_the_pack_lacks_is_declined_by_its_name(engine: Engine) -> None:
    answer = engine.ask("how much did DE seize?")
    assert not answer.answered
    assert "Germany" in answer.headline


def test_codes_that_are_words_a_shouted_message_and_a_packs_own_short_names_stay() -> None:
    assert expand_country_codes("IT guy here, IS it IN the report?") == (
        "IT guy here, IS it IN the report?"
    )
    assert expand_country_codes("DID BE SEIZE MORE THAN NL") == "DID BE SEIZE MORE THAN NL"
    assert expand_country_codes("is SE faster than ES?", frozenset({"se"})) == (
        "is SE faster than spain?"
    )
    assert expand_country_codes("the U.S. and the USA") == "the U.S. and the united states"


def test_a_list_of_codes_is_read_as_countries_but_codes_side_by_side_are_not() -> None:
    assert expand_country_codes("what did BE, ES and NL each seize?") == (
        "what did belgium, spain and netherlands each seize?"
    )
    assert expand_country_codes("BE, ES, NL total?") == "belgium, spain, netherlands total?"
    assert expand_country_codes("FR FR that is wild") == "FR FR that is wild"
    assert expand_country_codes("Jo DE VRIES said so") == "Jo DE VRIES said so"


@pytest.mark.parametrize(
    "question",
    [
        "Which country seized 90 metric tons of cocaine in 2023?",
        "who seized 75 tons of cocaine?",
        "which port had 40 metric tons seized?",
        "which country seized 200,000 pounds of cocaine?",
    ],
)
def test_a_look_up_by_a_figure_the_source_never_gives_is_declined(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline
    assert "never gives" in answer.headline


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("which country seized 123 metric tons?", "Belgium"),
        ("which country seized 271,000 pounds of cocaine?", "Belgium"),
        ("which country seized 118 metric tons?", "Spain"),
    ],
)
def test_a_look_up_by_a_figure_the_source_gives_finds_its_fact(
    engine: Engine, question: str, place: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert place in answer.headline


@pytest.mark.parametrize(
    ("question", "ratio"),
    [
        ("By what factor does Europe's 2023 total exceed Belgium's seizure?", "3.407 times"),
        ("by what factor did spain's haul exceed the netherlands'?", "2 times"),
        ("how many fold bigger was Belgium's seizure than the Netherlands'?", "2.085 times"),
    ],
)
def test_by_what_factor_asks_for_a_ratio(engine: Engine, question: str, ratio: str) -> None:
    answer = engine.ask(question)
    assert ratio in answer.headline
