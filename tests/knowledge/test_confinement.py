"""Packs are confined to their folder, `kb check` is no oracle for files outside it, and fact
files cut off mid-write are refused instead of loading with facts silently lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.knowledge import loader
from bot.knowledge.loader import OUTSIDE, load_knowledge
from tests.knowledge.support import PACK, edit, problems_loading, run_bot

SOURCE = "sources/ap-antwerp-noem-de-wever.txt"
SECRET = "The launch code is blue and the vault is under the stairs."


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


def point_source_at(knowledge: Path, file: str) -> None:
    edit(knowledge / PACK / "pack.yaml", f"file: {SOURCE}", f"file: {file}")


def assert_outside(knowledge: Path) -> str:
    problems = problems_loading(knowledge)
    outside = [p for p in problems if OUTSIDE in p.message]
    assert outside, [str(p) for p in problems]
    return str(outside[0])


def test_an_absolute_source_path_is_refused(knowledge_copy: Path, secret_file: Path) -> None:
    point_source_at(knowledge_copy, str(secret_file))
    assert_outside(knowledge_copy)


def test_a_dotdot_source_path_is_refused(knowledge_copy: Path, secret_file: Path) -> None:
    relative = os.path.relpath(secret_file, knowledge_copy / PACK)
    assert relative.startswith("..")
    point_source_at(knowledge_copy, relative)
    assert_outside(knowledge_copy)


def test_a_source_symlinked_out_of_the_pack_is_refused(
    knowledge_copy: Path, secret_file: Path
) -> None:
    link = knowledge_copy / PACK / "sources" / "linked.txt"
    link.symlink_to(secret_file)
    point_source_at(knowledge_copy, "sources/linked.txt")
    assert_outside(knowledge_copy)


def test_a_facts_folder_symlinked_out_of_the_pack_is_refused(
    knowledge_copy: Path, tmp_path: Path
) -> None:
    facts = knowledge_copy / PACK / "facts"
    elsewhere = tmp_path / "elsewhere-facts"
    facts.rename(elsewhere)
    facts.symlink_to(elsewhere, target_is_directory=True)
    assert_outside(knowledge_copy)


def test_a_fact_file_symlinked_out_of_the_pack_is_refused(
    knowledge_copy: Path, tmp_path: Path
) -> None:
    facts = knowledge_copy / PACK / "facts"
    (facts / "seizures.yaml").rename(tmp_path / "seizures.yaml")
    (facts / "seizures.yaml").symlink_to(tmp_path / "seizures.yaml")
    assert_outside(knowledge_copy)


def test_a_link_inside_the_pack_is_fine(knowledge_copy: Path) -> None:
    link = knowledge_copy / PACK / "sources" / "same.txt"
    link.symlink_to(knowledge_copy / PACK / SOURCE)
    point_source_at(knowledge_copy, "sources/same.txt")
    assert load_knowledge(knowledge_copy, [PACK]).facts


def test_kb_check_does_not_tell_whether_a_guessed_quote_is_in_a_file_outside(
    knowledge_copy: Path, secret_file: Path
) -> None:
    """The same refusal for a right guess, a wrong guess and a file that does not exist."""
    facts = knowledge_copy / PACK / "facts" / "seizures.yaml"
    original = facts.read_text(encoding="utf-8")
    outputs = []
    for target, guess in [
        (secret_file, "The launch code is blue"),
        (secret_file, "The launch code is green"),
        (secret_file.with_name("missing.txt"), "The launch code is blue"),
    ]:
        pack_yaml = knowledge_copy / PACK / "pack.yaml"
        text = pack_yaml.read_text(encoding="utf-8")
        start = text.index("    file: ") + len("    file: ")
        end = text.index("\n", start)
        pack_yaml.write_text(text[:start] + "SOURCE_FILE" + text[end:], encoding="utf-8")
        edit(pack_yaml, "SOURCE_FILE", str(target))
        facts.write_text(
            original.replace("Belgium led with 123 metric tons (135 tons)", guess, 1),
            encoding="utf-8",
        )
        result = run_bot("kb", "check", "--dir", str(knowledge_copy), "--pack", PACK)
        assert result.returncode != 0
        outputs.append(
            (result.stdout + result.stderr)
            .decode()
            .replace(str(target), "TARGET")
            .replace(guess, "GUESS")
        )

    assert outputs[0] == outputs[1] == outputs[2]
    assert "blue" not in outputs[0]
    assert "vault" not in outputs[0]


def test_a_fact_file_cut_off_mid_list_is_refused(knowledge_copy: Path) -> None:
    facts = knowledge_copy / PACK / "facts" / "seizures.yaml"
    data = facts.read_bytes()
    middle = data.index(b"questions:", len(data) // 2) + len(b"questions:\n      - How mu")
    facts.write_bytes(data[:middle])

    problems = problems_loading(knowledge_copy)

    assert any("cut off" in p.message and p.file.endswith("seizures.yaml") for p in problems), [
        str(p) for p in problems
    ]


def test_a_fact_file_that_changes_while_the_pack_is_read_is_refused(
    knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = knowledge_copy / PACK / "facts" / "seizures.yaml"
    real = loader._read_model

    def read_then_append(path: Path, model: type, root: Path):  # type: ignore[no-untyped-def]
        result = real(path, model, root)
        if path == facts:
            with facts.open("a", encoding="utf-8") as out:
                out.write("# still being written\n")
        return result

    monkeypatch.setattr(loader, "_read_model", read_then_append)
    problems = problems_loading(knowledge_copy)

    assert any("changed while" in p.message for p in problems), [str(p) for p in problems]
