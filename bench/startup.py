"""Cold start as a person meets it: whole processes, timed from outside, in one run.

A `python -m bot ask` with the index cache and without it, beside a bare import of the three
libraries every question needs, round by round so that the machine's noise falls on all three;
and the time until a Discord process could answer (its engines built or mapped)."""

from __future__ import annotations

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


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, bool]:
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=False
    )
    return time.perf_counter() - started, done.returncode == 0 and EXPECTED in done.stdout


def cold_ask(knowledge_dir: Path, pack: str, runs: int = RUNS) -> dict[str, object]:
    """Median wall times of fresh processes: bare imports, `ask` from the cache and without."""
    base = {**os.environ, "KNOWLEDGE_DIR": str(knowledge_dir), "PACKS": pack}
    envs = {
        "cached": {**base, "FACTBOT_INDEX_CACHE": "on"},
        "uncached": {**base, "FACTBOT_INDEX_CACHE": "off"},
    }
    ask = [sys.executable, "-m", "bot", "ask", QUESTION]
    ready = [sys.executable, "-c", READY, str(knowledge_dir), pack]
    _timed(ask, envs["cached"])  # builds the cache if the packs changed: not a restart
    times: dict[str, list[float]] = {name: [] for name in ("bare", "cached", "uncached")}
    ready_times: dict[str, list[float]] = {"cached": [], "uncached": []}
    answered = True
    for _ in range(runs):
        times["bare"].append(_timed(BARE, base)[0])
        for name, env in envs.items():
            seconds, right = _timed(ask, env)
            times[name].append(seconds)
            answered = answered and right
            seconds, right = _timed([*ready, "on" if name == "cached" else "off"], env)
            ready_times[name].append(seconds)
            answered = answered and right
    median = {name: round(statistics.median(t), 3) for name, t in times.items()}
    return {
        "command": f'python -m bot ask "{QUESTION}"',
        "pack": pack,
        "bare_import": BARE_LINE,
        "bare_import_median_s": median["bare"],
        "median_s": median["cached"],
        "uncached_median_s": median["uncached"],
        "over_bare_import": round(median["cached"] / median["bare"], 2),
        "uncached_over_bare_import": round(median["uncached"] / median["bare"], 2),
        "ready_to_answer_s": round(statistics.median(ready_times["cached"]), 3),
        "uncached_ready_to_answer_s": round(statistics.median(ready_times["uncached"]), 3),
        "runs_s": {name: [round(t, 3) for t in found] for name, found in times.items()},
        "answered_right": answered,
    }
