"""Cold start as a person meets it: whole processes, timed from outside, in one run.

A `python -m bot ask` with the index cache and without it, beside a bare import of the three
libraries every question needs, round by round so that the machine's noise falls on all three;
and the time until a Discord process could answer (its engines built or mapped). With
`against`, another checkout of the bot (main, say) is timed in the same rounds, so a change
is measured before and after under the same load."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bot.config import PROJECT_ROOT

QUESTION = "How much cocaine did Belgium seize?"
EXPECTED = "123"
RUNS = 3
BARE = [sys.executable, "-c", "import rapidfuzz, pydantic, numpy"]
BARE_LINE = 'python -c "import rapidfuzz, pydantic, numpy"'
READY = (
    "import sys; from pathlib import Path; import bot.discord.runner; "
    "from bot.engine.serving import ServingEngines; "
    "live = ServingEngines(Path(sys.argv[1]), [sys.argv[2]], cache=sys.argv[3] == 'on'); "
    f"live.wait_until_warm(); print(live.current.ask({QUESTION!r}).headline)"
)
"""What a Discord process does before it connects: import the client, build or map the
engines (warmed), and answer; after that, connecting adds only the gateway's own time."""


def _timed(command: list[str], env: dict[str, str], cwd: Path = PROJECT_ROOT) -> tuple[float, bool]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, done.returncode == 0 and EXPECTED in done.stdout


def _compiled(root: Path) -> bool:
    """Byte-compile the bot as installing it does: with PYTHONDONTWRITEBYTECODE set, every
    start would otherwise compile each module from source, which no installed bot does."""
    return bool(compileall.compile_dir(root / "bot", quiet=1))


def cold_ask(
    knowledge_dir: Path, pack: str, runs: int = RUNS, against: Path | None = None
) -> dict[str, object]:
    """Median wall times of fresh processes: bare imports, `ask` from the cache and without,
    and the same of the checkout `against` (its own knowledge folder) when one is named."""
    base = {**os.environ, "KNOWLEDGE_DIR": str(knowledge_dir), "PACKS": pack}
    envs = {
        "cached": {**base, "FACTBOT_INDEX_CACHE": "on"},
        "uncached": {**base, "FACTBOT_INDEX_CACHE": "off"},
    }
    roots = {"": PROJECT_ROOT}
    if against is not None:
        roots["against_"] = against.resolve()
    compiled = all(_compiled(root) for root in roots.values())
    ask = [sys.executable, "-m", "bot", "ask", QUESTION]
    plans: list[tuple[str, Path, str, dict[str, str], list[str]]] = []
    for prefix, root in roots.items():
        folder = knowledge_dir if not prefix else root / "knowledge"
        ready = [sys.executable, "-c", READY, str(folder), pack]
        for name, cache in (("cached", "on"), ("uncached", "off")):
            env = {**envs[name], "KNOWLEDGE_DIR": str(folder), "PYTHONPATH": str(root)}
            plans.append((prefix + name, root, cache, env, ready))
    for _, root, cache, env, _ in plans:
        if cache == "on":
            _timed(ask, env, root)  # builds the cache if the packs changed: not a restart
    times: dict[str, list[float]] = {"bare": []}
    ready_times: dict[str, list[float]] = {}
    answered = True
    for _ in range(runs):
        times["bare"].append(_timed(BARE, base)[0])
        for name, root, cache, env, ready in plans:
            seconds, right = _timed(ask, env, root)
            times.setdefault(name, []).append(seconds)
            answered = answered and right
            seconds, right = _timed([*ready, cache], env, root)
            ready_times.setdefault(name, []).append(seconds)
            answered = answered and right
    median = {name: round(statistics.median(t), 3) for name, t in times.items()}
    ready_median = {name: round(statistics.median(t), 3) for name, t in ready_times.items()}
    result: dict[str, object] = {
        "command": f'python -m bot ask "{QUESTION}"',
        "pack": pack,
        "bytecode_compiled_first": compiled,
        "bare_import": BARE_LINE,
        "bare_import_median_s": median["bare"],
    }
    for prefix, root in roots.items():
        if prefix:
            result[f"{prefix}checkout"] = str(root)
        result[f"{prefix}median_s"] = median[f"{prefix}cached"]
        result[f"{prefix}uncached_median_s"] = median[f"{prefix}uncached"]
        result[f"{prefix}over_bare_import"] = round(median[f"{prefix}cached"] / median["bare"], 2)
        result[f"{prefix}uncached_over_bare_import"] = round(
            median[f"{prefix}uncached"] / median["bare"], 2
        )
        result[f"{prefix}ready_to_answer_s"] = ready_median[f"{prefix}cached"]
        result[f"{prefix}uncached_ready_to_answer_s"] = ready_median[f"{prefix}uncached"]
    result["runs_s"] = {name: [round(t, 3) for t in found] for name, found in times.items()}
    result["ready_runs_s"] = {
        name: [round(t, 3) for t in found] for name, found in ready_times.items()
    }
    result["answered_right"] = answered
    return result
