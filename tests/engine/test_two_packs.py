"""Two packs served together: every answer to a question about one comes from that one, and
its question sets score as they do alone (word weights and readings are kept per pack)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.evaluation import evaluate, load_questions

ROOT = Path(__file__).resolve().parents[2]
SETS = ["own.jsonl", "chat.jsonl", "paraphrase.jsonl", "holdout.jsonl", "registers.jsonl"]


@pytest.fixture(scope="module", params=["bramblewick", "harbour"])
def both(request: pytest.FixtureRequest) -> Engine:
    return Engine.load(ROOT / "knowledge", ["antwerp", request.param])


@pytest.fixture(scope="module")
def alone() -> Engine:
    return Engine.load(ROOT / "knowledge", ["antwerp"])


@pytest.mark.parametrize("name", SETS)
def test_no_answer_about_the_article_comes_from_the_other_pack(both: Engine, name: str) -> None:
    wrong = []
    for item in load_questions(ROOT / "tests" / "questions" / name):
        answer = both.ask(str(item["q"]))
        stray = answer.fact_id and both.kb.pack_of(answer.fact_id).name != "antwerp"
        if answer.answered and stray:
            wrong.append(f"{item['q']!r} -> {answer.fact_id}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", SETS)
def test_the_article_sets_score_as_they_do_alone(both: Engine, alone: Engine, name: str) -> None:
    items = load_questions(ROOT / "tests" / "questions" / name)
    together, single = evaluate(both, items), evaluate(alone, items)
    assert together.in_scope >= single.in_scope - 0.01, together.summary()
    assert together.declined >= single.declined - 0.02, together.summary()


def test_one_packs_synonym_of_an_ordinary_word_leaves_another_packs_reading(
    tmp_path: Path, alone: Engine
) -> None:
    """A pack may give an ordinary word a meaning of its own ('old' for its 'existing' pier);
    questions about another pack still read that word as plain English."""
    shutil.copytree(ROOT / "knowledge" / "antwerp", tmp_path / "antwerp")
    shutil.copytree(ROOT / "knowledge" / "harbour", tmp_path / "harbour")
    lexicon = tmp_path / "harbour" / "lexicon.yaml"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8")
        + "\nsynonyms:\n  existing: [old, prime, minister, belgian]\n"
        if "\nsynonyms:" not in lexicon.read_text(encoding="utf-8")
        else lexicon.read_text(encoding="utf-8").replace(
            "\nsynonyms:\n", "\nsynonyms:\n  existing: [old, prime, minister, belgian]\n", 1
        ),
        encoding="utf-8",
    )
    both = Engine.load(tmp_path, ["antwerp", "harbour"])
    for question in ("Who is the Belgian prime minister?", "How much cocaine did Belgium seize?"):
        expected = alone.ask(question)
        answer = both.ask(question)
        assert expected.answered
        assert (answer.answered, answer.fact_ids) == (True, expected.fact_ids), question
