"""An answer's buttons go out exactly as discord.py writes the items that handle their clicks."""

from __future__ import annotations

import json
from typing import Any

import discord
import pytest

from bot.discord.views import SuggestionButton, VoteButton, answer_buttons
from bot.discord.words import in_language
from bot.engine.answer import Suggestion

SUGGESTIONS = [
    Suggestion(fact_id="belgium-cocaine", topic="Cocaine in Belgium", question="q", score=0.5),
    Suggestion(fact_id="spain-ports", topic="Ports " * 30, question="q", score=0.4),
    Suggestion(fact_id="x" * 90, topic="An id too long for a button", question="q", score=0.3),
    Suggestion(fact_id="peru", topic="", question="q", score=0.2),
    Suggestion(fact_id="chile", topic="A fourth, never shown", question="q", score=0.1),
]


def items_view(
    asker: int, suggestions: list[Suggestion], question_id: int | None, language: str
) -> list[dict[str, Any]]:
    """What a view of the clickable items themselves would send."""
    words = in_language(language)
    view = discord.ui.View(timeout=None)
    for suggestion in suggestions[:3]:
        if len(f"factbot:ask:{asker}:{suggestion.fact_id}") <= 100:
            view.add_item(SuggestionButton(asker, suggestion.fact_id, suggestion.topic))
    if question_id is not None:
        view.add_item(VoteButton(question_id, "up", words.get("button.helpful")))
        view.add_item(VoteButton(question_id, "down", words.get("button.not_helpful")))
    return view.to_components()


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
@pytest.mark.parametrize("question_id", [None, 42])
@pytest.mark.parametrize("shown", [0, 1, 2, 4, 5])
def test_rows_match_the_items(language: str, question_id: int | None, shown: int) -> None:
    suggestions = SUGGESTIONS[:shown]
    view = answer_buttons(
        asker_id=1234567890,
        suggestions=suggestions,
        question_id=question_id,
        words=in_language(language),
    )
    expected = items_view(1234567890, suggestions, question_id, language)
    if not expected:
        assert view is None
    else:
        assert view is not None
        assert json.dumps(view.to_components()) == json.dumps(expected)  # keys in order too


def test_each_answer_gets_its_own_ids() -> None:
    first = answer_buttons(asker_id=1, suggestions=SUGGESTIONS[:1], question_id=7)
    second = answer_buttons(asker_id=2, suggestions=SUGGESTIONS[:1], question_id=8)
    assert first is not None
    assert second is not None
    ids = [
        [b["custom_id"] for r in v.to_components() for b in r["components"]]
        for v in (first, second)
    ]
    assert ids == [
        ["factbot:ask:1:belgium-cocaine", "factbot:vote:7:up", "factbot:vote:7:down"],
        ["factbot:ask:2:belgium-cocaine", "factbot:vote:8:up", "factbot:vote:8:down"],
    ]
