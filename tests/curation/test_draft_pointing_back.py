"""A draft's sentence that names its subject only by pointing back ('Last year it made …',
after 'However, that business …', after the sentence naming it) answers for that subject:
the name is carried along the chain of sentences that point back. A name nothing in the
chain gives still declines. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted_engine

MAPS = """\
Orwin group weighs sale of its maps arm

The Orwin group is weighing the sale of part of its business, people close to it said.

Orwin runs garden centres and cafes across the north of England.

It also owns Brightwave Media, which prints maps and guide books.

However, that business is seen as the weakest of the group.

Last year it made profits of £3.5m on sales of £80m.

The group's own profits rose to £41m, up from £37m the year before.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("maps"), "maps", MAPS)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("How much profit did Brightwave Media make last year?", "£3.5m"),
        ("what were Brightwave Media's sales?", "£80m"),
    ],
)
def test_a_sentence_pointing_back_answers_for_the_name_before(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert shown in answer.headline


def test_a_name_the_chain_never_gives_still_declines(engine: Engine) -> None:
    assert not engine.ask("How much profit did Redline Press make last year?").answered


GAME = """\
Puzzle game tops the charts

Sales of consoles rose in December, the trade body Playcount said.

The numbers were helped by the release of the puzzle game Lantern Keep. The title broke the \
record for a first week's sales in the UK. Latest figures suggest it has sold more than \
410,000 copies.
"""


def test_a_chain_through_any_verb_of_the_past_carries_the_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """'The title broke …' points back as 'The title sold …' does: the 'it' after it is the
    game the sentence before names."""
    engine = drafted_engine(tmp_path_factory.mktemp("game"), "game", GAME)
    answer = engine.ask("so how many copies has Lantern Keep shifted so far?")
    assert answer.answered
    assert "410,000" in answer.headline
