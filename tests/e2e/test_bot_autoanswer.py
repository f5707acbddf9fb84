"""Passive answers with the real client: /autoanswer, who gets answered unasked, Dismiss."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from .bot_harness import (
    BELGIUM_QUESTION,
    BELGIUM_QUOTE,
    PASSIVE_GRACE,
    SILENCE,
    UNSURE_QUESTION,
    FastFactBot,
    button_id,
    replies_to,
    reply_to,
    response_to,
    silence_after,
    start_factbot,
)
from .fake_discord import FakeDiscord, PostedMessage
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, User

pytestmark = pytest.mark.asyncio

GRACE = PASSIVE_GRACE
PASSIVE = {"passive_grace_seconds": GRACE}
PARTIAL_QUESTION = "How many legal challenges has the deportation program faced?"
"""Answered when asked (the fact, with its note that no number is given), never unasked."""


async def start(fake: FakeDiscord, runner: BotRunner, tmp_path: Path, **extra: Any) -> FastFactBot:
    return await start_factbot(fake, runner, tmp_path, **{**PASSIVE, **extra})


async def switch(fake: FakeDiscord, scenario: Scenario, channel: Channel, word: str) -> str:
    """An admin runs /autoanswer <word> in a channel; the ephemeral reply's text."""
    interaction = await fake.slash_command(
        f"autoanswer {word}", user=scenario.admin, channel=channel
    )
    done = await fake.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )
    assert done.ephemeral
    return done.text


async def passive_reply(
    fake: FakeDiscord, channel: Channel, author: User, text: str
) -> PostedMessage:
    sent = await fake.send_message(channel, author, text)
    return await fake.wait_for_message(reply_to(int(sent["id"])))


