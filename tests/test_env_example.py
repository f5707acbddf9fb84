"""Every setting is documented in .env.example, as ARCHITECTURE.md asks of a new one."""

from pathlib import Path

from bot.config import Settings

EXAMPLE = Path(__file__).resolve().parents[1] / ".env.example"


def test_every_setting_has_a_line_in_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = [name.upper() for name in Settings.model_fields if f"# {name.upper()}=" not in text]
    assert not missing, f"not in .env.example: {', '.join(missing)}"
