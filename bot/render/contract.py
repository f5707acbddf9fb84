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


def contract_line(answer: Answer, browse_hint: str) -> str:
    return json.dumps(contract_record(answer, browse_hint), ensure_ascii=False)
