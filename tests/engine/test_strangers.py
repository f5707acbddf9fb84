"""A question that names something the pack never mentions ('How much was Dunmore Ferries
fined?' of a text on Kestline Ferries) is declined, saying what it names, however well the
rest of it matches a fact; a name the pack holds put another way, a name in the chatter
around the question, and a question without capitals to go by are answered. The text is
original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

FERRIES = """\
Portline ferry firm fined

Kestline Ferries was fined £2m after two of its boats collided in Portline harbour in May.

Harbour master Gregory Marrick said the crash could have been avoided.

The Zephyra 3 ferry, built by Orrin Yards, was carrying 120 passengers.

Kestline boss Ana Berg said the firm would appeal against the fine.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("ferries"), "ferries", FERRIES)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How much was Dunmore Ferries fined?", "Dunmore"),
        ("What did Kestline boss Tom Harvey say about the fine?", "Tom Harvey"),
        ("How many passengers was the ferry built by Hyundai carrying?", "Hyundai"),
        ("Where did the boats of Stena Line collide?", "Stena"),
        ("what did Admiral Nelson say about the crash?", "Admiral Nelson"),
        ("In which month did the boats collide in Calais harbour?", "Calais"),
        ("How much was the firm fined by the Maritime Agency?", "Maritime Agency"),
        ("so how many passengers were on the Oceanic Star?", "Oceanic Star"),
        ("Who built the ferry for Brittany Ferries?", "Brittany"),
        ("What did the Harbour Board chair Jo Pell say about the crash?", "Jo Pell"),
        ("How much was Odakyu Line's fine?", "Odakyu Line"),
    ],
)
def test_a_name_the_pack_never_mentions_is_declined_by_name(
    engine: Engine, question: str, named: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered, render_markdown(answer)
    assert named in answer.headline


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("hey Bob, how much was Kestline Ferries fined?", "2m"),
        ("How much was Kestline fined?", "2m"),
        ("how much was kestline ferries fined", "2m"),
        ("HOW MUCH WAS KESTLINE FERRIES FINED?", "2m"),
        ("How many passengers was Orrin's Zephyra 3 carrying?", "120"),
        ("Thanks Sam! Who built the Zephyra 3 ferry?", "Orrin Yards"),
    ],
)
def test_a_known_name_or_a_name_in_the_chatter_is_answered(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)
