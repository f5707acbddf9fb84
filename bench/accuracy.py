"""Right answers: the public set scored as the project scores it, generated ones by fact id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from tests.evaluation import evaluate

MISS_CHARS = 160
"""Enough of a missed answer to see what went wrong, short enough to read in the report."""


def public_accuracy(engine: Engine, items: list[dict[str, object]]) -> dict[str, object]:
    """The public set through tests.evaluation, so the bench and the accuracy test agree."""
    report = evaluate(engine, items)
    return {
        "in_scope": round(report.in_scope, 4),
        "declined": round(report.declined, 4),
        "overall": round(report.overall, 4),
        "grounded": f"{report.grounded[0]}/{report.grounded[1]}",
        "per_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(report.per_kind.items())},
        "misses": [miss[:MISS_CHARS] for miss in report.misses],
    }


def right_facts(
    expected: Sequence[dict[str, object]], found: Sequence[str | None]
) -> dict[str, object]:
    """Share of generated questions answered from exactly the fact they were written about."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item, fact_id in zip(expected, found, strict=True):
        kind = str(item["kind"])
        total[kind] += 1
        right[kind] += fact_id == item["fact_id"]
    count = sum(total.values())
    return {
        "rate": round(sum(right.values()) / count, 4) if count else None,
        "per_kind": {k: f"{right[k]}/{total[k]}" for k in sorted(total)},
    }


def answered_fact(answer: Answer) -> str | None:
    """The fact an answer rests on, or None when the engine declined."""
    return answer.fact_id if answer.answered else None