@pytest_asyncio.fixture
async def help_on(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> Channel:
    """The bot running, with passive answers switched on in #help by an admin."""
    await start(fake_discord, bot_runner, tmp_path)
    await switch(fake_discord, scenario, help_channel, "on")
    return help_channel


@pytest.fixture
def bob(fake_discord: FakeDiscord, scenario: Scenario) -> User:
    user = fake_discord.world.add_user("bob")
    fake_discord.world.add_member(scenario.guild, user)
    return user


async def test_a_question_in_an_enabled_channel_is_answered_unasked(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> None:
    await start(fake_discord, bot_runner, tmp_path)
    turned_on = await switch(fake_discord, scenario, help_channel, "on")

    answer = await passive_reply(fake_discord, help_channel, scenario.member, BELGIUM_QUESTION)
    await asyncio.sleep(SILENCE)

    assert "on in" in turned_on
    assert BELGIUM_QUOTE in answer.text
    assert answer.channel_id == help_channel.id
    assert any(cid.startswith("factbot:dismiss:") for cid in answer.custom_ids)
    assert len(replies_to(fake_discord, answer.reply_to or 0)) == 1  # once


async def test_no_passive_answer_in_a_channel_left_off(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
) -> None:
    await switch(fake_discord, scenario, help_on, "off")

    in_general = await silence_after(
        fake_discord, scenario.general, scenario.member, BELGIUM_QUESTION
    )
    switched_off = await silence_after(fake_discord, help_on, scenario.member, BELGIUM_QUESTION)

    assert in_general == 0
    assert switched_off == 0


async def test_chatter_a_reply_to_another_person_and_bots_get_no_passive_answer(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
    bob: User,
) -> None:
    other_bot = fake_discord.world.add_user("helperbot", bot=True)
    fake_discord.world.add_member(scenario.guild, other_bot)
    await start(fake_discord, bot_runner, tmp_path)
    await switch(fake_discord, scenario, help_channel, "on")

    chatter = await silence_after(
        fake_discord, help_channel, scenario.member, "lol the cocaine story again"
    )
    small_talk = await silence_after(
        fake_discord, help_channel, scenario.member, "how was your weekend?"
    )
    bobs = await fake_discord.send_message(help_channel, bob, "anyone around?")
    to_bob = await silence_after(
        fake_discord, help_channel, scenario.member, BELGIUM_QUESTION, reply_to=int(bobs["id"])
    )
    from_a_bot = await silence_after(fake_discord, help_channel, other_bot, BELGIUM_QUESTION)
    unsure = await silence_after(
        fake_discord, help_channel, scenario.member, "Who is Noem meeting in Paris?"
    )

    assert (chatter, small_talk, to_bob, from_a_bot, unsure) == (0, 0, 0, 0, 0)


async def test_a_person_answering_first_keeps_the_bot_silent(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
    bob: User,
) -> None:
    await start(fake_discord, bot_runner, tmp_path, passive_grace_seconds=1.0)
    await switch(fake_discord, scenario, help_channel, "on")

    asked = await fake_discord.send_message(help_channel, scenario.member, BELGIUM_QUESTION)
    await fake_discord.send_message(
        help_channel, bob, "123 metric tons, it's in the AP story", reply_to=int(asked["id"])
    )
    await asyncio.sleep(1.0 + SILENCE)

    assert replies_to(fake_discord, int(asked["id"])) == []


async def test_dismiss_by_the_asker_deletes_and_by_anyone_else_is_refused(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
    bob: User,
) -> None:
    answer = await passive_reply(fake_discord, help_on, scenario.member, BELGIUM_QUESTION)
    dismiss = button_id(answer, f":dismiss:{scenario.member.id}")

    by_bob = await fake_discord.click(answer.id, dismiss, user=bob)
    refusal = await fake_discord.wait_for_message(response_to(by_bob.id))
    still_there = fake_discord.message(answer.id) is not None
    by_asker = await fake_discord.click(answer.id, dismiss, user=scenario.member)
    await fake_discord.wait_for_callback(by_asker)
    for _ in range(50):
        if fake_discord.message(answer.id) is None:
            break
        await asyncio.sleep(0.05)

    assert refusal.ephemeral
    assert "Manage Messages" in refusal.text
    assert still_there
    assert fake_discord.message(answer.id) is None


async def test_a_moderator_may_dismiss_a_passive_answer(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
) -> None:
    answer = await passive_reply(fake_discord, help_on, scenario.member, BELGIUM_QUESTION)

    clicked = await fake_discord.click(
        answer.id, button_id(answer, f":dismiss:{scenario.member.id}"), user=scenario.admin
    )
    await fake_discord.wait_for_callback(clicked)
    for _ in range(50):
        if fake_discord.message(answer.id) is None:
            break
        await asyncio.sleep(0.05)

    assert fake_discord.message(answer.id) is None


async def test_members_may_not_switch_passive_answers(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> None:
    bot = await start(fake_discord, bot_runner, tmp_path)

    interaction = await fake_discord.slash_command(
        "autoanswer on", user=scenario.member, channel=help_channel
    )
    refusal = await fake_discord.wait_for_message(response_to(interaction.id))

    assert refusal.ephemeral
    assert "Manage Server" in refusal.text
    assert bot.store is not None


async def test_the_setting_survives_a_restart_and_status_lists_it(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> None:
    first = await start(fake_discord, bot_runner, tmp_path)
    await switch(fake_discord, scenario, help_channel, "on")
    await bot_runner.stop(first)

    await start(fake_discord, bot_runner, tmp_path)
    status = await switch(fake_discord, scenario, scenario.general, "status")
    answer = await passive_reply(fake_discord, help_channel, scenario.member, BELGIUM_QUESTION)
    by_prefix = await fake_discord.send_message(scenario.general, scenario.admin, "!autoanswer")
    listed = await fake_discord.wait_for_message(reply_to(int(by_prefix["id"])))

    assert f"<#{help_channel.id}>" in status
    assert f"<#{scenario.general.id}>" not in status
    assert BELGIUM_QUOTE in answer.text
    assert f"<#{help_channel.id}>" in listed.text


async def test_one_user_gets_one_passive_answer_a_minute(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
    bob: User,
) -> None:
    await passive_reply(fake_discord, help_on, scenario.member, BELGIUM_QUESTION)
    again = await silence_after(fake_discord, help_on, scenario.member, BELGIUM_QUESTION)
    for_bob = await passive_reply(fake_discord, help_on, bob, BELGIUM_QUESTION)

    assert again == 0
    assert BELGIUM_QUOTE in for_bob.text


async def test_a_question_answered_when_asked_but_below_the_passive_bar_gets_silence(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
) -> None:
    unasked = await silence_after(fake_discord, help_on, scenario.member, PARTIAL_QUESTION)
    asked = await fake_discord.send_message(help_on, scenario.member, f"!ask {PARTIAL_QUESTION}")
    direct = await fake_discord.wait_for_message(reply_to(int(asked["id"])))

    assert unasked == 0
    assert "legal challenges" in direct.text


async def test_a_forum_post_is_answered_in_the_post(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    bob: User,
) -> None:
    forum = fake_discord.world.add_forum_channel(scenario.guild, "questions")
    await start(fake_discord, bot_runner, tmp_path)
    interaction = await fake_discord.slash_command(
        "autoanswer on", user=scenario.admin, channel=scenario.general, options={"channel": forum}
    )
    turned_on = await fake_discord.wait_for_message(response_to(interaction.id))

    post, first = await fake_discord.create_forum_post(
        forum, scenario.member, "Belgian seizures", BELGIUM_QUESTION
    )
    answer = await fake_discord.wait_for_message(reply_to(int(first["id"])))
    titled, body = await fake_discord.create_forum_post(
        forum, bob, BELGIUM_QUESTION.replace("Belgium", "Spain"), "see title, thanks"
    )
    by_title = await fake_discord.wait_for_message(reply_to(int(body["id"])))

    assert f"<#{forum.id}>" in turned_on.text
    assert answer.channel_id == post.id  # in the post, not somewhere else
    assert BELGIUM_QUOTE in answer.text
    assert by_title.channel_id == titled.id
    assert "Spain" in by_title.text


async def test_a_thread_of_an_enabled_channel_gets_passive_answers(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
) -> None:
    thread = await fake_discord.create_thread(help_on, "my question", owner=scenario.member)
    elsewhere = await fake_discord.create_thread(
        scenario.general, "off topic", owner=scenario.member
    )

    answer = await passive_reply(fake_discord, thread, scenario.member, BELGIUM_QUESTION)
    outside = await silence_after(fake_discord, elsewhere, scenario.member, BELGIUM_QUESTION)

    assert answer.channel_id == thread.id
    assert BELGIUM_QUOTE in answer.text
    assert outside == 0


async def test_an_unsure_question_gets_a_lookup_reaction_that_shows_the_asker_alone_the_list(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    help_on: Channel,
    bob: User,
) -> None:
    member = scenario.member
    dms = fake_discord.world.dm_channel_for(member)

    asked = await fake_discord.send_message(help_on, member, UNSURE_QUESTION)
    await fake_discord.wait_for_request(
        lambda r: r.method == "PUT" and f"/messages/{asked['id']}/reactions/" in r.path
    )
    await fake_discord.react(int(asked["id"]), bob, "🔍")  # not the asker: nothing
    await asyncio.sleep(SILENCE)
    after_bob = [m for m in fake_discord.posted_messages if m.channel_id != help_on.id]
    await fake_discord.react(int(asked["id"]), member, "🔍")
    listed = await fake_discord.wait_for_message(channel_id=dms.id)
    pick = next(cid for cid in listed.custom_ids if cid.startswith("factbot:ask:"))
    clicked = await fake_discord.click(listed.id, pick, user=member)
    picked = await fake_discord.wait_for_message(response_to(clicked.id))
    await fake_discord.react(int(asked["id"]), member, "🔍")  # again: the list is not resent
    await asyncio.sleep(SILENCE)

    assert replies_to(fake_discord, int(asked["id"])) == []  # silent in the channel
    assert after_bob == []
    assert UNSURE_QUESTION in listed.text
    assert f"<#{help_on.id}>" in listed.text
    assert pick.endswith(f":g{scenario.guild.id}")  # answers from this server's engine
    assert pick.split(":")[3] in picked.text
    lists = [m for m in fake_discord.posted_messages if m.channel_id == dms.id]
    assert [m.id for m in lists if m.interaction_id is None] == [listed.id]


async def test_a_passive_answer_speaks_the_guilds_language(
    fake_discord: FakeDiscord, scenario: Scenario, help_on: Channel
) -> None:
    interaction = await fake_discord.slash_command(
        "language", user=scenario.admin, channel=scenario.general, options={"language": "nl"}
    )
    await fake_discord.wait_for_message(lambda m: m.interaction_id == interaction.id)

    answer = await passive_reply(
        fake_discord, help_on, scenario.member, "Did Belgium seize the most cocaine in 2023?"
    )

    assert "Ja — " in answer.text
    assert BELGIUM_QUOTE in answer.text  # the quote stays in the source's language
    assert any(
        str(field["name"]).startswith("📖 Bron") for e in answer.embeds for field in e["fields"]
    )
