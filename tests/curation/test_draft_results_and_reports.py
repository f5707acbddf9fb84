"""A drafted pack answers what readers ask of match reports, court reports and council news in
their own words, before anyone curates it: the score and how long a final lasted, where an event
is held, who prosecuted, whether someone was sent to prison, how many routes keep running. The
texts are original, written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.curation.scaffold import new_pack
from bot.engine.engine import Engine

FINAL = """Okafor takes the Harbour Classic

Nigerian Ngozi Okafor triumphed at the Harbour Classic in Port Elsby on Saturday against Dutch \
player Mira Jansen.
The 27 year-old took it 7-5, 6-2 and was done in an hour and 15 minutes.
Okafor lost to Jansen at the Coastal International in May.
"""
COURT = """Lodger took landlady's bicycle

A lodger who took his landlady's bicycle has been ordered to do unpaid work.
Darren Felsham had agreed to feed her cat during a trip she made to see her aunt in Portugal.
Prosecuting, Kim Arbuthnot told the court the bicycle was worth £300.
Sam Ridgeway, for the defence, said Felsham had been jobless for a year.
The bench handed him a community order and 80 hours of unpaid work.
"""
BUSES = """Ferry links saved by county grant

Funding for 54 ferry routes was set to be withdrawn by the county in May.
Operators plan to operate 20 of those routes without subsidy.
With the grant, 35 of the 54 routes will continue into the summer.
"""


def _drafted(folder: Path, name: str, text: str) -> Engine:
    knowledge = folder / "knowledge"
    knowledge.mkdir()
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    new_pack(knowledge, name, source, publisher="Test desk")
    return Engine.load(knowledge, [name])


@pytest.fixture(scope="module")
def final(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _drafted(tmp_path_factory.mktemp("final"), "final", FINAL)


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _drafted(tmp_path_factory.mktemp("court"), "court", COURT)


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _drafted(tmp_path_factory.mktemp("buses"), "buses", BUSES)


def _says(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert re.search(expected, f"{answer.headline} {answer.citations[0].quote}")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the score in the final?", r"7-5, 6-2"),
        ("How long did the final last?", r"hour and 15"),
        ("How old is Ngozi Okafor?", r"\b27\b"),
        ("Who did Okafor beat in the final?", r"Jansen"),
    ],
)
def test_a_match_report_gives_the_score_its_length_and_the_winners_age(
    final: Engine, question: str, expected: str
) -> None:
    _says(final, question, expected)


def test_an_event_says_where_it_is_played_and_where_a_match_was(final: Engine) -> None:
    _says(final, "Where is the Harbour Classic played?", r"Port Elsby")
    _says(final, "Where did Okafor lose to Jansen?", r"Coastal International")
    assert not final.ask("Who does Okafor play in the first round of the Harbour Classic?").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who prosecuted?", r"Arbuthnot"),
        ("Who defended Felsham?", r"Ridgeway"),
        ("Was Felsham working?", r"jobless"),
        ("Did he get sent to prison?", r"community order|unpaid work"),
        ("Where had she gone?", r"Portugal"),
    ],
)
def test_a_court_report_says_who_prosecuted_and_what_the_sentence_was(
    court: Engine, question: str, expected: str
) -> None:
    _says(court, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many routes will operators run?", r"\b20\b"),
        ("How many of the 54 routes keep running?", r"\b35\b"),
        ("How many routes was the county going to pull funding from?", r"\b54\b"),
    ],
)
def test_council_news_counts_routes_in_the_readers_words(
    buses: Engine, question: str, expected: str
) -> None:
    _says(buses, question, expected)
