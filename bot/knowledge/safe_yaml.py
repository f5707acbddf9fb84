"""YAML reading that refuses hostile files before they cost memory or time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 5 * 1024 * 1024
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it: parsing is most of the time a pack takes to load."""
MAX_NESTING = 32


class UnsafeYamlError(ValueError):
    """The file is valid YAML, or nearly, but not something a fact file should ever be."""


def _refuse_aliases_and_depth(text: str) -> None:
    """Walk the event stream first: an alias bomb or deep nesting is refused before building it."""
    depth = 0
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeYamlError("YAML aliases (*name) are not allowed in knowledge files")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                raise UnsafeYamlError(f"nested deeper than {MAX_NESTING} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read UTF-8 text within a size bound, so a runaway file never fills memory."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnsafeYamlError(f"file is {size:,} bytes; the limit is {max_bytes:,}")
    data = path.read_bytes()
    if b"\x00" in data:
        raise UnsafeYamlError("file contains NUL bytes: binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsafeYamlError(f"not valid UTF-8 at byte {exc.start}") from exc


def load_yaml(path: Path) -> Any:
    """Parse a knowledge file safely; raises UnsafeYaml or yaml.YAMLError with a position."""
    text = read_text(path)
    _refuse_aliases_and_depth(text)
    return yaml.load(text, Loader=SafeLoader)
