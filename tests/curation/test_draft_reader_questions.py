"""A draft answers the questions readers ask of a local news story before anyone edits it:
counts with words between the number and what it counts, sums named by what they are, how
long something lasts, who holds a role and whom someone spoke to. The text is original,
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.curation.figures import read_figures
from bot.curation.names import all_names
from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted, facts_of

STORY = """\
Wendport plans more cycling hubs as ferry sales open

The Wendport council will open five new cycling hubs next spring, transport minister Ellen \
Fairbrook has confirmed.

Fairbrook told Radio Wend that the town is building about 900 bike spaces a year, but added: \
"We can go faster."

She went on to unveil a £12m "river fund" to help boatyards clean up the estuary.

The electric ferry Gull will sell for $48,000, and the larger Tern starts at $90,000.

Two of the ferries were shown at the harbour. The two-deck boats have no funnel and carry a \
glass roof.

Rowing captain Mara Quist won the Wendport Regatta for the fourth time. The four-time Silver \
Oar winner will miss the next three to five weeks with a torn hamstring.

Quist's crew scored two late penalty strokes in the final.
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("wendport")
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    return drafted(knowledge, tmp_path, "wendport", STORY)


@pytest.fixture(scope="module")
def engine(pack: Path) -> Engine:
    return Engine.load(pack.parent, ["wendport"])


def counted(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.what) for f in read_figures(sentence).figures]


def test_a_count_says_what_it_counts_across_the_words_between() -> None:
    assert counted("They will open five new cycling hubs") == [(5.0, "new cycling hubs")]
    assert counted("The two-deck boats have no funnel") == [(2.0, "decks")]
    assert counted("Two of the ferries were shown") == [(2.0, "ferries")]
    assert counted("who have lost two in a row") == []
    assert counted("a 30-year-old rower") == [(30.0, "age")]
    (value, what), *_ = counted("The four-time Silver Oar winner will rest")
    assert value == 4.0
    assert "Silver Oar" in what


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many new cycling hubs", "five new cycling hubs"),
        ("how many decks do the boats have", "two-deck"),
        ("how many of the ferries were shown", "Two of the ferries"),
        ("How many penalty strokes did Quist's crew score?", "two late penalty strokes"),
    ],
)
def test_counts_are_answered_by_what_they_count(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert expected in answer.headline


def test_the_draft_holds_the_count_with_its_noun(pack: Path) -> None:
    quantities = [q for fact in facts_of(pack) for q in fact.get("quantities", [])]
    hubs = {"value": 5.0, "unit": "count", "what": "new cycling hubs", "role": "count"}
    assert hubs in quantities


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much is the river fund worth?", "£12m"),
        ("how much will the Gull cost", "$48,000"),
        ("What does the Tern start at?", "$90,000"),
    ],
)
def test_a_sum_is_answered_by_what_it_is(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert expected in answer.headline


def test_a_sum_is_drafted_as_what_it_is_not_as_its_currency(pack: Path) -> None:
    facts = facts_of(pack)
    whats = [q["what"] for fact in facts for q in fact.get("quantities", [])]
    assert any(w.startswith("river fund") for w in whats)
    assert any(w.startswith("price") for w in whats)
    forms = [form for fact in facts for form in fact["questions"]]
    assert not [f for f in forms if "pounds sterling" in f or "US dollars" in f]


@pytest.mark.parametrize(
    "question",
    [
        "how long is Quist out for",
        "What injury does Quist have?",
        "How many Silver Oars has Quist won?",
    ],
)
def test_a_description_opening_a_sentence_is_of_the_person_just_named(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert "three to five weeks" in answer.headline


def test_a_prize_and_a_radio_station_are_no_people() -> None:
    kinds = {n.display: n.kind for n in all_names(STORY, set())}
    assert kinds["Silver Oar"] != "person"
    assert kinds["Radio Wend"] == "organisation"
    assert kinds["Mara Quist"] == "person"


def test_a_duration_answers_how_long(pack: Path) -> None:
    (fact,) = [f for f in facts_of(pack) if "three to five weeks" in f["answer"]]
    assert "how_long" in fact["asks"]
    assert "mara quist" in fact["entities"]["person"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the transport minister?", "Ellen Fairbrook"),
        ("Which broadcaster did Fairbrook talk to?", "Radio Wend"),
        ("Who did Fairbrook speak to?", "Radio Wend"),
    ],
)
def test_a_role_and_whom_someone_spoke_to_are_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert expected in answer.headline


def test_a_broadcaster_is_no_newspaper(engine: Engine) -> None:
    assert not engine.ask("Which newspaper did Fairbrook talk to?").answered


def test_question_forms_are_well_formed_questions(pack: Path) -> None:
    forms = [form for fact in facts_of(pack) for form in fact["questions"]]
    assert "What did Fairbrook unveil?" in forms
    assert "What did Fairbrook go?" not in forms
    assert "What did Fairbrook tell?" not in forms
    dangling = {"a", "an", "the", "at", "of", "and", "that", "new"}
    assert not [f for f in forms if f.rstrip("?").split()[-1].lower() in dangling]
    assert not [f for f in forms if "dateline" in f]


def test_what_someone_went_on_to_do_is_asked_by_that_verb(engine: Engine) -> None:
    answer = engine.ask("What did Fairbrook unveil?")
    assert answer.answered
    assert "river fund" in answer.headline
