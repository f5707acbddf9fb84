"""The engine and its language layer know nothing of any one pack: no name or subject word of
the first pack's article (a story about cocaine seizures, Noem and De Wever in Antwerp) may
appear in bot/ code or in the language data it ships. Countries are geography, not subject."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"
ARTICLE_WORDS = re.compile(
    r"cocain|\bcoke\b|\bdrugs?\b|narcotic|\bseiz|smuggl|traffick|ecstasy|heroin|opioid|"
    r"\bnoem\b|\bkristi\b|\bwever\b|mahmood|shabana|antwerp|five eyes|homeland|seoul|\btrump\b|"
    r"artillery company|\beuda\b",
    re.IGNORECASE,
)
SHIPPED = sorted([*BOT.rglob("*.py"), *BOT.rglob("*.yaml")])


def test_the_check_finds_an_article_word() -> None:
    assert ARTICLE_WORDS.search("How much cocaine did Belgium seize?")
    assert not ARTICLE_WORDS.search("How much rice did Belgium export?")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(BOT)))
def test_no_article_word_in_the_engine_or_its_language_data(path: Path) -> None:
    found = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ARTICLE_WORDS.search(line)
    ]
    assert not found, "\n".join(found)
