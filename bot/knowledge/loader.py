"""Loading packs from disk: all of a pack is valid, or none of it is served."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.knowledge import checks
from bot.knowledge.errors import PackError, PackProblem
from bot.knowledge.models import Fact, FactFile, Lexicon, Manifest
from bot.knowledge.pack import KnowledgeBase, Pack
from bot.knowledge.safe_yaml import SafeLoader, UnsafeYamlError, load_yaml, read_text
from bot.language.text import tokenize
from bot.language.units import UnitBook

SHARED_LEXICON = "lexicon.yaml"
"""Optional: words shared by every pack of one knowledge folder, over the language layer."""
LANGUAGE_FILE = "data/english.yaml"
MANIFEST = "pack.yaml"
PACK_LEXICON = "lexicon.yaml"
FACTS_DIR = "facts"

Model = TypeVar("Model", bound=BaseModel)


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _read_model(
    path: Path, model: type[Model], root: Path
) -> tuple[Model | None, list[PackProblem]]:
    """Parse and validate one file, turning every failure into located problems."""
    name = _display(path, root)
    try:
        data: Any = load_yaml(path)
    except FileNotFoundError:
        return None, [PackProblem(name, "file is missing")]
    except OSError as exc:
        return None, [PackProblem(name, f"cannot be read: {exc.strerror or exc}")]
    except (UnsafeYamlError, yaml.YAMLError) as exc:
        return None, [PackProblem(name, f"cannot be read: {exc}")]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_problem_from(name, data, err) for err in exc.errors()]


def _problem_from(file: str, data: Any, error: Any) -> PackProblem:
    """Name the fact by its id, not its list position, when pydantic points inside a fact."""
    loc = list(error["loc"])
    fact_id = None
    if len(loc) >= 2 and loc[0] == "facts" and isinstance(loc[1], int):
        try:
            fact_id = str(data["facts"][loc[1]].get("id") or f"#{loc[1] + 1}")
        except (KeyError, IndexError, TypeError, AttributeError):
            fact_id = f"#{loc[1] + 1}"
        loc = loc[2:]
    field = ".".join(str(p) for p in loc) or None
    return PackProblem(file, str(error["msg"]), fact_id, field)


def merge_lexicons(lexicons: list[Lexicon]) -> Lexicon:
    """Layers of language, general first, a pack's own last: each adds words, and where a
    later layer gives a phrase a meaning of its own (a pack's 'georgia' is a US state, not the
    country; a pack's synonym that a general cue also uses), the later meaning wins."""
    merged: dict[str, Any] = {}
    for lexicon in lexicons:
        _release(merged, _claims(lexicon))
        for field, value in lexicon:
            if isinstance(value, list):
                merged.setdefault(field, [])
                merged[field] += [v for v in value if v not in merged[field]]
            elif field == "entities":
                kinds = merged.setdefault(field, {})
                for kind, table in value.items():
                    kinds.setdefault(kind, {})
                    for canonical, surfaces in table.items():
                        kinds[kind].setdefault(canonical, [])
                        kinds[kind][canonical] += surfaces
            elif field in LISTED_FIELDS:
                table = merged.setdefault(field, {})
                for key, items in value.items():
                    table.setdefault(key, [])
                    table[key] += [item for item in items if item not in table[key]]
            else:
                merged.setdefault(field, {}).update(value)
    return Lexicon.model_validate(merged)


LISTED_FIELDS = frozenset({"synonyms", "cues", "implies", "answer_kinds"})
"""Fields whose entries are lists that layers extend rather than replace."""


def _claims(lexicon: Lexicon) -> dict[str, str]:
    """Every phrase a lexicon gives a meaning to (as folded words), with that meaning."""
    claims: dict[str, str] = {}
    tables = [("synonyms", lexicon.synonyms)]
    tables += [(f"entities.{kind}", table) for kind, table in lexicon.entities.items()]
    for field, table in tables:
        for canonical, surfaces in table.items():
            for surface in (canonical, *surfaces):
                claims.setdefault(_folded(surface), f"{field}:{canonical}")
    return claims


def _release(merged: dict[str, Any], claims: dict[str, str]) -> None:
    """Earlier layers give up the phrases a later one claims for another meaning."""
    if not merged or not claims:
        return
    tables = [("synonyms", merged.get("synonyms", {}))]
    tables += [(f"entities.{k}", t) for k, t in merged.get("entities", {}).items()]
    for field, table in tables:
        for canonical in list(table):
            meaning = f"{field}:{canonical}"
            taken = claims.get(_folded(canonical))
            if taken is not None and taken != meaning:
                del table[canonical]
                continue
            table[canonical] = [
                s for s in table[canonical] if claims.get(_folded(s), meaning) == meaning
            ]
    for field in ("fillers", "stopwords"):
        if field in merged:
            merged[field] = [p for p in merged[field] if _folded(str(p)) not in claims]
    for label, phrases in merged.get("cues", {}).items():
        merged["cues"][label] = [p for p in phrases if _folded(p) not in claims]


def _folded(phrase: str) -> str:
    return " ".join(tokenize(phrase))


@cache
def language_lexicon() -> Lexicon:
    """The general language layer the engine ships (bot/language/data), read once."""
    text = resources.files("bot.language").joinpath(LANGUAGE_FILE).read_text("utf-8")
    return Lexicon.model_validate(yaml.load(text, Loader=SafeLoader))


def base_lexicon(knowledge_dir: Path) -> tuple[Lexicon, list[PackProblem]]:
    """The general language layer, with the knowledge folder's own lexicon.yaml over it when
    there is one (words every pack of this installation shares)."""
    site, problems = load_lexicon(knowledge_dir / SHARED_LEXICON, knowledge_dir)
    return merge_lexicons([language_lexicon(), site]), problems


def load_lexicon(path: Path, root: Path) -> tuple[Lexicon, list[PackProblem]]:
    if not path.exists():
        return Lexicon(), []
    lexicon, problems = _read_model(path, Lexicon, root)
    return lexicon or Lexicon(), problems


OUTSIDE = (
    "must be a file inside the pack folder: no absolute path, no '..', no link out of the pack"
)
"""The one message for any path outside a pack, whether or not it exists or can be read:
a pack (or `kb check`) never tells what lies outside its folder."""


def inside(candidate: Path, folder: Path) -> bool:
    """True if `candidate`, every link followed, is `folder` or lies within it."""
    try:
        return candidate.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a link loop, an unreadable component
        return False


def plain_relative(name: str) -> bool:
    """A pack-relative file name: not absolute, no '..', no drive or backslash tricks."""
    pure = PurePosixPath(name)
    return (
        bool(name.strip())
        and not pure.is_absolute()
        and ".." not in pure.parts
        and "\\" not in name
        and ":" not in name
    )


def cut_off(path: Path) -> bool:
    """A YAML file whose last byte is not a line break was most likely cut off mid-write:
    YAML would read what is left as fewer facts, or a fact with a shorter list."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() == 0:
                return False
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except OSError:
        return False  # reading it reports the problem


def _fingerprint(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def load_pack(path: Path, shared: Lexicon) -> tuple[Pack, Lexicon]:
    """Load one pack and its lexicon, or raise PackError listing everything wrong with it.

    Every file read is confined to the pack's folder (links followed), fact files cut off
    mid-write are refused, and so is a fact file that changed while the pack was read."""
    root = path.parent
    problems: list[PackProblem] = []
    for own in (path / MANIFEST, path / PACK_LEXICON, path / FACTS_DIR):
        if (own.exists() or own.is_symlink()) and not inside(own, path):
            problems.append(PackProblem(_display(own, root), OUTSIDE))
    if problems:
        raise PackError(problems)
    manifest, problems = _read_model(path / MANIFEST, Manifest, root)
    pack_lexicon, lexicon_problems = load_lexicon(path / PACK_LEXICON, root)
    problems += lexicon_problems
    lexicon = merge_lexicons([shared, pack_lexicon])
    lexicon_file = path / PACK_LEXICON if (path / PACK_LEXICON).exists() else root / SHARED_LEXICON
    problems += checks.check_lexicon(_display(lexicon_file, root), lexicon)
    texts: dict[str, str] = {}
    if manifest is not None:
        for source in manifest.sources:
            if not plain_relative(source.file) or not inside(path / source.file, path):
                problems.append(
                    PackProblem(
                        _display(path / MANIFEST, root),
                        f"source {source.id} ({source.file}) {OUTSIDE}",
                        field="sources",
                    )
                )
                continue
            try:
                texts[source.id] = read_text(path / source.file)
            except (OSError, UnsafeYamlError) as exc:
                problems.append(
                    PackProblem(
                        _display(path / MANIFEST, root),
                        f"source {source.id} ({source.file}) cannot be read: {exc}",
                        field="sources",
                    )
                )
    located: list[tuple[str, Fact]] = []
    fact_files = sorted((path / FACTS_DIR).glob("*.yaml")) if (path / FACTS_DIR).is_dir() else []
    if not fact_files:
        problems.append(PackProblem(_display(path, root), f"no fact files in {FACTS_DIR}/"))
    read_as: dict[Path, tuple[int, int] | None] = {}
    for file in fact_files:
        if not inside(file, path):
            problems.append(PackProblem(_display(file, root), OUTSIDE))
            continue
        read_as[file] = _fingerprint(file)
        fact_file, file_problems = _read_model(file, FactFile, root)
        problems += file_problems
        if fact_file is None:
            continue
        if cut_off(file):
            problems.append(
                PackProblem(
                    _display(file, root),
                    "does not end with a line break: it looks cut off (truncated), and "
                    "loading it could silently lose facts; save it whole again",
                )
            )
            continue
        located += [(_display(file, root), fact) for fact in fact_file.facts]
    problems += [
        PackProblem(
            _display(file, root),
            "changed while the pack was being read (still being written?); "
            "nothing was loaded from it, reload again once it is saved",
        )
        for file, fingerprint in read_as.items()
        if _fingerprint(file) != fingerprint
    ]
    units = UnitBook(lexicon.units)
    default_source = manifest.sources[0].id if manifest and len(manifest.sources) == 1 else None
    problems += checks.check_ids_and_aliases(located)
    known_names = checks.entity_names(lexicon)
    for file_name, fact in located:
        problems += checks.check_quotes(file_name, fact, texts, default_source)
        problems += checks.check_quantities(file_name, fact, units)
        problems += checks.check_entities(file_name, fact, lexicon, known_names)
    if problems or manifest is None:
        raise PackError(problems)
    pack = Pack(path=path, manifest=manifest, texts=texts, facts=tuple(f for _, f in located))
    return pack, pack_lexicon


def load_knowledge(knowledge_dir: Path, pack_names: list[str]) -> KnowledgeBase:
    """Load the active packs over the shared lexicon; any problem in any pack refuses them all."""
    shared, problems = base_lexicon(knowledge_dir)
    packs: list[Pack] = []
    lexicons = [shared]
    for name in pack_names:
        path = knowledge_dir / name
        if path.is_symlink() and not inside(path, knowledge_dir):
            problems.append(PackProblem(_display(path, knowledge_dir), OUTSIDE))
            continue
        if not (path / MANIFEST).is_file():
            problems.append(PackProblem(_display(path, knowledge_dir), f"no pack named {name!r}"))
            continue
        try:
            pack, lexicon = load_pack(path, shared)
        except PackError as exc:
            problems += exc.problems
            continue
        packs.append(pack)
        lexicons.append(lexicon)
    fact_pack: dict[str, str] = {}
    for pack in packs:
        for fact in pack.facts:
            if fact.id in fact_pack:
                problems.append(
                    PackProblem(
                        pack.name, f"fact id also used by pack {fact_pack[fact.id]}", fact.id, "id"
                    )
                )
            fact_pack[fact.id] = pack.name
    if problems:
        raise PackError(problems)
    return KnowledgeBase(
        packs=tuple(packs),
        lexicon=merge_lexicons(lexicons),
        fact_pack=fact_pack,
        pack_lexicons={
            pack.name: merge_lexicons([shared, own])
            for pack, own in zip(packs, lexicons[1:], strict=True)
        },
    )


def available_packs(knowledge_dir: Path) -> list[str]:
    return sorted(p.parent.name for p in knowledge_dir.glob(f"*/{MANIFEST}"))
