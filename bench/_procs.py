"""Process bookkeeping for the kill harness and the kill tests: a process's children, and are they gone.

Linux /proc only.  A pid is remembered with its start time, so a reused pid
is not taken for the old process; a zombie (dead, not yet reaped by whoever
adopted it) counts as gone.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

PROC = Path("/proc")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # "pid (comm) state ppid ..." where comm may hold spaces and parentheses
    return [raw[: raw.index(" ")]] + raw[raw.rindex(")") + 2:].split()


def start_time(pid: int) -> int | None:
    fields = _stat(pid)
    return int(fields[20]) if fields else None  # field 22 of proc(5), pid and comm folded


def cpu_seconds(pid: int) -> float:
    fields = _stat(pid)
    if not fields:
        return 0.0
    return (int(fields[12]) + int(fields[13])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> dict[int, int]:
    """``{child pid: start time}`` of the living children of ``pid``."""
    found: dict[int, int] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields and int(fields[2]) == pid and fields[1] != "Z":
            found[int(entry.name)] = int(fields[20])
    return found


def descendants(pid: int) -> dict[int, int]:
    """Children, grandchildren... of ``pid`` (a snapshot)."""
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        for child, started in children(todo.pop()).items():
            if child not in found:
                found[child] = started
                todo.append(child)
    return found


def alive(pid: int, started: int) -> bool:
    fields = _stat(pid)
    return bool(fields) and fields[1] != "Z" and int(fields[20]) == started


def survivors(remembered: dict[int, int], within: float) -> dict[int, int]:
    """The remembered processes still alive after waiting up to ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        left = {p: s for p, s in remembered.items() if alive(p, s)}
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.05)


def command_line(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def kill_all(remembered: dict[int, int]) -> None:
    """Clean-up after a failed check: SIGKILL exactly the remembered processes."""
    for pid, started in remembered.items():
        if alive(pid, started):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
