"""Scoring the engine on a question set in-process, for the accuracy test and the benchmark."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.knowledge.checks import squash
from bot.render.markdown import render_markdown

DECLINE_KINDS = {"out_of_scope", "adversarial"}
"""Kinds the bot must decline: 'adversarial' is a near miss (in a reader set) or a follow-up
the conversation cannot answer."""
READER_DECLINE_KINDS = frozenset(DECLINE_KINDS)


def without_digit_groups(text: str) -> str:
    """1,000 and 1 000 read as 1000, so expected figures need not care how they are grouped."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(
        r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+\b",
        lambda m: re.sub(r"\s", "", m.group()),
        text,
    )


@dataclass
class Report:
    """Right answers per kind, grounding, and the misses to read."""

    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    grounded: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)
    decline_kinds: frozenset[str] = frozenset(DECLINE_KINDS)

    def rate(self, kinds: set[str] | None = None, exclude: set[str] | None = None) -> float:
        rows = [
            v
            for k, v in self.per_kind.items()
            if (kinds is None or k in kinds) and (exclude is None or k not in exclude)
        ]
        total = sum(v[1] for v in rows)
        return sum(v[0] for v in rows) / total if total else 1.0

    @property
    def in_scope(self) -> float:
        return self.rate(exclude=set(self.decline_kinds))

    @property
    def declined(self) -> float:
        return self.rate(kinds=set(self.decline_kinds))

    @property
    def overall(self) -> float:
        return self.rate()

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(self.per_kind.items()))
        return (
            f"in-scope {self.in_scope:.1%}, declined {self.declined:.1%}, "
            f"grounded {self.grounded[0]}/{self.grounded[1]} ({kinds})"
        )


def _patterns(item: dict[str, object], key: str) -> list[str]:
    value = item.get(key) or []
    return [str(p) for p in value] if isinstance(value, list) else []


def load_questions(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def evaluate(
    engine: Engine,
    items: list[dict[str, object]],
    decline_kinds: frozenset[str] = frozenset(DECLINE_KINDS),
) -> Report:
    corpus = " ".join(squash(t).lower() for p in engine.kb.packs for t in p.texts.values())
    report = Report(decline_kinds=decline_kinds)
    dialogue = Dialogue()
    for item in items:
        question, kind = str(item["q"]), str(item["kind"])
        conversation = item.get("conversation")
        if conversation:
            answer = dialogue.ask(engine, str(conversation), question)
        else:
            answer = dialogue.ask_alone(engine, question)  # as `ask --jsonl` answers a line
        text = without_digit_groups(render_markdown(answer))
        if kind in decline_kinds:
            ok = not answer.answered
        else:
            any_of = _patterns(item, "any")
            all_of = _patterns(item, "all")
            ok = answer.answered
            ok = ok and (not any_of or any(re.search(p, text, re.I) for p in any_of))
            ok = ok and all(re.search(p, text, re.I) for p in all_of)
        if answer.answered and answer.fact_id:
            report.grounded[1] += 1
            quotes = [squash(c.quote).lower() for c in answer.citations]
            report.grounded[0] += bool(quotes) and all(q in corpus for q in quotes)
        report.per_kind[kind][0] += ok
        report.per_kind[kind][1] += 1
        if not ok:
            shown = text[:150].replace("\n", " / ")
            report.misses.append(f"[{kind}] {question!r} answered={answer.answered} -> {shown}")
    return report
