"""The unit registry survives a broken on-disk cache: conversions keep working."""

from __future__ import annotations

import pint
import pytest

from bot.language.units import registry


def test_a_cache_that_cannot_be_read_falls_back_to_an_uncached_registry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pint.UnitRegistry

    def cache_broken(*args: object, **kwargs: object) -> pint.UnitRegistry:
        if kwargs.get("cache_folder"):
            raise FileNotFoundError("cached definitions point at a removed installation")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pint, "UnitRegistry", cache_broken)
    units = registry.__wrapped__()  # the uncached body, not the process's shared registry
    assert units.Quantity(1, "metric_ton").to("pound").magnitude == pytest.approx(2204.62, 0.001)
