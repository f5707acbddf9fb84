"""The index cache: rebuilt whenever what it depends on changes, never served when damaged."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.engine import stored
from bot.engine.engine import Engine
from bot.engine.index import FactIndex
from tests.evaluation import load_questions

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "How much cocaine did Belgium seize?"
QUESTION_SETS = sorted((ROOT / "tests" / "questions").glob("*.jsonl"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped packs with the antwerp index cached, built once for the module."""
    target = tmp_path_factory.mktemp("built") / "knowledge"
    shutil.copytree(ROOT / "knowledge", target, ignore=shutil.ignore_patterns(stored.CACHE_DIR))
    load(target)
    return target


@pytest.fixture
def knowledge(built: Path, tmp_path: Path) -> Path:
    """Each test's own copy of the packs and their cache, to edit and damage."""
    target = tmp_path / "knowledge"
    shutil.copytree(built, target)
    return target


@pytest.fixture
def uncached(knowledge: Path) -> Path:
    shutil.rmtree(knowledge / stored.CACHE_DIR)
    return knowledge


def folders(knowledge: Path) -> list[Path]:
    root = knowledge / stored.CACHE_DIR
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("languages-"))


def load(knowledge: Path) -> Engine:
    return Engine.load(knowledge, ["antwerp"], cache=True)


def builds(caplog: pytest.LogCaptureFixture) -> int:
    return sum("built the index" in r.getMessage() for r in caplog.records)


def test_a_restart_maps_the_cache_instead_of_building(
    knowledge: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.index")
    first = load(knowledge).ask(QUESTION)
    second = load(knowledge).ask(QUESTION)
    assert builds(caplog) == 0
    assert second == first == Engine.load(knowledge, ["antwerp"]).ask(QUESTION)
    assert "123" in second.headline
    assert len(folders(knowledge)) == 1


def test_a_pack_edit_is_served_after_a_restart(knowledge: Path) -> None:
    before = folders(knowledge)
    facts = sorted((knowledge / "antwerp" / "facts").glob("*.yaml"))[0]
    text = facts.read_text(encoding="utf-8")
    topic = next(line for line in text.splitlines() if line.strip().startswith("topic:"))
    facts.write_text(text.replace(topic, f"{topic} (edited)", 1), encoding="utf-8")
    topics = [fact.topic for fact in load(knowledge).browse()]
    assert any(t.endswith("(edited)") for t in topics)
    assert folders(knowledge) != before
    assert len(folders(knowledge)) == 1


def test_a_lexicon_edit_rebuilds_the_cache(
    knowledge: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.index")
    question = "How much zorblex did Belgium seize?"
    before = load(knowledge).ask(question)
    lexicon = knowledge / "antwerp" / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert "cocaine: [coke," in text
    lexicon.write_text(text.replace("cocaine: [coke,", "cocaine: [zorblex, coke,", 1), "utf-8")
    after = load(knowledge).ask(question)
    assert builds(caplog) == 1
    assert after != before
    assert after.answered
    assert "123" in after.headline


def test_an_index_format_change_rebuilds_the_cache(
    knowledge: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, "factbot.index")
    monkeypatch.setattr(stored, "INDEX_FORMAT", stored.INDEX_FORMAT + 1)
    assert "123" in load(knowledge).ask(QUESTION).headline
    assert builds(caplog) == 1


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("facts.bin", lambda data: data[: len(data) // 2]),
        ("index.bin", lambda data: bytes(len(data))),
        ("state.pickle", lambda data: b"garbage" * 100),
        ("postings.i32", lambda data: data[:-4] + b"\xff\xff\xff\x7f"),
        ("meta.json", lambda data: b"{"),
    ],
)
def test_a_damaged_cache_is_rebuilt_with_a_warning(
    knowledge: Path, caplog: pytest.LogCaptureFixture, name: str, damage: object
) -> None:
    (folder,) = folders(knowledge)
    file = folder / name
    file.write_bytes(damage(file.read_bytes()))  # type: ignore[operator]
    caplog.set_level(logging.INFO, "factbot.index")
    answer = load(knowledge).ask(QUESTION)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings
    assert "unusable" in warnings[0].getMessage()
    assert builds(caplog) == 1
    assert "123" in answer.headline
    assert load(knowledge).ask(QUESTION) == answer


def test_the_setting_off_leaves_no_cache(uncached: Path) -> None:
    knowledge = uncached
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "PACKS": "antwerp"}
    env["FACTBOT_INDEX_CACHE"] = "off"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", QUESTION],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "123" in done.stdout
    assert not (knowledge / stored.CACHE_DIR).exists()


def test_two_processes_starting_at_once_build_it_once(uncached: Path) -> None:
    knowledge = uncached
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "PACKS": "antwerp", "LOG_LEVEL": "INFO"}
    command = [sys.executable, "-m", "bot", "ask", QUESTION]
    running = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=300) for process in running]
    assert [process.returncode for process in running] == [0, 0]
    assert all("123" in out for out, _ in outputs)
    logs = "".join(err for _, err in outputs)
    assert logs.count("built the index") == 1
    assert len(folders(knowledge)) == 1


