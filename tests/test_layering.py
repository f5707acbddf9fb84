"""The layering of ARCHITECTURE.md, checked over the imports of every module under bot/.

A layer is a top-level part of `bot` (a package such as `bot.engine`, or a module such as
`bot.config`). Each may import only the layers listed for it below; nothing under `bot/`
imports `tests` or `bench`, or edits `sys.path`; and no two modules import each other, even
through others. Imports under `if TYPE_CHECKING:` are for the type checker only and count for
none of this but the layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = "bot"
OUTSIDE = frozenset({"tests", "bench"})
"""Top-level packages of the project that the product must never import."""

BELOW_FRONT_ENDS = frozenset({"language", "knowledge", "engine", "render", "store"})
MAY_IMPORT: dict[str, frozenset[str]] = {
    "language": frozenset(),
    "config": frozenset(),
    "knowledge": frozenset({"language"}),
    "engine": frozenset({"language", "knowledge"}),
    "render": frozenset({"language", "knowledge", "engine"}),
    "store": frozenset({"language", "knowledge", "engine"}),
    "terminal": BELOW_FRONT_ENDS | {"config"},
    "discord": BELOW_FRONT_ENDS | {"config"},
    "curation": frozenset({"language", "knowledge", "engine", "render", "store", "config"}),
    "__main__": frozenset({"config", "knowledge", "engine", "terminal", "discord", "curation"}),
}
"""What each layer may import besides itself; a new layer must be added here to exist."""


@dataclass(frozen=True)
class Import:
    module: str
    """The importing module, dotted (`bot.engine.engine`)."""
    target: str
    """The module or package imported, dotted."""
    line: int
    typing_only: bool


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _typing_only_lines(tree: ast.Module) -> set[int]:
    """Lines inside `if TYPE_CHECKING:` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for child in node.body:
                    lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(path: Path, root: Path) -> Iterator[Import]:
    """Every import in one file, relative ones resolved, at any depth (lazy ones too)."""
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only = _typing_only_lines(tree)
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join(base)
                start = f"{prefix}.{node.module}" if node.module else prefix
            else:
                start = node.module or ""
            # `from bot.engine import engine` imports the module bot.engine.engine
            targets = [start]
            targets += [
                f"{start}.{alias.name}"
                for alias in node.names
                if (root / Path(*f"{start}.{alias.name}".split("."))).with_suffix(".py").is_file()
                or (root / Path(*f"{start}.{alias.name}".split("."))).is_dir()
            ]
        for target in targets:
            yield Import(module, target, node.lineno, node.lineno in typing_only)


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != PRODUCT:
        return None
    return parts[1] if len(parts) > 1 else None


