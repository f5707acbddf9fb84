"""`kb new` drafts a pack that answers as written: names and their kinds, figures with units,
question forms, a draft lexicon; on texts with curly quotes, non-ASCII names, a BOM, figures
glued to units, money and ranges. The text is original, written for these tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.curation.drafts import DRAFT_NOTE
from bot.curation.figures import read_figures, writes_millions_as_m
from bot.curation.names import find_names
from bot.curation.scaffold import new_pack
from bot.curation.selftest import self_test
from bot.engine.engine import Engine
from bot.language.numbers import stated_figures as figures_in
from tests.knowledge.support import normalise

ZEPHYRA = """\ufeffZephyra unveils £3.5bn plan for Lake Orrin

The electric-boat maker Zephyra said on Tuesday it would spend £3.5bn over five years on a \
new factory at Lake Orrin, creating 1,200 jobs.

Chief executive Amélie Øverby told reporters the plant would build 40,000 boats a year by \
2028. “We are betting on the north,” she said. The company, which employs 5,600 people, made a \
profit of $240m last year on sales of $1.9bn, up 12-15% on 2023.

About half a million people live within 50km of the site, and a third of them work in \
tourism. The Orrin Valley Council (OVC) approved the plans in March. Its leader, José Nuñez, \
said the council had waited 20 years for an investment of this size.
"""
RACE = """\
Kovač takes 400m crown

Mira Kovač won the 400m title in Tallinn on Saturday in 51.20 seconds. The Zadar athlete \
led from the gun. Ana Horvat (51.87) was second while Lena Berg (52.40) took third.
"""


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    directory = tmp_path / "knowledge"
    directory.mkdir()
    return directory


def drafted(knowledge: Path, tmp_path: Path, name: str, text: str) -> Path:
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    new_pack(knowledge, name, source, publisher="Test desk")
    return knowledge / name


def drafted_engine(tmp_path: Path, name: str, text: str) -> Engine:
    """The engine serving a text drafted by `kb new` alone, as a curator would first try it."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    drafted(knowledge, tmp_path, name, text)
    return Engine.load(knowledge, [name])


def facts_of(pack: Path) -> list[dict[str, object]]:
    return yaml.safe_load((pack / "facts" / "draft.yaml").read_text(encoding="utf-8"))["facts"]


def test_names_are_found_with_their_kinds_and_short_forms() -> None:
    names = {n.canonical: n for n in find_names(ZEPHYRA, set())}

    assert names["amelie overby"].kind == "person"
    assert "overby" in names["amelie overby"].surfaces
    assert names["jose nunez"].kind == "person"
    assert names["orrin valley council"].kind == "organisation"
    assert {"ovc", "the council"} <= names["orrin valley council"].surfaces
    assert names["zephyra"].kind == "organisation"
    assert names["lake orrin"].kind == "place"
    assert "chief" not in names
    assert "the" not in names


def test_figures_glued_to_units_money_ranges_and_words_are_read() -> None:
    money_text = writes_millions_as_m(ZEPHYRA)
    found = {
        (f.value, f.unit, f.kind)
        for sentence in ZEPHYRA.split(". ")
        for f in read_figures(sentence, money_text).figures
    }

    assert (3.5e9, "gbp", "money") in found
    assert (240e6, "usd", "money") in found
    assert (1200.0, "count", "count") in found
    assert (12.0, "percent", "share") in found
    assert (500_000.0, "count", "count") in found
    assert (33.3, "percent", "share") in found
    assert (50.0, "kilometer", "length") in found
    assert (20.0, "year", "duration") in found


def test_metres_stay_metres_in_a_text_about_races() -> None:
    reading = read_figures("She won the 800m title in 1:58.20.", writes_millions_as_m(RACE))

    assert [(f.value, f.unit) for f in reading.figures] == [(800.0, "meter"), (118.2, "second")]


