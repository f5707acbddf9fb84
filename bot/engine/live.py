"""The engine in service: swapped whole on reload, so a question never meets half of two packs."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from bot.engine.engine import Engine
from bot.knowledge.errors import PackError, Problem


class LiveEngine:
    """Holds the serving engine; a reload that fails leaves the old one answering."""

    def __init__(self, knowledge_dir: Path, packs: list[str]) -> None:
        self.knowledge_dir = knowledge_dir
        self.packs = list(packs)
        self.current = Engine.load(knowledge_dir, self.packs)
        self._lock = threading.Lock()

    def reload(self, knowledge_dir: Path | None = None) -> list[Problem]:
        """Build a new engine beside the old one; swap only if the whole pack is valid."""
        with self._lock:
            try:
                fresh = Engine.load(knowledge_dir or self.knowledge_dir, self.packs)
            except PackError as exc:
                return exc.problems
            if knowledge_dir is not None:
                self.knowledge_dir = knowledge_dir
            self.current = fresh
            return []

    async def reload_async(self, knowledge_dir: Path | None = None) -> list[Problem]:
        """Reload off the event loop: building an index must not stall the gateway heartbeat."""
        return await asyncio.to_thread(self.reload, knowledge_dir)
