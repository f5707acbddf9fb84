"""'Who was not at the talks: A, B, C or D?' lists options and asks for the one left out: the
fact that answers the question names all but one, and that one is the answer, said first,
with the fact and its quote. Where the fact names two or none of them, or the question
weighs figures, the options are no such list and the question is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.options import odd_one_out
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("who wasn't at the Five Eyes meeting in London: Canada, Japan, Australia or New Zealand?",
         "Japan"),
        ("which of Canada, Australia, New Zealand and Germany did not send a minister to London?",
         "Germany"),
        ("which country was not among the three with major ports — Belgium, Portugal or Spain?",
         "Portugal"),
        ("which topic was never on the agenda in London: opioids, child sexual abuse, tariffs or "
         "unauthorized migration?", "tariffs"),
    ],
)  # fmt: skip
def test_the_option_the_fact_leaves_out_is_the_answer(
    engine: Engine, question: str, left_out: str
) -> None:
    answer = engine.ask(question)

    assert answer.answered
    assert answer.headline.startswith(f"**{left_out}** is the one it leaves out")
    assert answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "who did not attend the London talks: Canada, Japan, France or New Zealand?",
        "which of Belgium, Spain and Italy did not seize over 100 metric tons?",
        "who was at the London talks: Canada, Australia or New Zealand?",
    ],
)
def test_no_option_is_called_left_out_unless_exactly_one_is(engine: Engine, question: str) -> None:
    answer = engine.ask(question)

    assert "leaves out" not in render_markdown(answer)


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("who was missing: A, B, C or D?", ("A", "B", "C", "D")),
        ("which of the Acme, Zephyra and Portline boats did not sail?",
         ("Acme", "Zephyra", "Portline boats")),
    ],
)  # fmt: skip
def test_options_are_read_after_the_question_and_inside_it(
    text: str, options: tuple[str, ...]
) -> None:
    found = odd_one_out(text)

    assert found is not None
    assert found.options == options


@pytest.mark.parametrize(
    "text",
    [
        "who was missing: A or B?",
        "who won: A, B, C or D?",
        "which of these did not sail, and why did the harbour close early that day?",
    ],
)
def test_an_either_or_a_plain_question_or_a_clause_is_no_list(text: str) -> None:
    assert odd_one_out(text) is None


BOATS = """\
Kestland regatta draws three crews

Crews from Acme, Zephyra and Portline raced in the Kestland regatta on Saturday, the \
organisers said.

The Zephyra crew won the main race in 41 minutes.
"""


def test_a_drafted_text_answers_the_odd_one_out(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, "regatta", BOATS)

    answer = engine.ask("which crew did not race in the Kestland regatta: Acme, Seabright, "
                        "Zephyra or Portline?")  # fmt: skip

    assert answer.headline.startswith("**Seabright** is the one it leaves out")