def test_every_figure_a_draft_states_is_one_the_checker_reads_in_its_quote() -> None:
    for sentence in ZEPHYRA.splitlines():
        for found in read_figures(sentence, True).figures:
            assert found.value in figures_in(sentence), (sentence, found)


def test_a_drafted_pack_has_a_lexicon_quantities_and_forms_and_cites_verbatim(
    knowledge: Path, tmp_path: Path
) -> None:
    pack = drafted(knowledge, tmp_path, "zephyra", ZEPHYRA)

    copied = (pack / "sources" / "zephyra.txt").read_text(encoding="utf-8")
    assert not copied.startswith("\ufeff"), "the BOM is dropped"
    lexicon = yaml.safe_load((pack / "lexicon.yaml").read_text(encoding="utf-8"))
    assert "amelie overby" in lexicon["entities"]["person"]
    facts = facts_of(pack)
    assert all(normalise(str(f["quotes"][0]["text"])) in normalise(copied) for f in facts)  # type: ignore[index]
    assert any(f.get("quantities") for f in facts)
    assert all(len(f["questions"]) >= 2 for f in facts)  # type: ignore[arg-type]
    assert all(f["curator_note"] == DRAFT_NOTE for f in facts)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many jobs will the factory create?", "1,200"),
        ("Who is the chief executive of Zephyra?", "Øverby"),
        ("What profit did the company make?", "$240m"),
        ("Who leads the council?", "Nuñez"),
        ("When did the OVC approve the plans?", "March"),
        ("How many people live near the site?", "half a million"),
        ("How many people does Zephyra employ?", "5,600"),
        ("Who is the CEO of Zephyra?", "Øverby"),
    ],
)
def test_the_draft_answers_readers_before_anyone_edits_it(
    knowledge: Path, tmp_path: Path, question: str, expected: str
) -> None:
    drafted(knowledge, tmp_path, "zephyra", ZEPHYRA)
    answer = Engine.load(knowledge, ["zephyra"]).ask(question)

    assert answer.answered, answer.headline
    assert expected in answer.headline + " ".join(c.quote for c in answer.citations)


def test_a_race_report_answers_who_won_where_and_in_what_time(
    knowledge: Path, tmp_path: Path
) -> None:
    drafted(knowledge, tmp_path, "race", RACE)
    engine = Engine.load(knowledge, ["race"])

    assert "Kovač" in engine.ask("Who won the 400m title?").headline
    assert "51.20" in engine.ask("What was Kovač's winning time?").headline
    assert "Zadar" in engine.ask("Where is Kovač from?").headline
    assert "Horvat" in engine.ask("Who came second?").headline
    assert not engine.ask("What was Kovač's time in Paris?").answered


def test_the_draft_answers_most_of_its_own_questions(knowledge: Path, tmp_path: Path) -> None:
    drafted(knowledge, tmp_path, "zephyra", ZEPHYRA)

    result = self_test(Engine.load(knowledge, ["zephyra"]).kb)

    assert result.score >= 70, result.misses


@pytest.fixture(scope="module")
def zephyra_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("drafted")
    directory = root / "knowledge"
    directory.mkdir()
    drafted(directory, root, "zephyra", ZEPHYRA)
    drafted(directory, root, "race", RACE)
    return Engine.load(directory, ["zephyra", "race"])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=120))
def test_a_drafted_pack_never_raises_on_arbitrary_text(zephyra_engine: Engine, text: str) -> None:
    zephyra_engine.ask(text)
    zephyra_engine.suggest(text)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_a_drafted_pack_never_raises_on_its_own_questions_changed(
    zephyra_engine: Engine, data: st.DataObject
) -> None:
    questions = [q for f in zephyra_engine.kb.facts for q in f.questions]
    question = data.draw(st.sampled_from(questions))
    cut = data.draw(st.integers(0, len(question)))
    extra = data.draw(st.text(max_size=12))
    for variant in (question, question[:cut], question[:cut] + extra + question[cut:]):
        answer = zephyra_engine.ask(variant)
        for citation in answer.citations:
            assert citation.quote


