"""The curator's tools: gap and stats reports, and drafting new packs (`kb gaps|stats|new`)."""

DEFAULT_GAP_LIMIT = 20
"""Gaps `kb gaps` lists unless told otherwise; here so the command line need not import more."""
