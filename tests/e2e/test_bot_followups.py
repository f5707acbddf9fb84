"""Follow-ups through the real discord.py client: each asker's own conversation per channel,
thread and DM; a message reply continues the answer it replies to; context expires; after a
reload a follow-up works or asks again, never answers from a fact that is gone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.engine.serving import ServingEngines

from .bot_harness import (
    UNSURE_QUESTION,
    button_id,
    copy_knowledge,
    reply_of,
    reply_to,
    response_to,
    start_factbot,
)
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, User

pytestmark = pytest.mark.asyncio

SPAIN = "118 metric tons"
READ_AS_SPAIN = "↪ read as: How much cocaine did Spain seize?"


async def ask(fake: FakeDiscord, channel: Channel, user: User, question: str) -> str:
    """A question as an @mention in a guild channel (or plainly in a DM)."""
    text = question if channel.guild_id is None else f"{fake.bot_user.mention} {question}"
    return (await reply_of(fake, channel, user, text)).text


async def test_two_users_interleaving_in_one_channel_each_keep_their_own_context(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    alice, mo, general = scenario.member, scenario.moderator, scenario.general

    await ask(fake_discord, general, alice, "How much cocaine did Belgium seize?")
    await ask(fake_discord, general, mo, "Who is Shabana Mahmood?")
    alices = await ask(fake_discord, general, alice, "and Spain?")
    mos = await ask(fake_discord, general, mo, "is she new to the job?")

    assert READ_AS_SPAIN in alices
    assert SPAIN in alices
    assert "↪ read as: Is Shabana Mahmood new to the job?" in mos
    assert "newly appointed" in mos


async def test_a_follow_up_in_a_dm(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    dm = fake_discord.world.dm_channel_for(scenario.member)

    await ask(fake_discord, dm, scenario.member, "How much cocaine did Belgium seize?")
    answer = await ask(fake_discord, dm, scenario.member, "in pounds?")

    assert "↪ read as: How much cocaine did Belgium seize, in pounds?" in answer
    assert "271,169 pounds" in answer


async def test_a_message_reply_to_an_answer_continues_its_conversation(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    general = scenario.general
    question = await fake_discord.send_message(
        general,
        scenario.member,
        f"{fake_discord.bot_user.mention} How much cocaine did Belgium seize?",
    )
    answer = await fake_discord.wait_for_message(reply_to(int(question["id"])))

    follow_up = await fake_discord.send_message(
        general, scenario.moderator, "and Spain?", reply_to=answer.id
    )
    reply = await fake_discord.wait_for_message(reply_to(int(follow_up["id"])))

    assert READ_AS_SPAIN in reply.text
    assert SPAIN in reply.text
    mine = await ask(fake_discord, general, scenario.moderator, "and Portugal?")
    assert "read as" not in mine, "mo's own conversation in the channel is still empty"


async def test_a_thread_is_its_own_place(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    thread = fake_discord.world.add_thread(scenario.guild, scenario.general, "seizures")
    await start_factbot(fake_discord, bot_runner, tmp_path)
    alice = scenario.member

    await ask(fake_discord, thread, alice, "How much cocaine did Belgium seize?")
    outside = await ask(fake_discord, scenario.general, alice, "and Spain?")
    inside = await ask(fake_discord, thread, alice, "and Spain?")

    assert "What would you like to know about Spain?" in outside
    assert READ_AS_SPAIN in inside
    assert SPAIN in inside


async def test_context_expires(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, conversation_minutes=0.005)
    dm = fake_discord.world.dm_channel_for(scenario.member)

    await ask(fake_discord, dm, scenario.member, "Who is Shabana Mahmood?")
    await asyncio.sleep(0.5)
    answer = await ask(fake_discord, dm, scenario.member, "is she new to the job?")

    assert "read as" not in answer
    assert "Who do you mean by “she”?" in answer


async def test_a_follow_up_after_a_reload_works_or_asks_again(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"])
    await start_factbot(fake_discord, bot_runner, tmp_path, live=live, knowledge_dir=knowledge)
    dm = fake_discord.world.dm_channel_for(scenario.member)

    async def reload() -> str:
        interaction = await fake_discord.slash_command(
            "reload", user=scenario.admin, channel=scenario.general
        )
        done = await fake_discord.wait_for_message(
            lambda m: m.interaction_id == interaction.id and not m.loading
        )
        return done.text

    await ask(fake_discord, dm, scenario.member, "How much cocaine did Belgium seize?")
    assert "Reloaded" in await reload()
    kept = await ask(fake_discord, dm, scenario.member, "and Spain?")

    await ask(fake_discord, dm, scenario.member, "Who is Shabana Mahmood?")
    five_eyes = knowledge / "antwerp" / "facts" / "five-eyes.yaml"
    five_eyes.write_text(
        five_eyes.read_text().replace("id: shabana-mahmood-home-secretary", "id: mahmood-in-office")
    )
    assert "Reloaded" in await reload()
    gone = await ask(fake_discord, dm, scenario.member, "is she new to the job?")

    assert READ_AS_SPAIN in kept
    assert SPAIN in kept
    assert "reloaded" in gone
    assert "shabana-mahmood-home-secretary" not in gone


async def test_a_did_you_mean_pick_continues_the_conversation(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    general = scenario.general
    question = await fake_discord.send_message(
        general, scenario.member, f"{fake_discord.bot_user.mention} {UNSURE_QUESTION}"
    )
    decline = await fake_discord.wait_for_message(reply_to(int(question["id"])))
    pick = await fake_discord.click(
        decline.id, button_id(decline, ":noem-to-meet-de-wever"), user=scenario.member
    )
    picked = await fake_discord.wait_for_message(response_to(pick.id))

    source = await ask(fake_discord, general, scenario.member, "source?")

    assert "noem-to-meet-de-wever" in picked.text
    assert "↪ read as: What is the source for:" in source
    assert "noem-to-meet-de-wever" in source
