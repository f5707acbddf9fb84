"""`python -m bench`: speed, memory and accuracy at several pack sizes, as one JSON object."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bot.config import PROJECT_ROOT, Settings

QUICK_SIZES = (1_000,)
FULL_SIZES = (1_000, 10_000, 100_000)
CACHE_SIZES = (100_000,)
"""`--only cache`: the size the index cache's targets are stated for."""
SEED = 7
E2E_BURST = 2_000
PREFIX_LIMIT = 120
"""Autocomplete prefixes timed per size: enough for a p99, few enough for 100,000 facts."""

__all__ = ["main"]


def main(
    quick: bool,
    settings: Settings,
    *,
    sizes: Sequence[int] | None = None,
    e2e_burst: int = E2E_BURST,
    seed: int = SEED,
    only_cache: bool = False,
    only_e2e: bool = False,
    other_checkout: Path | None = None,
    question_set: Path | None = None,
) -> int:
    """Measure the article pack, then each generated size, cold start and end to end; with
    `only_cache`, only cold start and each size without and with the index cache; with
    `other_checkout`, that checkout's cold start is timed in the same rounds; `question_set`
    replaces the public sample (or the project's own set where the sample is missing)."""
    # Imported here: `python -m bench.worker` must not find its own module pre-imported.
    from bench import conversations, e2e, foreign, generate, questions, report, startup, worker

    started = time.perf_counter()
    if only_e2e:
        return _end_to_end_only(settings, e2e_burst, started)
    default = QUICK_SIZES if quick else CACHE_SIZES if only_cache else FULL_SIZES
    chosen = list(sizes or default)
    public = question_set or questions.public_set()
    result: dict[str, object] = {
        "machine": report.machine(),
        "commit": report.commit(PROJECT_ROOT),
        "mode": "quick" if quick else "full",
        "seed": seed,
        "question_set": questions.shown(public),
    }
    if only_cache:
        _progress("cold start")
        result["cold_start"] = startup.cold_ask(
            settings.knowledge_dir, generate.ARTICLE_PACK, against=other_checkout
        )
    _progress("article pack alone")
    article = worker.in_fresh_process(
        settings.knowledge_dir, [generate.ARTICLE_PACK], public, None, PREFIX_LIMIT
    )
    result["article"] = article
    measured: dict[str, dict[str, object]] = {}
    for size in chosen:
        _progress(f"{size:,} generated facts")
        pack = generate.ensure(size, seed, settings.knowledge_dir)
        figures = worker.in_fresh_process(
            pack.directory, pack.packs, public, pack.probes, PREFIX_LIMIT
        )
        figures["generation"] = {"cached": pack.cached, "seconds_not_counted": pack.seconds}
        _progress(f"{size:,} generated facts, restarted from the index cache")
        figures["from_cache"] = worker.in_fresh_process(
            pack.directory, pack.packs, public, pack.probes, PREFIX_LIMIT, cache=True
        )
        measured[str(size)] = figures
    result["sizes"] = measured
    if only_cache:
        result["summary"] = report.summary(article, measured)
        result["bench_seconds"] = round(time.perf_counter() - started, 1)
        report.emit(result)
        return 1 if any("error" in f for f in (article, *measured.values())) else 0
    _progress("drafts of foreign texts, and the BM25-sentence baseline")
    result["drafts"] = foreign.measure(settings.knowledge_dir)
    _progress("conversation context")
    result["conversations"] = conversations.measure(
        settings.knowledge_dir, generate.ARTICLE_PACK, questions.dialogs()
    )
    _progress("cold start")
    result["cold_start"] = startup.cold_ask(
        settings.knowledge_dir, generate.ARTICLE_PACK, against=other_checkout
    )
    for bot_name, key in (("factbot", "e2e"), ("echo", "e2e_echo")):
        _progress(f"end to end, {bot_name}")
        result[key] = e2e.measure(
            settings.knowledge_dir, generate.ARTICLE_PACK, e2e_burst, bot_name=bot_name
        )
    for bot_name, key in (("factbot", "e2e_paced"), ("echo", "e2e_echo_paced")):
        _progress(f"end to end, {bot_name}, paced at {PACED_RATE:g} questions a second")
        result[key] = e2e.measure(
            settings.knowledge_dir,
            generate.ARTICLE_PACK,
            e2e_burst,
            rate=PACED_RATE,
            bot_name=bot_name,
        )
    against = report.against_echo(
        result["e2e"], result["e2e_echo"], result["e2e_paced"], result["e2e_echo_paced"]
    )
    result["e2e_against_echo"] = against
    _progress(str(against["line"]))
    result["summary"] = report.summary(article, measured)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    report.emit(result)
    failed = any("error" in figures for figures in (article, *measured.values()))
    return 1 if failed else 0


def _end_to_end_only(settings: Settings, burst: int, started: float) -> int:
    """`--only e2e`: factbot and the echo bot, each under the burst and at the paced load,
    for working on the path from the gateway to the reply without waiting for the rest."""
    from bench import e2e, generate, report

    result: dict[str, object] = {"machine": report.machine(), "commit": report.commit(PROJECT_ROOT)}
    runs = {}
    for key, bot_name, rate in (
        ("e2e", "factbot", None),
        ("e2e_echo", "echo", None),
        ("e2e_paced", "factbot", PACED_RATE),
        ("e2e_echo_paced", "echo", PACED_RATE),
    ):
        _progress(f"end to end, {bot_name}" + (f", paced at {rate:g}/s" if rate else ""))
        runs[key] = e2e.measure(
            settings.knowledge_dir, generate.ARTICLE_PACK, burst, rate=rate, bot_name=bot_name
        )
    result.update(runs)
    against = report.against_echo(
        runs["e2e"], runs["e2e_echo"], runs["e2e_paced"], runs["e2e_echo_paced"]
    )
    result["e2e_against_echo"] = against
    _progress(str(against["line"]))
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    report.emit(result)
    return 1 if any(not isinstance(run, dict) or "error" in run for run in runs.values()) else 0


PACED_RATE = 250.0
"""An offered load above the 200 a second the bot must sustain: reply latency without a queue
built by sending everything at once."""


def _progress(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)
