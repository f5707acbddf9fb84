"""`kb check` tries a pack as readers will: units that do not convert, unknowns that decline a
fact's own questions, words that collide, questions that do not come back to their fact; every
pack under knowledge/ with no options; every problem ends with how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.curation.scaffold import new_pack
from bot.knowledge.errors import PackProblem as Problem
from tests.knowledge.support import run_bot

from .support import env_with

TEXT = """\
Harbour notes

The Pellow ferry leaves Marren Quay at nine every morning. Captain Ida Roskilde has run the \
ferry since 2019. The crossing to Tarn Island takes 40 minutes and costs £4.
"""


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    directory = tmp_path / "knowledge"
    directory.mkdir()
    source = tmp_path / "harbour.txt"
    source.write_text(TEXT, encoding="utf-8")
    new_pack(directory, "harbour", source, publisher="Test desk")
    return directory


def check(knowledge: Path, *args: str) -> tuple[int, str, str]:
    env = env_with(Path("unused"), PACKS="harbour")
    result = run_bot("kb", "check", "--dir", str(knowledge), *args, env=env)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def facts_file(knowledge: Path) -> Path:
    return knowledge / "harbour" / "facts" / "draft.yaml"


def edit_facts(knowledge: Path, change: object) -> None:
    path = facts_file(knowledge)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["facts"])  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_fresh_draft_passes_and_reports_its_self_test(knowledge: Path) -> None:
    status, out, err = check(knowledge)

    assert status == 0, err
    assert "ok: " in out
    assert "self-test harbour: " in out
    assert "come back to their own fact" in out


def test_with_no_options_every_pack_under_knowledge_is_checked(
    knowledge: Path, tmp_path: Path
) -> None:
    unserved = tmp_path / "unserved.txt"
    unserved.write_text("Quay notes\n\nThe Marren Quay market opens on Fridays at eight.\n")
    new_pack(knowledge, "unserved", unserved)
    path = knowledge / "unserved" / "facts" / "draft.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["quotes"][0]["text"] = "Not in the text."
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    status, _, err = check(knowledge)  # PACKS names harbour only; unserved is checked too

    assert status == 1
    assert "unserved" in err
    assert "quote not found verbatim" in err
    assert "(fix: copy the span from the source exactly" in err


def test_an_unknown_that_declines_its_own_fact_is_an_error_with_its_fix(knowledge: Path) -> None:
    def decline_own(facts: list[dict[str, object]]) -> None:
        facts[0]["questions"] = ["When does the ferry leave Marren Quay?"]
        facts[0]["unknowns"] = ["ferry"]

    edit_facts(knowledge, decline_own)

    status, _, err = check(knowledge, "--pack", "harbour")

    assert status == 1
    assert "its own unknown 'ferry' declines" in err
    assert "fix: make the unknown more specific" in err


def test_a_unit_that_does_not_convert_is_an_error_with_its_fix(knowledge: Path) -> None:
    lexicon = knowledge / "harbour" / "lexicon.yaml"
    data = yaml.safe_load(lexicon.read_text(encoding="utf-8")) or {}
    data.setdefault("units", {})["boatload"] = {
        "name": "boatload",
        "plural": "boatloads",
        "family": "volume",
    }
    lexicon.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    status, _, err = check(knowledge, "--pack", "harbour")

    assert status == 1
    assert "'boatload' is not a unit pint knows" in err
    assert "fix: use pint's name for the unit" in err


def test_a_pack_word_that_is_a_shared_cue_or_another_packs_name_is_warned(
    knowledge: Path, tmp_path: Path
) -> None:
    lexicon = knowledge / "harbour" / "lexicon.yaml"
    data = yaml.safe_load(lexicon.read_text(encoding="utf-8")) or {}
    data.setdefault("entities", {}).setdefault("place", {})["tarn island"] = ["average", "tarn"]
    lexicon.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Tarn news\n\nThe Tarn Island fair opens in Tarn Island on Monday.\n")
    new_pack(knowledge, "other", other)
    other_lexicon = knowledge / "other" / "lexicon.yaml"
    theirs = yaml.safe_load(other_lexicon.read_text(encoding="utf-8")) or {}
    theirs.setdefault("entities", {}).setdefault("place", {})["tarn island"] = ["tarn"]
    other_lexicon.write_text(yaml.safe_dump(theirs, allow_unicode=True), encoding="utf-8")

    status, out, err = check(knowledge)

    assert status == 0, err
    assert "'average' is also a shared cue average" in out
    assert "is also a name in pack" in out
    assert "(fix: " in out


def test_a_question_that_another_fact_answers_is_listed_with_what_to_do(knowledge: Path) -> None:
    def stray(facts: list[dict[str, object]]) -> None:
        facts[0]["questions"] = [*facts[0]["questions"], "How long does the crossing take?"]  # type: ignore[misc]

    edit_facts(knowledge, stray)

    status, out, _ = check(knowledge, "--pack", "harbour", "--misses", "50")

    assert status == 0
    assert "'How long does the crossing take?' is answered by" in out
    assert "fix: add a word that sets this fact apart" in out


@pytest.mark.parametrize(
    "message",
    [
        "file is missing",
        "unknown unit 'pint_x'",
        "quote not found verbatim in s: 'x'",
        "Field required",
        "Extra inputs are not permitted",
        "something nobody foresaw",
    ],
)
def test_every_problem_says_how_to_fix_it(message: str) -> None:
    assert "(fix: " in str(Problem("facts/a.yaml", message, "a-fact", "field"))
