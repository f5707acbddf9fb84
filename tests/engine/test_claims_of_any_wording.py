"""Claims checked in the words people put them in: in another language (with its own
'than', 'or', tag and indefinite article), naming something the pack lacks where the pack
holds the fact that settles it, giving someone a post the source gives otherwise, or stated
without a question mark at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def verdict_of(engine: Engine, claim: str) -> str | None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    return answer.verdict


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
        ("the Seoul protesters were angry about Chinese workers being detained?", "South Korea"),
        ("the workers detained in the Georgia raid were Vietnamese, right?", "South Korea"),
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
