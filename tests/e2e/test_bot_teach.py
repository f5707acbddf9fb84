"""Teaching from chat with the real client: /teach and /gaps' Teach button make the next
identical and paraphrased question answer from the taught fact, in that guild only, and what
was taught survives a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import DEFAULT_KNOWLEDGE
from bot.engine.serving import ServingEngines

from .bot_harness import FastFactBot, button_id, reply_of, response_to, start_factbot
from .fake_discord import CallbackType, FakeDiscord, PostedMessage
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, User

pytestmark = pytest.mark.asyncio

UNTAUGHT = "Who is the skipper of Belgium?"
"""Declined by the stock pack: no fact says 'skipper'."""
PARAPHRASE = "Who is the Belgian skipper?"
TAUGHT_FACT = "bart-de-wever-role"


def fact_of(answer: PostedMessage) -> str | None:
    """The fact an answer came from, as its footer names it ('Fact <id> · confidence …')."""
    for embed in answer.embeds:
        footer = str((embed.get("footer") or {}).get("text", ""))
        if footer.startswith("Fact "):
            return footer.split()[1]
    return None


async def start(fake: FakeDiscord, runner: BotRunner, tmp_path: Path, **extra: Any) -> FastFactBot:
    """A bot with engines of its own: teaching must not leak into other tests' engines."""
    live = ServingEngines(DEFAULT_KNOWLEDGE, ["antwerp"])
    return await start_factbot(fake, runner, tmp_path, live=live, **extra)


async def ask(fake: FakeDiscord, channel: Channel, user: User, question: str) -> PostedMessage:
    return await reply_of(fake, channel, user, f"!ask {question}")


async def private_reply(fake: FakeDiscord, interaction_id: int) -> PostedMessage:
    return await fake.wait_for_message(
        lambda m: m.interaction_id == interaction_id and not m.loading
    )


@pytest.fixture
def elsewhere(fake_discord: FakeDiscord) -> tuple[Channel, User]:
    """A second guild the bot serves, with the same packs, and a member there."""
    world = fake_discord.world
    guild = world.add_guild("Other Guild")
    channel = world.add_text_channel(guild, "general")
    member = world.add_user("olga")
    world.add_member(guild, member)
    return channel, member


async def test_teach_answers_the_question_and_its_paraphrase_here_only_and_after_a_restart(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    elsewhere: tuple[Channel, User],
) -> None:
    other_channel, other_member = elsewhere
    first = await start(fake_discord, bot_runner, tmp_path)
    general, member = scenario.general, scenario.member
    before = await ask(fake_discord, general, member, UNTAUGHT)
    typing = await fake_discord.autocomplete(
        "teach",
        user=scenario.moderator,
        channel=general,
        focused="fact",
        value="de wever role",
        options={"question": UNTAUGHT},
    )
    choices = await fake_discord.wait_for_callback(typing)
    by_member = await fake_discord.slash_command(
        "teach", user=member, channel=general, options={"question": UNTAUGHT, "fact": TAUGHT_FACT}
    )
    refused = await private_reply(fake_discord, by_member.id)
    teaching = await fake_discord.slash_command(
        "teach",
        user=scenario.moderator,
        channel=general,
        options={"question": UNTAUGHT, "fact": TAUGHT_FACT},
    )
    taught = await private_reply(fake_discord, teaching.id)

    same = await ask(fake_discord, general, member, UNTAUGHT)
    paraphrased = await ask(fake_discord, general, member, PARAPHRASE)
    other_guild = await ask(fake_discord, other_channel, other_member, UNTAUGHT)
    await bot_runner.stop(first)
    await start(fake_discord, bot_runner, tmp_path)
    after_restart = await ask(fake_discord, general, member, PARAPHRASE)

    assert fact_of(before) != TAUGHT_FACT
    assert choices.type == CallbackType.AUTOCOMPLETE_RESULT
    assert TAUGHT_FACT in [choice["value"] for choice in (choices.data or {})["choices"]]
    assert refused.ephemeral
    assert "Manage Messages" in refused.text
    assert taught.ephemeral
    assert "Taught" in taught.text
    assert fact_of(same) == TAUGHT_FACT
    assert fact_of(paraphrased) == TAUGHT_FACT
    assert fact_of(other_guild) != TAUGHT_FACT
    assert fact_of(after_restart) == TAUGHT_FACT


async def test_gaps_lists_unanswered_questions_with_a_teach_button(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
) -> None:
    await start(fake_discord, bot_runner, tmp_path)
    general, member = scenario.general, scenario.member
    for _ in range(2):
        await ask(fake_discord, general, member, UNTAUGHT)

    listing = await fake_discord.slash_command("gaps", user=scenario.moderator, channel=general)
    gaps = await private_reply(fake_discord, listing.id)
    teach = button_id(gaps, ":teach:" + gaps.custom_ids[0].rsplit(":", 1)[1])
    by_member = await fake_discord.click(gaps.id, teach, user=member)
    member_refused = await fake_discord.wait_for_message(response_to(by_member.id))
    opened = await fake_discord.click(gaps.id, teach, user=scenario.moderator)
    picker = await fake_discord.wait_for_message(response_to(opened.id))
    picked = await fake_discord.click(
        picker.id, picker.custom_ids[0], user=scenario.moderator, values=[TAUGHT_FACT]
    )
    done = await fake_discord.wait_for_message(
        lambda m: m.id == picker.id and m.version > 0 and "Taught" in m.text
    )
    answered = await ask(fake_discord, general, member, PARAPHRASE)

    assert gaps.ephemeral
    assert UNTAUGHT in gaps.text
    assert "×2" in gaps.text
    assert teach.startswith("factbot:teach:")
    assert member_refused.ephemeral
    assert "Manage Messages" in member_refused.text
    assert picker.ephemeral
    assert UNTAUGHT in picker.text
    assert picked.id
    assert TAUGHT_FACT in done.text
    assert fact_of(answered) == TAUGHT_FACT
