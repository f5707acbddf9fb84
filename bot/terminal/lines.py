"""Reading standard input a line at a time in bounded memory, however long a line is.

Iterating a binary stream reads a whole line before returning it: a 20 MB line costs 20 MB
and more. `bounded_lines` reads in chunks (`read1`, so a line typed or piped in is answered
at once) and keeps at most `limit` bytes of a line; a longer line is reported as `TooLong`,
its beginning kept for the reply, the rest skipped as it streams past.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Final

CHUNK_BYTES: Final = 64 * 1024
HEAD_BYTES: Final = 200
"""How much of a too-long line is kept, to echo as its question."""


@dataclass(frozen=True)
class TooLong:
    """A line longer than the limit: its first bytes, and how long it was (newline aside)."""

    head: bytes
    size: int


def bounded_lines(
    stream: BinaryIO, limit: int, *, chunk: int = CHUNK_BYTES
) -> Iterator[bytes | TooLong]:
    """Each line of `stream` (newline kept), or `TooLong` for one over `limit` bytes."""
    read = getattr(stream, "read1", stream.read)
    pending = bytearray()
    over = 0
    head = b""
    while block := read(chunk):
        start = 0
        while start < len(block):
            end = block.find(b"\n", start)
            piece = block[start:] if end < 0 else block[start : end + 1]
            content = len(piece) - (1 if end >= 0 else 0)
            if over:
                over += content
            elif len(pending) + content > limit:
                head = bytes((pending + piece)[:HEAD_BYTES])
                over = len(pending) + content
                pending.clear()
            else:
                pending += piece
            if end < 0:
                break
            if over:
                yield TooLong(head, over)
                over = 0
            else:
                yield bytes(pending)
                pending.clear()
            start = end + 1
    if over:
        yield TooLong(head, over)
    elif pending:
        yield bytes(pending)
