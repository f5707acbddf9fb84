"""One changeable vote per person, and no raw account ids on disk unless opted in."""

from pathlib import Path

import pytest

from bot.store import DM, DOWN, UP, QuestionStore, UnknownQuestionError, guild_where

from .conftest import ManualClock, raw_rows

DISCORD_USER = 123456789012345678


async def _answered(store: QuestionStore) -> int:
    return await store.record_question(
        "capital of chile?",
        where=guild_where(3),
        pack="geo",
        fact_id="chile-capital",
        confidence=0.88,
        user_id=DISCORD_USER,
    )


async def test_second_vote_by_same_person_replaces_the_first(store: QuestionStore) -> None:
    question_id = await _answered(store)
    first = await store.record_vote(question_id, DISCORD_USER, UP)
    second = await store.record_vote(question_id, DISCORD_USER, DOWN)
    assert (first.up, first.down, first.net) == (1, 0, 1)
    assert (second.up, second.down, second.net) == (0, 1, -1)


async def test_votes_by_different_people_count_separately(store: QuestionStore) -> None:
    question_id = await _answered(store)
    await store.record_vote(question_id, 1, UP)
    await store.record_vote(question_id, 2, UP)
    tally = await store.record_vote(question_id, 3, DOWN)
    assert (tally.up, tally.down) == (2, 1)


async def test_same_person_on_different_answers_counts_on_each(store: QuestionStore) -> None:
    first, second = await _answered(store), await _answered(store)
    await store.record_vote(first, DISCORD_USER, UP)
    await store.record_vote(second, DISCORD_USER, DOWN)
    assert (await store.tally(first)).up == 1
    assert (await store.tally(second)).down == 1


async def test_retracting_a_vote_removes_only_that_persons_vote(store: QuestionStore) -> None:
    question_id = await _answered(store)
    await store.record_vote(question_id, 1, UP)
    await store.record_vote(question_id, 2, DOWN)
    tally = await store.retract_vote(question_id, 1)
    assert (tally.up, tally.down) == (0, 1)


async def test_voter_is_recognised_after_reopening(
    database: str | Path, clock: ManualClock
) -> None:
    async with QuestionStore(database, clock=clock) as store:
        question_id = await _answered(store)
        await store.record_vote(question_id, DISCORD_USER, UP)
    async with QuestionStore(database, clock=clock) as store:
        tally = await store.record_vote(question_id, DISCORD_USER, DOWN)
    assert (tally.up, tally.down) == (0, 1)


async def test_vote_on_unknown_question_is_refused(store: QuestionStore) -> None:
    with pytest.raises(UnknownQuestionError):
        await store.record_vote(404, DISCORD_USER, UP)


@pytest.mark.parametrize("bad_vote", [0, 2, -2])
async def test_only_up_or_down_is_a_vote(store: QuestionStore, bad_vote: int) -> None:
    question_id = await _answered(store)
    with pytest.raises(ValueError, match=r"\+1 or -1"):
        await store.record_vote(question_id, DISCORD_USER, bad_vote)


async def test_no_raw_ids_are_stored_by_default(store: QuestionStore, database: str | Path) -> None:
    question_id = await _answered(store)
    await store.record_vote(question_id, DISCORD_USER, UP)
    assert await raw_rows(database, "SELECT user_id FROM questions") == [(None,)]
    [(key, raw_voter)] = await raw_rows(database, "SELECT voter_key, voter_id FROM votes")
    assert raw_voter is None
    assert str(DISCORD_USER) not in str(key)
    assert len(str(key)) == 64  # a sha256 digest, not the id
    assert (await store.question(question_id)) is not None


async def test_voter_keys_differ_between_databases(
    database: str | Path, other_database: str | Path
) -> None:
    keys = []
    for location in (database, other_database):
        async with QuestionStore(location) as store:
            await store.record_vote(await _answered(store), DISCORD_USER, UP)
        keys.append((await raw_rows(location, "SELECT voter_key FROM votes"))[0][0])
    assert keys[0] != keys[1]


async def test_opt_in_keeps_user_ids(database: str | Path) -> None:
    async with QuestionStore(database, keep_user_ids=True) as store:
        question_id = await _answered(store)
        await store.record_vote(question_id, DISCORD_USER, DOWN)
        record = await store.question(question_id)
    assert record is not None
    assert record.user_id == str(DISCORD_USER)
    assert await raw_rows(database, "SELECT voter_id FROM votes") == [(str(DISCORD_USER),)]


@pytest.mark.parametrize("where", ["user:5", "guild:", "guild:abc", "DM", "dm:5", ""])
async def test_where_must_be_a_known_form(store: QuestionStore, where: str) -> None:
    with pytest.raises(ValueError, match="where must be"):
        await store.record_question("q", where=where, pack="p", fact_id=None, confidence=None)


async def test_naive_times_are_refused(store: QuestionStore, clock: ManualClock) -> None:
    with pytest.raises(ValueError, match="naive"):
        await store.record_question(
            "q",
            where=DM,
            pack="p",
            fact_id=None,
            confidence=None,
            at=clock.now.replace(tzinfo=None),
        )
