#!/usr/bin/env python3
"""One-command set-up and tasks for a fresh machine with only Python 3.11.

python3 tasks.py start   # set up .venv if needed, then run the bot (terminal chat without a token)
python3 tasks.py test    # set up .venv with test extras, lint, type-check, quick then slow tests
python3 tasks.py bench   # the benchmark (add --quick for a short run)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".factbot-installed"


def _run(*args: str | Path) -> None:
    result = subprocess.run([str(a) for a in args], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def _install(extras: str) -> None:
    """Install into .venv once per change of the dependency files, pinned by constraints.txt."""
    if sys.version_info < (3, 11):  # noqa: UP036 (the point is to say so on an older Python)
        sys.exit(f"factbot needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("creating .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes()
        + (ROOT / "constraints.txt").read_bytes()
        + extras.encode()
    ).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("installing dependencies …", flush=True)
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(
        PYTHON,
        "-m",
        "pip",
        "install",
        "--quiet",
        "-c",
        ROOT / "constraints.txt",
        "-e",
        f".{extras}",
    )
    STAMP.write_text(digest)


def start(args: list[str]) -> None:
    _install("")
    os.execv(PYTHON, [str(PYTHON), "-m", "bot", *args])


QUICK_WORKERS = max(2, min(4, os.cpu_count() or 2))
"""The quick tests run in this many processes (pytest-xdist); the slow ones, one at a time."""


def test(args: list[str]) -> None:
    """Lint, type-check, the quick tests, then the slow ones (`--quick` stops after the quick
    ones); any other arguments go to both pytest runs."""
    quick_only = "--quick" in args
    args = [a for a in args if a != "--quick"]
    _install("[test]")
    _run(PYTHON, "-m", "ruff", "check", ".")
    _run(PYTHON, "-m", "ruff", "format", "--check", ".")
    _run(PYTHON, "-m", "mypy")
    _run(PYTHON, "-m", "pytest", "-m", "not slow", "-n", str(QUICK_WORKERS), *args)
    if not quick_only:
        _run(PYTHON, "-m", "pytest", "-m", "slow", *args)


def bench(args: list[str]) -> None:
    _install("[test]")
    _run(PYTHON, "-m", "bench", *args)


TASKS = {"start": start, "test": test, "bench": bench}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(TASKS)}}} [args…]")
    TASKS[sys.argv[1]](sys.argv[2:])
