"""Checking a library's write-ahead log before SQLite recovers it.

After a crash, committed transactions can still be in ``library.sqlite-wal``.
When SQLite recovers that file it reads frames in order and stops at the first
one whose salts or cumulative checksum do not match: every later frame is
silently ignored, and the next checkpoint resets the log, so those commits are
gone for good. One flipped byte is enough.

:func:`check_wal` reads the log as SQLite's file-format documentation
describes it (a 32-byte header; frames of a 24-byte header plus one page;
salts and cumulative Fletcher-like checksums) and reports the frames SQLite
will accept against the frames the log holds. :func:`keep_copy` keeps a
byte-for-byte copy beside the library before anything may checkpoint it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC_LE, _MAGIC_BE = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    frames: int  # whole frames in the file
    accepted: int  # frames SQLite uses: up to the last commit of the valid prefix
    lost_commits: int  # commit frames of this log that SQLite will not read
    header_ok: bool

    @property
    def damaged(self) -> bool:
        """Committed work in the log that SQLite will not read."""
        return self.lost_commits > 0


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def wal_path(library: Path) -> Path:
    return library.with_name(library.name + "-wal")


def check_wal(library: Path) -> WalReport | None:
    """Compare the frames in the library's WAL with those SQLite will accept.

    None when there is no log (or an empty one): nothing to lose.
    """
    try:
        data = wal_path(library).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
    if len(data) < WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:WAL_HEADER])
    if magic not in (_MAGIC_LE, _MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        # not a log SQLite would read at all: any commit in it is lost
        return WalReport(0, 0, _count_commits(data, 65536, None), header_ok=False)
    big = magic == _MAGIC_BE
    header_ok = _checksum(data[:24], big, 0, 0) == (c0, c1)
    frame_size = FRAME_HEADER + page_size
    frames = (len(data) - WAL_HEADER) // frame_size
    if not header_ok:  # SQLite ignores the whole log: count the commits of its first frame's generation
        first = data[WAL_HEADER + 8:WAL_HEADER + 16]
        salts = struct.unpack(">2I", first) if len(first) == 8 else (salt1, salt2)
        return WalReport(frames, 0, _count_commits(data, page_size, salts), header_ok=False)
    s0, s1 = c0, c1
    accepted = valid = 0
    for n in range(frames):
        off = WAL_HEADER + n * frame_size
        head = data[off:off + FRAME_HEADER]
        _page, commit, fs1, fs2, f0, f1 = struct.unpack(">6I", head)
        if (fs1, fs2) != (salt1, salt2):
            break
        s0, s1 = _checksum(head[:8] + data[off + FRAME_HEADER:off + frame_size], big, s0, s1)
        if (s0, s1) != (f0, f1):
            break
        valid += 1
        if commit:
            accepted = valid
    lost = 0
    for n in range(valid, frames):  # after the break: commits of this log (same salts)
        off = WAL_HEADER + n * frame_size
        _page, commit, fs1, fs2 = struct.unpack(">4I", data[off:off + 16])
        if commit and (fs1, fs2) == (salt1, salt2):
            lost += 1
    return WalReport(frames, accepted, lost, header_ok=True)


def _count_commits(data: bytes, page_size: int, salts: tuple[int, int] | None) -> int:
    """Commit frames in a log whose header SQLite rejects (salts from the header if trusted)."""
    frame_size = FRAME_HEADER + page_size
    count = 0
    for off in range(WAL_HEADER, len(data) - frame_size + 1, frame_size):
        _page, commit, fs1, fs2 = struct.unpack(">4I", data[off:off + 16])
        if commit and (salts is None or (fs1, fs2) == salts):
            count += 1
    return count


def keep_copy(library: Path) -> Path:
    """A byte-for-byte copy of the WAL beside the library (once per content)."""
    source = wal_path(library)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    target = library.with_name(f"{library.name}-wal.{digest}.unread")
    if not target.exists():
        tmp = target.with_name(target.name + ".tmp")
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    return target
