"""Kill harness: SIGKILL the program at random moments and check that nothing is lost.

    python bench/kill_harness.py [--kills 120 | --each N] [--only imports,autosave,backups]
                                 [--seed 1] [--work DIR] [--json FILE]

Scenarios (``kill_scenarios.py``), the kills split 40/30/30 between them:

- ``imports``: ``editor-app import`` of a few thousand generated files (serial
  below 1,000 files, the preparing worker process from 1,000), into a new or an
  existing library, killed at a random moment of the import;
- ``autosave``: the real window (offscreen) typing into an article
  (``kill_typist.py``), killed at a random moment, sometimes during start-up;
- ``backups``: a process editing an article and making backups in a loop
  (``kill_backup_loop.py``), killed at a random moment.

After each kill: ``PRAGMA integrity_check`` of the library (and of every listed
backup), ``editor-app list`` still works and holds all committed work (what the
killed program reported as committed on stdout before it died), and no process
the program started is still running 2 s after its death (this harness is the
child subreaper, so it sees every orphan, also one started just before the kill).

Prints one row per scenario; exits 1 when any check failed. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import _procs  # noqa: E402

LEFTOVER_SECONDS = 2.0
SHARES = {"imports": 0.4, "autosave": 0.3, "backups": 0.3}


@dataclass
class Tally:
    scenario: str
    kills: int = 0
    integrity_ok: int = 0
    work_ok: int = 0
    leftovers: int = 0
    verified: int = 0  # committed items (articles, saved texts, backups) found after the kills
    seconds: float = 0.0
    skipped: str = ""
    failures: list[str] = field(default_factory=list)

    def record(self, kill: int, integrity: str, work: str, left: list[str]) -> None:
        """One kill's checks: '' means passed, else the reason."""
        self.kills += 1
        self.integrity_ok += not integrity
        self.work_ok += not work
        self.leftovers += len(left)
        for what, why in (("integrity", integrity), ("committed work", work)):
            if why:
                self.failures.append(f"kill {kill}: {what}: {why}")
        if left:
            self.failures.append(f"kill {kill}: left running: {'; '.join(left)}")


# -- processes ------------------------------------------------------------------
_subreaper = False


def become_subreaper() -> None:
    """Orphans of the killed program are re-parented to this process, not to init.

    Only for a process whose children are all runs of the harness: any other
    child of it would be taken for a leftover (and killed).
    """
    global _subreaper
    PR_SET_CHILD_SUBREAPER = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
    _subreaper = True


def _adopted() -> dict[int, int]:
    return _procs.children(os.getpid()) if _subreaper else {}


def _reap_orphans() -> None:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _procs._stat(int(entry.name))
            if fields and int(fields[2]) == os.getpid() and fields[1] == "Z":
                try:
                    os.waitpid(int(entry.name), os.WNOHANG)
                except ChildProcessError:
                    pass


class Run:
    """A program under test, its output collected line by line as it comes."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})},
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8", errors="replace")
        self.lines: list[str] = []
        self.errors: list[str] = []
        self._readers = [threading.Thread(target=self._read, args=(s, out), daemon=True)
                         for s, out in ((self.proc.stdout, self.lines), (self.proc.stderr, self.errors))]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream, out: list[str]) -> None:
        for line in stream:
            out.append(line.rstrip("\n"))

    def keep_log(self, path: Path, *problems: str) -> None:
        """Write the failed checks and what the program printed (stdout, then stderr) to ``path``."""
        text = [*(p for p in problems if p), "--- stdout", *self.lines, "--- stderr", *self.errors]
        path.write_text("\n".join(text) + "\n", encoding="utf-8")

    def wait_line(self, prefix: str, timeout: float) -> float | None:
        """Seconds since start when a line starting with ``prefix`` came; None if it never did."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            if any(line.startswith(prefix) for line in self.lines):
                return time.monotonic() - self.started
            time.sleep(0.02)
        return None

    def kill_at(self, seconds: float) -> tuple[bool, list[str]]:
        """SIGKILL ``seconds`` after start (unless it ended before).

        Returns (killed, leftovers): the processes it started that still run
        2 s after its death, each as 'pid command'. All of its output written
        before the kill is in ``lines`` afterwards.
        """
        while self.proc.poll() is None and time.monotonic() - self.started < seconds:
            time.sleep(0.005)
        snapshot = _procs.descendants(self.proc.pid)
        killed = self.proc.poll() is None
        self.proc.kill()
        self.proc.wait()
        adopted = _adopted()  # re-parented to us, also ones started after the snapshot
        left = _procs.survivors({**snapshot, **adopted}, LEFTOVER_SECONDS)
        left.update(_adopted())  # anything an orphan started meanwhile
        described = [f"{pid} {_procs.command_line(pid)[:120]}" for pid in left]
        _procs.kill_all(left)
        for reader in self._readers:
            reader.join(10)
        if _subreaper:
            _reap_orphans()
        return killed, described


