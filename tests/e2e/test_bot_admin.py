"""Curator commands: refused for members, atomic pack reloads, erasing and stats."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.serving import ServingEngines

from .bot_harness import (
    BELGIUM_QUESTION,
    BELGIUM_QUOTE,
    button_id,
    copy_knowledge,
    reply_of,
    response_to,
    start_factbot,
)
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

OLD_ANSWER = "Belgium seized the most cocaine in Europe in 2023"
NEW_ANSWER = "Belgium topped Europe's cocaine seizures in 2023"


def edit_seizures(knowledge: Path, old: str, new: str) -> None:
    facts = knowledge / "antwerp" / "facts" / "seizures.yaml"
    text = facts.read_text(encoding="utf-8")
    assert old in text
    facts.write_text(text.replace(old, new), encoding="utf-8")


async def test_a_member_may_not_reload(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    interaction = await fake_discord.slash_command(
        "reload", user=scenario.member, channel=scenario.general
    )
    refusal = await fake_discord.wait_for_message(response_to(interaction.id))
    await fake_discord.send_message(scenario.general, scenario.member, "!reload")
    by_prefix = await fake_discord.wait_for_message(
        channel_id=scenario.general.id, containing="Manage Server"
    )

    assert refusal.ephemeral
    assert "Manage Server" in refusal.text
    assert by_prefix.reply_to is not None


async def test_a_broken_pack_is_refused_and_a_good_one_is_swapped_in(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"])
    await start_factbot(fake_discord, bot_runner, tmp_path, live=live, knowledge_dir=knowledge)

    async def ask() -> str:
        reply = await reply_of(
            fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
        )
        return reply.text

    async def reload() -> str:
        interaction = await fake_discord.slash_command(
            "reload", user=scenario.admin, channel=scenario.general
        )
        done = await fake_discord.wait_for_message(
            lambda m: m.interaction_id == interaction.id and not m.loading
        )
        return done.text

    edit_seizures(knowledge, BELGIUM_QUOTE, "Belgium led with 999 metric tons")
    refused = await reload()
    still_old = await ask()
    edit_seizures(knowledge, "Belgium led with 999 metric tons", BELGIUM_QUOTE)
    edit_seizures(knowledge, OLD_ANSWER, NEW_ANSWER)
    accepted = await reload()
    now_new = await ask()

    assert "Reload refused" in refused
    assert "seizures.yaml" in refused
    assert "belgium-cocaine-seizures-2023" in refused
    assert OLD_ANSWER in still_old
    assert BELGIUM_QUOTE in still_old
    assert "Reloaded" in accepted
    assert NEW_ANSWER in now_new
    assert BELGIUM_QUOTE in now_new


async def test_a_moderator_erases_the_guilds_records_after_confirming(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)
    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    await fake_discord.wait_for_message(channel_id=scenario.general.id)
    await fake_discord.send_dm(scenario.member, BELGIUM_QUESTION)
    await fake_discord.wait_for_message(lambda m: m.guild_id is None)

    asked = await fake_discord.slash_command(
        "erase", user=scenario.moderator, channel=scenario.general
    )
    prompt = await fake_discord.wait_for_message(response_to(asked.id))
    stranger = await fake_discord.click(
        prompt.id, button_id(prompt, ":confirm"), user=scenario.member
    )
    await fake_discord.wait_for_message(response_to(stranger.id))
    await fake_discord.click(prompt.id, button_id(prompt, ":confirm"), user=scenario.moderator)
    done = await fake_discord.wait_for_message(lambda m: m.id == prompt.id and m.version == 1)

    assert prompt.ephemeral
    assert "Erased 1 question record" in done.text
    assert bot.store is not None
    stats = await bot.store.stats()
    assert [w.where for w in stats.per_where] == ["dm"]


async def test_stats_show_activity_to_curators(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    await fake_discord.wait_for_message(channel_id=scenario.general.id)

    interaction = await fake_discord.slash_command(
        "stats", user=scenario.moderator, channel=scenario.general
    )
    shown = await fake_discord.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )

    assert shown.ephemeral
    assert "Questions:** 1" in shown.text
    assert "belgium-cocaine-seizures-2023" in shown.text
    assert f"guild:{scenario.guild.id}" in shown.text
