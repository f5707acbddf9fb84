"""`kb new`: a pack folder drafted from one source text, valid as written, for a curator to edit.

The folder is built under a temporary name beside the others, validated like any pack, and
only then renamed into place, so a failure never leaves half a pack behind.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from bot.config import PACK_NAME
from bot.curation.drafts import draft_facts, units_used
from bot.curation.names import (
    Name,
    affiliations,
    all_names,
    known_surfaces,
    shared_names,
    titles,
)
from bot.curation.selftest import SelfTest, self_test
from bot.curation.sentences import Sentence, sentences
from bot.knowledge.checks import check_units
from bot.knowledge.errors import PackError
from bot.knowledge.loader import (
    FACTS_DIR,
    MANIFEST,
    PACK_LEXICON,
    base_lexicon,
    load_pack,
    merge_lexicons,
)
from bot.knowledge.models import Lexicon
from bot.knowledge.pack import KnowledgeBase, Pack
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
# DRAFT facts written by `python -m bot kb new`: one per sentence, or per clause when a
# sentence states several things; each quotes its sentence verbatim. They answer as written.
# To curate (knowledge/README.md): read each answer against its quote, add the question forms
# readers use that are missing, add `unknowns` (what people ask that the source does not
# say), then remove the curator_note. Run
# `python -m bot kb check --pack {name}` after each edit: it asks every fact its questions.
"""
LEXICON_HEADER: Final = """\
# DRAFT lexicon of this pack, written by `python -m bot kb new`: the names the source uses,
# with the shorter forms it uses for them again (a surname, an acronym, "the agency").
# Check each kind (person, place, organisation); a wrong name here rules facts out.
# A surface may mean one thing only across every pack served together: `kb check` warns.
"""
UNIT_WORDS: Final = {
    "second": {"name": "second", "plural": "seconds", "aliases": ["sec", "secs"]},
    "minute": {"name": "minute", "plural": "minutes", "aliases": ["min", "mins"]},
    "hour": {"name": "hour", "plural": "hours", "aliases": ["hr", "hrs"]},
    "millisecond": {"name": "millisecond", "plural": "milliseconds", "aliases": ["millisec"]},
}
"""Time units a draft may state that the shared lexicon does not name; a draft stating any of
them names them all, so 'how many minutes' of a figure in seconds converts."""
BOM: Final = "\ufeff"


class ScaffoldError(Exception):
    """Why no pack was created, in one line for the command line."""


@dataclass(frozen=True)
class NewPack:
    """What `kb new` made."""

    path: Path
    facts: int
    source: Path
    names: int = 0
    self_test: float = 100.0
    """The share of the draft's example questions that come back to their own fact."""


