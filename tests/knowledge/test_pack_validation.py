"""A curator's mistakes are refused at load, each named by file, fact id and field.

Every broken pack is a copy of the real one with one realistic edit; the real pack loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.engine.engine import Engine
from bot.knowledge.errors import PackError
from bot.knowledge.loader import load_knowledge
from tests.knowledge.support import (
    KNOWLEDGE,
    PACK,
    edit,
    problem_at,
    problems_loading,
    run_bot,
)

SEIZURES = "antwerp/facts/seizures.yaml"
SYNTHETIC = "antwerp/facts/synthetic-drugs.yaml"
US_POLICY = "antwerp/facts/us-policy.yaml"
BELGIUM = "belgium-cocaine-seizures-2023"
ECSTASY = "europe-leading-ecstasy-producer"
ECSTASY_QUOTE = '"Europe remains the leading producer and exporter of ecstasy."'


def test_the_real_pack_loads_every_fact_its_files_declare() -> None:
    kb = load_knowledge(KNOWLEDGE, [PACK])

    declared = [
        fact["id"]
        for path in sorted((KNOWLEDGE / PACK / "facts").glob("*.yaml"))
        for fact in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
    ]
    assert [fact.id for fact in kb.facts] == declared
    assert len(set(declared)) == len(declared)
    assert [pack.name for pack in kb.packs] == [PACK]


def test_a_quote_not_verbatim_in_the_source_is_rejected(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, ECSTASY_QUOTE, ECSTASY_QUOTE.replace("leading", "largest"))

    problem = problem_at(
        problems_loading(knowledge_copy),
        file=SYNTHETIC,
        fact=ECSTASY,
        field="quotes[0].text",
        says=("largest producer",),
    )
    assert "verbatim" in problem.message


def test_a_quote_may_differ_from_the_source_only_in_whitespace_and_quote_marks(
    knowledge_copy: Path,
) -> None:
    edit(
        knowledge_copy / SYNTHETIC,
        '"The drugs agency’s early warning system to spot new synthetic drugs"',
        '"The drugs agency\'s   early warning system  to spot new synthetic drugs"',
    )

    kb = load_knowledge(knowledge_copy, [PACK])

    assert "early-warning-system-purpose" in {fact.id for fact in kb.facts}


def test_a_fact_id_used_in_two_files_is_rejected_naming_both(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, f"- id: {ECSTASY}\n", "- id: five-eyes-partnership\n")

    problem_at(
        problems_loading(knowledge_copy),
        file=SYNTHETIC,
        fact="five-eyes-partnership",
        field="id",
        says=("five-eyes.yaml",),
    )


@pytest.mark.parametrize(
    ("alias", "owner"),
    [
        ("ecstasy", ECSTASY),
        ("ECSTASY", ECSTASY),
        ("five-eyes-partnership", "five-eyes-partnership"),
    ],
    ids=["same-alias", "alias-differing-in-case", "another-facts-id"],
)
def test_an_alias_claimed_by_two_facts_is_rejected(
    knowledge_copy: Path, alias: str, owner: str
) -> None:
    edit(
        knowledge_copy / US_POLICY,
        "aliases: [trump-criticism]",
        f"aliases: [trump-criticism, {alias}]",
    )

    problem_at(
        problems_loading(knowledge_copy),
        file=US_POLICY,
        fact="trump-program-criticism",
        field="aliases",
        says=(alias, owner),
    )


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("    answer: Europe remains the leading producer and exporter of ecstasy.\n", "answer"),
        ("    topic: Europe and ecstasy\n", "topic"),
    ],
)
def test_a_missing_required_field_is_rejected(knowledge_copy: Path, line: str, field: str) -> None:
    edit(knowledge_copy / SYNTHETIC, line, "")

    problem_at(
        problems_loading(knowledge_copy),
        file=SYNTHETIC,
        fact=ECSTASY,
        field=field,
        says=("required",),
    )


def test_a_misspelt_field_is_rejected_not_ignored(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, "    answer: Europe remains", "    answr: Europe remains")

    problems = problems_loading(knowledge_copy)

    problem_at(problems, file=SYNTHETIC, fact=ECSTASY, field="answr")
    problem_at(problems, file=SYNTHETIC, fact=ECSTASY, field="answer")


def test_a_field_written_twice_in_one_fact_is_rejected_not_silently_overwritten(
    knowledge_copy: Path,
) -> None:
    line = "    answer: Europe remains the leading producer and exporter of ecstasy.\n"
    edit(knowledge_copy / SYNTHETIC, line, line + "    answer: Asia makes most ecstasy.\n")

    problems = problems_loading(knowledge_copy)

    assert any(
        Path(p.file).as_posix().endswith(SYNTHETIC) and "answer" in str(p) for p in problems
    ), problems


def test_yaml_that_does_not_parse_is_rejected_naming_the_file_and_line(
    knowledge_copy: Path,
) -> None:
    edit(
        knowledge_copy / SYNTHETIC,
        "keywords: [europe, leading, producer, exporter, ecstasy]",
        "keywords: [europe, leading, producer, exporter, ecstasy",
    )

    problem = problem_at(problems_loading(knowledge_copy), file=SYNTHETIC, says=("line",))
    assert any(ch.isdigit() for ch in problem.message), problem


def test_a_mistyped_figure_is_rejected_naming_the_figure_the_quote_states(
    knowledge_copy: Path,
) -> None:
    edit(knowledge_copy / SEIZURES, "      - value: 123\n", "      - value: 153\n")

    problem_at(
        problems_loading(knowledge_copy),
        file=SEIZURES,
        fact=BELGIUM,
        field="quantities[0].value",
        says=("153", "123"),
    )


def test_a_short_ton_figure_disagreeing_with_the_metric_one_is_rejected(
    knowledge_copy: Path,
) -> None:
    edit(
        knowledge_copy / SEIZURES,
        "{value: 135, unit: short_ton}",
        "{value: 153, unit: short_ton}",
    )

    problem_at(
        problems_loading(knowledge_copy),
        file=SEIZURES,
        fact=BELGIUM,
        field="quantities[0].also[0].value",
        says=("153", "disagree"),
    )


def test_an_unknown_unit_is_rejected(knowledge_copy: Path) -> None:
    edit(
        knowledge_copy / SEIZURES,
        "      - value: 123\n        unit: metric_ton\n",
        "      - value: 123\n        unit: metric_tun\n",
    )

    problem_at(
        problems_loading(knowledge_copy),
        file=SEIZURES,
        fact=BELGIUM,
        field="quantities[0].unit",
        says=("metric_tun",),
    )


def test_a_unit_written_as_a_lexicon_alias_is_served_or_cleanly_rejected(
    knowledge_copy: Path,
) -> None:
    """`tonnes` is a name the lexicon gives metric_ton: load must not crash on it."""
    edit(
        knowledge_copy / SEIZURES,
        "      - value: 123\n        unit: metric_ton\n",
        "      - value: 123\n        unit: tonnes\n",
    )

    try:
        kb = load_knowledge(knowledge_copy, [PACK])
    except PackError as exc:
        problem_at(exc.problems, file=SEIZURES, fact=BELGIUM, field="quantities[0].unit")
        return
    answer = Engine(kb).ask("How much cocaine did Belgium seize?")
    assert answer.answered
    assert answer.fact_id == BELGIUM


@pytest.mark.parametrize(
    ("file", "old", "new", "fact", "field", "name"),
    [
        (
            SYNTHETIC,
            "substance: [ecstasy]",
            "substance: [ecstasy, moonrock]",
            ECSTASY,
            "entities.substance",
            "moonrock",
        ),
        (
            SEIZURES,
            "where: [belgium]",
            "where: [atlantis]",
            BELGIUM,
            "quantities[0].where",
            "atlantis",
        ),
    ],
    ids=["entity", "quantity-place"],
)
def test_an_entity_the_lexicon_does_not_know_is_rejected(
    knowledge_copy: Path, file: str, old: str, new: str, fact: str, field: str, name: str
) -> None:
    edit(knowledge_copy / file, old, new)

    problem_at(problems_loading(knowledge_copy), file=file, fact=fact, field=field, says=(name,))


@pytest.mark.parametrize(
    ("old", "new", "word", "claimants"),
    [
        (
            "    kristi noem: [noem,",
            "    kristi noem: [de wever, noem,",
            "de wever",
            ("kristi noem", "bart de wever"),
        ),
        (
            "  seize: [take off the market,",
            "  seize: [smuggle, take off the market,",
            "smuggle",
            ("seize", "smuggling"),
        ),
    ],
    ids=["entity-surface", "synonym"],
)
def test_a_lexicon_word_claimed_by_two_terms_is_rejected_naming_the_lexicon_file(
    knowledge_copy: Path, old: str, new: str, word: str, claimants: tuple[str, ...]
) -> None:
    edit(knowledge_copy / "antwerp" / "lexicon.yaml", old, new)

    problems = problems_loading(knowledge_copy)

    clash = next((p for p in problems if f"'{word}'" in p.message), None)
    assert clash is not None, problems
    assert all(term in clash.message for term in claimants), clash
    named = knowledge_copy.parent / clash.file
    assert named.is_file(), f"the problem names {clash.file}, which does not exist"
    assert word in named.read_text(encoding="utf-8")


def test_every_problem_is_reported_at_once_not_just_the_first(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, ECSTASY_QUOTE, ECSTASY_QUOTE.replace("leading", "largest"))
    edit(knowledge_copy / SEIZURES, "      - value: 123\n", "      - value: 153\n")

    problems = problems_loading(knowledge_copy)

    problem_at(problems, file=SYNTHETIC, fact=ECSTASY, field="quotes[0].text")
    problem_at(problems, file=SEIZURES, fact=BELGIUM, field="quantities[0].value")


def test_a_broken_pack_is_never_half_loaded(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, ECSTASY_QUOTE, ECSTASY_QUOTE.replace("leading", "largest"))

    with pytest.raises(PackError):
        Engine.load(knowledge_copy, [PACK])


TINY_MANIFEST = """\
name: tiny
title: A tiny second pack
sources:
  - id: note
    file: sources/note.txt
    title: A harbour note
    publisher: The tests
