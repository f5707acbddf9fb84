"""The scoring contract: one JSON object per question, exactly the fields it promises."""

from __future__ import annotations

import json

from bot.engine.answer import Answer
from bot.render.markdown import render_markdown


def contract_record(answer: Answer, browse_hint: str) -> dict[str, object]:
    return {
        "question": answer.question,
        "answered": answer.answered,
        "text": render_markdown(answer, browse_hint),
        "fact_id": answer.fact_id,
        "score": answer.confidence,
        "sources": [
            {
                "title": c.title,
                "publisher": c.publisher,
                "url": c.url,
                "quote": c.quote,
                "fact_id": c.fact_id,
            }
            for c in answer.citations
        ],
        "kind": answer.kind,
        "suggestions": [s.question for s in answer.suggestions],
        "read_as": answer.read_as,
    }


def jsonl_encode(record: dict[str, object]) -> str:
    """One record as one line of pure ASCII JSON.

    Everything outside ASCII is a \\u escape, so the line is the same under any output
    encoding (PYTHONIOENCODING=ascii included), and U+2028, U+2029 and U+0085, which
    `str.splitlines()` and some JSON-lines readers take for line ends, never appear raw:
    one record is always exactly one line, whoever reads it."""
    return json.dumps(record, ensure_ascii=True)


def contract_line(answer: Answer, browse_hint: str) -> str:
    return jsonl_encode(contract_record(answer, browse_hint))
