"""Cold start as a person meets it: a whole `python -m bot ask` process, timed from outside."""

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


def cold_ask(knowledge_dir: Path, pack: str, runs: int = RUNS) -> dict[str, object]:
    """Median wall time of `runs` fresh processes answering one question on one pack."""
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge_dir), "PACKS": pack}
    command = [sys.executable, "-m", "bot", "ask", QUESTION]
    times: list[float] = []
    answered = True
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=False
        )
        times.append(time.perf_counter() - started)
        answered = answered and done.returncode == 0 and EXPECTED in done.stdout
    return {
        "command": f'python -m bot ask "{QUESTION}"',
        "pack": pack,
        "median_s": round(statistics.median(times), 3),
        "runs_s": [round(t, 3) for t in times],
        "answered_right": answered,
    }
