"""Shared by the knowledge, engine and terminal tests: the real pack, quote checks, subprocesses.

Everything here reads the pack and its sources independently of the code under test where it
can, so a test compares the bot against the curated files rather than against itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from bot.config import Settings
from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.errors import PackError, PackProblem
from bot.knowledge.loader import load_knowledge
from bot.knowledge.models import Quantity
from bot.knowledge.pack import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO / "knowledge"
PACK = "antwerp"
SUBPROCESS_TIMEOUT = 120


def copy_knowledge(source: Path, target: Path) -> Path:
    """A copy of a knowledge folder without its index cache, which another test process
    may be rewriting while the copy is made (a copy builds its own)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".index-cache"))
    return target


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@cache
def real_kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE, [PACK])


@cache
def real_engine() -> Engine:
    """One engine for the whole run: answering never changes it."""
    return Engine(real_kb())


# --- the pack's own figures -------------------------------------------------------------------


def fact_stating(measure: str, role: str, where: str | None = None) -> tuple[str, Quantity]:
    """The fact (id) and quantity the pack gives for one measure, role and place."""
    found = [
        (fact.id, q)
        for fact in real_kb().facts
        for q in fact.quantities
        if q.measure == measure and q.role == role and (where is None or q.where == [where])
    ]
    assert len(found) == 1, f"expected one {role} figure for {measure} {where}: {found}"
    return found[0]


def parts_of(measure: str) -> dict[str, tuple[str, Quantity]]:
    """Every single-place 'part' figure of a measure, by place."""
    return {
        q.where[0]: (fact.id, q)
        for fact in real_kb().facts
        for q in fact.quantities
        if q.measure == measure and q.role == "part" and len(q.where) == 1
    }


# --- quotes -----------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The only liberties a citation may take: whitespace and curly quotes."""
    return " ".join(text.translate(_QUOTE_MARKS).split())


@cache
def source_text(title: str, pack: str = PACK) -> str:
    """A source's text read straight from disk, found by the title citations carry."""
    kb = real_kb()
    found = next(p for p in kb.packs if p.name == pack)
    source = next((s for s in found.manifest.sources if s.title == title), None)
    assert source is not None, f"citation names no source of pack {pack}: {title!r}"
    return (found.path / source.file).read_text(encoding="utf-8")


def assert_verbatim(quote: str, title: str, pack: str = PACK) -> None:
    assert len(normalise(quote)) >= 3, f"empty citation quote: {quote!r}"
    assert normalise(quote) in normalise(source_text(title, pack)), (
        f"quote is not verbatim in {title!r}: {quote!r}"
    )


def assert_cited_verbatim(answer: Answer) -> None:
    """An answer from the fact base quotes at least one sentence, each verbatim in its source."""
    assert answer.citations, f"{answer.kind} answer without a citation: {answer.headline!r}"
    for citation in answer.citations:
        assert_verbatim(citation.quote, citation.title, citation.pack)


BOLD = re.compile(r"\*\*(.+?)\*\*")
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+")


def bold_text(headline: str) -> str:
    match = BOLD.search(headline)
    assert match, f"no highlighted result in {headline!r}"
    return match.group(1)


def bold_number(headline: str) -> float:
    """The figure the headline highlights, as people read it: '**29.4%**' → 29.4."""
    text = bold_text(headline)
    match = NUMBER.search(text)
    assert match, f"no figure in the highlighted {text!r}"
    return float(match.group().replace(",", ""))


# --- broken packs -----------------------------------------------------------------------------


def edit(path: Path, old: str, new: str) -> None:
    """Replace text that must occur exactly once, so a changed pack fails loudly, not silently."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems_loading(knowledge_dir: Path, packs: list[str] | None = None) -> list[PackProblem]:
    """The problems a load reports; the load must raise, never return half a pack."""
    with pytest.raises(PackError) as caught:
        load_knowledge(knowledge_dir, packs or [PACK])
    assert caught.value.problems, "PackError without problems"
    return caught.value.problems


def problem_at(
    problems: list[PackProblem],
    *,
    file: str,
    fact: str | None = None,
    field: str | None = None,
    says: tuple[str, ...] = (),
) -> PackProblem:
    """The problem at exactly this file (path ending), fact and field, saying these words."""
    for problem in problems:
        if (
            Path(problem.file).as_posix().endswith(file)
            and problem.fact == fact
            and problem.field == field
            and all(word.casefold() in problem.message.casefold() for word in says)
        ):
            return problem
    listing = "\n".join(f"  {p!s}" for p in problems)
    pytest.fail(f"no problem at {file} · fact {fact} · field {field} saying {says}:\n{listing}")


# --- the command line -------------------------------------------------------------------------


def clean_env() -> dict[str, str]:
    """The caller's environment without any factbot setting, so defaults apply (no token)."""
    names = {name.upper() for name in Settings.model_fields}
    return {k: v for k, v in os.environ.items() if k.upper() not in names}


def run_bot(
    *args: str, stdin: bytes = b"", cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=clean_env() if env is None else env,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
