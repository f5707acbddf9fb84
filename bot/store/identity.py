"""Voter pseudonyms: one vote per person needs a stable key, not the raw account id.

The key is HMAC-SHA256 of the voter id under a random per-database salt. Anyone holding
the file also holds the salt and could test a *guessed* id, so this is pseudonymisation
(ids are not readable or joinable across databases), not anonymity.
"""

import hashlib
import hmac
import secrets
from typing import Final

SALT_META_KEY: Final = "voter_salt"


def new_salt() -> str:
    """128 random bits: enough that keys from two databases never line up."""
    return secrets.token_hex(16)


def voter_key(salt: str, voter_id: int | str) -> str:
    """Stable per database, so a second vote by the same person finds the first."""
    return hmac.new(bytes.fromhex(salt), str(voter_id).encode(), hashlib.sha256).hexdigest()
