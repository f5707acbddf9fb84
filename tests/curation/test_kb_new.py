"""`kb new`: a pack drafted from a source text passes `kb check` as written and answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.curation.drafts import DRAFT_NOTE
from bot.curation.scaffold import ScaffoldError, new_pack
from bot.curation.sentences import sentences
from bot.engine.engine import Engine
from tests.knowledge.support import normalise, run_bot

from .support import env_with

CLUB = """\
The Lantern Club

The Lantern Club meets every Thursday evening in the old library on Mill Street. Members bring
one board game each, e.g. a card game or a puzzle. Dr. Okafor keeps the key to the games cupboard.

House rules:
- Be kind to “new” players
- Put every game back in its box.

Snacks are welcome: crumbs are not! Every game night ends at ten o'clock.
"""
TITLE = "The Lantern Club house notes"
PUBLISHER = "Lantern Club committee"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A knowledge directory with no packs yet (the language layer ships with the engine)."""
    directory = tmp_path / "knowledge"
    directory.mkdir()
    return directory


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "lantern-club.txt"
    path.write_bytes(CLUB.replace("\n", "\r\n").encode("utf-8"))
    return path


def draft_ids(pack: Path) -> list[str]:
    return [
        fact["id"] for fact in yaml.safe_load((pack / "facts" / "draft.yaml").read_text())["facts"]
    ]


def kb_new(knowledge: Path, *args: str) -> tuple[int, str, str]:
    result = run_bot("kb", "new", *args, "--dir", str(knowledge), env=env_with(Path("unused")))
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def test_sentences_skip_headings_keep_abbreviations_and_split_lists() -> None:
    found = [s.one_line for s in sentences(CLUB)]

    assert found == [
        "The Lantern Club meets every Thursday evening in the old library on Mill Street.",
        "Members bring one board game each, e.g. a card game or a puzzle.",
        "Dr. Okafor keeps the key to the games cupboard.",
        "Be kind to “new” players",
        "Put every game back in its box.",
        "Snacks are welcome: crumbs are not!",
        "Every game night ends at ten o'clock.",
    ]


def test_every_sentence_is_an_exact_span_of_the_source() -> None:
    for sentence in sentences(CLUB):
        assert CLUB[sentence.start : sentence.end] == sentence.text


def test_kb_new_writes_a_pack_that_passes_kb_check_as_is(knowledge: Path, source: Path) -> None:
    code, out, err = kb_new(
        knowledge, "lantern", "--source", str(source), "--title", TITLE, "--publisher", PUBLISHER
    )
    checked = run_bot("kb", "check", "--dir", str(knowledge), "--pack", "lantern")

    assert code == 0, err
    assert "7 draft facts" in out
    assert checked.returncode == 0, checked.stderr.decode()
    assert "ok: 7 facts in lantern" in checked.stdout.decode()
    pack = knowledge / "lantern"
    assert (pack / "sources" / source.name).read_bytes() == source.read_bytes(), "verbatim copy"
    assert not [p for p in knowledge.iterdir() if p.name.startswith(".")], "no temporary folder"


def test_drafts_are_marked_and_carry_the_sentence_as_quote_and_answer(
    knowledge: Path, source: Path
) -> None:
    new_pack(knowledge, "lantern", source, title=TITLE, publisher=PUBLISHER)

    text = (knowledge / "lantern" / "facts" / "draft.yaml").read_text(encoding="utf-8")
    facts = yaml.safe_load(text)["facts"]
    assert text.startswith("# DRAFT")
    assert len({fact["id"] for fact in facts}) == len(facts)
    for fact in facts:
        assert "DRAFT" not in fact["topic"]  # readers see the topic
        assert fact["curator_note"] == DRAFT_NOTE
        assert "note" not in fact, "a reader never sees the drafting note"
        answer, quote = fact["answer"].rstrip(".").lower(), fact["quotes"][0]["text"].lower()
        assert normalise(answer) in normalise(quote)
        assert fact["answer"][0].isupper() or not fact["answer"][0].isalpha()
        assert len(fact["questions"]) >= 2
        assert fact["keywords"]


def test_the_new_pack_answers_one_of_its_sentences_citing_its_own_source(
    knowledge: Path, source: Path
) -> None:
    new_pack(knowledge, "lantern", source, title=TITLE, publisher=PUBLISHER)
    engine = Engine.load(knowledge, ["lantern"])

    answer = engine.ask("When does the Lantern Club meet?")

    assert answer.answered, answer.headline
    assert "Thursday evening" in answer.headline
    citation = answer.citations[0]
    assert (citation.pack, citation.title, citation.publisher) == ("lantern", TITLE, PUBLISHER)
    copied = knowledge / "lantern" / "sources" / source.name
    assert normalise(citation.quote) in normalise(copied.read_text(encoding="utf-8"))


def test_ids_are_unique_and_avoid_ids_other_packs_use(knowledge: Path, tmp_path: Path) -> None:
    repeated = tmp_path / "repeats.txt"
    repeated.write_text("Seeds need light to grow. Seeds need light to grow. Water them weekly.\n")
    new_pack(knowledge, "first", repeated)

    new_pack(knowledge, "second", repeated)

    ids = {name: draft_ids(knowledge / name) for name in ("first", "second")}
    assert len(set(ids["first"])) == 3
    assert not set(ids["first"]) & set(ids["second"]), "both packs can be served together"
    assert Engine.load(knowledge, ["first", "second"]).kb.facts


def test_yaml_special_characters_survive_as_verbatim_quotes(
    knowledge: Path, tmp_path: Path
) -> None:
    tricky = tmp_path / "tricky.txt"
    tricky.write_text(
        "key: value is not a mapping here. A line with # no comment inside it stays.\n"
        "\"Quoted,\" she said — 'twice' — and left. Tabs\tand  double  spaces are kept.\n",
        encoding="utf-8",
    )

    made = new_pack(knowledge, "tricky", tricky, publisher="Nobody")

    kb = Engine.load(knowledge, ["tricky"]).kb
    copied = normalise(made.source.read_text(encoding="utf-8"))
    assert made.facts == len(kb.facts) == 4
    for fact in kb.facts:
        assert normalise(fact.quotes[0].text) in copied


def test_kb_new_refuses_without_leaving_anything_behind(
    knowledge: Path, source: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Just a heading\n\nOK.\n")
    new_pack(knowledge, "lantern", source)
    before = sorted(p.name for p in knowledge.iterdir())

    refusals = [
        kb_new(knowledge, "lantern", "--source", str(source)),
        kb_new(knowledge, "Bad Name", "--source", str(source)),
        kb_new(knowledge, "other", "--source", str(tmp_path / "missing.txt")),
        kb_new(knowledge, "other", "--source", str(empty)),
    ]

    for code, _out, err in refusals:
        assert code == 1
        assert err.startswith("factbot: ")
        assert "Traceback" not in err
    assert "already exists" in refusals[0][2]
    assert "not a pack name" in refusals[1][2]
    assert "no source file" in refusals[2][2]
    assert "no sentences" in refusals[3][2]
    assert sorted(p.name for p in knowledge.iterdir()) == before


def test_the_scaffold_refuses_a_missing_knowledge_directory(tmp_path: Path, source: Path) -> None:
    with pytest.raises(ScaffoldError, match="no knowledge directory"):
        new_pack(tmp_path / "nowhere", "lantern", source)
