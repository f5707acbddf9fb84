"""Answer rendering: the evidence is shown, user text is inert, Discord's limits always hold."""

from __future__ import annotations

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.discord.embeds import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    answer_embed,
    answer_text,
)
from bot.engine.answer import Answer, Citation, Measurement, QuantityView, Suggestion
from bot.engine.engine import Engine

HINT = "Browse everything I know with `!facts` or `/facts`."
BELGIUM_QUOTE = "Belgium led with 123 metric tons (135 tons)"


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= TITLE_LIMIT
    assert len(embed.description or "") <= DESCRIPTION_LIMIT
    assert len(embed.fields) <= FIELD_COUNT_LIMIT
    for field in embed.fields:
        assert 1 <= len(field.name or "") <= FIELD_NAME_LIMIT
        assert 1 <= len(field.value or "") <= FIELD_VALUE_LIMIT
    assert len(embed) <= TOTAL_LIMIT


def test_a_fact_answer_shows_the_verbatim_quote_source_and_fact(engine: Engine) -> None:
    answer = engine.ask("How much cocaine did Belgium seize?")

    embed = answer_embed(answer, browse_hint=HINT)

    assert embed.title == "How much cocaine did Belgium seize?"
    assert "123 metric tons" in (embed.description or "")
    source = next(f for f in embed.fields if "Source" in (f.name or ""))
    assert BELGIUM_QUOTE in (source.value or "")
    assert "The Associated Press (AP)" in (source.value or "")
    assert "belgium-cocaine-seizures-2023" in (embed.footer.text or "")
    assert "confidence" in (embed.footer.text or "")


def test_the_plain_text_form_says_the_same(engine: Engine) -> None:
    answer = engine.ask("How much cocaine did Belgium seize?")

    text = answer_text(answer, browse_hint=HINT)

    assert "123 metric tons" in text
    assert BELGIUM_QUOTE in text


def test_a_decline_quotes_the_question_escaped_and_offers_topics(engine: Engine) -> None:
    answer = engine.ask("Who is Noem meeting in Paris? @everyone **now**")

    embed = answer_embed(answer, browse_hint=HINT)
    text = answer_text(answer, browse_hint=HINT)

    assert not answer.answered
    assert "@everyone" not in (embed.title or "")
    assert "@\u200beveryone" in (embed.title or "")
    assert "\\*\\*now\\*\\*" in (embed.title or "")
    topics = next(f for f in embed.fields if "Closest topics" in (f.name or ""))
    assert HINT in (topics.value or "")
    assert text.startswith("> Who is Noem meeting")
    assert "@everyone" not in text


def test_an_unknown_unit_is_echoed_inertly(engine: Engine) -> None:
    answer = engine.convert(5, "<@&123>_x_", "lb")

    embed = answer_embed(answer, browse_hint=HINT)

    assert "<@&123>" not in (embed.description or "")
    assert "\\_x\\_" in (embed.description or "")


texts = st.text(max_size=3000)
short = st.text(min_size=1, max_size=300)
measurements = st.builds(Measurement, value=st.floats(allow_nan=False), unit=short, text=short)
quantities = st.builds(
    QuantityView,
    label=short,
    original=measurements,
    conversions=st.lists(measurements, max_size=4).map(tuple),
    asked=st.none() | measurements,
    note=st.none() | texts,
)
citations = st.builds(
    Citation,
    fact_id=short,
    quote=texts,
    title=short,
    publisher=short,
    url=st.none() | short,
    pack=short,
)
suggestions = st.builds(
    Suggestion, fact_id=short, topic=short, question=short, score=st.floats(0, 100)
)
answers = st.builds(
    Answer,
    question=texts,
    kind=st.sampled_from(["fact", "derived", "conversion", "decline", "smalltalk", "error"]),
    answered=st.booleans(),
    headline=texts,
    body=texts,
    fact_ids=st.lists(short, max_size=3).map(tuple),
    confidence=st.floats(-10, 200),
    citations=st.lists(citations, max_size=30).map(tuple),
    quantities=st.lists(quantities, max_size=5).map(tuple),
    working=st.lists(texts, max_size=10).map(tuple),
    suggestions=st.lists(suggestions, max_size=5).map(tuple),
    notes=st.lists(texts, max_size=5).map(tuple),
    corrections=st.lists(st.tuples(short, short), max_size=5).map(tuple),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers)
def test_any_answer_fits_discords_limits(answer: Answer) -> None:
    assert_within_limits(answer_embed(answer, browse_hint=HINT))
    assert len(answer_text(answer, browse_hint=HINT)) <= CONTENT_LIMIT


def test_a_huge_answer_keeps_its_first_source() -> None:
    citation = Citation(fact_id="f", quote="the quote", title="T", publisher="P", pack="p")
    answer = Answer(
        question="q" * 5000,
        kind="fact",
        answered=True,
        headline="h " * 5000,
        working=tuple("w " * 600 for _ in range(30)),
        citations=(citation,),
        fact_ids=("f",),
    )

    embed = answer_embed(answer, browse_hint=HINT)

    assert_within_limits(embed)
    assert any("the quote" in (f.value or "") for f in embed.fields)
    assert (embed.title or "").endswith("…")
