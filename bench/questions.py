"""Which questions the benchmark asks: the public set, generated ones, and typed prefixes."""

from __future__ import annotations

from pathlib import Path

from bot.config import PROJECT_ROOT

PUBLIC_SET = PROJECT_ROOT.parent / "shared" / "eval" / "questions.jsonl"
OWN_SET = PROJECT_ROOT / "tests" / "questions" / "own.jsonl"
PUBLIC_DIALOGS = PROJECT_ROOT.parent / "shared" / "eval" / "dialogs.jsonl"
OWN_DIALOGS = PROJECT_ROOT / "tests" / "questions" / "dialogs.jsonl"
PREFIX_SHARES = (0.3, 0.6)
"""Where people pause while typing: autocomplete is asked at about a third and two thirds."""


def public_set() -> Path:
    """The public question set when the shared checkout has it, else the project's own."""
    return PUBLIC_SET if PUBLIC_SET.is_file() else OWN_SET


def dialogs() -> Path:
    """The public conversation sample when the shared checkout has it, else the project's."""
    return PUBLIC_DIALOGS if PUBLIC_DIALOGS.is_file() else OWN_DIALOGS


def shown(path: Path) -> str:
    """A path as the report names it: relative to the project, never this machine's layout."""
    try:
        return str(path.relative_to(PROJECT_ROOT.parent))
    except ValueError:
        return path.name


def prefixes(questions: list[str], limit: int) -> list[str]:
    """What autocomplete sees while each question is typed, spread evenly up to `limit`."""
    typed = [
        q[: max(3, round(len(q) * share))].rstrip()
        for q in questions
        for share in PREFIX_SHARES
        if len(q) >= 6
    ]
    if len(typed) <= limit:
        return typed
    step = len(typed) / limit
    return [typed[int(i * step)] for i in range(limit)]
