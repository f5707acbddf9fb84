"""The first question of a drafted fact is what readers are shown when they browse and when a
decline suggests what the pack knows: it reads as a question someone would ask ('Who said it
had not been consulted?'), never a list of words or a whole sentence behind 'When was it
that'."""

from __future__ import annotations

from pathlib import Path

from tests.curation.test_draft_affiliations import LEVY
from tests.curation.test_drafting import drafted, facts_of

LONG = """\
Ferry timetable changes

Officials at the harbour office said on Friday that the winter timetable for the island ferry \
would be changed to add two crossings a day from 2026.

Kestrel Ferries Ltd said it had run the route since 1998.
"""


def _questions(tmp_path: Path, text: str) -> list[list[str]]:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    pack = drafted(knowledge, tmp_path, "shown", text)
    return [list(f["questions"]) for f in facts_of(pack)]  # type: ignore[call-overload]


def test_a_body_that_says_something_is_asked_who_said_it(tmp_path: Path) -> None:
    firsts = [forms[0] for forms in _questions(tmp_path, LEVY)]

    assert "Who said it had not been consulted?" in firsts
    assert not any(" said say " in q or " said said " in q for q in firsts)


def test_first_questions_are_questions_not_word_lists(tmp_path: Path) -> None:
    for forms in _questions(tmp_path, LEVY):
        if any(not f.startswith(("What about the ", "Is it true that ")) for f in forms):
            assert not forms[0].startswith(("What about the ", "Is it true that ")), forms


def test_no_form_puts_a_long_sentence_behind_when_was_it_that(tmp_path: Path) -> None:
    forms = [q for qs in _questions(tmp_path, LONG) for q in qs]

    assert forms
    assert not [q for q in forms if q.startswith("When was it that") and len(q.split()) > 18]
    assert "Who said it had run the route since 1998?" in forms  # the phrase kept whole
