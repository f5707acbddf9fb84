"""Autocomplete and listings: within Discord's limits, best match first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord.catalogue import FACTS_PER_PAGE, fact_choices, facts_page, page_count
from bot.discord.exts.ask import question_choices
from bot.engine.engine import Engine


def test_a_misspelled_partial_question_puts_the_matching_fact_first(engine: Engine) -> None:
    choices = question_choices(engine, "cocain belgum")

    assert choices[0].name == "How much cocaine did Belgium seize?"
    assert choices[0].value == choices[0].name


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=5000))
def test_question_choices_always_fit(engine: Engine, typed: str) -> None:
    choices = question_choices(engine, typed)

    assert len(choices) <= 25
    assert all(1 <= len(c.name) <= 100 and 1 <= len(c.value) <= 100 for c in choices)
    assert len({c.name for c in choices}) == len(choices)


def test_fact_choices_match_ids_and_topics(engine: Engine) -> None:
    choices = fact_choices(engine, "belgium cocaine")

    assert choices[0].value == "belgium-cocaine-seizures-2023"
    assert len(choices) <= 25
    assert all(len(c.name) <= 100 for c in fact_choices(engine, ""))


def test_every_fact_appears_on_exactly_one_page(engine: Engine) -> None:
    facts = engine.browse()
    pages = page_count(len(facts))

    shown = [facts_page(facts, page, embed_ok=True, prefix="!").embed for page in range(pages)]

    assert pages == -(-len(facts) // FACTS_PER_PAGE)
    text = "\n".join(embed.description or "" for embed in shown if embed is not None)
    assert all(text.count(f"`{fact.id}`") == 1 for fact in facts)
    plain = facts_page(facts, 0, embed_ok=False, prefix="!")
    assert plain.embed is None
    assert plain.content is not None
    assert len(plain.content) <= 2000
