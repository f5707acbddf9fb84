"""`kb new`: a pack folder drafted from one source text, valid as written, for a curator to edit.

The folder is built under a temporary name beside the others, validated like any pack, and
only then renamed into place, so a failure never leaves half a pack behind.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from bot.config import PACK_NAME
from bot.curation.drafts import draft_facts
from bot.curation.sentences import Sentence, sentences
from bot.knowledge.loader import FACTS_DIR, MANIFEST, base_lexicon, load_pack
from bot.knowledge.safe_yaml import UnsafeYamlError, load_yaml, read_text

SOURCES_DIR: Final = "sources"
DRAFT_FILE: Final = "draft.yaml"
UNKNOWN_PUBLISHER: Final = "Unknown publisher (set it in pack.yaml)"
_SAFE_FILE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

MANIFEST_HEADER: Final = """\
# Drafted by `python -m bot kb new`. Check the title and publisher: citations show them.
# Metadata is only what the source itself states; leave url and date empty if it has none.
"""
DRAFT_HEADER: Final = """\
# DRAFT facts, one per sentence of the source, written by `python -m bot kb new`.
# For each fact: write a real answer, five or more questions people would ask, keywords,
# entities (add any new names to this pack's lexicon.yaml), and unknowns (what people ask
# that the source does not say). Merge or drop facts as you see fit, remove the DRAFT
# topics and notes, and run `python -m bot kb check --pack {name}` after each edit.
"""


class ScaffoldError(Exception):
    """Why no pack was created, in one line for the command line."""


@dataclass(frozen=True)
class NewPack:
    """What `kb new` made."""

    path: Path
    facts: int
    source: Path


def new_pack(
    knowledge_dir: Path,
    name: str,
    source: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
) -> NewPack:
    """Create knowledge_dir/name from a source text.

    Raises ScaffoldError when it cannot start, and PackError if the drafted pack fails the
    validation every pack goes through (then nothing is left behind).
    """
    if not PACK_NAME.fullmatch(name):
        raise ScaffoldError(f"{name!r} is not a pack name: use lower-case letters, digits and -")
    target = knowledge_dir / name
    if target.exists():
        raise ScaffoldError(f"{target} already exists; choose another name or remove it")
    if not knowledge_dir.is_dir():
        raise ScaffoldError(f"no knowledge directory at {knowledge_dir}")
    text = _read_source(source)
    found = sentences(text)
    if not found:
        raise ScaffoldError(f"no sentences found in {source}")
    facts = draft_facts(found, taken_ids=_ids_in_packs(knowledge_dir))
    file_name = source.name if _SAFE_FILE_NAME.fullmatch(source.name) else f"{name}.txt"
    manifest = _manifest(name, file_name, title or _title(text, found, source), publisher)
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=knowledge_dir))
    try:
        _write_pack(building, name, file_name, text, manifest, facts)
        shared, _ = base_lexicon(knowledge_dir)
        load_pack(building, shared)  # the same validation `kb check` runs
        building.rename(target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return NewPack(path=target, facts=len(facts), source=target / SOURCES_DIR / file_name)


def _read_source(source: Path) -> str:
    try:
        return read_text(source)
    except FileNotFoundError:
        raise ScaffoldError(f"no source file at {source}") from None
    except (OSError, UnsafeYamlError) as exc:
        raise ScaffoldError(f"the source {source} cannot be used: {exc}") from None


def _manifest(name: str, file_name: str, title: str, publisher: str | None) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "description": f"Drafted from {file_name} by kb new; its facts await a curator.",
        "sources": [
            {
                "id": name,
                "file": f"{SOURCES_DIR}/{file_name}",
                "title": title,
                "publisher": publisher or UNKNOWN_PUBLISHER,
                "url": None,
                "date": None,
            }
        ],
    }


def _title(text: str, found: list[Sentence], source: Path) -> str:
    """The heading the text opens with, if any, else a title made from the file's name."""
    opening = text[: found[0].start].strip().splitlines()
    if opening and opening[0].strip():
        return opening[0].strip()
    return source.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled"


def _write_pack(
    folder: Path,
    name: str,
    file_name: str,
    text: str,
    manifest: dict[str, Any],
    facts: list[dict[str, Any]],
) -> None:
    """The source byte for byte (it was valid UTF-8), the manifest, the draft facts."""
    (folder / SOURCES_DIR).mkdir()
    (folder / FACTS_DIR).mkdir()
    (folder / SOURCES_DIR / file_name).write_bytes(text.encode("utf-8"))
    (folder / MANIFEST).write_text(MANIFEST_HEADER + _dump(manifest), encoding="utf-8")
    draft = DRAFT_HEADER.format(name=name) + _dump({"facts": facts})
    (folder / FACTS_DIR / DRAFT_FILE).write_text(draft, encoding="utf-8")


class _PlainDumper(yaml.SafeDumper):
    """Writes every value in full: fact files refuse YAML aliases, so none may be emitted."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_PlainDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )


def _ids_in_packs(knowledge_dir: Path) -> set[str]:
    """Fact ids the other packs already use, so the new pack can be served beside them."""
    taken: set[str] = set()
    for facts_file in knowledge_dir.glob(f"*/{FACTS_DIR}/*.yaml"):
        try:
            data = load_yaml(facts_file)
        except (OSError, UnsafeYamlError, yaml.YAMLError):
            continue  # a broken pack is `kb check`'s business, not a reason to refuse
        entries = data.get("facts") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                taken.add(entry["id"])
    return taken
