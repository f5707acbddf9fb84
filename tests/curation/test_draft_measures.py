"""A draft of a results story answers as a reader asks: each figure under the measure its
clause names, the organisation the text describes typed as one (and a spelt-out term not),
roles asked by their initials, and near misses declined: the other direction of a change, a
period the text never gives, a measure a fact does not state. The text is original, written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.curation.measures import direction_gaps, measure_of, period_gaps
from bot.curation.names import all_names
from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted, facts_of

RESULTS = """\
Quillon Foods lifts forecast after second-quarter sales jump

Quillon Foods, the Danish maker of frozen meals and bakery goods, raised its full-year \
forecast on Wednesday after second-quarter sales beat expectations.

Sales for the three months to 30 June rose 8.2 per cent to €915 million, from €846 million a \
year earlier. Operating profit before depreciation (OPBD) came in at €120 million.

Net income climbed to €61 million from €48 million. The Bakery division was the weak spot.

Chief financial officer Ingrid Vestergaard said the company now expects sales of €3.6 billion \
for the year. "Demand held up better than we feared," chief executive Tobias Hald told \
reporters. Mr Hald said Quillon shares would be listed in Oslo next year.
"""


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    directory = tmp_path / "knowledge"
    directory.mkdir()
    return directory


@pytest.fixture
def engine(knowledge: Path, tmp_path: Path) -> Engine:
    drafted(knowledge, tmp_path, "quillon", RESULTS)
    return Engine.load(knowledge, ["quillon"])


def test_a_company_described_as_one_is_an_organisation_and_a_spelt_out_term_no_name() -> None:
    kinds = {n.display: n.kind for n in all_names(RESULTS, set())}
    assert kinds["Quillon Foods"] == "organisation"
    assert kinds.get("OPBD") is None  # 'operating profit before depreciation (OPBD)'
    assert kinds["Ingrid Vestergaard"] == "person"
    people = {n.display: n for n in all_names(RESULTS, set()) if n.kind == "person"}
    assert people["Ingrid Vestergaard"].role == "chief financial officer"
    assert "hald" in people["Tobias Hald"].surfaces  # 'Mr Hald' is the same person


def test_each_figure_is_named_by_the_measure_its_clause_gives() -> None:
    clause = "Net income climbed to €61 million from €48 million"
    assert measure_of(clause, clause.index("€61")) == "net income"
    charge = "it booked a restructuring charge of €9 million"
    assert measure_of(charge, charge.index("€9")) == "restructuring charge"
    grew = "Frozen Meals grew revenue 11 per cent"
    assert measure_of(grew, grew.index("11")) == "revenue"


def test_the_gaps_a_fact_declines_are_read_from_the_text() -> None:
    assert "fall" in direction_gaps("Sales rose 8.2 per cent")
    assert "rise" in direction_gaps("Sales fell 3 per cent")
    assert direction_gaps("Sales were flat") == []
    assert "third quarter" in period_gaps("second-quarter sales and the fourth quarter")
    assert "second quarter" not in period_gaps("second-quarter sales")


def test_a_figure_is_answered_by_the_measure_a_reader_names(engine: Engine) -> None:
    answer = engine.ask("How much net income did Quillon make?")
    assert answer.answered
    assert "€61 million" in answer.headline


def test_a_role_is_answered_from_the_name_it_stands_before(engine: Engine) -> None:
    answer = engine.ask("who is the cfo")
    assert answer.answered
    assert "Vestergaard" in answer.headline


def test_a_false_premise_and_a_near_miss_are_declined(engine: Engine) -> None:
    assert not engine.ask("Why did Quillon cut its full-year forecast?").answered
    assert not engine.ask("Why did sales fall in the quarter?").answered
    assert not engine.ask("What were sales in the first quarter?").answered
    assert not engine.ask("What margin did the Bakery division make?").answered


def test_figures_of_unlike_measures_are_never_ranked_together(
    knowledge: Path, tmp_path: Path
) -> None:
    drafted(knowledge, tmp_path, "quillon", RESULTS)
    measures = [
        q["measure"]
        for fact in facts_of(knowledge / "quillon")
        for q in fact.get("quantities", [])  # type: ignore[attr-defined]
        if "measure" in q
    ]
    assert measures  # sales stated for more than one owner
    assert all(m.startswith("money-sales-") for m in measures)  # net income never among them
