"""A draft reads a figure as the text means it: '1.4m (4.6ft)' in a text that talks money is
1.4 metres, since feet stand beside it; 'an eleven year ban' is eleven years, not 'an'; and a
reader asking an amount in another scale ('£512m in billions') gets it in that scale; 'how
fast' asks for a speed ('4km/h'), which a sentence naming the robot but no speed cannot
give; 'which regional department' is asked about in the sentence's 'Industry Department'. The
text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.curation.figures import read_figures
from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted_engine

LAUNCH = """\
Corvane shows off a walking helper robot

Corvane, the Swedish machine maker, has shown a helper robot called Tibbo that it hopes \
will earn it £512m a year by 2030.

Corvane said the 1.4m (4.6ft) Tibbo was the tallest helper robot yet built for homes.

The firm has spent £38m on the project, and its rival Hallvik was handed an eleven year \
ban from the trade body last spring.

Tibbo can roll at 4km/h, twice the pace of the older Rumbo helper.

The project was backed by the regional Industry Department in Lund.

Corvane said Tibbo could be sold in shops and care homes in as little as three years.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("lengths"), "corvane-tibbo", LAUNCH)


def test_a_metre_figure_beside_feet_is_a_length_in_a_text_of_money() -> None:
    figures = read_figures("Corvane said the 1.4m (4.6ft) Tibbo was the tallest yet.", True)
    assert [(f.value, f.unit) for f in figures.figures] == [(1.4, "meter"), (4.6, "foot")]


def test_a_million_in_a_text_of_money_is_still_a_million() -> None:
    figures = read_figures("The deal is worth 1.3m (about £700,000).", True)
    assert figures.figures[0].value == 1_300_000


def test_a_duration_after_an_is_read() -> None:
    figures = read_figures("Hallvik was handed an eleven year ban from the trade body.")
    assert [(f.value, f.unit) for f in figures.figures] == [(11.0, "year")]


def test_a_drafted_length_converts(engine: Engine) -> None:
    answer = engine.ask("how tall is Tibbo in inches?")
    assert answer.answered, answer.headline
    assert "55.1" in " ".join(v.asked.text for v in answer.quantities if v.asked), answer


def test_a_drafted_ban_converts_to_months(engine: Engine) -> None:
    answer = engine.ask("Hallvik's ban in months, please?")
    assert answer.answered, answer.headline
    assert "132" in " ".join(v.asked.text for v in answer.quantities if v.asked), answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("That £512m a year — what is it in billions of pounds?", "0.512 billion pounds sterling"),
        ("Can you give me the £38m in thousands instead?", "38,000 thousand pounds sterling"),
    ],
)
def test_an_amount_is_given_in_the_scale_asked(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert shown in answer.headline


def test_a_speed_is_read() -> None:
    figures = read_figures("Tibbo can roll at 4km/h, or 25 miles per hour downhill.")
    units = [(f.value, f.unit) for f in figures.figures]
    assert units == [(4.0, "kilometer_per_hour"), (25.0, "mile_per_hour")]


def test_how_fast_is_answered_by_the_sentence_giving_a_speed(engine: Engine) -> None:
    answer = engine.ask("how fast can Tibbo go?")
    assert answer.answered, answer.headline
    assert "4km/h" in answer.headline


def test_how_tall_is_not_answered_by_a_sentence_without_a_length(engine: Engine) -> None:
    answer = engine.ask("how tall is Rumbo?")
    assert not answer.answered or "1.4m" in answer.headline, answer.headline


def test_what_is_asked_about_may_be_any_word_of_its_phrase(engine: Engine) -> None:
    answer = engine.ask("which regional government department backed the project?")
    assert answer.answered, answer.headline
    assert "Industry Department" in answer.headline
