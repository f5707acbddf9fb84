"""Slash command registration, browsing, conversion and bad input, as a user meets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .bot_harness import (
    BELGIUM_FACT,
    BELGIUM_QUOTE,
    button_id,
    reply_of,
    reply_to,
    response_to,
    start_factbot,
)
from .fake_discord import CallbackType, FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

STRING, NUMBER = 3, 10
EXPECTED_COMMANDS = {
    "ask",
    "fact",
    "facts",
    "sources",
    "convert",
    "reload",
    "sync",
    "erase",
    "stats",
    "help",
    "autoanswer",
    "limits",
    "teach",
    "gaps",
    "language",
}


def options_of(command: dict[str, object]) -> dict[str, dict[str, object]]:
    raw = command.get("options") or []
    assert isinstance(raw, list)
    return {option["name"]: option for option in raw}


async def test_slash_commands_are_synced_once_at_start_up(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    synced = {command["name"]: command for command in fake_discord.synced_commands()}

    assert fake_discord.sync_count() == 1
    assert fake_discord.sync_count(scenario.guild.id) == 0
    assert set(synced) == EXPECTED_COMMANDS
    ask = options_of(synced["ask"])["question"]
    assert (ask["type"], ask["required"], ask["autocomplete"]) == (STRING, True, True)
    assert options_of(synced["fact"])["name"]["autocomplete"] is True
    convert = options_of(synced["convert"])
    assert list(convert) == ["value", "from", "to"]
    assert convert["value"]["type"] == NUMBER
    assert convert["to"].get("required", False) is False
    assert str(synced["reload"]["default_member_permissions"]) == str(1 << 5)
    assert synced["ask"].get("default_member_permissions") is None


async def test_dev_guilds_get_the_commands_instead_of_a_global_sync(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, dev_guild_ids=[scenario.guild.id])

    names = {command["name"] for command in fake_discord.synced_commands(scenario.guild.id)}

    assert names == EXPECTED_COMMANDS
    assert fake_discord.sync_count(scenario.guild.id) == 1
    assert fake_discord.sync_count() == 0


async def test_facts_are_paged_with_buttons_only_the_invoker_can_use(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    await fake_discord.send_message(scenario.general, scenario.member, "!facts")
    first = await fake_discord.wait_for_message(containing="What I know")
    forward = button_id(first, ":page:next")

    stranger = await fake_discord.click(first.id, forward, user=scenario.moderator)
    refusal = await fake_discord.wait_for_message(response_to(stranger.id))
    await fake_discord.click(first.id, forward, user=scenario.member)
    second = await fake_discord.wait_for_message(lambda m: m.id == first.id and m.version == 1)

    assert "page 1 of" in first.text
    assert refusal.ephemeral
    assert "page 2 of" in second.text
    assert first.embeds[0]["description"] != second.embeds[0]["description"]


async def test_fact_by_id_and_its_autocomplete(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, f"!fact {BELGIUM_FACT}")
    shown = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    typing = await fake_discord.autocomplete(
        "fact",
        user=scenario.member,
        channel=scenario.general,
        focused="name",
        value="belgium cocaine",
    )
    choices = await fake_discord.wait_for_callback(typing)
    await fake_discord.send_message(scenario.general, scenario.member, "!fact no-such-thing-at-all")
    missing = await fake_discord.wait_for_message(containing="No fact called")

    assert BELGIUM_QUOTE in shown.text
    assert choices.type == CallbackType.AUTOCOMPLETE_RESULT
    assert (choices.data or {})["choices"][0]["value"] == BELGIUM_FACT
    assert "no-such-thing-at-all" in missing.text


async def test_sources_name_the_document_and_publisher(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    interaction = await fake_discord.slash_command(
        "sources", user=scenario.member, channel=scenario.general
    )
    message = await fake_discord.wait_for_message(response_to(interaction.id))

    assert "The Associated Press (AP)" in message.text
    assert "antwerp" in message.text


async def test_convert_by_prefix_and_by_slash(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, "!convert 10 t to lb")
    by_prefix = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    interaction = await fake_discord.slash_command(
        "convert",
        user=scenario.member,
        channel=scenario.general,
        options={"value": 10.0, "from": "t", "to": "lb"},
    )
    by_slash = await fake_discord.wait_for_message(response_to(interaction.id))

    assert "22,046 pounds" in by_prefix.text
    assert "22,046 pounds" in by_slash.text


async def test_convert_understands_units_of_several_words_in_a_dm(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    sent = await fake_discord.send_dm(scenario.member, "convert 10 metric tons to pounds")
    reply = await fake_discord.wait_for_message(reply_to(int(sent["id"])))

    assert "22,046 pounds" in reply.text

    asked = await fake_discord.send_dm(
        scenario.member, "Convert Europe's 2023 cocaine seizures to short tons"
    )
    answer = await fake_discord.wait_for_message(reply_to(int(asked["id"])))
    assert "461.9 US short tons" in answer.text

    mention = fake_discord.bot_user.mention
    guild_answer = await reply_of(
        fake_discord,
        scenario.general,
        scenario.member,
        f"{mention} Convert Europe's 2023 cocaine seizures to short tons",
    )
    assert "461.9 US short tons" in guild_answer.text


async def test_bad_input_gets_usage_and_the_bot_keeps_serving(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, "!convert ten t lb")
    bad = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    await fake_discord.send_message(scenario.general, scenario.member, "!ask")
    missing = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    await fake_discord.send_message(scenario.general, scenario.member, "!convert 5 furlongs lb")
    unknown_unit = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    await fake_discord.send_message(scenario.general, scenario.member, "!help")
    helped = await fake_discord.wait_for_message(channel_id=scenario.general.id)

    assert "Usage: `!convert <value> <unit> [to <unit>]`" in bad.text
    assert "question" in missing.text
    assert "Usage" in missing.text
    assert "furlongs" in unknown_unit.text
    assert "/ask" in helped.text
    assert "reload" not in helped.text, "curator commands are not advertised to members"
