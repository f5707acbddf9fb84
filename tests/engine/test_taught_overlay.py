"""Questions taught to one guild are answered there only, and stay taught across reloads."""

from __future__ import annotations

from bot.config import DEFAULT_KNOWLEDGE
from bot.discord.reloading import reload_scope
from bot.engine.serving import ServingEngines

TAUGHT = "Who is the skipper of Belgium?"
FACT = "bart-de-wever-role"
GUILD = 11
OTHER = 22


def test_taught_questions_serve_one_guild_and_survive_reloads() -> None:
    live = ServingEngines(DEFAULT_KNOWLEDGE, ["antwerp"])
    before = live.for_guild(GUILD).ask(TAUGHT)

    live.teach(GUILD, {FACT: (TAUGHT,)})
    taught = live.for_guild(GUILD).ask(TAUGHT)
    elsewhere = live.for_guild(OTHER).ask(TAUGHT)
    in_dms = live.for_guild(None).ask(TAUGHT)
    problems = live.reload()
    after_reload = live.for_guild(GUILD).ask(TAUGHT)
    scoped = reload_scope(live, GUILD)
    after_scoped = live.for_guild(GUILD).ask(TAUGHT)
    live.teach(GUILD, {})
    untaught = live.for_guild(GUILD).ask(TAUGHT)

    assert FACT not in before.fact_ids
    assert taught.fact_ids == (FACT,)
    assert FACT not in elsewhere.fact_ids
    assert FACT not in in_dms.fact_ids
    assert problems == []
    assert after_reload.fact_ids == (FACT,)
    assert scoped.engine is not None
    assert after_scoped.fact_ids == (FACT,)
    assert FACT not in untaught.fact_ids
    assert not live.serves_own(GUILD)
