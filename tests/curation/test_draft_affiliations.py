"""A draft knows whose officer each person is only where the text says it ('the Coast
Alliance's spokesman Tom Reyes', 'Ella Marsh, leader of the Kestland Greens'), never by a
guess from a body named in someone's quotation or by a minister's nearness to a company; a
name whose officers the text names is an organisation, not a person; 'the firm, whose Portline
unit …' is about the firm named before. The text is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.curation.names import affiliations, find_names
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted, facts_of

LEVY = """\
Harbour levy row deepens

Councils across Kestland will raise the harbour levy by 8% next year, the regional government \
said.

Finance Minister Ruth Okoro said the rise was "modest" and "fair to Dockside Freight Ltd and \
every other user".

The Coast Alliance's transport spokesman Tom Reyes called the plan "a tax on fishing families".

Ella Marsh, leader of the Kestland Greens, said members would vote on the levy in May.

Conservative spokesman Paul Hine said the minister was "out of touch with the Kestland Greens".

Dockside Freight Ltd said it had not been consulted. Harbour wardens' spokesman, Sam Pryor, \
said the levy was overdue.

The firm, whose Portline subsidiary runs 12 berths, said its costs would rise by £2m.
"""


@pytest.fixture
def levy(tmp_path: Path) -> tuple[Engine, Path]:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    pack = drafted(knowledge, tmp_path, "levy", LEVY)
    return Engine.load(knowledge, ["levy"]), pack


def test_a_name_whose_officers_the_text_names_is_an_organisation() -> None:
    kinds = {n.canonical: n.kind for n in find_names(LEVY, set())}

    assert kinds["coast alliance"] == "organisation"
    assert kinds["kestland greens"] == "organisation"
    assert kinds["portline"] == "organisation"
    assert kinds["tom reyes"] == kinds["ella marsh"] == "person"


def test_affiliations_come_from_what_the_text_says_not_from_nearness() -> None:
    names = find_names(LEVY, set())
    of = {person: body.display for person, body in affiliations(names, LEVY).items()}

    assert of["tom reyes"] == "Coast Alliance"
    assert of["ella marsh"] == "Kestland Greens"
    assert "ruth okoro" not in of  # a minister is not the company her quotation names
    assert "paul hine" not in of  # the body before him is Ella Marsh's, said in a quotation
    assert "sam pryor" not in of  # the wardens' spokesman, though the sentence opens on a firm


def test_readers_find_an_officer_by_the_body_the_text_names(levy: tuple[Engine, Path]) -> None:
    engine, pack = levy
    lexicon = yaml.safe_load((pack / "lexicon.yaml").read_text(encoding="utf-8"))

    assert "paul hine" not in lexicon.get("implies", {})
    answer = engine.ask("who is the leader of the Kestland Greens?")
    assert answer.answered
    assert "Ella Marsh" in render_markdown(answer)


def test_the_firm_named_before_is_what_its_subsidiary_clause_is_about(
    levy: tuple[Engine, Path],
) -> None:
    engine, pack = levy
    berths = next(f for f in facts_of(pack) if "Portline" in str(f["answer"]))

    assert "dockside freight ltd" in berths["entities"]["organisation"]  # type: ignore[index]
    answer = engine.ask("how many berths does the Dockside Freight subsidiary run?")
    assert answer.answered
    assert "12" in render_markdown(answer)
