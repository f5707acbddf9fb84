"""Questions asked in Polish: read through its case endings and its folded letters, answered
in English with the quote, saying the question was read in Polish; what the source does not
say is declined in Polish as in any language."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.language.lemmas import is_word_of, lemma_in
from bot.render.markdown import render_markdown

READ_IN_POLISH = "Read in Polish"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


class TestPolishQuestions:
    @pytest.mark.parametrize(
        ("question", "expected"),
        [
            ("Ile kokainy przejęła Hiszpania?", "118"),
            ("Który kraj przejął najwięcej kokainy?", "Belgium"),
            (
                "Ile łącznie kokainy przejęto w Europie w dwa tysiące dwudziestym trzecim roku?",
                "419",
            ),
            ("Z kim spotka się Kristi Noem w Antwerpii?", "De Wever"),
            ("Kiedy Kristi Noem spotka się z Bartem De Weverem?", "Tuesday"),
            ("Co Noem i De Wever będą omawiać?", "maritime security"),
            ("Gdzie odbyło się spotkanie ministrów Pięciu Oczu?", "London"),
            ("Kim jest Shabana Mahmood?", "Home Secretary"),
            ("Jakie kraje należą do sojuszu Pięciu Oczu?", "New Zealand"),
            ("Ile ton przejęły razem Belgia i Holandia?", "182"),
            ("Jaki procent całości przypadł na Holandię?", "14.1%"),
            ("Ile to kilogramów, te 59 ton Holandii?", "59,000 kilograms"),
            (
                "Ile nowych substancji psychoaktywnych wykrył system wczesnego ostrzegania?",
                "1,000",
            ),
            ("Kto jest czołowym producentem ecstasy?", "Europe"),
            ("Czy De Wever był wcześniej burmistrzem Antwerpii?", "former mayor"),
        ],
    )
    def test_a_polish_question_is_answered_in_english(
        self, engine: Engine, question: str, expected: str
    ) -> None:
        answer = engine.ask(question)
        shown = render_markdown(answer)
        assert answer.answered, shown
        assert expected in shown
        assert READ_IN_POLISH in shown

    @pytest.mark.parametrize(
        "question",
        [
            "Ile heroiny przejęły Niemcy w 2023 roku?",
            "Kto wygrał mistrzostwa świata w piłce nożnej?",
            "Ile kosztuje bilet do Antwerpii?",
            "Kiedy De Wever został premierem?",
        ],
    )
    def test_what_the_source_does_not_say_is_declined(self, engine: Engine, question: str) -> None:
        assert not engine.ask(question).answered

    @pytest.mark.parametrize(
        ("folded", "lemma"),
        [
            ("przejela", "przejąć"),
            ("wewnetrznych", "wewnętrzny"),
            ("calosci", "całość"),
            ("najwiecej", "najwięcej"),
            ("zginelo", "zginąć"),
        ],
    )
    def test_a_folded_word_is_found_with_its_marks_put_back(self, folded: str, lemma: str) -> None:
        assert lemma_in(folded, "pl") == lemma
        assert is_word_of(folded, "pl")
