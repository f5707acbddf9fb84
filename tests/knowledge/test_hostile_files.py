"""Hostile or corrupt files in a pack are refused quickly, by name, and only ever as PackError."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.knowledge.errors import PackProblem
from tests.knowledge.support import PACK, problems_loading

QUICKLY = 2.0
"""Seconds: a sanity bound so a bomb cannot hang the loader, not a benchmark."""
FIFTY_MB = 50 * 1024 * 1024
SOURCE = "sources/ap-antwerp-noem-de-wever.txt"


def billion_laughs() -> bytes:
    """Ten levels of nine aliases each: 9**10 strings if anything ever expanded it."""
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*lol{level - 1}"] * 9)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    lines.append("facts: *lol9")
    return ("\n".join(lines) + "\n").encode()


def nested_lists(depth: int = 1000) -> bytes:
    return b"facts: " + b"[" * depth + b"]" * depth + b"\n"


def nested_mappings(depth: int = 1000) -> bytes:
    return "".join("  " * i + "k:\n" for i in range(depth)).encode() + b"  " * depth + b"x\n"


def write_sparse(path: Path, size: int = FIFTY_MB) -> None:
    """A 50 MB file that costs no disk: a valid start, then a hole up to the size."""
    with path.open("wb") as out:
        out.write(b"facts:\n  - id: huge\n")
        out.seek(size - 1)
        out.write(b"\n")


def write_repeated(path: Path, size: int = FIFTY_MB) -> None:
    """50 MB of plausible YAML comment lines, the way a runaway generator would write it."""
    line = b"# " + b"padding " * 15 + b"\n"
    with path.open("wb") as out:
        out.write(b"facts:\n")
        out.write(line * (size // len(line) + 1))


Writer = Callable[[Path], None]


def content(data: bytes) -> Writer:
    return lambda path: path.write_bytes(data)


HOSTILE: dict[str, tuple[Writer, str]] = {
    # name: (how to write the file, words the refusal must use, any of them, case-insensitive)
    "alias-bomb": (content(billion_laughs()), "alias"),
    "1000-nested-lists": (content(nested_lists()), "nest|deep"),
    "1000-nested-mappings": (content(nested_mappings()), "nest|deep"),
    "nul-bytes": (content(b"facts:\n  - id: x\x00\x01\x02\n" + bytes(range(256))), "nul|binary"),
    "invalid-utf8": (content(b"facts:\n  - id: caf\xe9\n    topic: \xff\xfe\n"), "utf-8"),
    "50mb-sparse": (write_sparse, "bytes|limit|large|size"),
    "50mb-repeated-text": (write_repeated, "bytes|limit|large|size"),
    "python-object-tag": (
        content(b"facts: !!python/object/apply:os.system ['echo pwned']\n"),
        "tag|constructor",
    ),
}


def refusal_of(knowledge_dir: Path, display_name: str) -> tuple[PackProblem, float]:
    """Load, which must raise PackError, and the problem naming the given file, with the time."""
    start = time.perf_counter()
    problems = problems_loading(knowledge_dir)
    elapsed = time.perf_counter() - start
    named = [p for p in problems if Path(p.file).as_posix().endswith(display_name)]
    assert named, f"no problem names {display_name}: {[str(p) for p in problems]}"
    return named[0], elapsed


def says_any(problem: PackProblem, words: str) -> bool:
    return any(word in problem.message.casefold() for word in words.split("|"))


@pytest.mark.parametrize(("writer", "words"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_fact_file_is_refused_quickly_with_a_message_naming_it(
    facts_dir: Path, writer: Writer, words: str
) -> None:
    writer(facts_dir / "hostile.yaml")

    problem, elapsed = refusal_of(facts_dir.parent.parent, f"{PACK}/facts/hostile.yaml")

    assert says_any(problem, words), problem
    assert elapsed < QUICKLY, f"refusal took {elapsed:.2f}s"


@pytest.mark.parametrize("kind", ["alias-bomb", "nul-bytes", "50mb-sparse"])
def test_a_hostile_shared_lexicon_is_refused_naming_it(knowledge_copy: Path, kind: str) -> None:
    writer, words = HOSTILE[kind]
    writer(knowledge_copy / "lexicon.yaml")

    problem, elapsed = refusal_of(knowledge_copy, "knowledge/lexicon.yaml")

    assert says_any(problem, words), problem
    assert elapsed < QUICKLY


@pytest.mark.parametrize("kind", ["alias-bomb", "invalid-utf8"])
def test_a_hostile_pack_manifest_is_refused_naming_it(knowledge_copy: Path, kind: str) -> None:
    writer, words = HOSTILE[kind]
    writer(knowledge_copy / PACK / "pack.yaml")

    problem, _ = refusal_of(knowledge_copy, f"{PACK}/pack.yaml")

    assert says_any(problem, words), problem


@pytest.mark.parametrize("kind", ["nul-bytes", "invalid-utf8", "50mb-sparse"])
def test_an_unreadable_source_text_is_refused_naming_the_source_file(
    knowledge_copy: Path, kind: str
) -> None:
    writer, words = HOSTILE[kind]
    writer(knowledge_copy / PACK / SOURCE)

    problem, elapsed = refusal_of(knowledge_copy, f"{PACK}/pack.yaml")

    assert SOURCE in problem.message, problem
    assert says_any(problem, words), problem
    assert elapsed < QUICKLY


def test_a_directory_named_like_a_fact_file_is_refused_as_a_pack_problem(facts_dir: Path) -> None:
    (facts_dir / "drafts.yaml").mkdir()

    refusal_of(facts_dir.parent.parent, f"{PACK}/facts/drafts.yaml")


def test_a_dangling_symlink_in_place_of_a_fact_file_is_refused(facts_dir: Path) -> None:
    (facts_dir / "gone.yaml").symlink_to(facts_dir / "does-not-exist.yaml")

    refusal_of(facts_dir.parent.parent, f"{PACK}/facts/gone.yaml")


@pytest.mark.parametrize(
    "data",
    [b"", b"just a sentence, not a mapping\n", b"- a list\n- of things\n", b"facts: []\n"],
    ids=["empty", "scalar", "list", "no-facts"],
)
def test_a_fact_file_of_the_wrong_shape_is_refused_naming_it(facts_dir: Path, data: bytes) -> None:
    (facts_dir / "odd.yaml").write_bytes(data)

    refusal_of(facts_dir.parent.parent, f"{PACK}/facts/odd.yaml")
