"""Chat as people write it: a streamer's interjections and tags ('KEKW', 'chat is this
real', 'or is that cap'), words that only insist ('the real number'), a weekday claimed
against the one the source gives, a share 'of the 419', a sentence with a 'when' or 'which'
before the question, and a question in the middle of a long message whose subject comes
just before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.engine.claims import verdict_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("CHAT IS THIS REAL spain seized 118 tonnes of coke?? KEKW", "yes"),
        ("chat is this real, belgium seized 200 tonnes in 2023", "no"),
        ("is europe really the top ecstasy producer or is that cap", "yes"),
        ("the netherlands seized 80 tonnes or is that cap", "no"),
        ("belgium seized more than spain, no cap?", "yes"),
        ("spain seized 118 tonnes fr fr", "yes"),
        ("spain beat belgium in seizures, is that real?", "no"),
        ("the record was for the seventh year in a row, real or fake?", "yes"),
        ("mahmood hosted the talks in london, legit or not?", "yes"),
        ("noem met de wever on wednesday, is it legit?", "no"),
    ],
)
def test_a_streamers_tag_asks_for_yes_or_no(engine: Engine, claim: str, verdict: str) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("what was belgium's real number?", "123"),
        ("what is the actual number of new substances?", "1,000"),
        ("what's spain's actual figure?", "118"),
        ("ok but what was the real total for europe?", "419"),
        ("what were the actual seizures in the netherlands?", "59"),
        ("gg belgium by how much did it beat spain?", "5"),
        ("KEKW how much did spain seize", "118"),
        ("pog how many tonnes did the netherlands seize", "59"),
        ("copium but how much did belgium seize", "123"),
        ("monkaS whats the european total", "419"),
    ],
)
def test_words_that_only_insist_or_react_are_not_what_is_asked(
    engine: Engine, question: str, figure: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert figure in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("noem and de wever are set to meet on wednesday", "no"),
        ("the meeting with de wever is on friday, right?", "no"),
        ("noem was meeting de wever on monday, right?", "no"),
        ("is noem meeting de wever on a tuesday?", "yes"),
        ("did noem meet de wever on tuesday?", "yes"),
    ],
)
def test_a_weekday_is_checked_against_the_one_the_source_gives(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert engine.ask(claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("do belgium + spain + the netherlands really add up to ~72% of the 419?", "yes"),
        ("so the three countries had about 72% of the total of 419?", "yes"),
        ("the three port countries accounted for 72% of the 419 tonnes, right?", "yes"),
        ("belgium, spain and the netherlands made up half of the seizures, right?", "no"),
        ("the three port countries accounted for a third of europe's seizures?", "no"),
        ("the three port countries accounted for more than half of europe's seizures?", "yes"),
    ],
)
def test_a_share_is_checked_as_a_share_of_its_whole(
    engine: Engine, claim: str, verdict: str
) -> None:
    """'72% of the 419': 419 is the whole, no figure claimed for the share's fact; a share
    in words ('half of') is checked against the percent the source gives."""
    assert engine.ask(claim).verdict == verdict


@pytest.mark.parametrize(
    "message",
    [
        "I'll believe the 72% when I see the rest. what did France seize in 2023?",
        "I'll believe it when I see it. how much did Italy seize?",
        "that's the one which everyone quotes. what did Germany seize?",
    ],
)
def test_a_statement_with_when_or_which_before_the_question_is_no_check(
    engine: Engine, message: str
) -> None:
    """The question comes after the statement: what it asks the source does not hold."""
    assert not engine.ask(message).answered


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("I'll believe the 72% when I see it. how much did Spain seize?", "118"),
        (
            "we were doing a quiz, which was brutal, and one question was belgium and spain "
            "combined, how many tonnes did they seize together?",
            "241",
        ),
        (
            "my sister's project is wild, which is funny, anyway it asks spain and the "
            "netherlands, how much did they seize together?",
            "177",
        ),
        (
            "long story which I'll skip, but the question was belgium vs spain, how much more "
            "did it seize?",
            "5",
        ),
    ],
)
def test_a_question_in_the_middle_of_a_message_is_read_with_what_comes_just_before(
    engine: Engine, message: str, figure: str
) -> None:
    answer = engine.ask(message)
    assert answer.answered, answer.headline
    assert figure in answer.headline


@pytest.mark.parametrize(
    ("message", "verdict", "figure"),
    [
        ("no way europe seized 419 TONS of cocaine in one year. source?", "yes", "419"),
        ("belgium seized 200 tonnes, source?", "no", "123"),
        ("spain seized 118 tonnes — proof?", "yes", "118"),
        ("how much did belgium seize? source pls", None, "123"),
        ("no way spain seized 118 tonnes?", "yes", "118"),
        ("no cap the netherlands seized 59 tonnes", "yes", "59"),
    ],
)
def test_a_demand_for_the_source_or_an_exclamation_asks_nothing_else(
    engine: Engine, message: str, verdict: str | None, figure: str
) -> None:
    """'… source?' closing a claim asks for what every answer gives; 'no way' and 'no cap'
    exclaim, they deny nothing."""
    answer = engine.ask(message)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict, answer.headline
    assert figure in answer.headline


@pytest.mark.parametrize("message", ["source?", "what's the source?"])
def test_asking_only_for_the_source_is_answered_with_who_reported_it(
    engine: Engine, message: str
) -> None:
    answer = engine.ask(message)
    assert answer.answered
    assert "Associated Press" in answer.headline


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what did noem say re: disagreements btw the mins?", "not been disagreements"),
        ("re: the port meeting: who is noem meeting?", "De Wever"),
    ],
)
def test_the_colon_of_re_says_what_is_asked_about(
    engine: Engine, message: str, expected: str
) -> None:
    answer = engine.ask(message)
    assert answer.answered
    assert expected in answer.headline


def test_a_question_with_no_topic_of_its_own_takes_it_from_before(engine: Engine) -> None:
    message = (
        "> the drugs agency's early warning thing found 10,000 new synthetic drugs that sounds "
        "way too high, what number does the article give?"
    )
    answer = engine.ask(message)
    assert "Tuesday" not in answer.headline
    assert "early warning" in render_markdown(answer)


def test_arithmetic_after_a_wrong_year_told_first_is_still_worked_out(engine: Engine) -> None:
    message = (
        "a friend said the run of records began in 2019. if 2023 was the seventh record year "
        "in a row, what year did it really begin?"
    )
    assert "2017" in engine.ask(message).headline
