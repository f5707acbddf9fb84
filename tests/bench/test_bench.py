"""Smoke tests: a generated pack is a real pack, and the bench prints the figures it promises."""

from __future__ import annotations

import json
import shutil

import pytest

from bench import main
from bench.generate import ARTICLE_PACK, write_pack
from bot.config import DEFAULT_KNOWLEDGE, Settings
from bot.engine.engine import Engine

SIZE = 200


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The article pack next to 200 generated facts, loaded through the real loader."""
    root = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(DEFAULT_KNOWLEDGE / ARTICLE_PACK, root / ARTICLE_PACK)
    write_pack(root / f"gen-{SIZE}", SIZE, 1, DEFAULT_KNOWLEDGE, root / "probes.jsonl")
    return Engine.load(root, [ARTICLE_PACK, f"gen-{SIZE}"])


def test_the_generated_pack_loads_with_the_article_pack(engine: Engine) -> None:
    packs = {pack.name: len(pack.facts) for pack in engine.kb.packs}
    assert packs[f"gen-{SIZE}"] == SIZE
    assert packs[ARTICLE_PACK] > 0


def test_a_generated_question_gets_its_own_fact(engine: Engine) -> None:
    fact = next(f for f in engine.kb.facts if f.id.endswith("-seizure"))
    question = next((q for q in fact.questions if q.startswith("How")), fact.questions[0])
    answer = engine.ask(question)
    assert answer.answered
    assert answer.fact_id == fact.id


def test_an_article_question_is_still_answered_right(engine: Engine) -> None:
    answer = engine.ask("How much cocaine did Belgium seize?")
    assert answer.answered
    assert answer.fact_id == "belgium-cocaine-seizures-2023"
    assert "123" in answer.headline


EXPECTED_PER_PACK = {
    "facts",
    "load_s",
    "memory_mb",
    "ask",
    "slowest_ms",
    "naive",
    "autocomplete",
    "accuracy",
}


@pytest.mark.slow
def test_main_prints_one_json_object_with_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    status = main(quick=True, settings=settings, sizes=[SIZE], e2e_burst=100)
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert {"machine", "article", "sizes", "drafts", "cold_start", "e2e", "summary"} <= set(result)
    assert result["conversations"]["store"]["contexts_held"] <= 10_000
    assert result["conversations"]["follow_ups"]["in_conversation"]["n"] > 0
    assert {"cpu", "cores", "python"} <= set(result["machine"])
    assert set(result["article"]) >= EXPECTED_PER_PACK
    assert set(result["sizes"][str(SIZE)]) >= EXPECTED_PER_PACK
    assert {"p50_ms", "p99_ms"} <= set(result["sizes"][str(SIZE)]["ask"])
    assert "naive_over_ours_p50" in result["sizes"][str(SIZE)]["naive"]
    assert result["cold_start"]["answered_right"]
    e2e = result["e2e"]
    assert isinstance(e2e, dict), f"the end-to-end part did not run: {e2e}"
    assert e2e["lost"] == 0
    assert isinstance(result["e2e_echo"], dict), f"the echo bot did not run: {result['e2e_echo']}"
    assert result["e2e_echo"]["lost"] == 0
    against = result["e2e_against_echo"]
    assert against["factbot_per_s"] == e2e["questions_per_s"]
    assert against["ratio"] is not None
    assert "echo bot" in against["line"]
    assert e2e["bot_cpu_ms_per_question"] > 0


def test_the_sentence_baseline_answers_with_the_best_sentence_or_declines() -> None:
    from bench.baseline import SentenceSearch

    search = SentenceSearch(
        "Harbour notes\n\nThe ferry leaves at nine. The crossing to Tarn Island takes 40 minutes."
    )

    assert search.answer("How long is the crossing to Tarn?") == (
        "The crossing to Tarn Island takes 40 minutes."
    )
    assert search.answer("Who painted the lighthouse?") is None


def test_the_echo_line_gives_both_throughputs_the_ratio_and_the_paced_figures() -> None:
    from bench.report import against_echo

    burst = {"questions": 2000, "questions_per_s": 300.0, "bot_cpu_ms_per_question": 1.5}
    echo = {"questions": 2000, "questions_per_s": 600.0, "bot_cpu_ms_per_question": 0.5}
    paced = {"offered_per_s": 250.0, "lost": 0, "reply_latency": {"p99_ms": 42.0}}
    echo_paced = {"offered_per_s": 250.0, "lost": 0, "reply_latency": {"p99_ms": 6.0}}

    row = against_echo(burst, echo, paced, echo_paced)

    assert row["ratio"] == 0.5
    assert row["factbot_paced_p99_ms"] == 42.0
    assert row["line"] == (
        "e2e burst of 2000: factbot 300.0 q/s, echo bot 600.0 q/s, ratio 0.5x; "
        "paced at 250.0/s: factbot p99 42.0 ms, lost 0 (echo p99 6.0 ms, lost 0); "
        "CPU per question in the burst: factbot 1.5 ms, echo 0.5 ms"
    )
    assert against_echo("skipped: no fake", echo, paced, echo_paced)["ratio"] is None
