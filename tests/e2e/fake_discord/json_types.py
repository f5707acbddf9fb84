"""JSON aliases shared by the fake server so payload code stays readable."""

from __future__ import annotations

from typing import Any

JsonDict = dict[str, Any]
JsonList = list[JsonDict]
