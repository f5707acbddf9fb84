"""Shared fixtures: the stock engine, loaded once, since loading it is the slow part."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_KNOWLEDGE
from bot.engine.engine import Engine
from bot.engine.serving import ServingEngines


@pytest.fixture(scope="session")
def live() -> ServingEngines:
    return ServingEngines(DEFAULT_KNOWLEDGE, ["antwerp"])


@pytest.fixture(scope="session")
def engine(live: ServingEngines) -> Engine:
    return live.current
