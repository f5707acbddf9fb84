"""Forms a fresh set of chat questions brought: a country written as its flag ('did 🇧🇪 beat
🇳🇱?'), one figure as a percentage of another named one ('the Dutch haul as a percentage of
Belgium's'), a request to check put before the claim ('answer yes or no: …'), a question
after ', but' ('sorry if this is obvious, but was …'), 'out-seized', a country's formal name
('the Kingdom of Spain'), '… expressed as a percentage', and 'heading to' read as going, not
as a head of something."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.language.codes import spell_flags
from bot.render.markdown import render_markdown
from tests.engine.test_any_entity_arithmetic import engine as ports  # noqa: F401


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("did 🇧🇪 beat 🇳🇱?", "belgium"),
        ("🇮🇹 heroin?", "italy"),
        ("how much did 🇪🇸 seize", "spain"),
        ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f council tax?", "scotland"),
    ],
)
def test_a_flag_is_its_country(text: str, spelt: str) -> None:
    assert spelt in spell_flags(text)


def test_a_flag_after_the_closing_mark_names_nothing() -> None:
    assert "united kingdom" not in spell_flags("the talks were in London, right? 🇬🇧")


def test_a_check_between_flags_compares_the_countries(engine: Engine) -> None:
    answer = engine.ask("wait so 🇧🇪 grabbed more coke than 🇳🇱 fr?? yes or no")
    text = render_markdown(answer)
    assert text.startswith("Yes"), text
    assert "123" in text
    assert "59" in text


@pytest.mark.parametrize(
    "question",
    [
        "what is the Dutch haul as a percentage of Belgium's?",
        "what percentage of Belgium's amount did the Netherlands seize?",
        "the Netherlands' seizures as a fraction of Belgium's",
    ],
)
def test_a_figure_as_a_percentage_of_another_named_one(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.kind == "derived", answer.headline
    assert "48%" in answer.headline, answer.headline
    assert answer.working == ("59 ÷ 123 × 100 = 48%",)


def test_a_share_of_the_named_pair_is_still_over_the_pair(engine: Engine) -> None:
    answer = engine.ask("what share of Belgium and the Netherlands' total was Belgium's?")
    assert "67.6%" in answer.headline, answer.headline


def test_a_percentage_of_another_firm(ports: Engine) -> None:  # noqa: F811
    answer = ports.ask("Saltmarsh's revenue as a percentage of Harbourline's?")
    assert answer.kind == "derived", answer.headline
    assert "41.7%" in answer.headline, answer.headline


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("True or false, class, answer yes or no: the Netherlands seized more than Spain.", "No"),
        ("answer yes or no: the Netherlands seized more cocaine than Spain.", "No"),
        ("T/F: Belgium led", "Yes"),
        ("does the article really claim Belgium out-seized Spain? sounds made up", "Yes"),
        ("did the Netherlands out-seize Spain?", "No"),
        (
            "been lurking for ages, sorry if this is obvious, but was Bart De Wever ever the "
            "mayor of Antwerp?",
            "Yes",
        ),
    ],
)
def test_a_check_however_it_is_put(engine: Engine, question: str, verdict: str) -> None:
    text = render_markdown(engine.ask(question))
    assert text.lstrip("*").startswith(verdict), text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kindly compute the proportion of the European total attributable to the Kingdom of "
         "Spain, expressed as a percentage.", "28.2%"),
        ("Please furnish the aggregate European cocaine seizure quantity for 2023 expressed in "
         "pounds avoirdupois.", "923,737"),
        ("Question 1. Who is the American official heading to Antwerp?", "Noem"),
        ("which american official is heading to antwerp", "Noem"),
    ],
)  # fmt: skip
def test_formal_and_quiz_wording_is_read(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in render_markdown(answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("verify: total cocaine seized in Europe, 2023, metric tons. figure?", "419"),
        ("recompute: Belgium's share of Europe's 2023 cocaine seizures, as a %, from the raw "
         "figures", "29.4%"),
        ("Who can tell me the three problems the London ministers' talks were meant to counter?",
         "opioids"),
        ("what areas were the ministerial talks in London concentrated on?", "extradition"),
    ],
)  # fmt: skip
def test_demands_and_requests_around_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in render_markdown(answer)


@pytest.mark.parametrize(
    "question",
    [
        "How did the 2023 total compare with 2022 — how many more tonnes were seized?",
        "Kindly confirm the number of South Korean workers detained in the Georgia raid.",
    ],
)
def test_what_the_packs_do_not_give_is_declined_however_it_is_asked(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question", ["why did Spain come second?", "why did Belgium top the list?"]
)
def test_a_why_of_a_rank_says_the_source_gives_no_reason(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline
    assert "doesn't say why" in render_markdown(answer)
