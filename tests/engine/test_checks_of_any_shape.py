"""A claim put to the bot in any shape gets its yes or no: a statement with a question mark
and no auxiliary, a tag without its apostrophe, a question word inside the claim, a rank
written '#1' or 'no.1', 'more than any other', a unit named apart from its figure; and a
claim that gives the words to the wrong person's office is answered no; 'about 132' is
borne out only near 132, 'about 120' within ten."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict", "shown"),
    [
        ("so Noem met De Wever in Antwerp?", "yes", "Antwerp"),
        ("so Noem met De Wever in Ghent?", "no", "Antwerp"),
        ("the drug figures come from the EU drugs agency's 2025 report?", "yes", "2025"),
        ("the Netherlands finished 3rd among the countries named?", "yes", "59"),
        ("De Wever is the prime minister of Belgium, isnt he", "yes", "De Wever"),
        ("did Belgium seize more than twice what the Netherlands did?", "yes", "123"),
        ("did Spain seize three times what the Netherlands did?", "no", "118"),
        (
            "the building where the Five Eyes ministers met dates from the 18th century, right?",
            "yes",
            "18th-century",
        ),
        ("Europe is the #1 producer of ecstasy?", "yes", "ecstasy"),
        ("was Spain no.1 for cocaine seizures in 2023?", "no", "Belgium"),
        ("is it true Belgium seized more cocaine than any other country in Europe?", "yes", "123"),
        ("did Spain seize less cocaine than anybody else in Europe?", "no", "Netherlands"),
        ("in kilograms, Europe's total was about 420,000?", "yes", "419"),
        ("in pounds Belgium's haul was roughly 270,000?", "yes", "123"),
        (
            "Belgium, Spain and the Netherlands made up 72% of all the cocaine seized, right?",
            "yes",
            "72%",
        ),
        ("Europe is still the leading producer of ecstasy?", "yes", "ecstasy"),
        ("wasn't Belgium's haul like 132 metric tons?", "no", "123"),
        ("Belgium seized about 125 tonnes?", "yes", "123"),
        ("did Noem's office say the meeting would underscore close cooperation?", "no", "De Wever"),
        (
            "so the statement about close cooperation came from De Wever's office?",
            "yes",
            "De Wever",
        ),
    ],
)
def test_a_claim_of_any_shape_is_answered_yes_or_no(
    engine: Engine, claim: str, verdict: str, shown: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered
    assert answer.verdict == verdict, answer.headline
    assert shown in render_markdown(answer)


def test_either_or_with_a_figure_names_the_one_that_states_it(engine: Engine) -> None:
    answer = engine.ask("was it Spain or Belgium that seized 123 tonnes?")
    assert answer.answered
    assert answer.verdict is None
    assert answer.headline.startswith("Belgium") or "Belgium" in answer.headline[:40]


def test_a_title_is_not_borne_out_by_a_name_that_shares_a_word(engine: Engine) -> None:
    """'Secretary of State' against 'U.S. Homeland Security Secretary': the 'States' of the
    country's name says nothing of the office."""
    assert engine.ask("noem is the US secretary of state, isn't she?").verdict != "yes"


@pytest.mark.parametrize(
    "question",
    [
        "cocaine seized in 2021 in Spain?",
        "who took over as number one?",
    ],
)
def test_a_topic_or_a_light_verb_is_no_claim_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.verdict is None
    assert not answer.answered or "photo" not in answer.headline