MAX_FUZZ = int(os.environ.get("FUZZ_EXAMPLES", "20"))
WORDS = st.sampled_from(
    [
        "The", "the", "council", "said", "on", "Tuesday", "it", "would", "spend", "£3.5bn",
        "$240m", "320m", "12-15%", "4.2%", "half a million", "a third", "in", "March", "2023",
        "1,200", "jobs", "800m", "3:46.04", "51.20", "(OVC)", "Orrin Valley Council", "José",
        "Nuñez", "Amélie Øverby", "“We", "are", "ready,”", "she", "said.", "He", "his", "wife",
        "at", "Lake", "Orrin", "(", ")", "-", ",", ".", "?", "!", "''", "'s", "WHO", "U.S.",
        "Dr.", "e.g.", "aged", "84", "born", "in", "Luton", "six", "children", "second", "won",
        "title", "Mr", "Smith", "of", "Smith's", "and", "A", "I", "\ufeff", "\t", "\n\n",
        "two decades", "3 hours", "20 minutes", "1.87m", "10kg", "5 litres", "72 years",
    ]
)  # fmt: skip


@pytest.mark.slow  # a long run of kb processes: it runs after the quick suite
@settings(
    max_examples=MAX_FUZZ,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(WORDS, min_size=3, max_size=60))
def test_kb_new_drafts_any_text_into_a_valid_pack_or_says_why_not(
    tmp_path_factory: pytest.TempPathFactory, words: list[str]
) -> None:
    from bot.curation.scaffold import ScaffoldError

    root = tmp_path_factory.mktemp("fuzz")
    directory = root / "knowledge"
    directory.mkdir()
    source = root / "text.txt"
    source.write_text("Heading\n\n" + " ".join(words) + ".\n", encoding="utf-8")
    try:
        made = new_pack(directory, "fuzz", source)
    except ScaffoldError:
        return  # e.g. no sentence of three words: said so on the command line
    engine = Engine.load(directory, ["fuzz"])
    assert made.facts == len(engine.kb.facts)
    for fact in engine.kb.facts:
        engine.ask(fact.questions[0])


def test_ranges_dates_and_years_are_read_as_when() -> None:
    reading = read_figures("The finals run on 4-6 March 2025 at Madrid, as in the 1980s.")

    assert "2025" in reading.years
    assert any("4-6 March" in date for date in reading.dates)
    assert "1980" in reading.years


def test_url_and_date_are_written_to_the_card(knowledge: Path, tmp_path: Path) -> None:
    source = tmp_path / "race.txt"
    source.write_text(RACE, encoding="utf-8")
    new_pack(
        knowledge,
        "race",
        source,
        title="Kovač takes 400m crown",
        publisher="Test desk",
        url="https://example.org/race",
        date="2025-03-04",
    )

    card = yaml.safe_load((knowledge / "race" / "pack.yaml").read_text(encoding="utf-8"))
    assert card["sources"][0]["url"] == "https://example.org/race"
    assert card["sources"][0]["date"] == "2025-03-04"
    assert card["sources"][0]["title"] == "Kovač takes 400m crown"


PAY = """\
Pay notes

Anna Berg, the chief engineer, earned $50,000 last year. Tom Hale, the finance director, \
earned $65,000 last year.
"""


def test_figures_of_one_person_each_can_be_compared(knowledge: Path, tmp_path: Path) -> None:
    drafted(knowledge, tmp_path, "pay", PAY)
    engine = Engine.load(knowledge, ["pay"])

    answer = engine.ask("How much more did Tom Hale earn than Anna Berg?")

    assert answer.answered, answer.headline
    assert "15,000" in answer.headline
    assert "50,000" in engine.ask("How much did Anna Berg earn?").headline
