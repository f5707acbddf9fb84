"""Application command storage with Discord's bulk-overwrite semantics and validation."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from .errors import invalid_form
from .json_types import JsonDict
from .world import World

_NAME = re.compile(r"^[-_'\w]{1,32}$")
_CHAT_INPUT = 1


@dataclass(frozen=True)
class SyncRecord:
    """One bulk overwrite: which scope (None = global) and what was sent."""

    guild_id: int | None
    commands: tuple[JsonDict, ...]
    at: float


class CommandRegistry:
    """Keeps synced commands per scope and keeps ids stable across re-syncs, as Discord does."""

    def __init__(self, world: World) -> None:
        self._world = world
        self._by_scope: dict[int | None, list[JsonDict]] = {}
        self.syncs: list[SyncRecord] = []

    def overwrite(self, guild_id: int | None, definitions: list[JsonDict]) -> list[JsonDict]:
        """Validate and replace every command in a scope; returns them with ids."""
        _validate_commands(definitions)
        previous = {(cmd["name"], cmd["type"]): cmd for cmd in self._by_scope.get(guild_id, [])}
        stored: list[JsonDict] = []
        for definition in definitions:
            command_type = int(definition.get("type", _CHAT_INPUT))
            old = previous.get((definition["name"], command_type))
            command_id = old["id"] if old else str(self._world.ids.next())
            stored.append(self._complete(definition, command_id, command_type, guild_id))
        self._by_scope[guild_id] = stored
        self.syncs.append(SyncRecord(guild_id, tuple(definitions), time.monotonic()))
        return stored

    def in_scope(self, guild_id: int | None) -> list[JsonDict]:
        """Commands currently registered in a scope."""
        return list(self._by_scope.get(guild_id, []))

    def find(self, name: str, guild_id: int | None) -> JsonDict | None:
        """The command Discord would route an interaction to: guild scope first, then global."""
        scopes = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for command in self._by_scope.get(scope, []):
                if command["name"] == name and command["type"] == _CHAT_INPUT:
                    return command
        return None

    def sync_count(self, guild_id: int | None = None) -> int:
        """How many bulk overwrites hit a scope; a bot should not re-sync on every start."""
        return sum(1 for record in self.syncs if record.guild_id == guild_id)

    def _complete(
        self, definition: JsonDict, command_id: str, command_type: int, guild_id: int | None
    ) -> JsonDict:
        command: JsonDict = {
            "default_member_permissions": None,
            "nsfw": False,
            "options": [],
            "description": "",
            **definition,
            "id": command_id,
            "application_id": str(self._world.bot.id),
            "type": command_type,
            "version": str(self._world.ids.next()),
        }
        if guild_id is not None:
            command["guild_id"] = str(guild_id)
        return command


def _validate_commands(definitions: list[JsonDict]) -> None:
    problems: dict[str, str] = {}
    seen: set[tuple[str, int]] = set()
    for index, definition in enumerate(definitions):
        command_type = int(definition.get("type", _CHAT_INPUT))
        key = (str(definition.get("name")), command_type)
        if key in seen:
            problems[f"{index}.name"] = "Application command names must be unique"
        seen.add(key)
        if command_type == _CHAT_INPUT:
            _check_named(definition, f"{index}", problems)
            _check_options(definition.get("options") or [], f"{index}.options", problems)
    if problems:
        raise invalid_form(problems)


def _check_named(item: JsonDict, path: str, problems: dict[str, str]) -> None:
    name = str(item.get("name", ""))
    if not _NAME.match(name) or name != name.lower():
        problems[f"{path}.name"] = "Command name is invalid (1-32 lowercase characters)."
    description = str(item.get("description", ""))
    if not 1 <= len(description) <= 100:
        problems[f"{path}.description"] = "Must be between 1 and 100 in length."


def _check_options(options: list[JsonDict], path: str, problems: dict[str, str]) -> None:
    if len(options) > 25:
        problems[path] = "Must be 25 or fewer in length."
    optional_seen = False
    for index, option in enumerate(options):
        option_path = f"{path}.{index}"
        _check_named(option, option_path, problems)
        if option.get("required"):
            if optional_seen:
                problems[f"{option_path}.required"] = "Required options must be placed first."
        else:
            optional_seen = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            problems[f"{option_path}.choices"] = "Must be 25 or fewer in length."
        if choices and option.get("autocomplete"):
            problems[f"{option_path}.autocomplete"] = "Autocomplete cannot be used with choices."
        _check_options(option.get("options") or [], f"{option_path}.options", problems)
