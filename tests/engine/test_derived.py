"""Derived answers: the right figure from the pack's own numbers, shown working, every input cited.

Each expected value is computed here from the quantities the pack states, not copied from a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from tests.knowledge.support import (
    KNOWLEDGE,
    PACK,
    assert_cited_verbatim,
    bold_number,
    bold_text,
    copy_knowledge,
    edit,
    fact_stating,
    parts_of,
    real_engine,
)

COCAINE = "cocaine-seizures-europe-2023"
NEW_SUBSTANCES = "ews-new-substances"
FOUR_FIGURES = 5e-4
ONE_DECIMAL = 0.05


@dataclass(frozen=True)
class Case:
    """A question needing arithmetic, and what its answer must contain."""

    question: str
    expected: float | str
    """The figure the headline highlights, or the place it names for a rank."""
    first: str
    """The fact the answer is filed under: the first input."""
    inputs: frozenset[str]
    """Every fact whose figure the computation uses, each of which must be cited."""
    figures: tuple[float, ...]
    """The stated figures the working must show."""
    tolerance: dict[str, float]


def build_cases() -> dict[str, Case]:
    parts = parts_of(COCAINE)
    belgium, spain = parts["belgium"], parts["spain"]
    total_id, total = fact_stating(COCAINE, "total")
    ranked = sorted(parts.items(), key=lambda item: -item[1][1].value)
    every_part = frozenset(fact_id for fact_id, _ in parts.values())
    every_value = tuple(q.value for _, q in parts.values())
    count_id, count = fact_stating(NEW_SUBSTANCES, "count")
    _, years = fact_stating(NEW_SUBSTANCES, "duration")
    b, s = belgium[1].value, spain[1].value
    figures = {"rel": FOUR_FIGURES}
    return {
        "share-of-total": Case(
            "What share of Europe's cocaine did Belgium seize?",
            100 * b / total.value, belgium[0], frozenset({belgium[0], total_id}),
            (b, total.value), {"abs": ONE_DECIMAL},
        ),
        "difference": Case(
            "How much more cocaine did Belgium seize than Spain?",
            b - s, belgium[0], frozenset({belgium[0], spain[0]}), (b, s), figures,
        ),
        "sum": Case(
            "How much cocaine did Belgium and Spain seize together?",
            b + s, belgium[0], frozenset({belgium[0], spain[0]}), (b, s), figures,
        ),
        "rank-second": Case(
            "Which country came second in cocaine seizures?",
            ranked[1][0], ranked[1][1][0], every_part, every_value, {},
        ),
        "rank-last": Case(
            "Of the three countries, which seized the least cocaine?",
            ranked[-1][0], ranked[-1][1][0], every_part, every_value, {},
        ),
        "rate-per-year": Case(
            "How many new substances per year does the early warning system find?",
            count.value / years.value, count_id, frozenset({count_id}),
            (count.value, years.value), figures,
        ),
        "remainder": Case(
            "How much cocaine did Europe seize besides Belgium, Spain and the Netherlands?",
            total.value - sum(every_value), total_id, frozenset({total_id, *every_part}),
            (total.value, *every_value), figures,
        ),
    }  # fmt: skip


CASES = build_cases()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return real_engine()


@pytest.fixture(scope="module", params=CASES.values(), ids=CASES.keys())
def case(request: pytest.FixtureRequest) -> Case:
    return request.param


@pytest.fixture(scope="module")
def answer(engine: Engine, case: Case) -> Answer:
    return engine.ask(case.question)


def written(value: float) -> str:
    """A stated figure as a person writes it: 1,000 / 27 / 2.5."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def test_the_answer_is_derived(answer: Answer) -> None:
    assert answer.answered, answer.headline
    assert answer.kind == "derived", answer.headline


def test_the_highlighted_result_is_computed_from_the_packs_figures(
    answer: Answer, case: Case
) -> None:
    if isinstance(case.expected, str):
        assert case.expected in bold_text(answer.headline).lower(), answer.headline
        return
    assert bold_number(answer.headline) == pytest.approx(case.expected, **case.tolerance)
    for view in answer.quantities:
        assert view.original.value == pytest.approx(case.expected, rel=1e-9)


def test_the_working_shows_every_stated_figure_used(answer: Answer, case: Case) -> None:
    assert answer.working, f"no working shown for {case.question!r}"
    working = " ".join(answer.working)
    for figure in case.figures:
        pattern = rf"(?<![\d,.]){re.escape(written(figure))}(?![\d,]|\.\d)"
        assert re.search(pattern, working), f"{written(figure)} missing from {working!r}"


def test_every_input_fact_is_cited_verbatim(answer: Answer, case: Case) -> None:
    assert_cited_verbatim(answer)
    assert {c.fact_id for c in answer.citations} == case.inputs
    assert set(answer.fact_ids) == case.inputs


def test_the_answer_is_filed_under_its_first_input(answer: Answer, case: Case) -> None:
    assert answer.fact_id == case.first


def test_a_note_shared_by_several_inputs_is_said_once(answer: Answer) -> None:
    assert len(answer.notes) == len(set(answer.notes)), answer.notes


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("How much more cocaine did Italy seize than Spain?", "Italy"),
        ("What share of Europe's cocaine did Canada seize?", "Canada"),
    ],
)
def test_arithmetic_over_a_figure_the_source_lacks_is_declined_not_guessed(
    engine: Engine, question: str, missing: str
) -> None:
    answer = engine.ask(question)

    assert not answer.answered
    assert answer.fact_id is None
    assert not answer.working
    assert not answer.citations
    assert missing in answer.headline, answer.headline
    assert "**" not in answer.headline, f"a figure was offered: {answer.headline!r}"


@pytest.mark.parametrize(
    "question",
    [
        "How much cocaine did Europe seize in total in 2023?",
        "how much cocaine was seized in europe altogether",
    ],
)
def test_a_stated_total_is_cited_not_replaced_by_a_sum_of_a_few_parts(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)

    assert answer.answered
    assert answer.fact_id == "europe-cocaine-seizures-2023"
    assert "419 metric tons" in answer.headline
    assert "300" not in answer.headline, "Belgium + Spain + the Netherlands is not Europe"


def test_a_share_the_source_states_is_cited_even_when_filed_under_no_measure(
    tmp_path: Path,
) -> None:
    knowledge = tmp_path / "knowledge"
    copy_knowledge(KNOWLEDGE, knowledge)
    edit(
        knowledge / PACK / "facts" / "seizures.yaml",
        "        what: share of Europe's cocaine seizures\n"
        "        measure: cocaine-seizures-europe-2023\n",
        "        what: share of Europe's cocaine seizures\n",
    )
    engine = Engine.load(knowledge, [PACK])

    answer = engine.ask(
        "What share of Europe's cocaine did Belgium, Spain and the Netherlands seize together?"
    )

    assert answer.fact_id == "three-port-countries-72-percent"
    assert "72%" in answer.headline
    assert not answer.working, "the stated share was recomputed (71.6%) instead of cited"
