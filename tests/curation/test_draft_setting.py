"""A draft knows where its story is set when the opening says it by the country's adjective
and the text keeps saying it ('Scottish ferries', 'the Scottish government'), so a reader's
'the Scottish minister' finds the minister the text names; a runner's nationality said once
is no setting; 'what time did she run' asks her time, not the hour. The texts are original,
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.understand import question_type
from bot.language.text import tokenize
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted, facts_of

FERRIES = """\
Island ferry fares to fall

Scottish island ferry fares will fall by 10% from April, the Scottish government has said.

Transport Minister Moira Kerr said the £14m plan was "fair to families".

The cut covers 29 routes run by the state operator.

Ms Kerr said fares would be reviewed again in 2027.

Scottish Labour said the plan came too late for many families.
"""

RACE = """\
Costa takes sprint title

Portuguese sprinter Ana Costa won the 100m final in Leeds on Sunday.

Costa clocked 11.32 seconds, ahead of Jo Hart, who finished in 11.40 seconds.

Hart said she would race again in Berlin next month.
"""


@pytest.fixture
def ferries(tmp_path: Path) -> tuple[Engine, Path]:
    return _served(tmp_path, "ferries", FERRIES)


@pytest.fixture
def race(tmp_path: Path) -> tuple[Engine, Path]:
    return _served(tmp_path, "race", RACE)


def _served(tmp_path: Path, name: str, text: str) -> tuple[Engine, Path]:
    """The text drafted into a pack of its own, and the engine serving that pack alone."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    pack = drafted(knowledge, tmp_path, name, text)
    return Engine.load(knowledge, [name]), pack


def test_a_country_the_text_keeps_naming_by_its_adjective_is_every_facts_setting(
    ferries: tuple[Engine, Path],
) -> None:
    _, pack = ferries
    facts = facts_of(pack)
    minister = next(f for f in facts if "Moira Kerr" in str(f["answer"]))
    setting = facts[0]["entities"].get("country")  # type: ignore[union-attr]
    assert setting
    assert minister["entities"].get("country") == setting  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "who's the scottish transport minister?",
        "who is the Scottish minister in this story",
        "which scottish minister backed the plan?",
    ],
)
def test_the_minister_of_the_setting_is_found_by_its_adjective(
    ferries: tuple[Engine, Path], question: str
) -> None:
    _answers_with(ferries[0], question, "Moira Kerr")


def test_a_place_the_text_does_not_name_is_still_declined(ferries: tuple[Engine, Path]) -> None:
    engine, _ = ferries
    assert not engine.ask("who is the welsh transport minister?").answered


def test_a_nationality_said_once_is_no_setting(race: tuple[Engine, Path]) -> None:
    _, pack = race
    later = next(f for f in facts_of(pack) if "Berlin" in str(f["answer"]))
    assert "portugal" not in later.get("entities", {}).get("country", [])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("what time did she run in the final?", "how_long"),
        ("What time did Hart clock?", "how_long"),
        ("what time did they finish the race in", "how_long"),
        ("what time does the race start?", "when"),
        ("what time did the shops open", "when"),
    ],
)
def test_what_time_someone_ran_asks_their_time(question: str, qtype: str) -> None:
    words = tuple(tokenize(question))
    assert question_type(words, frozenset()) == qtype


@pytest.mark.parametrize(
    "question", ["what time did Costa run?", "What was Costa's time?", "costa's time?"]
)
def test_a_runners_time_is_answered_with_the_figure(
    race: tuple[Engine, Path], question: str
) -> None:
    _answers_with(race[0], question, "11.32")


def _answers_with(engine: Engine, question: str, expected: str) -> None:
    """The reader gets an answer, and its headline says what the text says."""
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in answer.headline


def test_a_drafts_declines_show_readers_no_curators_marks(ferries: tuple[Engine, Path]) -> None:
    """The topics a decline offers are the facts' sentences as readers see them."""
    engine, _ = ferries
    answer = engine.ask("how many ferries sail to the islands each winter?")
    shown = render_markdown(answer)
    assert answer.suggestions, shown
    assert "DRAFT" not in shown
    assert "curator" not in shown.lower()
