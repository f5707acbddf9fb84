"""A user asks factbot in each way Discord allows and sees the cited answer."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.engine.answer import Answer
from bot.engine.engine import Engine

from .bot_harness import (
    BELGIUM_FACT,
    BELGIUM_QUESTION,
    BELGIUM_QUOTE,
    UNSURE_QUESTION,
    button_id,
    reply_of,
    reply_to,
    response_to,
    start_factbot,
)
from .fake_discord import CallbackType, FakeDiscord, Permission
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio


def assert_belgium_answer(text: str) -> None:
    assert "123 metric tons" in text
    assert BELGIUM_QUOTE in text
    assert "The Associated Press (AP)" in text


async def test_prefix_ask_in_a_guild_channel_gets_a_threaded_cited_answer(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    sent = await fake_discord.send_message(
        scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    reply = await fake_discord.wait_for_message(channel_id=scenario.general.id)

    assert reply.reply_to == int(sent["id"])
    assert_belgium_answer(reply.text)
    assert reply.embeds, "a channel that allows embeds gets an embed"
    assert BELGIUM_FACT in reply.embeds[0]["footer"]["text"]


async def test_a_mention_with_a_question_is_answered_in_reply(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    mention = fake_discord.bot_user.mention

    sent = await fake_discord.send_message(
        scenario.general, scenario.member, f"{mention} {BELGIUM_QUESTION}"
    )
    reply = await fake_discord.wait_for_message(channel_id=scenario.general.id)

    assert reply.reply_to == int(sent["id"])
    assert_belgium_answer(reply.text)


async def test_a_dm_needs_no_prefix(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_dm(scenario.member, BELGIUM_QUESTION)
    reply = await fake_discord.wait_for_message()

    assert reply.guild_id is None
    assert reply.channel_id == fake_discord.world.dm_channel_for(scenario.member).id
    assert_belgium_answer(reply.text)


async def test_guild_chatter_without_prefix_or_mention_is_ignored(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, BELGIUM_QUESTION)
    await fake_discord.send_message(scenario.general, scenario.member, "!ask Who is Noem?")
    reply = await fake_discord.wait_for_message(channel_id=scenario.general.id)

    assert "Noem" in reply.text
    assert len(fake_discord.posted_messages) == 1


async def test_slash_ask_answers_through_the_interaction_callback(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    interaction = await fake_discord.slash_command(
        "ask",
        user=scenario.member,
        channel=scenario.general,
        options={"question": BELGIUM_QUESTION},
    )
    callback = await fake_discord.wait_for_callback(interaction)
    message = await fake_discord.wait_for_message(response_to(interaction.id))

    assert callback.accepted
    assert callback.type == CallbackType.CHANNEL_MESSAGE
    assert message.source == "interaction"
    assert_belgium_answer(message.text)


async def test_autocomplete_offers_the_matching_fact_first_for_a_misspelling(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    interaction = await fake_discord.autocomplete(
        "ask",
        user=scenario.member,
        channel=scenario.general,
        focused="question",
        value="cocain belgum",
    )
    callback = await fake_discord.wait_for_callback(interaction)

    assert callback.accepted
    assert callback.type == CallbackType.AUTOCOMPLETE_RESULT
    choices = (callback.data or {})["choices"]
    assert choices[0]["name"] == BELGIUM_QUESTION
    assert 1 <= len(choices) <= 25
    assert all(1 <= len(choice["name"]) <= 100 for choice in choices)


async def test_did_you_mean_buttons_answer_only_for_the_asker(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {UNSURE_QUESTION}")
    decline = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    offers = [cid for cid in decline.custom_ids if ":ask:" in cid]
    assert 1 <= len(offers) <= 3
    place = button_id(decline, ":noem-to-meet-de-wever")

    stranger = await fake_discord.click(decline.id, place, user=scenario.moderator)
    refusal = await fake_discord.wait_for_message(response_to(stranger.id))
    asker = await fake_discord.click(decline.id, place, user=scenario.member)
    answer = await fake_discord.wait_for_message(response_to(asker.id))

    assert refusal.ephemeral
    assert "Only the person who asked" in refusal.text
    assert not answer.ephemeral
    assert "De Wever" in answer.text
    assert "noem-to-meet-de-wever" in answer.text
    answers = [m for m in fake_discord.posted_messages if not m.ephemeral and m.version == 0]
    assert len(answers) == 2, "the stranger's click answered nothing"


async def test_answer_buttons_still_work_after_the_bot_restarts(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    before = await start_factbot(fake_discord, bot_runner, tmp_path)
    decline = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {UNSURE_QUESTION}"
    )
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    await bot_runner.stop(before)
    await start_factbot(fake_discord, bot_runner, tmp_path)

    vote = await fake_discord.click(answer.id, button_id(answer, ":up"), user=scenario.moderator)
    thanks = await fake_discord.wait_for_message(response_to(vote.id))
    pick = await fake_discord.click(
        decline.id, button_id(decline, ":noem-to-meet-de-wever"), user=scenario.member
    )
    picked = await fake_discord.wait_for_message(response_to(pick.id))

    assert thanks.ephemeral
    assert "recorded" in thanks.text
    assert "👍 1" in thanks.text
    assert "De Wever" in picked.text
    assert "noem-to-meet-de-wever" in picked.text


async def test_feedback_votes_are_recorded_once_per_person_and_can_change(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)
    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    answer = await fake_discord.wait_for_message(channel_id=scenario.general.id)
    up, down = button_id(answer, ":up"), button_id(answer, ":down")

    for user, button in [
        (scenario.member, up),
        (scenario.member, up),
        (scenario.moderator, up),
        (scenario.member, down),
    ]:
        click = await fake_discord.click(answer.id, button, user=user)
        thanks = await fake_discord.wait_for_message(response_to(click.id))
        assert thanks.ephemeral
        assert "recorded" in thanks.text

    assert bot.store is not None
    stats = await bot.store.stats()
    assert (stats.questions, stats.answered) == (1, 1)
    assert (stats.votes_up, stats.votes_down) == (1, 1)
    assert stats.top_facts[0].fact_id == BELGIUM_FACT


async def test_questions_are_recorded_by_place_without_user_ids(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    await fake_discord.wait_for_message(channel_id=scenario.general.id)
    await fake_discord.send_dm(scenario.member, "What is the capital of France?")
    await fake_discord.wait_for_message(lambda m: m.guild_id is None)

    assert bot.store is not None
    stats = await bot.store.stats()
    places = {w.where: (w.questions, w.answered) for w in stats.per_where}
    assert places == {f"guild:{scenario.guild.id}": (1, 1), "dm": (1, 0)}
    first = await bot.store.question(1)
    assert first is not None
    assert first.user_id is None


async def test_without_embed_links_the_answer_is_plain_text(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    guild = scenario.guild
    for role in guild.roles.values():
        role.permissions &= ~Permission.EMBED_LINKS
    await start_factbot(fake_discord, bot_runner, tmp_path)

    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    reply = await fake_discord.wait_for_message(channel_id=scenario.general.id)

    assert not reply.embeds
    assert_belgium_answer(reply.content)
    assert len(reply.content) <= 2000


async def test_asking_too_fast_gets_one_polite_notice(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, cooldown_rate=2)
    questions = [BELGIUM_QUESTION, "Who is Noem?", "What is Antwerp?", "Who is De Wever?"]

    sent = [
        int((await fake_discord.send_message(scenario.general, scenario.member, f"!ask {q}"))["id"])
        for q in questions
    ]
    others = await fake_discord.send_message(
        scenario.general, scenario.moderator, "!ask Who is Noem?"
    )
    replies = [await fake_discord.wait_for_message(reply_to(i)) for i in sent[:3]]
    await fake_discord.wait_for_message(reply_to(int(others["id"])))

    assert "123 metric tons" in replies[0].text
    assert "Noem" in replies[1].text
    assert "please wait" in replies[2].text
    assert not [m for m in fake_discord.posted_messages if m.reply_to == sent[3]], (
        "one notice per window: the fourth question gets no reply at all"
    )


async def test_dm_command_words_work_without_the_prefix(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)

    asked = await fake_discord.send_dm(scenario.member, "facts")
    listing = await fake_discord.wait_for_message(reply_to(int(asked["id"])))

    assert "What I know" in listing.text
    assert "page 1 of" in listing.text


class ExplodingEngine:
    """The real engine, except that questions mentioning 'explode' raise."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def speaking(self, language: str) -> ExplodingEngine:
        return self

    def ask(self, text: str) -> Answer:
        if "explode" in text:
            raise RuntimeError("the engine broke")
        return self._engine.ask(text)


async def test_a_failing_answer_gets_an_apology_and_the_bot_keeps_serving(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)
    bot.answerer.live = SimpleNamespace(current=ExplodingEngine(bot.answerer.engine))  # type: ignore[assignment]
    mention = fake_discord.bot_user.mention

    apology = await reply_of(fake_discord, scenario.general, scenario.member, "!ask explode")
    second_apology = await reply_of(
        fake_discord, scenario.general, scenario.member, f"{mention} explode"
    )
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    assert "Sorry, that didn't work" in apology.text
    assert "Sorry, that didn't work" in second_apology.text
    assert "the engine broke" not in apology.text, "internals stay in the log"
    assert_belgium_answer(answer.text)
    assert "the engine broke" in caplog.text
