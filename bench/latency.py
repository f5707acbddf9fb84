"""Timing calls one by one, and summarising the samples the way the issue asks (p50/p99)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process

Item = TypeVar("Item")
Result = TypeVar("Result")


def time_each(
    call: Callable[[Item], Result], items: Sequence[Item]
) -> tuple[list[float], list[Result]]:
    """Seconds per call and each call's result, so answers can be checked without re-asking."""
    samples: list[float] = []
    results: list[Result] = []
    clock = time.perf_counter
    for item in items:
        started = clock()
        results.append(call(item))
        samples.append(clock() - started)
    return samples, results


def percentile(samples: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks; with few samples p99 is close to the max."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Milliseconds: p50, p99, max and mean, with the number of samples they rest on."""
    if not samples:
        return {"n": 0}
    return {
        "n": len(samples),
        "p50_ms": _ms(percentile(samples, 50)),
        "p99_ms": _ms(percentile(samples, 99)),
        "max_ms": _ms(max(samples)),
        "mean_ms": _ms(sum(samples) / len(samples)),
    }


def ratio(slow: dict[str, float], fast: dict[str, float], key: str) -> float | None:
    """How many times slower the first is; None when the second took no measurable time."""
    if not fast.get(key) or key not in slow:
        return None
    return round(slow[key] / fast[key], 1)


def naive_matcher(forms: list[str]) -> Callable[[str], tuple[str, float, int] | None]:
    """The baseline: the closest question form of the whole pack by WRatio, nothing else."""

    def match(question: str) -> tuple[str, float, int] | None:
        return process.extractOne(question, forms, scorer=fuzz.WRatio)

    return match


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def slowest(samples: Sequence[float], items: Sequence[str], count: int) -> list[list[object]]:
    """The slowest calls with what they were given: what sets a p99 is rarely the average."""
    ranked = sorted(zip(samples, items, strict=True), key=lambda pair: -pair[0])
    return [[_ms(seconds), item] for seconds, item in ranked[:count]]
