"""Nobody gets pinged by factbot, user text comes back inert, and bots are not answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from .bot_harness import (
    BELGIUM_QUESTION,
    UNSURE_QUESTION,
    allowed_mentions_of,
    button_id,
    message_bodies,
    reply_of,
    reply_to,
    response_to,
    start_factbot,
)
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio


async def test_every_message_the_bot_sends_forbids_everyone_and_role_pings(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    general, member = scenario.general, scenario.member
    mention = fake_discord.bot_user.mention

    await fake_discord.send_message(general, member, f"!ask {UNSURE_QUESTION}")
    decline = await fake_discord.wait_for_message(channel_id=general.id)
    click = await fake_discord.click(
        decline.id, button_id(decline, ":noem-to-meet-de-wever"), user=member
    )
    picked = await fake_discord.wait_for_message(response_to(click.id))
    vote = await fake_discord.click(picked.id, button_id(picked, ":up"), user=member)
    await fake_discord.wait_for_message(response_to(vote.id))
    mentioned = await fake_discord.send_message(general, member, f"{mention} {BELGIUM_QUESTION}")
    await fake_discord.wait_for_message(reply_to(int(mentioned["id"])))
    dm = await fake_discord.send_dm(member, BELGIUM_QUESTION)
    await fake_discord.wait_for_message(reply_to(int(dm["id"])))
    slash = await fake_discord.slash_command(
        "ask", user=member, channel=general, options={"question": BELGIUM_QUESTION}
    )
    await fake_discord.wait_for_message(response_to(slash.id))
    await fake_discord.send_message(general, member, "!facts")
    await fake_discord.wait_for_message(containing="What I know")
    await fake_discord.send_message(general, member, "!convert ten t lb")
    await fake_discord.wait_for_message(containing="Usage")

    bodies = message_bodies(fake_discord)
    assert len(bodies) == 8
    for request in bodies:
        allowed = allowed_mentions_of(request)
        assert allowed is not None, f"{request.key} sent no allowed_mentions"
        assert "everyone" not in allowed.get("parse", []), request.key
        assert "roles" not in allowed.get("parse", []), request.key
        assert "users" not in allowed.get("parse", []), request.key
        assert not allowed.get("roles"), request.key
        assert not allowed.get("users"), request.key


async def test_everyone_and_role_mentions_in_a_question_ping_no_one(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    role = scenario.moderator_role.mention

    question = f"!ask @everyone @here <@&123> {role} what is the capital of **France**?"
    sent = await fake_discord.send_message(scenario.general, scenario.member, question)
    reply = await fake_discord.wait_for_message(reply_to(int(sent["id"])))

    stored = fake_discord.message(reply.id)
    assert stored is not None
    assert stored["mention_everyone"] is False
    assert stored["mention_roles"] == []
    assert "@everyone" not in reply.text
    assert "@here" not in reply.text
    assert "<@&123>" not in reply.text
    assert role not in reply.text
    assert "@\u200beveryone" in reply.text, "the question is quoted back, defused"
    assert "\\*\\*France\\*\\*" in reply.text, "and its markdown escaped"
    request = fake_discord.requests_to("POST /channels/{channel_id}/messages")[-1]
    assert allowed_mentions_of(request) == {"parse": [], "replied_user": True}


async def test_other_bots_are_not_answered(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    other_bot = fake_discord.world.add_user("otherbot", bot=True)
    fake_discord.world.add_member(scenario.guild, other_bot)
    await start_factbot(fake_discord, bot_runner, tmp_path)
    mention = fake_discord.bot_user.mention

    await fake_discord.send_message(scenario.general, other_bot, f"!ask {BELGIUM_QUESTION}")
    await fake_discord.send_message(scenario.general, other_bot, f"{mention} {BELGIUM_QUESTION}")
    await fake_discord.send_dm(other_bot, BELGIUM_QUESTION)
    reply = await reply_of(fake_discord, scenario.general, scenario.member, "!ask Who is Noem?")

    assert [m.id for m in fake_discord.posted_messages if m.version == 0] == [reply.id], (
        "only the human got an answer, and the bot's own echoed reply was ignored"
    )
