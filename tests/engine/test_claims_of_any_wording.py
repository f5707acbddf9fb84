"""Claims checked in the words people put them in: in another language (with its own
'than', 'or', tag and indefinite article), naming something the pack lacks where the pack
holds the fact that settles it, giving someone a post the source gives otherwise, or stated
without a question mark at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.engine.claims import assert_answered_plainly, assert_settled, verdict_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Klopt het dat België meer cocaïne in beslag nam dan Spanje?", "yes"),
        ("Spanje heeft meer cocaïne in beslag genomen dan België, toch?", "no"),
        ("Est-ce que l'Espagne a saisi plus de cocaïne que la Belgique ?", "no"),
        ("La Belgique a saisi plus de cocaïne que les Pays-Bas, n'est-ce pas ?", "yes"),
        ("Hat Spanien mehr Kokain beschlagnahmt als Belgien?", "no"),
        ("Belgien hat mehr Kokain beschlagnahmt als die Niederlande, oder?", "yes"),
        ("¿Bélgica incautó más cocaína que España, verdad?", "yes"),
        ("¿Es verdad que los Países Bajos incautaron más cocaína que España?", "no"),
        ("Waren de inbeslagnames van 2023 een record?", "yes"),
        ("War 2023 ein Rekordjahr?", "yes"),
        ("¿Fue 2023 un año récord para las incautaciones?", "yes"),
        ("Les saisies de cocaïne de 2023 étaient un record, non ?", "yes"),
    ],
)
def test_a_check_in_another_language_is_answered_yes_or_no(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Fand das Five-Eyes-Treffen in London oder in Washington statt?", "London"),
        ("¿La reunión fue en Londres o en Washington?", "London"),
        ("La réunion était à Londres ou à Washington ?", "London"),
    ],
)
def test_either_or_in_another_language_is_answered_with_the_one_the_source_gives(
    engine: Engine, question: str, place: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.verdict is None
    assert place in answer.headline


def test_the_article_that_is_also_one_is_no_count(engine: Engine) -> None:
    """'een record' is a record, not one record: the claim is borne out, not denied."""
    assert verdict_of(engine, "Waren de inbeslagnames in 2023 een record?") == "yes"
    assert verdict_of(engine, "Les saisies de 2023 étaient-elles un record, non ?") == "yes"


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        ("Greece seized the most cocaine in Europe in 2023, right?", "Belgium"),
        ("so Portugal came third with 59 tonnes?", "Netherlands"),
        ("Poland was second with 118 tonnes, right?", "Spain"),
        ("so Denmark came second in the cocaine table?", "Spain"),
        ("Austria was the country that seized the most cocaine, right?", "Belgium"),
        ("Italy seized 123 metric tons, correct?", "Belgium"),
        ("Ireland seized 59 tonnes of cocaine in 2023, right?", "Netherlands"),
        ("Belgium, Spain and Portugal accounted for 72% of Europe's cocaine seizures?", "72"),
        ("Mexico, Belgium and Spain made up 72% of the seizures, right?", "Netherlands"),
        ("the busiest port for drugs in Europe is Hamburg, isn't it?", "Antwerp"),
        ("Rotterdam is Europe's busiest port for drugs, right?", "Antwerp"),
        ("the figures come from an Interpol report, don't they?", "Drugs Agency"),
        ("the talks in London were hosted by Boris Johnson, right?", "Mahmood"),
        ("Rishi Sunak hosted the Five Eyes ministers in London, didn't he?", "Mahmood"),
        ("the London talks were hosted by Priti Patel, weren't they?", "Mahmood"),
    ],
)
def test_a_false_claim_naming_what_the_pack_lacks_is_answered_no_with_the_fact(
    engine: Engine, claim: str, shown: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered
    assert answer.verdict == "no", answer.headline
    assert shown in answer.headline


@pytest.mark.parametrize(
    "claim",
    [
        "Italy seized more cocaine than Spain, right?",
        "did Portugal seize more cocaine than Belgium?",
        "Germany seized about 40 tonnes in 2023, didn't it?",
        "Norway seized 30 tonnes of cocaine in 2023, right?",
        "France seized 80 tonnes of cocaine in 2022, right?",
        "did Belgium seize heroin too?",
        "did Spain seize heroin as well?",
        "Canada sent Jo Bloggs to the London talks, right?",
        "Australia's minister at the talks was Jo Bloggs, right?",
    ],
)
def test_a_claim_the_pack_cannot_settle_is_still_declined(engine: Engine, claim: str) -> None:
    """A figure the pack does not give for the missing thing, a comparison that needs its
    figure, a substance with no figure, a person beside several unnamed ones: declined."""
    assert not engine.ask(claim).answered


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("is Noem the US secretary of state?", "no"),
        ("De Wever is Belgium's foreign minister, isn't he?", "no"),
        ("Mahmood is the UK foreign secretary, right?", "no"),
        ("Shabana Mahmood is the US homeland security secretary?", "no"),
        ("so De Wever is the Belgian finance minister?", "no"),
        ("Mahmood is Britain's justice secretary, correct?", "no"),
        ("Noem is America's defence secretary, right?", "no"),
        ("is Kristi Noem the homeland security secretary?", "yes"),
        ("is De Wever Belgium's prime minister?", "yes"),
        ("is Mahmood the UK home secretary?", "yes"),
        ("is Bart De Wever the Belgian prime minister?", "yes"),
        ("is kristi noem the US homeland security secretary?", "yes"),
    ],
)
def test_a_post_is_checked_against_the_title_the_source_gives(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Belgium seized 118 tonnes of cocaine in 2023", "no"),
        ("Spain seized 118 tonnes of cocaine in 2023", "yes"),
        ("the Netherlands seized 59 tonnes of cocaine in 2023", "yes"),
        ("the Netherlands seized 80 tonnes of cocaine in 2023", "no"),
        ("Spain seized more cocaine than Belgium in 2023", "no"),
        ("Belgium seized more cocaine than Spain in 2023", "yes"),
        ("the three port countries accounted for 72% of Europe's cocaine seizures", "yes"),
        ("the three port countries accounted for 50% of the cocaine seized in Europe", "no"),
        ("Mahmood hosted the Five Eyes talks in London", "yes"),
        ("Mahmood hosted the Five Eyes talks in Paris", "no"),
        ("Europe's cocaine seizures rose in 2023", "yes"),
        ("cocaine seizures in Europe fell in 2023", "no"),
    ],
)
def test_a_statement_put_to_the_bot_is_checked_as_a_claim(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    "message",
    [
        "I read the article about the Five Eyes talks",
        "tell me about the Five Eyes talks",
        "we were talking about the cocaine seizures in Belgium",
        "Belgium cocaine seizures 2023",
        "my friend read the story. Belgium seized a lot",
    ],
)
def test_talk_and_fragments_are_no_claims(engine: Engine, message: str) -> None:
    """Talk about oneself, a request, a fragment or several sentences: answered, not judged."""
    assert engine.ask(message).verdict is None


@pytest.mark.parametrize(
    "claim",
    [
        "Noem visited Germany, right?",
        "De Wever has traveled to Italy, right?",
        "Mahmood welcomed Tony Burke to the talks, right?",
        "Noem met Tony Burke on Tuesday, right?",
        "Portugal was first, ahead of second-placed Spain, right?",
        "Portugal had the second-biggest port in Europe, right?",
        "Spain seized 118 tonnes and the Netherlands seized 59 tonnes",
        "If Spain seized 200 tonnes it would have led",
        "De Wever is the Belgian federal prime minister, right?",
    ],
)
def test_a_claim_nothing_in_the_pack_contradicts_is_not_denied(engine: Engine, claim: str) -> None:
    """No pin ties the claim to one fact's slot (she travelled widely; the talks had unnamed
    ministers; two ranks; a port ranked by no figure), it states two things, or supposes:
    declined or answered, never 'No'."""
    assert engine.ask(claim).verdict != "no"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is it true De Wever was mayor of Antwerp?", "yes"),
        ("Does the article say De Wever was mayor of Antwerp?", "yes"),
        ("Mahmood is the British home secretary?", "yes"),
        ("Mahmood is Britain's home secretary, right?", "yes"),
        ("Noem is the American homeland security secretary?", "yes"),
        ("Noem is the home secretary, right?", "no"),
        ("Powiedz mi, czy Belgia przejęła 123 tony kokainy?", "yes"),
    ],
)
def test_the_tense_a_nationality_and_whose_title_it_is_are_read(
    engine: Engine, claim: str, verdict: str
) -> None:
    """'was mayor' is of then; 'British' says whose post, not which; a title the source gives
    another person is not the claimed person's; a Polish 'czy' mid-message asks whether."""
    assert verdict_of(engine, claim) == verdict


