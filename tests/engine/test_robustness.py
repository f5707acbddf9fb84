"""Whatever people paste into a message, `ask` returns a well-formed answer and never raises."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from tests.knowledge.support import assert_cited_verbatim, real_engine

ODD_CHARACTERS = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u202e", "\u202d", "\u2066", "\u2067", "\u200f",  # bidirectional overrides and marks
    "\x00", "\x01", "\x07", "\x1b[31m", "\r", "\t", "\x7f", "\u0085", "\u2028",  # control
    "😀", "👍🏽", "🇧🇪", "🧪", "‍👩‍🔬",  # emoji, with modifiers, flags and joiners
    "שלום", "مرحبا", "كوكايين", "\u0301", "𝐁𝐞𝐥𝐠𝐢𝐮𝐦", "Ⅻ", "½", "٣", "１２３",  # scripts, digits
]  # fmt: skip
PACK_WORDS = [
    "how", "much", "many", "cocaine", "coke", "Belgium", "Spain", "Netherlands", "Italy",
    "Europe", "seize", "seized", "tons", "tonnes", "kg", "lb", "convert", "to", "in", "share",
    "more", "than", "together", "per", "year", "second", "least", "rank", "Noem", "De Wever",
    "Five Eyes", "who", "when", "where", "?", "%", "10", "0", "3.5", ".5", "-7", "2023",
    "@everyone", "<@123456789>", "```", "**", "thanks", "help", "facts",
]  # fmt: skip
FACT_KINDS = {"fact", "derived"}

questions = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PACK_WORDS + ODD_CHARACTERS), max_size=20).map(" ".join),
    st.lists(st.sampled_from(PACK_WORDS) | st.text(max_size=3), max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return real_engine()


def assert_well_formed(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.answered, bool)
    assert isinstance(answer.headline, str)
    assert answer.headline.strip(), "empty headline"
    assert 0.0 <= answer.confidence <= 100.0, answer.confidence
    if answer.answered and answer.kind in FACT_KINDS:
        assert answer.fact_id is not None
        assert_cited_verbatim(answer)
    if not answer.answered:
        assert answer.fact_id is None, answer


@settings(max_examples=200, deadline=None)
@given(text=questions)
@example(text="")
@example(text="x" * 10_000)
@example(text="How much cocaine did Belgium seize? " * 280)
@example(text=" \t\n\r\u3000\u00a0 ")
@example(text="?!.,;:…—–-()[]{}<>/\\|'\"`~^*&%$#@+=_")
@example(text="\x00\x01")
@example(text="\u202eevil")
@example(text="\u202eHow much cocaine did Belgium seize?")
@example(text="@everyone")
@example(text="```python\nimport os\nos.system('rm -rf /')\n```")
@example(text="convert 1" + "0" * 400 + " kg to lb")
@example(text="1" + "0" * 400 + " tonnes")
@example(text="H\u200bow m\u200duch coc\u00adaine did Bel\u2060gium seize?")
def test_any_text_gets_a_well_formed_answer(engine: Engine, text: str) -> None:
    answer = engine.ask(text)

    assert_well_formed(answer)


@pytest.mark.parametrize(
    "text",
    [
        "How much cocaine did Belgium seize?",
        "\u202eHow much cocaine did Belgium seize?",
        "How\u200b much cocaine did Belgium seize?\x00",
        "HOW MUCH COCAINE DID BELGIUM SEIZE??? 😀",
    ],
    ids=["plain", "rtl-override", "zero-width-and-nul", "shouting-emoji"],
)
def test_invisible_characters_do_not_change_the_answer(engine: Engine, text: str) -> None:
    answer = engine.ask(text)

    assert answer.answered
    assert answer.fact_id == engine.ask("How much cocaine did Belgium seize?").fact_id


@pytest.mark.parametrize(
    "text",
    ["@everyone", "@here", "```\n\n```", "🙂🙂🙂", "?!?!", "\u200b\u200b", "\u202e"],
)
def test_a_message_with_no_question_in_it_is_not_answered_with_a_fact(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)

    assert not answer.answered, f"{text!r} was answered with {answer.fact_id}"
    assert answer.fact_id is None