def new_pack(
    knowledge_dir: Path,
    name: str,
    source: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    date: str | None = None,
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
    text = _read_source(source).removeprefix(BOM)
    found = sentences(text)
    if not found:
        raise ScaffoldError(f"no sentences found in {source}")
    shared, _ = base_lexicon(knowledge_dir)
    every_name = all_names(text, _known(shared))
    names = [n for n in every_name if n.kind is not None]
    heading = _heading(text, found)
    known = shared_names(text, {str(kind): table for kind, table in shared.entities.items()})
    facts = draft_facts(
        found,
        [*names, *known],
        works=[*titles(every_name), *(n for n in names if n.kind == "organisation")],
        text=text,
        headline=heading,
        taken_ids=_ids_in_packs(knowledge_dir),
    )
    file_name = source.name if _SAFE_FILE_NAME.fullmatch(source.name) else f"{name}.txt"
    manifest = _manifest(
        name, file_name, title or heading or _title(source), publisher, url=url, date=date
    )
    _count_what_no_unit_names(facts, shared)
    lexicon = draft_lexicon(names, units_used(facts), shared, affiliations(names, text))
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=knowledge_dir))
    try:
        _write_pack(building, name, file_name, text, manifest, facts, lexicon)
        pack, pack_lexicon = load_pack(building, shared)  # the validation `kb check` runs
        unit_problems = check_units(merge_lexicons([shared, pack_lexicon]))
        if unit_problems:
            raise PackError(unit_problems)
        tried = _self_test(pack, shared, pack_lexicon)
        declining = {(m.fact, m.unknown) for m in tried.misses if m.unknown is not None}
        if declining:  # an unknown must never decline its own fact's questions
            for fact in facts:
                kept = [u for u in fact.get("unknowns", []) if (fact["id"], u) not in declining]
                fact["unknowns"] = kept
                if not kept:
                    del fact["unknowns"]
            _write_facts(building, name, facts)
            pack, pack_lexicon = load_pack(building, shared)
            tried = _self_test(pack, shared, pack_lexicon)
        building.rename(target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return NewPack(
        path=target,
        self_test=tried.score,
        facts=len(facts),
        source=target / SOURCES_DIR / file_name,
        names=sum(1 for n in names if n.kind is not None),
    )


def _read_source(source: Path) -> str:
    try:
        return read_text(source)
    except FileNotFoundError:
        raise ScaffoldError(f"no source file at {source}") from None
    except (OSError, UnsafeYamlError) as exc:
        raise ScaffoldError(f"the source {source} cannot be used: {exc}") from None


def _count_what_no_unit_names(facts: list[dict[str, Any]], shared: Lexicon) -> None:
    """A figure in a unit the lexicon lacks (a currency, where no layer names it) is counted:
    shown as stated, never converted. The draft lexicon adds only the time units it needs."""
    for fact in facts:
        for quantity in fact.get("quantities", []):
            if quantity["unit"] not in shared.units and quantity["unit"] not in UNIT_WORDS:
                quantity["unit"] = "count"


def _known(shared: Lexicon) -> set[str]:
    """Surfaces the shared lexicon reads already: a draft name must not claim them again."""
    return known_surfaces([shared.synonyms, *shared.entities.values()])


def draft_lexicon(
    names: list[Name], units: set[str], shared: Lexicon, linked: dict[str, Name] | None = None
) -> dict[str, Any]:
    """The pack lexicon: each name under its kind with its other surfaces; who belongs to which
    organisation (a question about the organisation's chief reaches the chief's facts); time
    units the draft's quantities use when the shared lexicon lacks them."""
    entities: dict[str, dict[str, list[str]]] = {}
    for name in sorted(names, key=lambda n: (n.kind or "", n.canonical)):
        if name.kind is None:
            continue
        entities.setdefault(name.kind, {})[name.canonical] = sorted(name.surfaces)
    out: dict[str, Any] = {}
    if entities:
        out["entities"] = entities
    implies = {person: [body.canonical] for person, body in sorted((linked or {}).items())}
    if implies:
        out["implies"] = implies
    missing = {
        u: {**UNIT_WORDS[u], "family": "time"}
        for u in sorted(UNIT_WORDS if units else ())
        if u not in shared.units
    }
    if missing:
        out["units"] = missing
    return out


def _manifest(
    name: str,
    file_name: str,
    title: str,
    publisher: str | None,
    *,
    url: str | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "description": f"Drafted from {file_name} by kb new; its facts await a curator.",
        "sentences": True,
        "sources": [
            {
                "id": name,
                "file": f"{SOURCES_DIR}/{file_name}",
                "title": title,
                "publisher": publisher or UNKNOWN_PUBLISHER,
                "url": url,
                "date": date,
            }
        ],
    }


def _heading(text: str, found: list[Sentence]) -> str | None:
    """The heading the text opens with, if any."""
    opening = text[: found[0].start].strip().splitlines()
    if opening and opening[0].strip():
        return opening[0].strip()
    return None


def _title(source: Path) -> str:
    """A title made from the file's name."""
    return source.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled"


def _write_pack(
    folder: Path,
    name: str,
    file_name: str,
    text: str,
    manifest: dict[str, Any],
    facts: list[dict[str, Any]],
    lexicon: dict[str, Any],
) -> None:
    """The source byte for byte (it was valid UTF-8; a BOM dropped), the manifest, the draft
    facts and the draft lexicon."""
    (folder / SOURCES_DIR).mkdir()
    (folder / FACTS_DIR).mkdir()
    (folder / SOURCES_DIR / file_name).write_bytes(text.encode("utf-8"))
    (folder / MANIFEST).write_text(MANIFEST_HEADER + _dump(manifest), encoding="utf-8")
    _write_facts(folder, name, facts)
    if lexicon:
        (folder / PACK_LEXICON).write_text(LEXICON_HEADER + _dump(lexicon), encoding="utf-8")


def _write_facts(folder: Path, name: str, facts: list[dict[str, Any]]) -> None:
    draft = DRAFT_HEADER.format(name=name) + _dump({"facts": facts})
    (folder / FACTS_DIR / DRAFT_FILE).write_text(draft, encoding="utf-8")


def _self_test(pack: Pack, shared: Lexicon, pack_lexicon: Lexicon) -> SelfTest:
    """The draft asked its own questions, as `kb check` will ask it."""
    kb = KnowledgeBase(
        packs=(pack,),
        lexicon=merge_lexicons([shared, pack_lexicon]),
        fact_pack={f.id: pack.name for f in pack.facts},
    )
    return self_test(kb)


def _dump(data: Any) -> str:
    """YAML for people, by libyaml when it is there. Fact files refuse YAML aliases, and an
    alias is only written for an object met twice: a JSON round trip leaves none."""
    plain = json.loads(json.dumps(data))
    return yaml.dump(
        plain,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
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