def test_an_unaccented_ou_after_a_verb_of_knowing_asks_where(engine: Engine) -> None:
    answer = engine.ask("Tu sais ou Noem a rencontré De Wever ?")
    assert "Antwerp" in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict", "shown"),
    [
        ("the three countries were 72% of the 500 tonnes total?", "no", "419"),
        ("did belgium, spain and the netherlands make up 72% of 300 tons?", "no", "419"),
        ("the three countries were 72% of the 419 tonnes total?", "yes", "72%"),
        ("so the three countries seized 72% of about 460 short tons?", "yes", "72%"),
    ],
)
def test_the_whole_a_claimed_share_is_of_is_checked_against_the_total(
    engine: Engine, claim: str, verdict: str, shown: str
) -> None:
    assert_settled(engine, claim, verdict, shown)


@pytest.mark.parametrize(
    ("claim", "verdict", "shown"),
    [
        ("the protest was about Japanese workers right?", "no", "South Korean"),
        ("were chinese workers detained in georgia?", "no", "South Korean"),
        ("Is Mahmood the French home secretary?", "no", "U.K."),
        ("Was Noem meeting the German prime minister?", "no", "Belgian"),
        ("is De Wever the Dutch prime minister?", "no", "Belgium"),
        ("is bart de wever spain's prime minister?", "no", "Belgium"),
        ("is noem the canadian homeland security secretary?", "no", "U.S."),
        ("De Wever is the Belgian prime minister, right?", "yes", "Belgium"),
    ],
)
def test_a_nationality_given_to_what_the_source_gives_another_is_answered_no(
    engine: Engine, claim: str, verdict: str, shown: str
) -> None:
    assert_settled(engine, claim, verdict, shown)


