"""Terminal feedback: questions recorded with where=terminal, votes on the last answer, and a
chat that keeps answering when the store cannot be used."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.curation.reports import gap_report, stats_report
from bot.engine.engine import Engine
from bot.store import TERMINAL, QuestionStore
from bot.terminal.chat import HELP, Chat
from bot.terminal.feedback import NoFeedback, StoreFeedback, open_feedback
from tests.knowledge.support import real_engine, run_bot

from .support import BELGIUM_FACT, BELGIUM_QUESTION, ITALY_HEROIN, env_with, kb_json

RETENTION_DAYS = 30


@pytest.fixture(scope="module")
def engine() -> Engine:
    return real_engine()


def chat(engine: Engine, database: Path, *lines: str) -> str:
    """Type the lines into a chat recording to `database`; return everything it printed."""
    out = io.StringIO()
    script = iter(lines)

    def read(_prompt: str) -> str:
        try:
            return next(script)
        except StopIteration:
            raise EOFError from None

    feedback = open_feedback(database, keep_user_ids=False, retention_days=RETENTION_DAYS)
    try:
        assert Chat(engine, out=out, feedback=feedback).run(read=read) == 0
    finally:
        feedback.close()
    return out.getvalue()


def test_feedback_down_puts_the_answered_question_among_the_gaps(
    engine: Engine, tmp_path: Path
) -> None:
    database = tmp_path / "questions.sqlite3"

    out = chat(engine, database, BELGIUM_QUESTION, "feedback down", "quit")

    assert "your 👎" in out
    assert "kb gaps" in out
    gaps = asyncio.run(gap_report(database)).gaps
    assert [(g.representative, g.downvoted, g.nearest_fact_id) for g in gaps] == [
        (BELGIUM_QUESTION, 1, BELGIUM_FACT)
    ]
    stats = asyncio.run(stats_report(database)).stats
    assert stats is not None
    assert [(w.where, w.questions) for w in stats.per_where] == [(TERMINAL, 1)]


def test_every_vote_word_works_and_a_later_vote_replaces_an_earlier_one(
    engine: Engine, tmp_path: Path
) -> None:
    database = tmp_path / "questions.sqlite3"

    out = chat(engine, database, BELGIUM_QUESTION, "👍", "good", "feedback up", "bad", "quit")

    assert out.count("is recorded") == 4
    stats = asyncio.run(stats_report(database)).stats
    assert stats is not None
    assert (stats.votes_up, stats.votes_down) == (0, 1), "one voter: the last vote counts"


def test_declines_are_recorded_with_their_nearest_fact_and_need_no_vote(
    engine: Engine, tmp_path: Path
) -> None:
    database = tmp_path / "questions.sqlite3"

    out = chat(engine, database, *ITALY_HEROIN, "feedback down", "quit")

    assert "already see it" in out
    gaps = asyncio.run(gap_report(database)).gaps
    assert len(gaps) == 1
    assert (gaps[0].count, gaps[0].declined) == (len(ITALY_HEROIN), len(ITALY_HEROIN))
    assert gaps[0].nearest_fact_id is not None, "the best 'did you mean' fact is kept"


def test_small_talk_and_commands_are_not_recorded_and_cannot_be_rated(
    engine: Engine, tmp_path: Path
) -> None:
    database = tmp_path / "questions.sqlite3"

    out = chat(engine, database, "feedback down", "hello", "feedback down", "facts", "quit")

    assert "Ask a question first" in out
    assert "Only answers from the knowledge base can be rated" in out
    stats = asyncio.run(stats_report(database)).stats
    assert stats is not None
    assert stats.questions == 0


def test_help_documents_the_feedback_words() -> None:
    for words in ("feedback up", "feedback down", "👍", "👎", "good", "bad", "kb gaps"):
        assert words in HELP


def test_a_store_that_cannot_open_leaves_a_working_chat_that_says_so_once(
    engine: Engine, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    database = blocker / "questions.sqlite3"

    feedback = open_feedback(database, keep_user_ids=False, retention_days=RETENTION_DAYS)
    out = chat(engine, database, BELGIUM_QUESTION, "Who is Noem meeting?", "quit")

    assert isinstance(feedback, NoFeedback)
    assert feedback.reason_off is not None
    assert "123 metric tons" in out, "the question is still answered"
    assert out.count("Feedback is off") == 1, "said once, not after every answer"


def test_start_up_purges_records_older_than_the_retention_period(tmp_path: Path) -> None:
    database = tmp_path / "questions.sqlite3"
    now = datetime.now(UTC)

    async def fill() -> None:
        async with QuestionStore(database) as store:
            for days, text in ((RETENTION_DAYS + 5, "an old question"), (2, "a recent question")):
                await store.record_question(
                    text,
                    where=TERMINAL,
                    pack="antwerp",
                    fact_id=None,
                    confidence=0.0,
                    at=now - timedelta(days=days),
                )

    asyncio.run(fill())
    StoreFeedback.open(database, keep_user_ids=False, retention_days=RETENTION_DAYS).close()

    gaps = asyncio.run(gap_report(database)).gaps
    assert [gap.representative for gap in gaps] == ["a recent question"]


def test_python_m_bot_chat_then_kb_gaps_shows_the_downvoted_answer(tmp_path: Path) -> None:
    database = tmp_path / "data" / "questions.sqlite3"

    chatted = run_bot(
        stdin=f"{BELGIUM_QUESTION}\nfeedback down\nquit\n".encode(),
        cwd=tmp_path,
        env=env_with(database),
    )
    document = kb_json(database, "gaps")

    assert chatted.returncode == 0, chatted.stderr.decode()
    assert "your 👎" in chatted.stdout.decode("utf-8")
    assert [gap["representative"] for gap in document["gaps"]] == [BELGIUM_QUESTION]
    assert document["gaps"][0]["downvoted"] == 1
