"""Broken packs are built in a temporary copy of knowledge/; the real one is never touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.knowledge.support import KNOWLEDGE, copy_knowledge


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A fresh copy of the whole knowledge directory (shared lexicon and every pack)."""
    target = tmp_path / "knowledge"
    copy_knowledge(KNOWLEDGE, target)
    return target


@pytest.fixture
def facts_dir(knowledge_copy: Path) -> Path:
    return knowledge_copy / "antwerp" / "facts"
