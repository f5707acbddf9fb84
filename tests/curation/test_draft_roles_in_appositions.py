"""A draft reads a role given after a name with any preposition ('Dr Jo Pell, senior adviser
on media at Acme'), and 'who is A?' finds the sentence that introduces A however many of
A's quotes rank as high. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.curation.names import Name, roles_after
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

SURVEY = """\
Phone buyers want style

"People buy what fits their lives," Dr Jo Pell said.

Dr Pell said older buyers were sending more messages than before.

Dr Pell said the youngest buyers changed phones every year.

Dr Pell said cameras mattered less than battery life.

Dr Pell said screens had grown by a third.

Dr Pell said prices had fallen sharply.

"Too much was made of new features," said Dr Jo Pell, senior adviser on media at the Acme lab.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("survey"), "survey", SURVEY)


@pytest.mark.parametrize("question", ["Who is Dr Jo Pell?", "who is Jo Pell"])
def test_who_is_a_person_finds_the_introduction(engine: Engine, question: str) -> None:
    text = render_markdown(engine.ask(question))
    assert "senior adviser on media" in text, text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("said Jo Pell, senior adviser on media at Acme.", "senior adviser"),
        ("Jo Pell, a lawyer, said the case was weak.", "lawyer"),
        ("Jo Pell, leader of the Forward Greens, said so.", "leader"),
        ("Jo Pell, who founded it, said so.", None),
    ],
)
def test_a_role_after_a_name_is_read(text: str, role: str | None) -> None:
    person = Name("Jo Pell", "person")
    roles_after([person], text)
    assert person.role == role
