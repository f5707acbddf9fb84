"""`python -m bench [--quick]` from the project root (what `python3 tasks.py bench` runs)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bench import main
from bot.config import SettingsError, load_settings


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description="Measure speed and accuracy.")
    parser.add_argument("--quick", action="store_true", help="one generated size, under a minute")
    parser.add_argument(
        "--only",
        choices=["cache", "e2e"],
        help="cache: only cold start and each size restarted without and with the index cache "
        "(100,000 facts; 1,000 with --quick); e2e: only factbot against the echo bot, "
        "under the burst and at 250 questions a second",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="another checkout of the bot (main, say) whose cold start is timed in the same rounds",
    )
    parser.add_argument(
        "--questions",
        type=Path,
        help="the question set to time (default: the public sample beside the checkout, "
        "else tests/questions/own.jsonl)",
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, stream=sys.stderr)
    return main(
        quick=args.quick,
        settings=settings,
        only_cache=args.only == "cache",
        only_e2e=args.only == "e2e",
        other_checkout=args.against,
        question_set=args.questions,
    )


if __name__ == "__main__":
    sys.exit(run())