def edits_sys_path(path: Path) -> list[int]:
    """Lines that touch `sys.path`: the product imports what is installed, nothing else."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    ]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once (as the list of modules around it), by depth-first search."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt) :]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    found.append([*cycle, nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def layering_violations(root: Path) -> list[str]:
    """Everything under root/bot that breaks the layering, one line each; [] if it holds."""
    problems: list[str] = []
    modules = {module_name(path, root): path for path in sorted((root / PRODUCT).rglob("*.py"))}
    edges: dict[str, set[str]] = {module: set() for module in modules}
    for module, path in modules.items():
        where = path.relative_to(root)
        for line in edits_sys_path(path):
            problems.append(f"{where}:{line}: edits sys.path")
        for found in imports_of(path, root):
            top = found.target.split(".")[0]
            if top in OUTSIDE:
                problems.append(f"{where}:{found.line}: imports {found.target} (outside bot/)")
                continue
            if top != PRODUCT:
                continue
            source, target = layer_of(module), layer_of(found.target)
            if source is None or target is None:
                continue
            if source not in MAY_IMPORT:
                problems.append(f"{where}: {source} is not a layer of ARCHITECTURE.md")
            elif target != source and target not in MAY_IMPORT[source]:
                problems.append(
                    f"{where}:{found.line}: {source} may not import {target} ({found.target})"
                )
            if not found.typing_only and found.target in modules and found.target != module:
                edges[module].add(found.target)
    for cycle in cycles(edges):
        problems.append("import cycle: " + " → ".join(cycle))
    return list(dict.fromkeys(problems))


def test_the_product_keeps_its_layers() -> None:
    assert layering_violations(ROOT) == []


def test_only_the_adapter_talks_to_postgres() -> None:
    """Store code speaks the one connection surface; the driver stays behind the adapter."""
    importers = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / PRODUCT).rglob("*.py")
        if any(found.target.split(".")[0] == "asyncpg" for found in imports_of(path, ROOT))
    )
    assert importers == ["bot/store/postgres.py"]


def test_every_layer_is_on_the_map() -> None:
    layers = {
        path.stem if path.is_file() else path.name
        for path in (ROOT / PRODUCT).iterdir()
        if (path.is_dir() and (path / "__init__.py").is_file())
        or (path.suffix == ".py" and path.stem != "__init__")
    }
    assert layers == set(MAY_IMPORT)
    architecture = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for layer in layers:
        assert f"`bot/{layer}" in architecture, f"ARCHITECTURE.md does not place bot/{layer}"


def _plant(root: Path, files: dict[str, str]) -> Path:
    """A copy of the product's layer packages, empty, plus the given files."""
    for layer in MAY_IMPORT:
        if layer in {"config", "__main__"}:
            (root / PRODUCT / f"{layer}.py").parent.mkdir(parents=True, exist_ok=True)
            (root / PRODUCT / f"{layer}.py").write_text("")
        else:
            (root / PRODUCT / layer).mkdir(parents=True, exist_ok=True)
            (root / PRODUCT / layer / "__init__.py").write_text("")
    (root / PRODUCT / "__init__.py").write_text("")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_a_clean_tree_passes(tmp_path: Path) -> None:
    root = _plant(
        tmp_path,
        {
            "bot/engine/engine.py": "from bot.knowledge import models\n",
            "bot/knowledge/models.py": "from bot.language.text import words\n",
            "bot/language/text.py": "def words() -> None: ...\n",
            "bot/discord/client.py": "from bot.discord import views\n",
            "bot/discord/views.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from bot.discord.client import FactBot\n"
            ),
        },
    )
    assert layering_violations(root) == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"bot/engine/bad.py": "from bot.discord.client import FactBot\n"},
            "bot/engine/bad.py:1: engine may not import discord (bot.discord.client)",
        ),
        (
            {"bot/language/bad.py": "def f() -> None:\n    import bot.knowledge.loader\n"},
            "bot/language/bad.py:2: language may not import knowledge (bot.knowledge.loader)",
        ),
        (
            {"bot/knowledge/bad.py": "from ..engine import index\n"},
            "bot/knowledge/bad.py:1: knowledge may not import engine (bot.engine)",
        ),
        (
            {"bot/terminal/bad.py": "from bot.discord import client\n"},
            "bot/terminal/bad.py:1: terminal may not import discord (bot.discord)",
        ),
        (
            {"bot/store/bad.py": "from tests.e2e.fake_discord import FakeDiscord\n"},
            "bot/store/bad.py:1: imports tests.e2e.fake_discord (outside bot/)",
        ),
        (
            {"bot/__main__.py": "def main() -> None:\n    from bench import main\n"},
            "bot/__main__.py:2: imports bench (outside bot/)",
        ),
        (
            {"bot/engine/bad.py": "import sys\nsys.path.insert(0, '..')\n"},
            "bot/engine/bad.py:2: edits sys.path",
        ),
        (
            {
                "bot/engine/a.py": "from bot.engine import b\n",
                "bot/engine/b.py": "def f() -> None:\n    from bot.engine.a import x\n",
            },
            "import cycle: bot.engine.a → bot.engine.b → bot.engine.a",
        ),
        (
            {"bot/plugins/__init__.py": "from bot.engine import engine\n"},
            "bot/plugins/__init__.py: plugins is not a layer of ARCHITECTURE.md",
        ),
    ],
)
def test_the_checker_catches_a_planted_bad_import(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    root = _plant(tmp_path, {"bot/engine/engine.py": "", **files})

    assert expected in layering_violations(root)
