"""Turns `{"name": value}` into interaction options, typed from the synced command if known."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .flags import OptionType
from .json_types import JsonDict
from .payloads import member_payload, role_payload, user_payload
from .world import Channel, Guild, Role, User

OptionValue = str | int | float | bool | User | Channel | Role


@dataclass
class BuiltOptions:
    """The `options` tree and `resolved` map of an application command interaction."""

    options: list[JsonDict]
    resolved: JsonDict = field(default_factory=dict)


def build_options(
    *,
    command: JsonDict | None,
    subcommand_path: list[str],
    values: Mapping[str, OptionValue],
    guild: Guild | None,
    focused: str | None = None,
) -> BuiltOptions:
    """Nest values under sub-commands and mark the focused one for autocomplete."""
    definitions = _leaf_definitions(command, subcommand_path)
    resolved: JsonDict = {}
    leaves: list[JsonDict] = []
    for name, value in values.items():
        option: JsonDict = {"name": name}
        if name == focused:
            option.update(type=int(definitions.get(name, OptionType.STRING)), value=str(value))
            option["focused"] = True
        else:
            option.update(_encode(value, definitions.get(name), guild, resolved))
        leaves.append(option)
    options = leaves
    for depth, part in reversed(list(enumerate(subcommand_path))):
        is_group = depth == 0 and len(subcommand_path) == 2
        kind = OptionType.SUB_COMMAND_GROUP if is_group else OptionType.SUB_COMMAND
        options = [{"type": int(kind), "name": part, "options": options}]
    return BuiltOptions(options, resolved)


def _leaf_definitions(command: JsonDict | None, subcommand_path: list[str]) -> dict[str, int]:
    """Option name -> declared type, after walking into the sub-command being invoked."""
    if command is None:
        return {}
    options: list[JsonDict] = command.get("options") or []
    for part in subcommand_path:
        match = next((option for option in options if option["name"] == part), None)
        options = [] if match is None else match.get("options") or []
    return {option["name"]: int(option["type"]) for option in options}


def _encode(
    value: OptionValue, declared: int | None, guild: Guild | None, resolved: JsonDict
) -> JsonDict:
    if isinstance(value, User):
        resolved.setdefault("users", {})[str(value.id)] = user_payload(value)
        member = None if guild is None else guild.members.get(value.id)
        if guild is not None and member is not None:
            members = resolved.setdefault("members", {})
            members[str(value.id)] = member_payload(
                member, include_user=False, permissions=guild.permissions_of(value.id)
            )
        return {"type": declared or int(OptionType.USER), "value": str(value.id)}
    if isinstance(value, Channel):
        resolved.setdefault("channels", {})[str(value.id)] = {
            "id": str(value.id),
            "name": value.name,
            "type": int(value.type),
            "permissions": "0",
            **({} if value.guild_id is None else {"guild_id": str(value.guild_id)}),
        }
        return {"type": declared or int(OptionType.CHANNEL), "value": str(value.id)}
    if isinstance(value, Role):
        resolved.setdefault("roles", {})[str(value.id)] = role_payload(value)
        return {"type": declared or int(OptionType.ROLE), "value": str(value.id)}
    if isinstance(value, bool):
        return {"type": declared or int(OptionType.BOOLEAN), "value": value}
    if isinstance(value, int):
        return {"type": declared or int(OptionType.INTEGER), "value": value}
    if isinstance(value, float):
        return {"type": declared or int(OptionType.NUMBER), "value": value}
    return {"type": declared or int(OptionType.STRING), "value": value}
