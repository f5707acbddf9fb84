"""Checks of a claim, answered yes or no with the fact that settles it: a place or year the
event does not have, a rank in words, a figure in a unit word with two meanings, a tag at the
end; and a 'when' the source does not answer, declined with what it does say."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "claim",
    [
        "was the meeting in Brussels?",
        "did Noem meet De Wever in Ghent?",
        "is the Noem De Wever meeting happening in Rotterdam?",
        "noem and de wever are meeting in paris, right?",
        "the belgian PM meets noem in bruges yeah?",
        "did noem meet de wever in london?",
        "Noem sat down with De Wever in London, correct?",
        "is it true that the meeting with the Belgian prime minister is in Amsterdam?",
        "Was the Antwerp meeting actually held in Washington?",
        "the noem de wever talks take place in berlin, yes?",
    ],
)
def test_a_place_the_meeting_does_not_have_is_answered_no_with_its_place(
    engine: Engine, claim: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == "no"
    assert "Antwerp" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "antwerp or rotterdam for the meeting?",
        "is the meeting in Antwerp or in Brussels?",
        "Ghent or Antwerp — where do Noem and De Wever meet?",
        "port of antwerp or the hague for the noem meeting?",
        "brussels or antwerp, where's the meeting",
    ],
)
def test_either_or_with_an_unknown_alternative_gives_the_fact(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.verdict is None
    assert "Antwerp" in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("was 2023 the fifth record year in a row?", "no"),
        ("were 2023's cocaine seizures a record for the sixth straight year?", "no"),
        ("was it the 5th straight record year?", "no"),
        ("2023 was the tenth record year in a row, right?", "no"),
        ("was 2023 the seventh record year in a row?", "yes"),
        ("cocaine seizures hit a record for the 7th straight year, correct?", "yes"),
        ("was it the seventh consecutive record?", "yes"),
        ("is 2023 the eighth year of record cocaine seizures?", "no"),
        ("was 2023 the second record year in a row?", "no"),
    ],
)
def test_a_rank_in_words_is_checked_against_the_rank_the_source_gives(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict
    assert "seventh" in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("belgium seized 123 tons, correct?", "yes"),
        ("did belgium seize 123 tons?", "yes"),
        ("did belgium seize 135 tons?", "yes"),
        ("Spain seized 118 tons, right?", "yes"),
        ("did the netherlands seize 59 tons of cocaine?", "yes"),
        ("did belgium seize 123 short tons?", "no"),
        ("did belgium seize 150 tons?", "no"),
        ("Spain seized 200 tons, right?", "no"),
        ("did spain seize 118 metric tons?", "yes"),
        ("did the netherlands seize 80 tons?", "no"),
    ],
)
def test_a_figure_in_tons_is_borne_out_in_either_ton(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Belgium seized the most cocaine, yeah?",
        "belgium led the seizures, didn't they?",
        "belgium had the biggest haul fr?",
        "belgium was number one, innit",
        "Belgium came first, correct?",
        "belgium seized the most cocaine in 2023, true or false?",
        "belgium leads europe in seizures, is that right?",
        "belgium was top, am i right?",
        "belgium seized more than anyone else, yes?",
        "Belgium had the largest haul, no?",
    ],
)
def test_a_tag_at_the_end_asks_yes_or_no_and_is_no_word_to_match(
    engine: Engine, claim: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == "yes"
    assert "Belgium" in answer.headline


@pytest.mark.parametrize(
    "message",
    [
        "hey, working on a newsletter — how much more did belgium seize than spain? cheers",
        "quick q for my class: how much did belgium and spain seize together? thanks!",
        "sorry to bother you all. what's the difference between belgium and the netherlands?",
        "for a quiz tonight — how many times more than the netherlands did belgium seize?",
        "hi! doing my homework, what share of europe's cocaine did belgium seize? ty",
        "reading the port story. how much did spain and the netherlands seize combined?",
        "ok so, how much more cocaine did spain seize than the netherlands? asking for a friend",
        "evening all — the average of belgium, spain and the netherlands? need it for a chart",
        "my teacher asked: how much less did the netherlands seize than belgium? thx",
        "lol random but how much did all three countries seize together? for a podcast",
    ],
)
def test_chatter_around_arithmetic_does_not_hide_it(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.answered, answer.headline
    assert answer.kind == "derived"


@pytest.mark.parametrize(
    "question",
    [
        "when did Canada join the Five Eyes?",
        "when was the EU Drugs Agency founded?",
        "when did Mahmood become home secretary?",
        "when was De Wever mayor of Antwerp?",
        "When did Antwerp become Europe's busiest drug port?",
        "when did the Trump administration start its deportations?",
        "when did De Wever become prime minister?",
        "when did Noem become homeland security secretary?",
        "when did Europe become the leading ecstasy producer?",
        "when did the early warning system spot its first substance?",
    ],
)
def test_a_when_the_source_does_not_answer_is_declined_with_what_it_says(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline
    assert answer.kind == "decline"


def test_a_curated_caveat_in_an_answer_denies_nothing(engine: Engine) -> None:
    answer = engine.ask("did noem meet de wever in antwerp?")
    assert answer.verdict == "yes"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("someone told me the meeting is in brussels, is that so?", "no"),
        ("my friend says spain seized the most cocaine, true?", "no"),
        ("I read that Noem met De Wever in London, right?", "no"),
        ("people say belgium seized the most cocaine, correct?", "yes"),
        ("my teacher says the netherlands seized 59 tons, right?", "yes"),
        ("i heard that spain seized 200 tons, is that right?", "no"),
        ("rumour is belgium seized 123 tons, true?", "yes"),
        ("word is the meeting is in ghent, right?", "no"),
        ("somebody said the netherlands seized the most, correct?", "no"),
        ("i was told belgium led the seizures, yeah?", "yes"),
    ],
)
def test_a_claim_someone_else_made_is_checked_the_same(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict


ADDING_TEXT = """Skater wins and sets a record