def test_kb_check_builds_the_cache(uncached: Path) -> None:
    knowledge = uncached
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "PACKS": "antwerp"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "index cache: ready for antwerp" in done.stdout
    assert len(folders(knowledge)) == 1


def _answers(engine: Engine, path: Path, limit: int | None) -> list[str]:
    items = load_questions(path)[:limit]
    return [json.dumps(engine.ask(str(item["q"])).model_dump(), sort_keys=True) for item in items]


def _compare(knowledge: Path, limit: int | None) -> None:
    cached = load(knowledge)
    fresh = Engine.load(knowledge, ["antwerp"])
    for path in QUESTION_SETS:
        assert _answers(cached, path, limit) == _answers(fresh, path, limit), path.name


def test_answers_from_the_cache_equal_a_fresh_build(knowledge: Path) -> None:
    _compare(knowledge, 25)


@pytest.mark.slow
def test_answers_from_the_cache_equal_a_fresh_build_on_every_question(knowledge: Path) -> None:
    _compare(knowledge, None)


def test_several_packs_map_each_pack_reading_from_the_cache(
    knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packs = ["antwerp", "harbour"]
    Engine.load(knowledge, packs, cache=True)
    indexed: list[object] = []
    real = FactIndex.__init__

    def counted(self: FactIndex, *args: Any) -> None:
        indexed.append(self)
        real(self, *args)

    monkeypatch.setattr(FactIndex, "__init__", counted)
    cached = Engine.load(knowledge, packs, cache=True)
    assert indexed == []  # neither the packs together nor either pack alone was indexed
    monkeypatch.undo()
    fresh = Engine.load(knowledge, packs)
    for path in QUESTION_SETS:
        assert _answers(cached, path, 25) == _answers(fresh, path, 25), path.name


FIELDS = ("id", "pack", "forms", "bag", *stored.SHARED_FIELDS)


def test_records_decode_to_the_facts_indexed_and_share_what_facts_share(knowledge: Path) -> None:
    """Values that several facts have in common are stored once and decoded as one object;
    every decoded record equals the fact as indexed in memory, with several packs too."""
    packs = ["antwerp", "harbour"]
    cached, fresh = Engine.load(knowledge, packs, cache=True), Engine.load(knowledge, packs)
    assert isinstance(cached.index.facts, stored.StoredFacts)
    for mine, theirs in ((cached, fresh), *zip(cached._readings, fresh._readings, strict=True)):
        decoded, indexed = list(mine.index.facts), list(theirs.index.facts)
        assert [[getattr(f, n) for n in FIELDS] for f in decoded] == [
            [getattr(f, n) for n in FIELDS] for f in indexed
        ]
        by_value: dict[object, object] = {}
        for fact in decoded:
            for name in ("asks", "can_answer"):
                assert by_value.setdefault(getattr(fact, name), getattr(fact, name)) is getattr(
                    fact, name
                )


def test_a_restart_opens_other_languages_from_their_saved_streams(
    knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    from bot.language import streams

    streams.forget()
    word = "incautaciones"
    wanted = StreamMap("es").get(word)
    try:
        load(knowledge)
        (saved,) = (knowledge / stored.CACHE_DIR).glob("languages-*")
        assert (saved / "es.stream").is_file()

        def walk(self: StreamMap, lang: str) -> None:
            raise AssertionError(f"walked the {lang} stream")

        monkeypatch.setattr(StreamMap, "__init__", walk)
        assert streams.lemmas().factory.get_dictionary("es").get(word) == wanted
    finally:
        streams.forget()


def test_stored_weights_remember_words_no_fact_holds() -> None:
    from bot.engine.index import Weights

    asked: list[object] = []

    class Counted(dict[str, int]):
        def __contains__(self, stem: object) -> bool:
            asked.append(stem)
            return super().__contains__(stem)

    weights = Weights(Counted(copper=2), 10)
    assert weights.get("tin", 9.0) == 9.0
    assert "tin" not in weights
    assert weights.get("tin") is None
    assert "copper" in weights
    assert weights["copper"] == weights.get("copper")
    assert asked == ["tin", "copper"]  # each word looked up in the counts once
    with pytest.raises(KeyError):
        weights["tin"]


def test_a_measure_is_counted_without_decoding_its_facts(knowledge: Path) -> None:
    engine = load(knowledge)
    facts = engine.index.facts
    assert isinstance(facts, stored.StoredFacts)
    measures = engine.calculator.measures
    name = max(measures, key=lambda m: len(measures[m]))
    assert len(measures[name]) >= 2
    assert len(facts._live) == 0  # counting decoded nothing
    figures = [(i.value, i.role, i.where) for i in measures[name]]
    assert len(facts._live) == 0  # nor did reading the figures
    assert len(facts._facts._live) == 0
    assert figures == [
        (i.value, i.role, tuple(i.where)) for i in (x.quantity for x in measures[name])
    ]
    assert all(i.quantity.measure == name for i in measures[name])


def test_arithmetic_over_a_measure_reads_only_the_facts_it_cites(knowledge: Path) -> None:
    engine = load(knowledge)
    facts = engine.index.facts
    assert isinstance(facts, stored.StoredFacts)
    answer = engine.ask("What share of Europe's cocaine seizures did Belgium account for?")
    assert answer.kind == "derived"
    assert len(facts._facts._live) == len(answer.fact_ids)  # before: every figure's fact


def test_a_restart_answers_an_english_question_without_reading_the_word_lists(
    knowledge: Path,
) -> None:
    """A question in English is answered from the cache without parsing any YAML (the six
    languages' word lists among them) or importing the English word list or the lemmatizer:
    whether each pack word is ordinary English, and its lemma, are in the cache."""
    script = (
        "import sys; from pathlib import Path; from bot.engine.engine import Engine; "
        f"e = Engine.load(Path({str(knowledge)!r}), ['antwerp'], cache=True); "
        "a = e.ask('How much cocaine did Belgium seize?'); "
        "print(a.answered, 'yaml' in sys.modules, 'wordfreq' in sys.modules, "
        "'simplemma' in sys.modules)"
    )
    load(knowledge)  # the cache is built in this process; the restart only reads it
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "False", "False", "False"], done.stdout + done.stderr


LOADS = """
import json, sys
from pathlib import Path
import wordfreq
from simplemma.strategies.dictionaries import (
    DEFAULT_DICTIONARY_FACTORY, LOW_MEMORY_DICTIONARY_FACTORY,
)
loaded = set()
frequencies = wordfreq.get_frequency_dict
def frequency_list(lang, wordlist="best"):
    loaded.add("wordfreq " + lang)
    return frequencies(lang, wordlist)
wordfreq.get_frequency_dict = frequency_list
for factory in (DEFAULT_DICTIONARY_FACTORY, LOW_MEMORY_DICTIONARY_FACTORY):
    def dictionary(lang, read=factory._get_dictionary):
        loaded.add("simplemma " + lang)
        return read(lang)
    factory._get_dictionary = dictionary
from bot.language import streams
opened = streams._opened
def stream(lang):
    loaded.add("simplemma " + lang)
    return opened(lang)
streams._opened = stream
from bot.engine.engine import Engine
engine = Engine.load(Path(sys.argv[1]), ["antwerp"], cache=True)
engine.warm()
answered = [engine.ask(question).answered for question in sys.argv[2:]]
print(json.dumps({"answered": answered, "loaded": sorted(loaded)}))
"""
"""A fresh process that serves from the cache, warmed as the bot is, asks its arguments and
says which languages' word lists (simplemma's, wordfreq's) it loaded."""


def test_english_questions_load_no_other_language_word_list(knowledge: Path) -> None:
    """Plain English, and English with a stray word ('they'll') among words that other
    languages also have ('is', 'as', 'or'): simplemma and wordfreq read English only."""
    questions = [
        QUESTION,
        "Which day is Noem expected to meet De Wever?",
        "The drug smuggling they'll talk about — is it described as domestic or transnational?",
    ]
    done = subprocess.run(
        [sys.executable, "-c", LOADS, str(knowledge), *questions],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["answered"] == [True] * len(questions)
    assert found["loaded"] == ["simplemma en", "wordfreq en"], done.stderr


def test_autocomplete_from_the_cache_equals_a_fresh_build(knowledge: Path) -> None:
    cached, fresh = load(knowledge), Engine.load(knowledge, ["antwerp"])
    assert isinstance(cached._openings, stored.Openings)  # read from the cache, not rebuilt
    for typed in ("", "how", "how much", "who is", "what did belg", "Noem", "zzz"):
        assert cached.suggest(typed, 25) == fresh.suggest(typed, 25), typed
