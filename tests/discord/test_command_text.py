"""Small pure pieces of the commands: argument parsing, refusal and stats wording, errors."""

from __future__ import annotations

from datetime import UTC, datetime

from discord.ext import commands

from bot.discord.exts.admin import refusal_text, stats_text
from bot.discord.exts.convert import target_unit_of
from bot.discord.exts.errors import unwrap
from bot.discord.exts.help import help_text
from bot.knowledge.errors import PackProblem
from bot.store import FactCount, Gap, Stats, WhereCount


def test_the_linking_word_before_the_target_unit_is_optional() -> None:
    assert target_unit_of("to lb") == "lb"
    assert target_unit_of("into metric tons") == "metric tons"
    assert target_unit_of("lb") == "lb"
    assert target_unit_of("to") is None
    assert target_unit_of(None) is None


def test_a_refused_reload_lists_every_problem_and_reassures() -> None:
    problems = [
        PackProblem("facts/a.yaml", "quote not found in source", fact="x", field="quotes"),
        PackProblem("pack.yaml", "@everyone *bad*"),
    ]

    text = refusal_text(problems)

    assert "2 problem(s)" in text
    assert "keeps answering" in text
    assert "facts/a.yaml · fact x · field quotes: quote not found in source" in text
    assert "@everyone" not in text
    assert "\\*bad\\*" in text


def stats(**changes: object) -> Stats:
    base = Stats(
        since=None,
        until=None,
        questions=3,
        answered=2,
        answered_share=2 / 3,
        votes_up=1,
        votes_down=0,
        top_facts=(FactCount(fact_id="f1", count=2, votes_up=1, votes_down=0),),
        top_gaps=(
            Gap(
                representative="secret **question**",
                count=1,
                examples=("x",),
                last_asked=datetime(2025, 1, 1, tzinfo=UTC),
                nearest_fact_id=None,
                declined=1,
                downvoted=0,
            ),
        ),
        per_where=(
            WhereCount(where="guild:1", questions=2, answered=2),
            WhereCount(where="guild:2", questions=1, answered=0),
        ),
    )
    return base.model_copy(update=changes)


def test_stats_hide_other_guilds_and_question_texts_from_non_owners() -> None:
    text = stats_text(stats(), everything=False, guild_id=1)

    assert "guild:1" in text
    assert "guild:2" not in text
    assert "secret" not in text
    assert "`f1`" in text


def test_owners_see_everything_with_question_texts_escaped() -> None:
    text = stats_text(stats(), everything=True, guild_id=None)

    assert "guild:2" in text
    assert "secret \\*\\*question\\*\\*" in text


def test_unwrap_finds_the_real_error() -> None:
    cause = ValueError("boom")

    assert unwrap(commands.CommandInvokeError(cause)) is cause


def test_help_shows_curator_commands_only_to_curators() -> None:
    assert "reload" not in help_text("!", curator=False)
    assert "`!reload`" in help_text("!", curator=True)