@pytest.mark.parametrize(
    "claim",
    [
        "Noem visited Germany?",
        "did Japanese authorities seize cocaine?",
        "German ports seized the most?",
    ],
)
def test_a_nationality_the_source_sets_against_nothing_is_still_declined(
    engine: Engine, claim: str
) -> None:
    assert not engine.ask(claim).answered


@pytest.mark.parametrize(
    ("claim", "verdict", "shown"),
    [
        ("the five eyes met in London right?", "yes", "met in London"),
        ("the five eyes meet was in **London** right?", "yes", "met in London"),
    ],
)
def test_a_check_is_answered_by_the_close_fact_that_settles_it(
    engine: Engine, claim: str, verdict: str, shown: str
) -> None:
    assert_settled(engine, claim, verdict, shown)


@pytest.mark.parametrize(
    "claim",
    ["were the seoul protesters arrested?", "pretty sure the seoul protesters got arrested"],
)
def test_a_runner_up_settles_no_claim_through_a_synonym(engine: Engine, claim: str) -> None:
    assert engine.ask(claim).verdict != "yes"  # the detention was of workers, not protesters


@pytest.mark.parametrize(
    "claim",
    [
        "Stimmt es, dass das Frühwarnsystem 1.000 neue Substanzen entdeckt hat?",
        "Klopt het dat het systeem 1.000 nieuwe stoffen heeft gevonden?",
    ],
)
def test_a_figure_grouped_by_dots_in_another_language_is_thousands(
    engine: Engine, claim: str
) -> None:
    assert_settled(engine, claim, "yes", "1,000")


@pytest.mark.parametrize(
    "claim",
    [
        "did canada send a minister to the london talks?",
        "did mahmood welcome ministers from canada?",
        "were there ministers from canada at the talks?",
    ],
)
def test_a_role_the_sentence_binds_to_a_country_is_borne_out(engine: Engine, claim: str) -> None:
    assert verdict_of(engine, claim) == "yes"


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("was the meeting on monday or tuesday?", "Tuesday"),
        ("was the antwerp meeting set for monday or tuesday?", "Tuesday"),
        ("were the talks about tariffs or migration?", "migration"),
    ],
)
def test_either_of_two_words_is_answered_by_the_one_a_fact_uses(
    engine: Engine, question: str, shown: str
) -> None:
    assert_answered_plainly(engine, question, shown)