"""
TINY_FACTS = """\
facts:
  - id: tiny-cranes
    topic: Cranes on the quay
    answer: The harbour master counted seven cranes on the quay.
    quotes:
      - text: "The harbour master counted seven cranes on the quay."
    questions:
      - How many cranes were on the quay?
"""


@pytest.fixture
def two_packs(knowledge_copy: Path) -> Path:
    tiny = knowledge_copy / "tiny"
    (tiny / "facts").mkdir(parents=True)
    (tiny / "sources").mkdir()
    (tiny / "pack.yaml").write_text(TINY_MANIFEST, encoding="utf-8")
    (tiny / "facts" / "cranes.yaml").write_text(TINY_FACTS, encoding="utf-8")
    (tiny / "sources" / "note.txt").write_text(
        "The harbour master counted seven cranes on the quay.\n", encoding="utf-8"
    )
    return knowledge_copy


def test_two_valid_packs_load_together(two_packs: Path) -> None:
    kb = load_knowledge(two_packs, [PACK, "tiny"])

    assert [p.name for p in kb.packs] == [PACK, "tiny"]
    assert "tiny-cranes" in {fact.id for fact in kb.facts}


def test_one_broken_pack_refuses_every_pack_and_blames_only_itself(two_packs: Path) -> None:
    edit(two_packs / "tiny" / "facts" / "cranes.yaml", "counted seven cranes on the quay.\"",
         "counted eight cranes on the quay.\"")  # fmt: skip

    problems = problems_loading(two_packs, [PACK, "tiny"])

    problem_at(problems, file="tiny/facts/cranes.yaml", fact="tiny-cranes", field="quotes[0].text")
    assert all("tiny" in Path(p.file).parts for p in problems), problems


def test_an_unknown_pack_name_is_rejected(knowledge_copy: Path) -> None:
    problem_at(problems_loading(knowledge_copy, [PACK, "atlantis"]), file="atlantis",
               says=("atlantis",))  # fmt: skip


def test_kb_check_says_ok_and_exits_zero_for_the_real_pack() -> None:
    result = run_bot("kb", "check", "--dir", str(KNOWLEDGE))

    assert result.returncode == 0, result.stderr.decode()
    assert "ok" in result.stdout.decode().lower()


def test_kb_check_exits_nonzero_listing_every_problem_on_stderr(knowledge_copy: Path) -> None:
    edit(knowledge_copy / SYNTHETIC, ECSTASY_QUOTE, ECSTASY_QUOTE.replace("leading", "largest"))
    edit(knowledge_copy / SEIZURES, "      - value: 123\n", "      - value: 153\n")

    result = run_bot("kb", "check", "--dir", str(knowledge_copy))

    assert result.returncode != 0
    stderr = result.stderr.decode()
    for place in ("synthetic-drugs.yaml", ECSTASY, "quotes[0].text"):
        assert place in stderr, stderr
    for place in ("seizures.yaml", BELGIUM, "quantities[0].value"):
        assert place in stderr, stderr
    assert "ok" not in result.stdout.decode().lower()