# -- checks ---------------------------------------------------------------------
def integrity(path: Path) -> str:
    """'' when ``path`` passes PRAGMA integrity_check (or does not exist), else why not."""
    if not path.exists():
        return ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"{path.name}: {exc}"
    return "" if rows == ["ok"] else f"{path.name}: {'; '.join(rows[:3])}"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor_app.cli", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def listed(library: Path, cwd: Path) -> tuple[dict[int, tuple[str, str]] | None, str]:
    """``editor-app list``: ({id: (slug, title)}, '') or (None, the error)."""
    done = cli("list", "--library", str(library), cwd=cwd)
    if done.returncode != 0:
        return None, f"editor-app list failed ({done.returncode}): {done.stderr.strip()[-300:]}"
    found = {}
    for line in done.stdout.splitlines():
        ident, _status, slug, title = line.split("\t", 3)
        found[int(ident)] = (slug, title)
    return found, ""


# -- running --------------------------------------------------------------------
def split_kills(total: int, names: list[str]) -> dict[str, int]:
    weights = {n: SHARES[n] for n in names}
    scale = sum(weights.values())
    counts = {n: max(1, int(total * w / scale)) for n, w in weights.items()}
    counts[names[0]] += max(0, total - sum(counts.values()))
    return counts


def print_table(tallies: list[Tally]) -> None:
    head = ("scenario", "kills", "integrity ok", "committed-work ok", "items verified",
            "leftovers", "time s", "note")
    rows = [(t.scenario, str(t.kills), f"{t.integrity_ok}/{t.kills}", f"{t.work_ok}/{t.kills}",
             str(t.verified), str(t.leftovers), f"{t.seconds:.0f}", t.skipped) for t in tallies]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    for t in tallies:
        for failure in t.failures[:20]:
            print(f"FAIL {t.scenario}: {failure}")
        if len(t.failures) > 20:
            print(f"FAIL {t.scenario}: ... and {len(t.failures) - 20} more")


def main(argv: list[str] | None = None) -> int:
    sys.modules.setdefault("kill_harness", sys.modules[__name__])  # one module, also run as a script
    import kill_scenarios

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=120, help="kills in all, split between the scenarios")
    p.add_argument("--each", type=int, help="this many kills per scenario instead (overrides --kills)")
    p.add_argument("--only", default=",".join(SHARES), help="comma-separated scenarios")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--work", type=Path, default=BENCH / "out" / "kill-harness")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in SHARES]
    if unknown or not names:
        p.error(f"unknown scenario {unknown}; choose from {', '.join(SHARES)}")
    if not sys.platform.startswith("linux"):
        print("kill_harness: Linux only (reads /proc)", file=sys.stderr)
        return 2
    become_subreaper()
    args.work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    tallies = []
    plan = {n: args.each for n in names} if args.each else split_kills(args.kills, names)
    for name, kills in plan.items():
        tally = Tally(name)
        started = time.monotonic()
        try:
            getattr(kill_scenarios, name)(tally, kills, args.work / name, rng)
        except Exception as exc:  # noqa: BLE001 - the table still shows what ran
            tally.failures.append(f"the scenario stopped after {tally.kills} kills: "
                                  f"{type(exc).__name__}: {exc}")
        tally.seconds = time.monotonic() - started
        tallies.append(tally)
        print(f"[{name}: {tally.kills} kills, {len(tally.failures)} failures, "
              f"{tally.seconds:.0f} s{', ' + tally.skipped if tally.skipped else ''}]", file=sys.stderr)
    print_table(tallies)
    if args.json:
        args.json.write_text(json.dumps([asdict(t) for t in tallies], ensure_ascii=False, indent=2))
    return 1 if any(t.failures for t in tallies) else 0


if __name__ == "__main__":
    raise SystemExit(main())
