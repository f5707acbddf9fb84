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

Nigerian player Ada Okafor won the Harbour Classic in Port Elsby against Dutch rival Mira Jansen \
on Saturday.
The 27 year-old won 7-5 6-2 in an hour and 15 minutes to reach a ranking of No 31.
She had lost to Jansen at the Coastal International in May.
"""
COURT = """Lodger took landlady's bicycle

A lodger who took his landlady's bicycle has been ordered to do unpaid work.
Darren Felsham was asked to feed her cat while she visited her aunt in Portugal.
Kim Arbuthnot, prosecuting, said the bicycle was worth £300.
Sam Ridgeway, defending, said Felsham was unemployed at the time.
Magistrates imposed a community order, with 80 hours of unpaid work.
"""
BUSES = """Ferry links saved by county grant

The county council had been due to withdraw funding from 54 ferry routes from May.
Ferry firms have decided to operate 20 of these routes on a commercial basis.
The grant means that 35 of the 54 routes will continue from June.
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
        ("What was the score in the final?", r"7-5 6-2"),
        ("How long did the final last?", r"hour and 15"),
        ("How old is Ada Okafor?", r"\b27\b"),
        ("Who did Okafor beat in the final?", r"Jansen"),
    ],
)
def test_a_match_report_gives_the_score_its_length_and_the_winners_age(
    final: Engine, question: str, expected: str
) -> None:
    _says(final, question, expected)


def test_an_event_says_where_it_is_played_and_where_a_match_was(final: Engine) -> None:
    _says(final, "Where is the Harbour Classic played?", r"Port Elsby")
    _says(final, "Where did she lose to Jansen?", r"Coastal International")
    assert not final.ask("Who does Okafor play in the first round of the Harbour Classic?").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who prosecuted?", r"Arbuthnot"),
        ("Who defended Felsham?", r"Ridgeway"),
        ("Was Felsham working at the time?", r"unemployed"),
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
        ("How many routes will ferry firms run commercially?", r"\b20\b"),
        ("How many of the 54 routes keep running?", r"\b35\b"),
        ("How many routes was the council going to pull funding from?", r"\b54\b"),
    ],
)
def test_council_news_counts_routes_in_the_readers_words(
    buses: Engine, question: str, expected: str
) -> None:
    _says(buses, question, expected)
