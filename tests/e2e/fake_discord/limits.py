"""Discord's size limits, checked so a bot that builds oversized answers fails in tests too."""

from __future__ import annotations

from typing import Any

from .errors import ApiError, invalid_form
from .json_types import JsonDict

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
MAX_ACTION_ROWS = 5
MAX_ROW_ITEMS = 5
MAX_CHOICES = 25
COMPONENTS_V2_FLAG = 1 << 15
_EMBED_TEXT_LIMITS = {"title": 256, "description": 4096}


def check_message_body(body: JsonDict, *, has_files: bool, editing: bool) -> None:
    """Raise the 400 Discord would send for this create or edit body."""
    problems: dict[str, str] = {}
    content = body.get("content")
    if isinstance(content, str) and len(content) > MAX_CONTENT:
        problems["content"] = f"Must be {MAX_CONTENT} or fewer in length."
    embeds = body.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        problems["embeds"] = f"Must be {MAX_EMBEDS} or fewer in length."
    total = 0
    for index, embed in enumerate(embeds):
        total += _check_embed(embed, f"embeds.{index}", problems)
    if total > MAX_EMBED_TOTAL:
        problems["embeds"] = f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL}"
    if not int(body.get("flags") or 0) & COMPONENTS_V2_FLAG:
        _check_action_rows(body.get("components") or [], problems)
    if problems:
        raise invalid_form(problems)
    if not editing and not has_files and not _has_visible_part(body):
        raise ApiError(400, 50006, "Cannot send an empty message")


def check_choices(choices: list[Any]) -> None:
    """Autocomplete results are capped at 25 choices with names of 1-100 characters."""
    problems: dict[str, str] = {}
    if len(choices) > MAX_CHOICES:
        problems["data.choices"] = f"Must be {MAX_CHOICES} or fewer in length."
    for index, choice in enumerate(choices):
        name = str(choice.get("name", ""))
        if not 1 <= len(name) <= 100:
            problems[f"data.choices.{index}.name"] = "Must be between 1 and 100 in length."
    if problems:
        raise invalid_form(problems)


def _check_embed(embed: JsonDict, path: str, problems: dict[str, str]) -> int:
    size = 0
    for key, limit in _EMBED_TEXT_LIMITS.items():
        text = str(embed.get(key) or "")
        size += len(text)
        if len(text) > limit:
            problems[f"{path}.{key}"] = f"Must be {limit} or fewer in length."
    fields = embed.get("fields") or []
    if len(fields) > 25:
        problems[f"{path}.fields"] = "Must be 25 or fewer in length."
    for index, embed_field in enumerate(fields):
        name, value = str(embed_field.get("name", "")), str(embed_field.get("value", ""))
        size += len(name) + len(value)
        if len(name) > 256 or not name:
            problems[f"{path}.fields.{index}.name"] = "Must be between 1 and 256 in length."
        if len(value) > 1024 or not value:
            problems[f"{path}.fields.{index}.value"] = "Must be between 1 and 1024 in length."
    footer_text = str((embed.get("footer") or {}).get("text", ""))
    author_name = str((embed.get("author") or {}).get("name", ""))
    size += len(footer_text) + len(author_name)
    if len(footer_text) > 2048:
        problems[f"{path}.footer.text"] = "Must be 2048 or fewer in length."
    return size


def _check_action_rows(rows: list[JsonDict], problems: dict[str, str]) -> None:
    if len(rows) > MAX_ACTION_ROWS:
        problems["components"] = f"Must be {MAX_ACTION_ROWS} or fewer in length."
    for row_index, row in enumerate(rows):
        items = row.get("components") or []
        if len(items) > MAX_ROW_ITEMS:
            problems[f"components.{row_index}.components"] = "Must be 5 or fewer in length."
        for item_index, item in enumerate(items):
            custom_id = item.get("custom_id")
            if custom_id is not None and not 1 <= len(str(custom_id)) <= 100:
                path = f"components.{row_index}.components.{item_index}.custom_id"
                problems[path] = "Must be between 1 and 100 in length."


def _has_visible_part(body: JsonDict) -> bool:
    return any(body.get(key) for key in ("content", "embeds", "components", "sticker_ids", "poll"))
