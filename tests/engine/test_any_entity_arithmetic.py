"""Arithmetic over whatever a pack gives figures for: companies here, not countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine

SOURCE = (
    "Harbourline reported revenue of €240m for 2024, ahead of Tidewell with €160m and "
    "Saltmarsh Freight with €100m. The three firms together make up most of the market."
)
PACK = """name: ports
title: Port operators' revenue
sources:
  - id: story
    file: sources/story.txt
    title: Port operators' revenue
    publisher: Test Desk
"""
LEXICON = """entities:
  organisation:
    harbourline: [harbourline's]
    tidewell: [tidewell's]
    saltmarsh freight: [saltmarsh]
"""


def _fact(fact_id: str, name: str, value: int, quote: str) -> str:
    return f"""  - id: {fact_id}
    topic: {name} revenue
    answer: {name.title()} had revenue of €{value}m in 2024.
    quotes: [{{text: "{quote}"}}]
    questions: [What was {name}'s revenue?, How much did {name} earn?]
    keywords: [revenue]
    entities: {{organisation: [{name}]}}
    quantities:
      - {{value: {value}000000, unit: eur, what: revenue, measure: revenue, where: [{name}],
          when: "2024", role: part}}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("knowledge")
    pack = root / "ports"
    (pack / "sources").mkdir(parents=True)
    (pack / "facts").mkdir()
    (pack / "sources" / "story.txt").write_text(SOURCE, encoding="utf-8")
    (pack / "pack.yaml").write_text(PACK, encoding="utf-8")
    (pack / "lexicon.yaml").write_text(LEXICON, encoding="utf-8")
    facts = "facts:\n" + "".join(
        [
            _fact(
                "harbourline-revenue", "harbourline", 240, "Harbourline reported revenue of €240m"
            ),
            _fact("tidewell-revenue", "tidewell", 160, "Tidewell with €160m"),
            _fact("saltmarsh-revenue", "saltmarsh freight", 100, "Saltmarsh Freight with €100m"),
        ]
    )
    (pack / "facts" / "revenue.yaml").write_text(facts, encoding="utf-8")
    return Engine.load(root, ["ports"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much more revenue did Harbourline have than Tidewell?", "80 million"),
        ("What was the revenue of Tidewell and Saltmarsh together?", "260 million"),
        ("What share of the three firms' combined revenue did Harbourline have?", "48%"),
        ("Which firm came second for revenue?", "Tidewell"),
        ("How many times Saltmarsh's revenue was Harbourline's?", "2.4 times"),
    ],
)
def test_arithmetic_compares_organisations(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.kind == "derived", answer.headline
    assert expected in answer.headline, answer.headline
    assert answer.working, "a derived figure shows its working"


def test_a_comparison_with_an_organisation_the_pack_lacks_is_declined(engine: Engine) -> None:
    answer = engine.ask(
        "How much more revenue did Harbourline have than Tidewell's rival Portgate?"
    )
    assert not answer.answered or "Portgate" not in answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What share of Harbourline and Tidewell's combined revenue was Harbourline's?", "60%"),
        ("what percentage of tidewell and saltmarsh's revenue together was saltmarsh's?", "38.5%"),
        ("Harbourline's share of what Harbourline and Saltmarsh earned together?", "70.6%"),
        ("What share of the top two firms' revenue was Tidewell's?", "40%"),
        ("Of the top three firms' revenue, what share was Saltmarsh Freight's?", "20%"),
        ("what percent of the top 2 firms' combined revenue did harbourline have?", "60%"),
        ("What share of the top three's revenue went to Harbourline?", "48%"),
        ("tidewell's share of the top two's revenue?", "40%"),
        ("what share of harbourline and tidewell's revenue was tidewell's?", "40%"),
        ("How big a share of Tidewell and Saltmarsh's revenue did Tidewell have?", "61.5%"),
    ],
)
def test_a_share_of_a_named_group_is_over_the_group(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.kind == "derived", answer.headline
    assert expected in answer.headline, answer.headline


@pytest.mark.parametrize(
    ("question", "result"),
    [
        (
            "if Harbourline had earned 10% more, what would its revenue have been?",
            "264 million euros",
        ),
        ("suppose Tidewell had earned twice as much, how much would that be?", "320 million euros"),
        ("what if saltmarsh freight had earned half as much?", "50 million euros"),
    ],
)
def test_a_supposed_change_to_one_figure_is_computed_beside_the_stated_one(
    engine: Engine, question: str, result: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert result in answer.headline
    assert "the source gives" in answer.headline
