"""YAML reading that refuses hostile or mistaken files before they cost memory or time."""

from __future__ import annotations

import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NESTING = 32
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it: parsing is most of the time a pack takes to load."""


INTERN_UP_TO = 64
"""Strings this short (keywords, places, years, units, source names) repeat across facts:
one copy each instead of one per mention took a tenth off a 100,000-fact pack's memory."""


class _Loader(SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader, keeping one copy of each short string."""


def _shared_string(loader: Any, node: yaml.ScalarNode) -> str:
    value = str(loader.construct_scalar(node))
    return sys.intern(value) if len(value) <= INTERN_UP_TO else value


_Loader.add_constructor("tag:yaml.org,2002:str", _shared_string)


class UnsafeYamlError(ValueError):
    """The file is valid YAML, or nearly, but not something a fact file should ever be."""


@dataclass
class _Collection:
    """A mapping or sequence being walked: a mapping alternates key, value, key, …"""

    is_mapping: bool
    keys: set[str] = field(default_factory=set)
    expect_key: bool = True


def _after_value(stack: list[_Collection]) -> None:
    if stack and stack[-1].is_mapping:
        stack[-1].expect_key = True


def _check_events(text: str) -> None:
    """Walk the event stream before building anything: no aliases (bombs), no deep nesting,
    and no key written twice in one mapping (YAML would silently keep the last one)."""
    stack: list[_Collection] = []
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeYamlError("YAML aliases (*name) are not allowed in knowledge files")
        if isinstance(event, yaml.ScalarEvent):
            top = stack[-1] if stack else None
            if top is not None and top.is_mapping and top.expect_key:
                if event.value in top.keys:
                    line = event.start_mark.line + 1 if event.start_mark else "?"
                    raise UnsafeYamlError(f"key {event.value!r} appears twice (line {line})")
                top.keys.add(event.value)
                top.expect_key = False
            else:
                _after_value(stack)
        elif isinstance(event, yaml.CollectionStartEvent):
            if stack and stack[-1].is_mapping and stack[-1].expect_key:
                stack[-1].expect_key = False
            stack.append(_Collection(isinstance(event, yaml.MappingStartEvent)))
            if len(stack) > MAX_NESTING:
                raise UnsafeYamlError(f"nested deeper than {MAX_NESTING} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            _after_value(stack)


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a regular UTF-8 file within a size bound, so nothing can fill memory or hang."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise UnsafeYamlError(f"cannot be read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(mode):
        raise UnsafeYamlError("not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnsafeYamlError(f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise UnsafeYamlError(f"file is larger than the limit of {max_bytes:,} bytes")
    if b"\x00" in data:
        raise UnsafeYamlError("file contains NUL bytes: binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsafeYamlError(f"not valid UTF-8 at byte {exc.start}") from exc


def load_yaml(path: Path) -> Any:
    """Parse a knowledge file safely; raises UnsafeYamlError or yaml.YAMLError with a position."""
    text = read_text(path)
    _check_events(text)
    return yaml.load(text, Loader=_Loader)
