"""The public foreign texts (../shared/foreign, never committed), each drafted by `kb new`
alone and served alone, answer their readers' questions better than the BM25-sentence
baseline, decline better, and quote only the source. Skipped where the texts are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.foreign import measure_text, text_folders
from tests.knowledge.support import KNOWLEDGE

FOLDERS = text_folders()
IN_SCOPE_FLOOR = 80.0
DECLINED_FLOOR = 80.0
"""What every public text holds today; the goal is 80 % and 90 % (see the README). A "what
time did she run" read as a "when" the source does not answer once lowered the sport text
to 74 %."""


@pytest.mark.skipif(not FOLDERS, reason="no foreign texts beside the project (../shared/foreign)")
@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_a_draft_of_a_foreign_text_beats_the_sentence_search(folder: Path) -> None:
    figures = measure_text(folder, KNOWLEDGE)

    draft, baseline = figures["draft"], figures["bm25_sentence"]
    assert isinstance(draft, dict)
    assert isinstance(baseline, dict)
    grounded, answered = str(draft["grounded"]).split("/")
    assert grounded == answered, "every answer quotes the source verbatim"
    assert draft["in_scope"] >= IN_SCOPE_FLOOR, figures
    assert draft["declined"] >= DECLINED_FLOOR, figures
    assert draft["in_scope"] > baseline["in_scope"], figures
    assert draft["declined"] > baseline["declined"], figures
