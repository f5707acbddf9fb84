"""Other languages' word lists opened from saved files, not indexed inside a question (0.3 s)."""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
import shutil
import sys
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

FORMAT: Final = 1
"""Bump when the saved form changes: older folders are then ignored."""
STREAM: Final = ".stream"
"""A language's stream as simplemma decompresses it, byte for byte."""
SEEDS: Final = ".seeds"
"""Its block index (each block's first key and where to resume decoding it), marshalled."""
META: Final = "meta.json"

log = logging.getLogger("factbot.index")

_SAVED: dict[str, tuple[Path, dict[str, int]]] = {}
"""Each language's saved folder, with the checksum of each of its files."""


def folder_for(root: Path, codes: Sequence[str]) -> Path:
    key = f"{FORMAT} {_simplemma_version()} {sys.version} {','.join(sorted(codes))}"
    return root / f"languages-{hashlib.blake2b(key.encode(), digest_size=8).hexdigest()}"


@lru_cache(maxsize=1)
def _simplemma_version() -> str:
    """The installed simplemma's version, read without importing it (a tenth of a second)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simplemma")
    except PackageNotFoundError:  # run from a source tree: its own version line
        from simplemma import __version__

        return str(__version__)


def ensure(root: Path, codes: Sequence[str]) -> None:
    """Open these languages from their folder under `root`, saved first when there is none."""
    folder = folder_for(root, codes)
    if not (folder / META).is_file():
        try:
            _save(folder, codes)
        except OSError as exc:
            log.warning("other languages' word lists not saved (%s)", exc)
            return
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        _unusable(folder, exc)
        return
    for code in codes:
        _SAVED[code] = (folder, meta["files"])


def forget() -> None:
    _SAVED.clear()
    _opened.cache_clear()


def _save(folder: Path, codes: Sequence[str]) -> None:
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    building = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        files = {}
        for code in codes:
            made = StreamMap(code)
            seeds = (made._rev, made._count, made._pos, made._firsts, made._blocks)
            for suffix, data in ((STREAM, made._data), (SEEDS, marshal.dumps(seeds))):
                (building / f"{code}{suffix}").write_bytes(data)
                files[f"{code}{suffix}"] = zlib.crc32(data)
        (building / META).write_text(json.dumps({"files": files}), encoding="utf-8")
        try:
            building.rename(folder)
        except OSError:
            if not (folder / META).is_file():  # else another process saved it first
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)


def _unusable(folder: Path, problem: object) -> None:
    log.warning("saved word lists %s are unusable (%s): removing them", folder.name, problem)
    shutil.rmtree(folder, ignore_errors=True)
    for code in [c for c, (f, _) in _SAVED.items() if f == folder]:
        del _SAVED[code]


def _read(folder: Path, name: str, sums: dict[str, int]) -> bytes:
    data = (folder / name).read_bytes()
    if zlib.crc32(data) != sums.get(name):
        raise ValueError(f"{name} does not match its checksum")
    return data


@lru_cache(maxsize=16)
def _opened(code: str) -> Any:
    """The language's stream from its saved files when they are sound, else built by simplemma."""
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    saved = _SAVED.get(code)
    if saved is not None:
        folder, sums = saved
        try:
            data = _read(folder, f"{code}{STREAM}", sums)
            rev, count, pos, firsts, blocks = marshal.loads(_read(folder, f"{code}{SEEDS}", sums))
        except (OSError, ValueError, EOFError, TypeError) as exc:
            _unusable(folder, exc)
        else:
            made = StreamMap.__new__(StreamMap)
            made._data, made._rev, made._count, made._pos = data, rev, count, pos
            made._firsts, made._blocks = firsts, blocks
            return made
    return StreamMap(code)


class _Factory:
    """simplemma's memory-frugal dictionary factory, opening saved streams where it can."""

    def get_dictionary(self, lang: str) -> Any:
        return _opened(lang)


class _Lemmas:
    """simplemma's `lemmatize` and `is_known` with `low_memory`, over the factory above."""

    def __init__(self) -> None:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

        self.factory = _Factory()
        self._lemmatizer = Lemmatizer(
            lemmatization_strategy=DefaultStrategy(dictionary_factory=self.factory)
        )
        self._lookup = DictionaryLookupStrategy(self.factory)

    def lemmatize(self, word: str, lang: str) -> str:
        return str(self._lemmatizer.lemmatize(word, lang))

    def is_known(self, word: str, lang: str) -> bool:
        from simplemma.utils import normalize_token

        return self._lookup.get_lemma(normalize_token(word), lang) is not None


_LEMMAS: list[_Lemmas] = []


def lemmas() -> _Lemmas:
    """The one reader of other languages' streams, made on first use (it imports simplemma)."""
    if not _LEMMAS:
        _LEMMAS.append(_Lemmas())
    return _LEMMAS[0]
