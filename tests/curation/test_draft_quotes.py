"""A quote that goes on after its attribution ('…," said Bloggs. "I believe …"') is the
speaker's: a draft answers questions about the speaker from it, and its answer says who
speaks. The text is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted, facts_of

ROWING = """\
Bloggs sets sights on harbour title

Jo Bloggs aims to win back the Kestland harbour title she lost last year.

She finished second behind fellow rower Ana Berg. "It really hurts to look at that medal. I \
lost because of the things I did," said Bloggs, who races in Portline on Friday. "I believe \
that's what put me in lane seven in the final."

Berg won in 7 minutes 41 seconds. "I felt strong all race," Berg said. "My coach told me to go \
early."

Bloggs thanked the crowd. "They carried me home," she said.
"""


@pytest.fixture
def knowledge_and_pack(tmp_path: Path) -> tuple[Path, Path]:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    return knowledge, drafted(knowledge, tmp_path, "rowing", ROWING)


@pytest.fixture
def engine(knowledge_and_pack: tuple[Path, Path]) -> Engine:
    return Engine.load(knowledge_and_pack[0], ["rowing"])


@pytest.mark.parametrize(
    ("question", "speaker", "quoted"),
    [
        ("which lane did Bloggs race in in the final?", "Jo Bloggs", "lane seven"),
        ("what did bloggs say put her in lane seven?", "Jo Bloggs", "lane seven"),
        ("what did Berg's coach tell her?", "Ana Berg", "go early"),
    ],
)
def test_a_quote_that_goes_on_is_the_speakers(
    engine: Engine, question: str, speaker: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.headline.startswith(f"{speaker} said:")
    assert quoted in answer.citations[0].quote


def test_a_quote_naming_its_speaker_is_answered_as_written(engine: Engine) -> None:
    answer = engine.ask("how did berg feel all race?")
    assert answer.answered, answer.headline
    assert "said:" not in answer.headline


def test_a_quote_with_its_own_attribution_is_not_named_twice(
    knowledge_and_pack: tuple[Path, Path],
) -> None:
    _, pack = knowledge_and_pack
    answers = [str(f["answer"]) for f in facts_of(pack) if "carried me home" in str(f["answer"])]
    assert answers
    assert not any(a.startswith("Jo Bloggs said:") for a in answers)


HEARING = """\
Rowers appear before panel

Panel chair Mia Acme heard the case on Monday. "I believe the panel will reach a fair \
decision," said Acme.

But Bloggs' lawyer Ana Berg told reporters she was confident the rowers would be cleared. \
"We refute both charges as unfounded," she said. "There have been breaches of my client's \
rights."
"""


def test_a_quote_after_the_text_turns_to_someone_else_is_theirs(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    drafted(knowledge, tmp_path, "hearing", HEARING)
    engine = Engine.load(knowledge, ["hearing"])
    answer = engine.ask("what did the lawyer say about breaches of her client's rights?")
    assert answer.answered, answer.headline
    assert answer.headline.startswith("Ana Berg said:"), answer.headline
    assert "Mia Acme" not in answer.headline
