"""A quote that runs over several sentences is the words of the person named where it
closes ('"We have lifted the ban. She has said sorry," said club chair Ida Rask.'), not of
the person the text was on before it: a draft answer read alone says who speaks. The text
is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted, facts_of

BAN = """\
Club lifts runner's ban

The Harwick running club has lifted a ban on distance runner Mira Olsen after she said sorry.

Olsen had missed a training camp in Dunmore. "We have lifted the ban. Olsen has given us a \
reason for missing the camp," said club chair Ida Rask. "We accept her apology."

"I am glad it is over," Olsen said. "I will be sad if I am not picked for the team."
"""


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("ban")
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    drafted(knowledge, tmp, "ban", BAN)
    return [str(f["answer"]) for f in facts_of(knowledge / "ban")]


def _answer_quoting(answers: list[str], words: str) -> str:
    return next(a for a in answers if words in a)


def test_a_quote_opening_one_sentence_is_the_words_of_whom_it_closes_on(
    answers: list[str],
) -> None:
    assert _answer_quoting(answers, "We have lifted the ban").startswith("Ida Rask said:")


def test_the_speaker_goes_on_through_her_next_quote(answers: list[str]) -> None:
    assert _answer_quoting(answers, "We accept her apology").startswith("Ida Rask said:")


def test_a_quote_the_subject_closes_on_stays_hers(answers: list[str]) -> None:
    assert _answer_quoting(answers, "I will be sad").startswith("Mira Olsen said:")


def test_the_draft_says_who_said_it(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    drafted(knowledge, tmp_path, "ban", BAN)
    answer = Engine.load(knowledge, ["ban"]).ask("who said they have lifted the ban?")
    assert answer.answered
    assert "Rask" in answer.headline
