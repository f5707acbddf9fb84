"""Other languages' streams opened from saved files give simplemma's own lemmas, and a
saved file that is gone or damaged is never read: the stream is built as simplemma builds it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from bot.language import streams

WORDS = {
    "es": ["incautaciones", "cocaína", "puerto", "pasaron", "toneladas", "incauto", "qué"],
    "nl": ["inbeslagnames", "haven", "gevonden", "ton", "drie", "hoeveel", "wever"],
}


@pytest.fixture
def saved(tmp_path: Path) -> Iterator[Path]:
    """Spanish and Dutch saved under a folder and opened from it; forgotten afterwards."""
    streams.forget()
    streams.ensure(tmp_path, sorted(WORDS))
    yield streams.folder_for(tmp_path, sorted(WORDS))
    streams.forget()


def expected() -> dict[tuple[str, str], tuple[str, bool]]:
    return {
        (code, word): (
            simplemma.lemmatize(word, lang=code, low_memory=True),
            simplemma.is_known(word, lang=code, low_memory=True),
        )
        for code, words in WORDS.items()
        for word in words
    }


def read_all() -> dict[tuple[str, str], tuple[str, bool]]:
    lemmas = streams.lemmas()
    return {
        (code, word): (lemmas.lemmatize(word, code), lemmas.is_known(word, code))
        for code, words in WORDS.items()
        for word in words
    }


def test_saved_streams_give_simplemmas_lemmas_without_walking_the_stream(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = expected()

    def walk(self: StreamMap, lang: str) -> None:
        raise AssertionError(f"walked the {lang} stream")

    monkeypatch.setattr(StreamMap, "__init__", walk)
    assert read_all() == wanted


def test_a_second_start_opens_the_saved_folder_as_it_is(saved: Path) -> None:
    written = (saved / "es.seeds").stat().st_mtime_ns
    streams.forget()
    streams.ensure(saved.parent, sorted(WORDS))
    assert (saved / "es.seeds").stat().st_mtime_ns == written
    assert read_all() == expected()


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("es.seeds", lambda path: path.unlink()),
        ("es.seeds", lambda path: path.write_bytes(path.read_bytes()[:-7])),
        ("nl.stream", lambda path: path.write_bytes(bytes(path.stat().st_size))),
    ],
)
def test_a_missing_or_damaged_saved_file_is_never_read(
    saved: Path, caplog: pytest.LogCaptureFixture, name: str, damage: object
) -> None:
    damage(saved / name)  # type: ignore[operator]
    caplog.set_level(logging.WARNING, "factbot.index")
    assert read_all() == expected()
    assert any("unusable" in r.getMessage() for r in caplog.records)
    assert not saved.exists()  # removed: the next start saves it again
    streams.forget()
    streams.ensure(saved.parent, sorted(WORDS))
    assert (saved / name).is_file()
