"""One knowledge base measured in a fresh process, so no size inherits another's memory."""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from bench import latency, memory
from bench.accuracy import answered_fact, public_accuracy, right_facts
from bench.questions import prefixes
from bot.config import PROJECT_ROOT
from bot.engine import stored
from bot.engine.collector import serve_many, settle
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from tests.evaluation import load_questions

WARM_UP = 8
"""Questions asked before timing, taken from the pack's own forms rather than the timed set."""
SLOWEST = 10
"""The slowest questions listed beside the percentiles, with their times."""


def load(
    directory: Path, packs: list[str], cache: bool = False
) -> tuple[Engine, dict[str, float], dict[str, float]]:
    """Load and index as the bot does at start-up, timing each half and the memory it took;
    with `cache`, map the index cache instead (built first, untimed, if there is none)."""
    if cache:
        key = stored.cache_key(directory, packs)
        if not (directory / stored.CACHE_DIR / key).is_dir():
            _progress(f"{'+'.join(packs)}: building the index cache (not timed)")
            built = time.perf_counter()
            _build_elsewhere(directory, packs)
            _progress(f"{'+'.join(packs)}: index cache built in {time.perf_counter() - built:.1f}s")
    rss_before = memory.rss_mb()
    started = time.perf_counter()
    if cache:
        engine = Engine.load(directory, packs, cache=True)
        indexed = loaded = time.perf_counter()
    else:
        kb = load_knowledge(directory, packs)
        loaded = time.perf_counter()
        engine = Engine(kb)
        indexed = time.perf_counter()
    kb = engine.kb
    seconds = {
        "load_knowledge": round(loaded - started, 3),
        "index": round(indexed - loaded, 3),
        "total": round(indexed - started, 3),
    }
    megabytes = {"rss_before_load": rss_before, "peak_after_load": memory.peak_rss_mb()}
    _progress(f"{'+'.join(packs)}: loaded {len(kb.facts):,} facts in {indexed - started:.1f}s")
    return engine, seconds, megabytes


def _build_elsewhere(directory: Path, packs: list[str]) -> None:
    """Build the cache in another process: what building took must not count as resident."""
    script = (
        "import sys; from pathlib import Path; from bot.engine.engine import Engine; "
        "Engine.load(Path(sys.argv[1]), sys.argv[2].split(','), cache=True)"
    )
    command = [sys.executable, "-c", script, str(directory), ",".join(packs)]
    subprocess.run(command, cwd=PROJECT_ROOT, check=True)


def warm_up(engine: Engine) -> None:
    """As the bot does before serving; then a few questions, and timing starts on a clean heap."""
    engine.warm()
    facts = engine.kb.facts
    picked = range(0, len(facts), max(1, len(facts) // WARM_UP))
    for form in [facts[i].questions[0] for i in picked][:WARM_UP]:
        engine.ask(form)
        engine.suggest(form[:10], 25)
    gc.collect()


def measure(
    directory: Path,
    packs: list[str],
    public: Path,
    probes: Path | None,
    prefix_limit: int,
    cache: bool = False,
    collector: str = "python",
) -> dict[str, object]:
    """Load once, then time answers, the naive baseline and autocomplete, then score accuracy;
    `collector` "bot" freezes what start-up made and runs the cycle collector as a Discord
    process does while it serves."""
    label = "+".join(packs) + (" from the index cache" if cache else "")
    engine, seconds, megabytes = load(directory, packs, cache)
    public_items = load_questions(public)
    probe_items = load_questions(probes) if probes else []
    questions = [str(item["q"]) for item in public_items + probe_items]
    warm_up(engine)
    if collector == "bot":  # as a Discord process does once warm: freeze, then collect less
        settle(collect=False)
        serve_many()

    ours, answers = latency.time_each(engine.ask, questions)
    _progress(f"{label}: asked {len(questions)} questions")
    megabytes["rss_after_questions"] = memory.rss_mb()
    megabytes["anon_after_questions"] = memory.anon_mb()
    megabytes["peak_after_questions"] = memory.peak_rss_mb()
    naive: list[float] = []
    matches: list[tuple[str, float, int] | None] = []
    forms: list[str] = []
    if not cache:  # the same scan of the same forms: measured once, beside the in-memory index
        forms = [q for fact in engine.kb.facts for q in fact.questions]
        form_facts = [fact.id for fact in engine.kb.facts for _ in fact.questions]
        naive, matches = latency.time_each(latency.naive_matcher(forms), questions)
        _progress(f"{label}: naive baseline done")
    typed = prefixes(questions, prefix_limit)
    suggest, _ = latency.time_each(lambda text: engine.suggest(text, 25), typed)
    _progress(f"{label}: autocomplete done")

    accuracy: dict[str, object] = {"public": public_accuracy(engine, public_items)}
    if probe_items:
        offset = len(public_items)
        generated: dict[str, object] = {
            "ours": right_facts(probe_items, [answered_fact(a) for a in answers[offset:]]),
        }
        if matches:
            naive_ids = [form_facts[m[2]] if m else None for m in matches[offset:]]
            generated["naive"] = right_facts(probe_items, naive_ids)
        accuracy["generated"] = generated
    ask, baseline = latency.summary(ours), latency.summary(naive)
    megabytes["peak_at_end"] = memory.peak_rss_mb()
    megabytes["rss_at_end"] = memory.rss_mb()
    digest = hashlib.sha256()
    for answer in answers:
        digest.update(answer.model_dump_json().encode() + b"\n")
    return {
        "index_cache": cache,
        "collector": collector,
        "answers_sha256": digest.hexdigest(),
        "packs": packs,
        "facts": len(engine.kb.facts),
        "question_forms": len(forms),
        "load_s": seconds,
        "memory_mb": megabytes,
        "questions": {"public": len(public_items), "generated": len(probe_items)},
        "ask": ask,
        "slowest_ms": latency.slowest(ours, questions, SLOWEST),
        "naive": {
            **baseline,
            "naive_over_ours_p50": latency.ratio(baseline, ask, "p50_ms"),
            "naive_over_ours_p99": latency.ratio(baseline, ask, "p99_ms"),
        },
        "autocomplete": latency.summary(suggest),
        "accuracy": accuracy,
    }


def in_fresh_process(
    directory: Path,
    packs: list[str],
    public: Path,
    probes: Path | None,
    prefix_limit: int,
    cache: bool = False,
) -> dict[str, object]:
    """Run `measure` in a new interpreter: peak memory and caches start from nothing."""
    command = [sys.executable, "-m", "bench.worker", "--dir", str(directory)]
    command += ["--packs", ",".join(packs), "--public", str(public)]
    command += ["--prefixes", str(prefix_limit)]
    if cache:
        command.append("--cache")
    if probes is not None:
        command += ["--probes", str(probes)]
    done = subprocess.run(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"packs": packs, "error": f"worker exited with status {done.returncode}"}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def _progress(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.worker")
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--packs", required=True, help="comma-separated pack names")
    parser.add_argument("--public", type=Path, required=True)
    parser.add_argument("--probes", type=Path)
    parser.add_argument("--prefixes", type=int, default=120)
    parser.add_argument("--cache", action="store_true", help="restart from the index cache")
    parser.add_argument(
        "--collector",
        choices=["python", "bot"],
        default="python",
        help="bot: young collections every 10,000 allocations, as a Discord process serves",
    )
    args = parser.parse_args(argv)
    packs = [p for p in args.packs.split(",") if p]
    result = measure(
        args.dir, packs, args.public, args.probes, args.prefixes, args.cache, args.collector
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