Lena Moritz not only won the 500m final in Calgary on Sunday but also set a world record of 36.1 \
seconds. Her rival Anna Vos did not finish the race.
"""


def test_not_only_adds_to_a_claim_and_not_denies_it(tmp_path: Path) -> None:
    from bot.curation.scaffold import new_pack

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    source = tmp_path / "skating.txt"
    source.write_text(ADDING_TEXT, encoding="utf-8")
    new_pack(knowledge, "skating", source, publisher="Test desk")
    drafted = Engine.load(knowledge, ["skating"])

    record = drafted.ask("Did Lena Moritz set a world record?")
    finished = drafted.ask("Did Anna Vos finish the race?")

    assert record.verdict == "yes", record.headline
    assert finished.verdict == "no", finished.headline


def test_without_denies_what_follows(engine: Engine) -> None:
    from bot.engine.verdict import _negated

    assert _negated(["repaid", "without", "any", "rise", "in", "council", "tax"])
    assert not _negated(["repaid", "with", "a", "rise", "in", "council", "tax"])


@pytest.mark.parametrize(
    ("claim", "verdict", "figure"),
    [
        ("the netherlands seized 54 metric tons?", "no", "59"),
        ("belgium seized 123 tonnes?", "yes", "123"),
        ("so spain got 118 metric tons?", "yes", "118"),
        ("europe seized 500 tons of cocaine in 2023?", "no", "419"),
        ("Spain confiscated 130 metric tons?", "no", "118"),
        ("belgium seized 123 metric tons of coke?", "yes", "123"),
        ("europe seized 419 metric tons in 2023?", "yes", "419"),
        ("Belgium grabbed like 200 tonnes?", "no", "123"),
        ("the dutch seized 59 metric tons in 2023?", "yes", "59"),
        ("europe seized 300 tonnes of cocaine in 2023?", "no", "419"),
    ],
)
def test_a_figure_put_as_a_claim_with_a_question_mark_is_checked(
    engine: Engine, claim: str, verdict: str, figure: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict, answer.headline
    assert figure in answer.headline


@pytest.mark.parametrize("question", ["54 metric tons in kg?", "convert 118 tons to kg?"])
def test_a_figure_to_convert_is_no_claim(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.verdict is None, answer.headline


@pytest.mark.parametrize(
    "claim",
    [
        "europe hit 419 metric tons last year?",
        "belgium seized 123 metric tons last year?",
        "spain got 118 metric tons last season?",
        "the dutch took 59 metric tons last week?",
    ],
)
def test_last_year_is_a_time_not_the_last_place(engine: Engine, claim: str) -> None:
    assert "rank_last" not in engine.analyzer.analyse(claim).cues
    answer = engine.ask(claim)
    assert answer.verdict != "no", answer.headline


@pytest.mark.parametrize(
    "question", ["which country came last?", "who seized the least last year?"]
)
def test_last_and_least_still_rank(engine: Engine, question: str) -> None:
    assert "rank_last" in engine.analyzer.analyse(question).cues


@pytest.mark.parametrize(
    ("claim", "verdict", "stated"),
    [
        ("so all of europe only got 300 tonnes?", "no", "419 metric tons"),
        ("so europe only seized 300 tonnes?", "no", "419 metric tons"),
        ("europe seized 419 tonnes, right?", "yes", "419 metric tons"),
        ("did europe seize about 400 tonnes?", "yes", "419 metric tons"),
        ("europe seized roughly 420 tonnes, right?", "yes", "419 metric tons"),
    ],
)
def test_a_claimed_amount_is_checked_against_a_fact_stating_an_amount_of_its_kind(
    engine: Engine, claim: str, verdict: str, stated: str
) -> None:
    answer = engine.ask(claim)
    assert answer.verdict == verdict, answer.headline
    assert stated in answer.headline


def test_a_number_word_in_a_name_is_no_figure_and_a_verb_no_figure_noun(engine: Engine) -> None:
    answer = engine.ask("What did ministers want to speed up?")
    assert answer.answered, answer.headline
    assert "Five Eyes" in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did spain lead the seizures?", "no"),
        ("did belgium lead the seizures?", "yes"),
        ("spain topped the list, right?", "no"),
        ("did the netherlands lead the table?", "no"),
    ],
)
def test_leading_and_topping_claim_the_first_place(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.verdict == verdict, answer.headline
    assert "Belgium" in answer.headline
