"""The curator's loop: what gets recorded, gap and stats reports, and drafting new packs."""

DEFAULT_GAP_LIMIT = 20
"""Gaps `kb gaps` lists unless told otherwise; here so the command line need not import more."""
