"""Shared fixtures: the stock engine, loaded once, since loading it is the slow part."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_KNOWLEDGE
from bot.engine.engine import Engine
from bot.engine.live import LiveEngine


@pytest.fixture(scope="session")
def live() -> LiveEngine:
    return LiveEngine(DEFAULT_KNOWLEDGE, ["antwerp"])


@pytest.fixture(scope="session")
def engine(live: LiveEngine) -> Engine:
    return live.current
