"""Curators need each missing fact once, however the community happens to word it."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.store import DM, DOWN, TERMINAL, UP, QuestionStore, guild_where
from bot.store.gaps import GapQuestion, group_gaps, normalize

from .conftest import ManualClock

ITALY_HEROIN = (
    "how much heroin did italy seize",
    "Italy heroin seizures?",
    "how much heroin was seized in italy",
    "heroin italy 2023",
    "italy's heroin haul",
)
NEAR_MISSES = {
    "spain cocaine": ("how much cocaine did spain seize", "Spain cocaine seizures"),
    "france heroin": ("how much heroin did france seize", "france heroin seizures"),
    "italy population": ("what is the population of italy", "italy population?"),
    "rome weather": ("what's the weather in rome", "rome weather today"),
}


async def _decline(
    store: QuestionStore, text: str, *, at: datetime | None = None, nearest: str | None = None
) -> int:
    return await store.record_question(
        text,
        where=DM,
        pack="drugs",
        fact_id=None,
        confidence=0.2,
        nearest_fact_id=nearest,
        at=at,
    )


async def _answer(store: QuestionStore, text: str, fact_id: str) -> int:
    return await store.record_question(
        text, where=guild_where(8), pack="misc", fact_id=fact_id, confidence=0.8
    )


async def test_five_wordings_of_one_question_make_one_gap(store: QuestionStore) -> None:
    for index, text in enumerate(ITALY_HEROIN):
        await _decline(store, text, nearest="italy-cocaine-2023" if index < 3 else None)
    for texts in NEAR_MISSES.values():
        for text in texts:
            await _decline(store, text)

    gaps = await store.gaps()

    top = gaps[0]
    assert top.count == len(ITALY_HEROIN)
    assert set(top.examples) == set(ITALY_HEROIN)
    assert top.nearest_fact_id == "italy-cocaine-2023"
    assert (top.declined, top.downvoted) == (5, 0)
    rest = {frozenset(gap.examples) for gap in gaps[1:]}
    assert rest == {frozenset(texts) for texts in NEAR_MISSES.values()}


async def test_identical_questions_repeat_the_count_not_the_examples(
    store: QuestionStore,
) -> None:
    for text in ("Who invented radar?", "who invented radar", "WHO INVENTED RADAR?!"):
        await _decline(store, text)
    [gap] = await store.gaps()
    assert gap.count == 3
    assert len(gap.examples) == 1


async def test_net_downvoted_answers_are_gaps_and_liked_ones_are_not(
    store: QuestionStore,
) -> None:
    disliked = await _answer(store, "when was the euro introduced", "euro-coins-2002")
    await store.record_vote(disliked, 1, DOWN)
    await store.record_vote(disliked, 2, DOWN)
    await store.record_vote(disliked, 3, UP)
    tied = await _answer(store, "deepest lake on earth", "baikal-depth")
    await store.record_vote(tied, 1, UP)
    await store.record_vote(tied, 2, DOWN)
    liked = await _answer(store, "capital of chile", "chile-capital")
    await store.record_vote(liked, 1, UP)
    await _answer(store, "unvoted question", "some-fact")

    [gap] = await store.gaps()

    assert gap.representative == "when was the euro introduced"
    assert (gap.count, gap.declined, gap.downvoted) == (1, 0, 1)
    assert gap.nearest_fact_id == "euro-coins-2002"


async def test_most_asked_first_then_limit_and_since(
    store: QuestionStore, clock: ManualClock
) -> None:
    long_ago = clock.now - timedelta(days=60)
    for _ in range(4):
        await _decline(store, "price of gold in 1980", at=long_ago)
    for _ in range(2):
        await _decline(store, "mount everest height")
    for _ in range(3):
        await _decline(store, "speed of sound in water")
    await _decline(store, "number of moons of saturn")

    everything = await store.gaps()
    assert [gap.count for gap in everything] == [4, 3, 2, 1]
    assert everything[0].last_asked == long_ago

    recent = await store.gaps(since=clock.now - timedelta(days=7), limit=2)
    assert [(gap.representative, gap.count) for gap in recent] == [
        ("speed of sound in water", 3),
        ("mount everest height", 2),
    ]


async def test_gaps_include_every_source(store: QuestionStore) -> None:
    for where in (DM, TERMINAL, guild_where(1), guild_where(2)):
        await store.record_question(
            "tallest building in lagos", where=where, pack="p", fact_id=None, confidence=None
        )
    [gap] = await store.gaps()
    assert gap.count == 4


def test_normalize_drops_case_punctuation_possessives_and_filler() -> None:
    assert normalize("How much heroin did Italy's police seize?!") == "heroin italy police seize"
    assert normalize("Italy\u2019s heroin haul") == "italy heroin haul"
    assert normalize("What is it?") == "what is it"  # nothing but filler: keep the words


def test_one_word_questions_do_not_swallow_specific_ones() -> None:
    at = datetime(2025, 1, 1, tzinfo=UTC)
    questions = [
        GapQuestion(text, at, None, declined=True)
        for text in ("heroin", "heroin?", "heroin italy 2023", "italy heroin seizures")
    ]
    assert sorted(gap.count for gap in group_gaps(questions)) == [2, 2]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("abc xyz'?!"), min_size=0, max_size=25),
        max_size=40,
    )
)
def test_every_question_lands_in_exactly_one_gap(texts: list[str]) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    questions = [
        GapQuestion(text, start + timedelta(seconds=i), None, declined=True)
        for i, text in enumerate(texts)
    ]
    gaps = group_gaps(questions)
    assert sum(gap.count for gap in gaps) == len(texts)
    stripped = {text.strip() for text in texts}
    assert all(example in stripped for gap in gaps for example in gap.examples)
    assert [gap.count for gap in gaps] == sorted((gap.count for gap in gaps), reverse=True)


def _planted(count: int) -> list[GapQuestion]:
    """Distinct questions over a shared vocabulary, as a member planting declines would."""
    import random

    rng = random.Random(16)
    vocabulary = [f"w{n}q{rng.randint(0, 9999)}" for n in range(300)] + ["cocaine", "seize"]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        GapQuestion(
            " ".join(rng.choice(vocabulary) for _ in range(6)),
            start + timedelta(seconds=n),
            None,
            True,
        )
        for n in range(count)
    ]


def test_grouping_thousands_of_planted_declines_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    from bot.store import gaps as gaps_module

    compared: list[int] = []
    real = gaps_module.process.extractOne

    def counting(query, choices, **kwargs):  # type: ignore[no-untyped-def]
        compared.append(len(choices))
        return real(query, choices, **kwargs)

    monkeypatch.setattr(gaps_module.process, "extractOne", counting)
    planted = (
        _planted(16_000)
        + [
            GapQuestion(
                "how much heroin did italy seize", datetime(2026, 2, 1, tzinfo=UTC), None, True
            )
        ]
        * 5
    )
    began = time.perf_counter()
    gaps = group_gaps(planted, limit=10)
    took = time.perf_counter() - began

    assert took < 15, f"16,000 planted declines took {took:.1f}s (93 s when quadratic)"
    assert max(compared) <= gaps_module.MAX_CANDIDATES
    assert len(compared) <= 2 * gaps_module.MAX_WORDINGS
    assert gaps[0].representative == "how much heroin did italy seize"
    assert gaps[0].count == 5
