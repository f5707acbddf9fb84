"""Drafts of texts nobody on the project wrote, scored as readers ask: each text is turned
into a pack by `kb new` alone, served alone, and asked its reader questions; the BM25-sentence
baseline is asked the same questions. The texts stay outside the repository."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from bench.baseline import SentenceSearch
from bot.config import PROJECT_ROOT
from tests.evaluation import READER_DECLINE_KINDS, evaluate, load_questions, without_digit_groups

TEXTS_VARIABLE = "FOREIGN_TEXTS"
"""A list of folders (os.pathsep between them) holding <slug>/article.txt and questions.jsonl."""
DEFAULT_ROOTS = (PROJECT_ROOT.parent / "shared" / "foreign",
                 PROJECT_ROOT.parent.parent / "shared" / "foreign")  # fmt: skip


def text_folders(roots: list[Path] | None = None) -> list[Path]:
    """Every <slug>/ with an article and its questions under the roots (FOREIGN_TEXTS, else
    ../shared/foreign beside the project)."""
    if roots is None:
        listed = os.environ.get(TEXTS_VARIABLE)
        roots = [Path(p) for p in listed.split(os.pathsep)] if listed else list(DEFAULT_ROOTS)
    found: dict[str, Path] = {}
    for root in roots:
        if root.is_dir():
            for folder in sorted(root.iterdir()):
                if (folder / "article.txt").is_file() and (folder / "questions.jsonl").is_file():
                    found.setdefault(folder.name, folder)
    return list(found.values())


def measure_text(folder: Path, knowledge_dir: Path) -> dict[str, object]:
    """Draft one text into a copy of the knowledge directory, then score draft and baseline."""
    from bot.curation.scaffold import new_pack
    from bot.curation.selftest import self_test
    from bot.engine.engine import Engine

    slug = re.sub(r"[^a-z0-9-]+", "-", folder.name.lower()).strip("-") or "text"
    article = folder / "article.txt"
    items = load_questions(folder / "questions.jsonl")
    with tempfile.TemporaryDirectory(prefix="factbot-foreign-") as scratch:
        copy = Path(scratch) / "knowledge"
        shutil.copytree(knowledge_dir, copy)
        title = article.read_text(encoding="utf-8-sig").splitlines()[0].strip() or None
        started = time.perf_counter()
        new_pack(copy, slug, article, title=title, publisher="BBC News")
        drafting = time.perf_counter() - started
        engine = Engine.load(copy, [slug])
        report = evaluate(engine, items, READER_DECLINE_KINDS)
        tried = self_test(engine.kb)
    baseline = baseline_scores(article.read_text(encoding="utf-8-sig"), items)
    return {
        "words": len(article.read_text(encoding="utf-8-sig").split()),
        "questions": len(items),
        "draft_seconds": round(drafting, 2),
        "facts": len(engine.kb.facts),
        "self_test": round(tried.score, 1),
        "draft": _rates(report.in_scope, report.declined, report.grounded),
        "bm25_sentence": baseline,
    }


def baseline_scores(text: str, items: list[dict[str, object]]) -> dict[str, object]:
    """The BM25-sentence baseline under the same rules: the best sentence is its answer."""
    search = SentenceSearch(text)
    right = {"in": [0, 0], "out": [0, 0]}
    for item in items:
        reply = search.answer(str(item["q"]))
        side = "out" if item["kind"] in READER_DECLINE_KINDS else "in"
        right[side][1] += 1
        if side == "out":
            right[side][0] += reply is None
            continue
        shown = without_digit_groups(reply or "")
        ok = reply is not None
        ok = ok and all(re.search(str(p), shown, re.I) for p in item.get("all") or [])  # type: ignore[attr-defined]
        any_of = [str(p) for p in item.get("any") or []]  # type: ignore[attr-defined]
        ok = ok and (not any_of or any(re.search(p, shown, re.I) for p in any_of))
        right[side][0] += ok
    in_scope = right["in"][0] / right["in"][1] if right["in"][1] else 1.0
    declined = right["out"][0] / right["out"][1] if right["out"][1] else 1.0
    return _rates(in_scope, declined, None)


def measure(knowledge_dir: Path, roots: list[Path] | None = None) -> dict[str, object]:
    """Every text found: its draft's figures and the baseline's, side by side."""
    return {folder.name: measure_text(folder, knowledge_dir) for folder in text_folders(roots)}


def _rates(in_scope: float, declined: float, grounded: list[int] | None) -> dict[str, object]:
    out: dict[str, object] = {
        "in_scope": round(100 * in_scope, 1),
        "declined": round(100 * declined, 1),
    }
    if grounded is not None:
        out["grounded"] = f"{grounded[0]}/{grounded[1]}"
    return out
