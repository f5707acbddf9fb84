"""Follow-ups read in the light of the conversation, one class of follow-up per test: the
rewrite shown, and the answer the standalone question gets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine.answer import Answer
from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.evaluation import load_questions

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(KNOWLEDGE, ["antwerp"])


def converse(engine: Engine, *lines: str) -> list[Answer]:
    dialogue = Dialogue()
    return [dialogue.ask(engine, "chat", line) for line in lines]


def text_of(answer: Answer) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", render_markdown(answer))


def test_a_complete_first_question_is_not_rewritten(engine: Engine) -> None:
    (first,) = converse(engine, "How much cocaine did Belgium seize?")
    assert first.answered
    assert first.read_as is None
    assert "read as" not in text_of(first)


# ---------------------------------------------------------------- ellipsis


@pytest.mark.parametrize(
    ("follow_up", "read_as", "figure"),
    [
        ("and Spain?", "How much cocaine did Spain seize?", "118"),
        ("what about the Dutch", "How much cocaine did the Netherlands seize?", "59"),
        ("Spain?", "How much cocaine did Spain seize?", "118"),
        ("how about the netherlands then", "How much cocaine did the Netherlands seize?", "59"),
    ],
)
def test_ellipsis_with_another_country_puts_it_in_the_last_question(
    engine: Engine, follow_up: str, read_as: str, figure: str
) -> None:
    _, answer = converse(engine, "How much cocaine did Belgium seize?", follow_up)
    assert answer.read_as == read_as
    assert answer.answered
    assert figure in text_of(answer)
    assert f"↪ read as: {read_as}" in text_of(answer)


def test_ellipsis_with_another_year_is_declined_as_the_standalone_would_be(
    engine: Engine,
) -> None:
    _, answer = converse(engine, "How much cocaine was seized in Europe in 2023?", "same for 2022?")
    assert answer.read_as == "How much cocaine was seized in Europe in 2022?"
    assert not answer.answered
    assert answer.headline == engine.ask(answer.read_as).headline


def test_last_year_is_the_year_before_the_figure_just_given(engine: Engine) -> None:
    _, answer = converse(engine, "How much cocaine did Belgium seize?", "what about last year?")
    assert answer.read_as == "How much cocaine did Belgium seize in 2022?"
    assert not answer.answered


def test_a_country_the_pack_lacks_is_declined(engine: Engine) -> None:
    _, answer = converse(engine, "How much cocaine did Belgium seize?", "and Portugal?")
    assert not answer.answered
    assert "Portugal" in answer.headline


def test_both_together_joins_the_names_the_turns_asked_about(engine: Engine) -> None:
    answers = converse(
        engine,
        "What percentage of Europe's cocaine did Belgium seize?",
        "and spain?",
        "and both together?",
    )
    assert "28.2%" in text_of(answers[1])
    assert answers[2].read_as is not None
    assert "Spain and Belgium" in answers[2].read_as
    assert "57.5%" in text_of(answers[2])


def test_a_rank_follow_up_changes_the_rank(engine: Engine) -> None:
    answers = converse(engine, "which country came second in cocaine seizures?", "and third?")
    assert "Netherlands" in text_of(answers[1])
    (*_, fourth) = converse(engine, "which country came second in cocaine seizures?", "and fourth?")
    assert not fourth.answered


# ---------------------------------------------------------------- pronouns


@pytest.mark.parametrize(
    ("first", "follow_up", "read_as", "expected"),
    [
        (
            "Who welcomed the Five Eyes ministers in London?",
            "is she new to the job?",
            "Is Shabana Mahmood new to the job?",
            "newly",
        ),
        (
            "yo who's the belgian pm",
            "k and what's his office saying about the noem meeting",
            "What's Bart De Wever's office saying about the noem meeting?",
            "cooperation",
        ),
        (
            "On which day will Noem meet De Wever?",
            "where will they meet?",
            "Where will Kristi Noem and Bart De Wever meet?",
            "Antwerp",
        ),
        (
            "How much cocaine was seized across Europe in 2023?",
            "was that a record?",
            "Was cocaine seized in Europe in 2023 a record?",
            "record",
        ),
        (
            "Who hosted the Five Eyes talks?",
            "what did they talk about?",
            None,
            "migration",
        ),
    ],
)
def test_pronouns_are_replaced_by_what_they_point_to(
    engine: Engine, first: str, follow_up: str, read_as: str | None, expected: str
) -> None:
    _, answer = converse(engine, first, follow_up)
    assert answer.read_as is not None
    if read_as is not None:
        assert answer.read_as == read_as
    assert answer.answered
    assert expected in text_of(answer)


def test_there_is_the_place_just_named(engine: Engine) -> None:
    _, answer = converse(engine, "Where did the Five Eyes meet?", "who hosted them there?")
    assert answer.read_as is not None
    assert "in London" in answer.read_as
    assert "Mahmood" in text_of(answer)


def test_those_countries_are_the_countries_just_named(engine: Engine) -> None:
    _, answer = converse(
        engine,
        "Which three countries seized the most cocaine in Europe in 2023?",
        "what do those countries have in common, according to the article?",
    )
    assert answer.read_as is not None
    assert "Belgium" in answer.read_as
    assert "Spain" in answer.read_as


def test_a_pronoun_with_nothing_to_point_to_asks_who_is_meant(engine: Engine) -> None:
    (answer,) = converse(engine, "what did she say?")
    assert not answer.answered
    assert "Who do you mean by “she”" in answer.headline


def test_a_pronoun_the_last_answer_cannot_fill_asks_who_is_meant(engine: Engine) -> None:
    _, answer = converse(engine, "How much cocaine did Spain seize?", "how old is he?")
    assert not answer.answered
    assert "Who do you mean" in answer.headline


# ---------------------------------------------------------------- units and arithmetic


@pytest.mark.parametrize(
    ("follow_up", "read_as", "figure"),
    [
        ("in pounds?", "How much cocaine did Spain seize, in pounds?", "260145"),
        (
            "and how many short tons is that?",
            "How much cocaine did Spain seize, in US short tons?",
            "130",
        ),
        ("what's that in kg", "How much cocaine did Spain seize, in kilograms?", "118000"),
        ("convert that to pounds", "How much cocaine did Spain seize, in pounds?", "260145"),
    ],
)
def test_a_unit_asked_for_converts_the_figure_just_given(
    engine: Engine, follow_up: str, read_as: str, figure: str
) -> None:
    _, answer = converse(engine, "How much cocaine did Spain seize?", follow_up)
    assert answer.read_as == read_as
    assert figure in text_of(answer)


def test_a_unit_follow_up_replaces_the_unit_of_the_last_question(engine: Engine) -> None:
    _, answer = converse(
        engine, "what did belgium and spain seize combined, in pounds", "wait, I meant metric tons"
    )
    assert answer.read_as == "What did belgium and spain seize combined, in metric tons"
    assert "241 metric tons" in text_of(answer)


def test_a_unit_goes_back_to_the_turn_that_gave_such_a_figure(engine: Engine) -> None:
    answers = converse(
        engine,
        "How much cocaine was seized in Europe in 2023?",
        "how many years in a row was that a record?",
        "and in short tons?",
    )
    assert "461.9" in text_of(answers[2]) or "462" in text_of(answers[2])


def test_arithmetic_on_the_figure_just_given(engine: Engine) -> None:
    answers = converse(
        engine,
        "How much cocaine did Belgium seize?",
        "how much more than Spain is that",
        "what share of the total is that",
    )
    assert answers[1].read_as == "How much more than Spain is cocaine seized in Belgium in 2023?"
    assert "5 metric tons" in text_of(answers[1])
    assert answers[2].read_as is not None


def test_add_them_up_sums_the_figures_of_the_recent_turns(engine: Engine) -> None:
    answers = converse(
        engine,
        "How much cocaine did the Netherlands seize?",
        "and Belgium?",
        "add them up",
        "what share of the total is that",
    )
    assert answers[2].read_as is not None
    assert answers[2].read_as.startswith("Add up ")
    assert "182 metric tons" in text_of(answers[2])
    assert "43.4%" in text_of(answers[3])


def test_a_figure_typed_loosely_is_the_one_just_given(engine: Engine) -> None:
    answers = converse(
        engine,
        "How much more cocaine did Belgium seize than the Netherlands?",
        "and that 64-ton gap in pounds?",
    )
    assert "141096" in text_of(answers[1])


def test_arithmetic_about_something_the_pack_never_mentions_is_declined(
    engine: Engine,
) -> None:
    answers = converse(
        engine,
        "what did spain and the netherlands seize together?",
        "how much was that worth?",
    )
    assert not answers[1].answered
    assert "worth" in answers[1].headline


# ---------------------------------------------------------------- source and detail


@pytest.mark.parametrize(
    "follow_up", ["source?", "according to whom?", "who says so?", "which report says so?"]
)
def test_asking_for_the_source_cites_the_last_answer(engine: Engine, follow_up: str) -> None:
    _, answer = converse(engine, "How many kilos of cocaine did Spain seize?", follow_up)
    assert answer.answered
    assert answer.fact_id == "spain-cocaine-seizures-2023"
    assert answer.read_as == "What is the source for: How many kilos of cocaine did Spain seize?"
    assert "Drugs Agency" in text_of(answer)
    assert answer.citations


def test_a_bare_where_is_answered_from_the_last_fact(engine: Engine) -> None:
    _, answer = converse(
        engine, "What consequences do authorities fear from illicit drug flows?", "where?"
    )
    assert answer.answered
    assert "Europe" in text_of(answer)


def test_since_when_finds_the_recent_fact_that_says_when(engine: Engine) -> None:
    _, answer = converse(
        engine, "Where has Noem travelled to set up law enforcement agreements?", "since when?"
    )
    assert answer.answered
    assert "taking charge" in text_of(answer)


def test_source_with_nothing_asked_yet_asks_which_answer(engine: Engine) -> None:
    (answer,) = converse(engine, "source?")
    assert not answer.answered
    assert "Which answer" in answer.headline


# ---------------------------------------------------------------- corrections


def test_a_correction_replaces_the_name(engine: Engine) -> None:
    answers = converse(
        engine,
        "How much cocaine did Spain seize?",
        "no — Belgium, I mean",
        "sorry, Spain not Belgium",
    )
    assert answers[1].read_as == "How much cocaine did Belgium seize?"
    assert "123" in text_of(answers[1])
    assert answers[2].read_as == "How much cocaine did Spain seize?"


def test_a_correction_keeps_the_comparison(engine: Engine) -> None:
    _, answer = converse(
        engine,
        "Roughly how many times the Dutch haul was Europe's total?",
        "sorry, I meant Spain's haul compared with the Dutch one",
    )
    assert "2 times" in text_of(answer)


# ---------------------------------------------------------------- topic switches


def test_a_complete_new_question_is_answered_on_its_own(engine: Engine) -> None:
    _, answer = converse(engine, "How much cocaine did Belgium seize?", "Who is Shabana Mahmood?")
    assert answer.read_as is None
    assert "Home Secretary" in answer.headline


def test_a_marked_topic_switch_drops_the_marker(engine: Engine) -> None:
    _, answer = converse(
        engine,
        "What do authorities warn illicit drug flows will do?",
        "switching topics — who is the UK Home Secretary?",
    )
    assert answer.read_as is None
    assert "Mahmood" in answer.headline


def test_a_detail_the_source_lacks_is_declined(engine: Engine) -> None:
    answers = converse(
        engine,
        "Who is the UK Home Secretary?",
        "on what date was she appointed?",
        "how many lawsuits exactly?",
    )
    assert not answers[1].answered
    assert "doesn't say" in answers[1].headline
    assert "newly appointed" in answers[1].headline  # with what it does say


# ---------------------------------------------------------------- context bounds


def test_conversations_are_kept_apart(engine: Engine) -> None:
    dialogue = Dialogue()
    dialogue.ask(engine, "ana", "How much cocaine did Belgium seize?")
    dialogue.ask(engine, "ben", "Who is Shabana Mahmood?")
    ana = dialogue.ask(engine, "ana", "and Spain?")
    ben = dialogue.ask(engine, "ben", "is she new?")
    assert ana.read_as == "How much cocaine did Spain seize?"
    assert ben.read_as == "Is Shabana Mahmood new?"
    assert dialogue.ask(engine, "cleo", "is she new?").answered is False


def test_a_reload_that_drops_the_last_fact_asks_again(engine: Engine) -> None:
    dialogue = Dialogue()
    dialogue.ask(engine, "ana", "Who is Shabana Mahmood?")
    other = Engine.load(KNOWLEDGE, ["bramblewick"])
    answer = dialogue.ask(other, "ana", "is she new?")
    assert not answer.answered
    assert "reloaded" in answer.headline


def test_a_reload_that_keeps_the_facts_keeps_the_conversation(engine: Engine) -> None:
    dialogue = Dialogue()
    dialogue.ask(engine, "ana", "How much cocaine did Belgium seize?")
    reloaded = Engine.load(KNOWLEDGE, ["antwerp"])
    answer = dialogue.ask(reloaded, "ana", "and Spain?")
    assert answer.read_as == "How much cocaine did Spain seize?"
    assert answer.answered


def test_complete_questions_asked_one_after_another_are_answered_as_alone(
    engine: Engine,
) -> None:
    """The project's own single questions, all in one conversation: none is dragged into the
    topic of the one before (a few are declined more honestly: a 'when' the fact cannot say)."""
    items = load_questions(Path(__file__).resolve().parents[1] / "questions" / "own.jsonl")
    dialogue = Dialogue()
    differ = []
    for item in items:
        question = str(item["q"])
        alone, in_chat = engine.ask(question), dialogue.ask(engine, "one", question)
        if (alone.answered, alone.fact_id) != (in_chat.answered, in_chat.fact_id):
            differ.append(f"{question!r}: {alone.fact_id} alone, {in_chat.fact_id} in a chat")
    assert len(differ) <= len(items) // 100, "\n".join(differ)


def test_follow_ups_work_the_same_on_another_pack() -> None:
    """Nothing in the rewriter knows the article: the handbook pack's follow-ups read alike."""
    handbook = Engine.load(KNOWLEDGE, ["bramblewick"])
    answers = converse(
        handbook,
        "when is the seed library open",
        "where is it?",
        "how many packets can I borrow?",
        "and for how long?",
        "who runs it?",
    )
    assert answers[1].read_as == "Where is Bramblewick Seed Library?"
    assert "back room" in text_of(answers[1])
    assert answers[3].read_as is not None
    assert "no due date" in text_of(answers[3]) or not answers[3].answered, "no length invented"
    assert "volunteers" in text_of(answers[4])


def test_chat_spelling_and_a_comparison_with_another_place(engine: Engine) -> None:
    answers = converse(
        engine,
        "wich country seized the most coke",
        "wat about spain",
        "by how much over the netherlands?",
    )
    assert answers[1].read_as is not None
    assert "Spain" in answers[1].read_as
    assert "118" in text_of(answers[1])
    assert answers[2].read_as is not None
    assert "compare with the Netherlands" in answers[2].read_as


def test_the_source_is_of_the_last_answer_that_had_one(engine: Engine) -> None:
    answers = converse(engine, "How much cocaine did Spain seize?", "same for 2022?", "source?")
    assert not answers[1].answered
    assert answers[2].answered
    assert answers[2].fact_id == "spain-cocaine-seizures-2023"


@pytest.mark.parametrize("follow_up", ["what time?", "in which month?", "how long will it last?"])
def test_a_when_the_source_gives_less_precisely_is_declined(engine: Engine, follow_up: str) -> None:
    _, answer = converse(engine, "When will Noem meet De Wever?", follow_up)
    assert not answer.answered
    assert "Tuesday" in answer.headline, "the decline says what the source does say"
