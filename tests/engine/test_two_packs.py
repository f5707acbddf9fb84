"""Two packs served together: every answer to a question about one comes from that one, and
its question sets score as they do alone (word weights are kept per pack)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.evaluation import evaluate, load_questions

ROOT = Path(__file__).resolve().parents[2]
SETS = ["own.jsonl", "chat.jsonl", "paraphrase.jsonl", "holdout.jsonl", "registers.jsonl"]


@pytest.fixture(scope="module")
def both() -> Engine:
    return Engine.load(ROOT / "knowledge", ["antwerp", "bramblewick"])


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
