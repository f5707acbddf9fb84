"""Shapes of asking that are not a plain question: a year said aloud, a request put as an
order, statements that set the scene before the question, either-or between two things the
pack knows, a comparison checked yes or no, a question opened by a denied auxiliary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def _shown(engine: Engine, question: str) -> str:
    return render_markdown(engine.ask(question)).replace(",", "")


def _shows(engine: Engine, question: str, expected: str, flags: int = 0) -> None:
    """The reply, as a user reads it, says what was expected."""
    shown = _shown(engine, question)
    assert re.search(expected, shown, flags), shown


def _declines(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much cocaine did belgium seize in twenty twenty three", r"\b123\b"),
        ("spain's cocaine haul in twenty twenty three", r"\b118\b"),
        ("cocaine seized in europe in twenty twenty three", r"\b419\b"),
        ("what did the netherlands seize in twenty twenty three", r"\b59\b"),
        ("which report, the twenty twenty five one?", r"2025"),
        ("a hundred and twenty three tonnes in pounds", r"\b271169\b"),
        ("how many kilos is a hundred and eighteen metric tons", r"\b118000\b"),
        ("a thousand tonnes in short tons", r"\b1102\b"),
        ("is four hundred and nineteen tonnes the european total?", r"\b419\b"),
        ("one hundred and eighteen metric tons in kilos", r"\b118000\b"),
    ],
)
def test_numbers_and_years_said_aloud_are_read_as_figures(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much cocaine did belgium seize in twenty twenty two",
        "spain's seizures in twenty nineteen?",
        "what did europe seize in twenty twenty one",
        "how much cocaine did the netherlands seize in nineteen ninety nine",
        "cocaine seized by belgium in twenty oh five",
    ],
)
def test_a_year_said_aloud_that_the_pack_lacks_is_declined(engine: Engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Please confirm the aggregate quantity, in metric tonnes, of cocaine seized in "
            "Europe in 2023.",
            r"\b419\b",
        ),
        ("Kindly state the quantity of cocaine seized by Spain.", r"\b118\b"),
        ("Please provide the combined tonnage of Belgium, Spain and the Netherlands.", r"\b300\b"),
        ("Please state the Belgian figure in US short tons.", r"\b135\.6\b"),
        ("Could you specify the amount the Netherlands seized?", r"\b59\b"),
        (
            "Kindly indicate the purpose of the meeting as stated by De Wever's office.",
            r"cooperation",
        ),
        (
            "Please identify the venue of the Five Eyes talks, for our records.",
            r"Honourable Artillery",
        ),
        (
            "Kindly provide the number of new substances the early warning system has identified.",
            r"\b1000\b",
        ),
        (
            "Please state how old the early warning system is, rounded to the nearest whole unit.",
            r"\b27\b",
        ),
        ("Tell me the Dutch seizure figure, expressed in kilograms.", r"\b59000\b"),
    ],
)
def test_a_request_put_as_an_order_is_answered_as_the_question_it_is(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


def test_an_order_to_confirm_a_claim_still_checks_it(engine: Engine) -> None:
    answer = engine.ask("please confirm that Belgium seized 123 tonnes")
    assert answer.verdict == "yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Belgium's total is 123 tonnes. Europe's total is 419 tonnes. Spain is just behind "
            "Belgium. What would Belgium's figure be in kilograms?",
            r"\b123000\b",
        ),
        ("Spain had 118. Belgium had 123. How much did the Netherlands seize?", r"\b59\b"),
        (
            "The report came out in 2025. It is about 2023. Who published the report?",
            r"Drugs Agency",
        ),
        (
            "Europe seized 419 tonnes. That was a record. "
            "Where is Europe's busiest port for drugs?",
            r"Antwerp",
        ),
        (
            "Belgium came first. Spain was second. How much did Spain seize in pounds?",
            r"\b260145\b",
        ),
        (
            "Noem is in Europe this week. She was in London before. Who hosted the London talks?",
            r"Mahmood",
        ),
        (
            "The Five Eyes met in London. Five countries sent ministers. "
            "What did the Five Eyes discuss?",
            r"migration|gangs",
        ),
        (
            "Belgium 123, Spain 118. Those are big numbers. "
            "What did the Netherlands seize in kilos?",
            r"\b59000\b",
        ),
        ("I read the piece twice. It is long. Who is Belgium's prime minister?", r"De Wever"),
        ("The system is old. It finds new drugs. How old is the early warning system?", r"\b27\b"),
    ],
)
def test_a_question_after_scene_setting_statements_is_read_alone(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Were the London talks about the spread of opioids or of cocaine?", r"opioids"),
        ("Is Europe the leading producer and exporter of ecstasy or of cocaine?", r"ecstasy"),
        ("did the five eyes talk about opioids or heroin?", r"opioids"),
        ("ecstasy or cocaine: which does europe lead in producing?", r"ecstasy"),
        ("was it noem or mahmood who hosted the five eyes?", r"Mahmood"),
        ("who hosted the London talks, Mahmood or Noem?", r"Mahmood"),
        ("is Europe a leading exporter of cocaine or ecstasy?", r"ecstasy"),
        ("london talks: opioids or cocaine?", r"opioids"),
        ("Europe: top producer of ecstasy, or of cocaine?", r"ecstasy"),
        ("was the five eyes host mahmood or de wever", r"Mahmood"),
    ],
)
def test_either_or_between_two_known_things_answers_with_the_one_the_fact_holds(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert re.search(expected, render_markdown(answer)), answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is it true that Spain seized more cocaine than Belgium in 2023?", "no"),
        ("belgium seized more than spain, right?", "yes"),
        ("did the netherlands seize less than spain?", "yes"),
        ("Didn't Spain seize more than Belgium?", "no"),
        ("the netherlands seized more cocaine than belgium, correct?", "no"),
        ("did spain seize fewer tonnes than belgium?", "yes"),
        ("Belgium's haul was smaller than the Netherlands', true?", "no"),
        ("is it right that spain seized more than the netherlands?", "yes"),
        ("did belgium seize less than spain?", "no"),
        ("spain had a bigger haul than the dutch, yeah?", "yes"),
    ],
)
def test_a_claimed_comparison_is_answered_yes_or_no_with_the_gap(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.headline.lower().startswith(verdict), answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("wasn't the meeting in Antwerp?", "yes"),
        ("wasn't the meeting in Ghent?", "no"),
        ("isn't belgium the top seizer", "yes"),
        ("didn't noem meet de wever in antwerp?", "yes"),
        ("didn't the meeting take place in brussels?", "no"),
        ("isn't mahmood the home secretary?", "yes"),
        ("wasn't 2023 a record year for cocaine seizures?", "yes"),
        ("isn't spain the top seizer?", "no"),
        ("didn't europe seize 419 tonnes?", "yes"),
        ("isn't de wever a former mayor of antwerp?", "yes"),
    ],
)
def test_a_question_opened_by_a_denied_auxiliary_expects_yes(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict or answer.headline.lower().startswith(verdict), answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Yaani, what percentage of the total was Spain's share, habibi?", r"\b28\.2\b"),
        ("bhai how much cocaine did belgium seize yaar", r"\b123\b"),
        ("wallah how much did the netherlands seize?", r"\b59\b"),
        ("arre, who is belgium's prime minister?", r"De Wever"),
        ("güey, how much cocaine did spain seize?", r"\b118\b"),
        ("inshallah the bot knows: where is europe's busiest drug port?", r"Antwerp"),
        ("alors, how much cocaine did europe seize in 2023?", r"\b419\b"),
        ("habibi who hosted the five eyes in london", r"Mahmood"),
        ("yalla, how old is the early warning system?", r"\b27\b"),
        ("bitte, how much did belgium seize in kilos?", r"\b123000\b"),
    ],
)
def test_chatter_words_of_other_languages_around_an_english_question_are_fillers(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Please advise the proportion of the European total not accounted for by the three "
            "leading seizing states.",
            r"\b28\.4\b",
        ),
        (
            "what share of europe's cocaine is unaccounted for by the three named countries?",
            r"28\.4",
        ),
        (
            "Belgium had 123 tonnes and Spain 118, so what's the gap in kilos?",
            r"\b5000\b",
        ),
        ("Spain had 118 tonnes and the Netherlands 59: what's the gap?", r"\b59\b"),
        ("Which country had the biggest pile of cocaine?", r"Belgium"),
    ],
)
def test_remainders_gaps_and_amounts_in_plain_words(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Was most of the cocaine seized in 2023 shipped from Colombia or from Ecuador?",
        "did the cocaine come from peru or bolivia?",
        "was the meeting in ghent or in bruges?",
        "did belgium seize more cocaine in 2019 or in 2020?",
        "is the eu drugs agency in lisbon or in madrid?",
    ],
)
def test_either_or_where_neither_alternative_is_known_is_declined(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered or (answer.verdict is None and "Antwerp" in answer.headline), (
        answer.headline
    )


@pytest.mark.parametrize(
    "question",
    [
        "what share of world seizures did the three countries have?",
        "how much cocaine was seized worldwide in 2023?",
        "what is belgium's share of global cocaine seizures?",
        "which country seized the most cocaine in the world?",
        "how much cocaine was seized on earth in 2023?",
    ],
)
def test_the_world_is_not_europe(engine: Engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has noem traveled globally?", r"South America"),
        ("where has noem travelled around the world?", r"South America"),
    ],
)
def test_travel_around_the_world_is_still_travel(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the Canadian minister who attended the London talks?",
        "tell me the australian minister who came to london",
        "what was the new zealand minister called who attended",
        "which canadian minister was at the five eyes talks?",
        "name the australian minister who met noem in london",
    ],
)
def test_a_minister_the_source_does_not_name_is_declined(engine: Engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Did De Wever serve as mayor for 10 years or 15 years?",
        "was de wever mayor for 6 or 12 years?",
        "did noem visit 3 or 4 countries in south america?",
        "was the honourable artillery company building 200 or 300 years old?",
        "were 20 or 30 ministers at the five eyes talks?",
    ],
)
def test_either_or_between_figures_the_source_does_not_give_is_declined(
    engine: Engine, question: str
) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Georgia raid: number of workers detained?",
        "number of protesters in seoul?",
        "the number of agents at the meeting?",
        "number of ports in belgium?",
        "number of people deported by the trump administration",
    ],
)
def test_a_number_of_something_the_source_does_not_count_is_declined(
    engine: Engine, question: str
) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("number of new substances found by the early warning system", r"\b1000\b"),
        ("did belgium seize 123 or 130 tonnes?", r"\b123\b"),
    ],
)
def test_a_number_of_something_counted_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kindly identify the office currently held by Ms. Kristi Noem.", r"Homeland Security"),
        ("what is the office held by kristi noem", r"Homeland Security"),
        ("the post held by de wever?", r"prime minister"),
        ("please state the position held by shabana mahmood", r"Home Secretary"),
        ("role held by noem?", r"Homeland Security"),
    ],
)
def test_the_office_held_by_someone_is_their_job(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected, re.I)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats the gap between first and third place in cocaine seizures?", r"\b64\b"),
        ("how much more did the top country seize than the third?", r"\b64\b"),
        ("how much more did belgium seize than the third-placed country?", r"\b64\b"),
        ("first and second place combined, how much cocaine?", r"\b241\b"),
        ("difference between the second and third biggest seizers?", r"\b59\b"),
        ("in cocaine seized, how far behind first place was second place?", r"\b5\b"),
        ("gap between spain and the top seizer", r"\b5\b"),
        ("the top two countries together seized how much?", r"\b241\b"),
        ("what separates the top seizer from the country in third?", r"\b64\b"),
        ("how much less did the third-ranked country seize than the first?", r"\b64\b"),
    ],
)
def test_arithmetic_over_ranks_is_done_on_the_places_at_those_ranks(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much was seized in total in 2023?", r"\b419\b"),
        ("how much cocaine was seized in total?", r"\b419\b"),
        ("all together, how much cocaine got seized?", r"\b419\b"),
        ("what did the three countries seize together?", r"\b300\b"),
        ("the named countries combined?", r"\b300\b"),
        ("belgium and spain together?", r"\b241\b"),
    ],
)
def test_a_total_names_no_parts_unless_it_asks_for_them(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("true or false: belgium seized 123 tonnes", "yes"),
        ("true or false: spain led europe", "no"),
        ("True or false - the meeting is in Ghent", "no"),
        ("True or false: De Wever is a former mayor of Antwerp.", "yes"),
        ("true or false: the netherlands seized 95 tonnes", "no"),
    ],
)
def test_a_claim_after_true_or_false_is_checked(engine: Engine, claim: str, verdict: str) -> None:
    answer = engine.ask(claim)
    assert answer.verdict == verdict, answer.headline


def test_a_figure_in_words_with_a_hyphen_is_one_figure() -> None:
    from bot.language.numbers import figures_in

    assert 65.0 in figures_in("backed by sixty-five volunteers")
    assert 72.0 in figures_in("seventy two helpers")


@pytest.mark.parametrize(
    "question",
    [
        "what was the ticket price for the Antwerp meeting?",
        "what is the budget of the eu drugs agency?",
        "What was the cost of the Five Eyes meeting?",
        "what is the population of antwerp?",
        "what was the score of the vote on the meeting?",
    ],
)
def test_a_figure_asked_of_a_fact_that_gives_none_is_declined(
    engine: Engine, question: str
) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who came second among the countries", r"Spain"),
        ("which came last among them?", r"Netherlands"),
        ("of the three, who seized least?", r"Netherlands"),
        ("among the countries, who led?", r"Belgium"),
        ("who was third of the countries?", r"Netherlands"),
    ],
)
def test_a_rank_among_the_countries_named(engine: Engine, question: str, expected: str) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("yeah ok what's the gap between Belgium and the Netherlands", r"\b64\b"),
        ("oh wow, so how much did the Netherlands seize?", r"\b59\b"),
        ("pretty sure it was Spain that seized 118 tonnes, am I close?", r"^\**Yes\b.*\b118\b"),
        ("yep, and what did Noem discuss in Antwerp?", r"maritime security"),
        ("approximately how much did Spain seize?", r"\b118\b"),
        ("did the agency spot roughly 1,000 new substances?", r"^\**Yes\b.*\b1000\b"),
    ],
)
def test_interjections_hedges_and_approximations_around_a_question(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("the Netherlands outdid Spain, right?", "No"),
        ("did Spain overtake Belgium in 2023?", "No"),
        ("Spain surpassed the Netherlands, correct?", "Yes"),
        ("oh sure, the Netherlands totally crushed Belgium, right?", "No"),
        ("Belgium topped Spain, didn't it?", "Yes"),
    ],
)
def test_a_claim_that_one_beat_another_is_checked(engine: Engine, claim: str, verdict: str) -> None:
    _shows(engine, claim, rf"^\**{verdict}\b")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which country led? A) Spain B) the Netherlands C) Belgium", r"Belgium"),
        ("Where did Noem meet De Wever: 1) Ghent 2) Antwerp", r"Antwerp"),
        ("quiz time: which country seized the most? a) Netherlands b) Belgium", r"Belgium"),
    ],
)
def test_a_quiz_with_labelled_choices_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which seized the most heroin? A) Belgium B) Italy",
        "which seized the most heroin, Spain or Italy?",
        "how much cocaine did germny seize?",
        "porugal's cocaine seizures?",
    ],
)
def test_a_choice_or_a_misspelt_name_the_pack_lacks_is_declined(
    engine: Engine, question: str
) -> None:
    _declines(engine, question)


def test_labels_become_alternatives_only_in_sequence() -> None:
    from bot.engine.understand import as_alternatives

    assert as_alternatives("which led: A) Spain B) Chile") == "which led, Spain or Chile"
    assert as_alternatives("plan B) is off") == "plan B) is off"
    assert as_alternatives("1) first 3) third") == "1) first 3) third"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Belgium ne kitna cocaine pakda?", r"\b123\b"),
        ("Spain ka seizure kitna tha?", r"\b118\b"),
        ("Kaun hai Shabana Mahmood?", r"Home Secretary"),
        ("how much did the Nethrelands seize", r"\b59\b"),
    ],
)
def test_question_words_of_code_mixed_english(engine: Engine, question: str, expected: str) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many percentage points separate the Netherlands' share from Spain's?", r"\b14\.1 "),
        ("Belgium's share minus the Netherlands' share of Europe's total?", r"\b15\.3 percentage"),
        (
            "In percentage points, how much bigger was Spain's figure than the Netherlands'?",
            r"\b14\.1 percentage",
        ),
    ],
)
def test_a_gap_between_shares_is_in_percentage_points(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


def test_a_relative_gap_is_still_a_percentage_of_the_smaller(engine: Engine) -> None:
    _shows(engine, "By what percentage did Belgium's haul exceed Spain's?", r"\b4\.2%")


@pytest.mark.parametrize(
    "question",
    [
        "what was the 2022 tonnage?",
        "were 300 Korean workers detained?",
        "did De Wever meet 12 officials?",
    ],
)
def test_a_year_or_a_claimed_figure_the_source_lacks_is_not_confirmed(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict is None, answer.headline
    assert "2,022" not in answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "i was wondering whether you could tell me what the gap between Spain and Belgium was",
            r"\b5 metric tons\b",
        ),
        ("my teacher asked us how much more Belgium seized than the Netherlands", r"\b64\b"),
        ("could you work out how much Spain and the Netherlands seized together", r"\b177\b"),
    ],
)
def test_arithmetic_embedded_after_opening_words(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "claim",
    [
        "has the warning system found 50 new drugs?",
        "so the early warnign system found like 3 new drugs ever, right?",
    ],
)
def test_a_claimed_figure_is_checked_against_the_fact_that_states_one(
    engine: Engine, claim: str
) -> None:
    _shows(engine, claim, r"^\**No\b.*\b1000 new substances")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how far behind the first-placed country was the third-placed one?", r"\b64\b"),
        ("how far ahead of the Netherlands was Spain?", r"\*\*59 metric tons\*\* more"),
        (
            "gap between the second-placed and last-placed countries?",
            r"\*\*59 metric tons\*\* more",
        ),
    ],
)
def test_how_far_behind_and_placed_ranks(engine: Engine, question: str, expected: str) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who came in behind Spain in the seizure table?", r"Netherlands"),
        ("which country was ahead of Spain?", r"Belgium"),
        ("which country finished behind Belgium?", r"Spain"),
    ],
)
def test_the_place_next_to_one_named(engine: Engine, question: str, expected: str) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("@marco says belgium seized 123 tonnes of cocaine, right?", r"\b123\b"),
        ("@ana_b how much cocaine did spain seize?", r"\b118\b"),
        ("@Sam.K reckons the netherlands seized 59 tons — true?", r"\b59\b"),
        ("replying to @lee: who is Noem meeting in Antwerp?", r"De Wever"),
        ("@kim @jo which country seized the most cocaine?", r"Belgium"),
        ("how much cocaine was seized in europe in 2023 @everyone", r"\b419\b"),
        ("@dev_team where will noem meet de wever?", r"Antwerp"),
        ("lol @rick who was de wever before he became prime minister", r"mayor"),
        ("@max he says europe seized 419 metric tons of cocaine in 2023, right?", r"\b419\b"),
        ("@pat: what is the five eyes?", r"intelligence"),
    ],
)
def test_a_user_the_message_addresses_is_not_what_it_asks(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


def test_an_email_address_is_not_read_as_addressing_someone(engine: Engine) -> None:
    assert engine.analyzer.analyse("write to ops@france.example about it").entities


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Give me Belgium's figure in US tons for the memo.", r"\b135"),
        ("Europe total in US short tons as well, for the Washington office.", r"\b46[12]"),
        ("how much cocaine did spain seize for my essay intro", r"\b118\b"),
        ("for my quiz, how much cocaine did spain seize", r"\b118\b"),
        ("who is noem meeting in antwerp? for the team slide", r"De Wever"),
        ("netherlands cocaine tonnage for my boss", r"\b59\b"),
        ("which country seized the most cocaine, for the class quiz", r"Belgium"),
        ("what was de wever before he became prime minister, for my homework", r"mayor"),
        ("how much cocaine was seized in europe in 2023 for our newsletter", r"\b419\b"),
        ("what is the five eyes, for a podcast script", r"intelligence"),
    ],
)
def test_what_the_asker_wants_it_for_is_not_part_of_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much heroin did spain seize, for my essay",
        "how much cocaine did italy seize for the memo",
        "for my quiz, how much cocaine did belgium seize in 2019",
    ],
)
def test_a_purpose_does_not_hide_what_the_pack_lacks(engine: Engine, question: str) -> None:
    _declines(engine, question)


def test_for_and_a_name_of_the_pack_stays_part_of_the_question(engine: Engine) -> None:
    _shows(engine, "what was the figure for the Netherlands?", r"\b59\b")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("@jules claims europe seized 419 metric tons of cocaine in 2023. legit?", r"\b419\b"),
        ("my uncle reckons belgium seized 200 tons, is he right?", r"^\*\*No\b.*\b123\b"),
        ("this guy on reddit is saying spain seized 118 tons, true?", r"^\*\*Yes\b.*\b118\b"),
        ("she swears that the netherlands seized 54 metric tons, right?", r"^\*\*No\b.*\b59\b"),
    ],
)
def test_who_puts_a_claim_is_no_part_of_what_is_checked(
    engine: Engine, question: str, expected: str
) -> None:
    _shows(engine, question, expected, re.S)


def test_a_claimant_the_pack_knows_is_kept(engine: Engine) -> None:
    """'De Wever said …' asks about the source's words, not a reader's claim."""
    assert "wever" in engine.analyzer.analyse("De Wever said the port needs help").words
