"""Without PACKS, the packs marked `default: true` are served; with none marked, every pack is."""

from __future__ import annotations

from pathlib import Path

from bot.config import default_packs


def _pack(root: Path, name: str, *, default: bool) -> None:
    (root / name).mkdir()
    mark = "default: true\n" if default else ""
    (root / name / "pack.yaml").write_text(f"name: {name}\ntitle: T\n{mark}", encoding="utf-8")


def test_the_marked_packs_are_the_default(tmp_path: Path) -> None:
    _pack(tmp_path, "news", default=True)
    _pack(tmp_path, "handbook", default=False)
    assert default_packs(tmp_path) == ["news"]


def test_with_none_marked_every_pack_is_served(tmp_path: Path) -> None:
    _pack(tmp_path, "news", default=False)
    _pack(tmp_path, "handbook", default=False)
    assert default_packs(tmp_path) == ["handbook", "news"]


def test_the_shipped_knowledge_serves_its_marked_pack() -> None:
    knowledge = Path(__file__).resolve().parents[2] / "knowledge"
    assert default_packs(knowledge) == ["antwerp"]
