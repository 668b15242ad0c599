"""The kill harness's scenarios: each runs the program ``kills`` times, kills it, checks.

Each function takes (tally, kills, work folder, rng) and records every kill in
the tally (see ``kill_harness.py``).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from kill_harness import BENCH, Run, Tally, cli, integrity, listed

PARALLEL_FILES = 2400  # >= 1000: the import prepares files in a worker process
SERIAL_FILES = 500
SEED = 11


# -- imports --------------------------------------------------------------------
def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def _corpus(work: Path) -> tuple[list[Path], set[tuple[str, str]]]:
    """Generated article files (written once) and their (title, body digest) pairs."""
    import generate

    folder = work / f"files-{PARALLEL_FILES}-{SEED}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        items = list(generate.generate_items(PARALLEL_FILES, seed=SEED, jobs=1))
        generate.write_article_files(items, folder)
        pairs = [(i["title"], _digest(i["body"])) for i in items]
        (folder / "articles.json").write_text(json.dumps(pairs, ensure_ascii=False))
        (folder / ".complete").write_text("ok")
    pairs = {tuple(p) for p in json.loads((folder / "articles.json").read_text())}
    return sorted(folder.glob("*.md")), pairs


def _printed_imports(lines: list[str]) -> dict[int, str]:
    """{id: slug} of the 'id<TAB>slug<TAB>title' lines the import printed."""
    found = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].isdigit():
            found[int(parts[0])] = parts[1]
    return found


def _stored(library: Path, ids: list[int]) -> list[tuple[int, str, str]]:
    """(id, title, body digest) of the given articles, read straight from the file."""
    conn = sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=10)
    try:
        rows = conn.execute("SELECT id, title, body FROM articles").fetchall()
    finally:
        conn.close()
    wanted = set(ids)
    return [(i, t, _digest(b)) for i, t, b in rows if i in wanted]


def _import_work(library: Path, work: Path, printed: dict[int, str], before: set[int],
                 corpus: set[tuple[str, str]]) -> tuple[str, int]:
    """('' or why not, articles verified): every printed article is listed, and every
    article the import added is whole (title and body as in one of the files)."""
    articles, problem = listed(library, work)
    if articles is None or not library.exists():
        if not library.exists():
            problem = f"{len(printed)} articles printed, no library" if printed else ""
        return problem, 0
    missing = [f"{i} {s}" for i, s in printed.items() if articles.get(i, ("",))[0] != s]
    if missing:
        return f"{len(missing)} of {len(printed)} printed articles missing, e.g. {missing[:3]}", 0
    try:
        added = _stored(library, [i for i in articles if i not in before])
    except sqlite3.Error as exc:
        return f"the articles cannot be read: {exc}", 0
    broken = [i for i, title, digest in added if (title, digest) not in corpus]
    if broken:
        return f"articles not as in their file: ids {broken[:5]}", 0
    return "", len(added)


def _import_duration(files: list[Path], library: Path, work: Path) -> float:
    """A full import, not killed: how long it takes (and that it works at all)."""
    run = Run([sys.executable, "-m", "editor_app.cli", "import", "--library", str(library),
               *map(str, files)], cwd=work)
    code = run.proc.wait(600)
    seconds = time.monotonic() - run.started
    for reader in run._readers:
        reader.join(10)
    if code != 0 or len(_printed_imports(run.lines)) != len(files):
        raise SystemExit(f"kill_harness: a full import failed ({code}): {' '.join(run.errors)[-500:]}")
    library.unlink()
    return seconds


def imports(tally: Tally, kills: int, work: Path, rng: random.Random) -> None:
    """Kills alternate serial/parallel imports; every third round starts a new library."""
    work.mkdir(parents=True, exist_ok=True)
    files, corpus = _corpus(work)
    sizes = {"serial": SERIAL_FILES, "parallel": PARALLEL_FILES}
    full = {mode: _import_duration(files[:n], work / f"full-{mode}.sqlite", work) for mode, n in sizes.items()}
    library = work / "library.sqlite"
    for kill in range(kills):
        mode = ("serial", "parallel")[kill % 2]
        if kill % 3 == 0:
            for leftover in work.glob("library.sqlite*"):
                leftover.unlink()
        before = set((listed(library, work)[0] or {}) if library.exists() else ())
        start = rng.randrange(len(files) - sizes[mode] + 1)
        chosen = files[start:start + sizes[mode]]
        run = Run([sys.executable, "-m", "editor_app.cli", "import", "--library", str(library),
                   *map(str, chosen)], cwd=work)
        _killed, left = run.kill_at(rng.uniform(0.05, full[mode] * 1.1))
        printed = _printed_imports(run.lines)
        work_problem, verified = _import_work(library, work, printed, before, corpus)
        tally.verified += verified
        damaged = integrity(library)
        tally.record(kill, damaged, work_problem, left)
        if work_problem or damaged or left:
            run.keep_log(work / f"failed-{kill}.log", damaged, work_problem, *left)
        if work_problem and kill % 3 != 2:  # do not pile later rounds onto a broken library
            for leftover in work.glob("library.sqlite*"):
                shutil.move(str(leftover), str(work / f"failed-{kill}-{leftover.name}"))


# -- autosave in the window -----------------------------------------------------
def _small_library(library: Path, articles: int = 3) -> None:
    import generate

    from editor_app.core.library.store import Store

    items = list(generate.generate_items(articles, seed=SEED, jobs=1))
    with Store.open(library) as store:
        store.create_articles([generate.to_article_data(i, []) for i in items])


def _last_saved(lines: list[str]) -> tuple[int, int, str] | None:
    saved = [line.split() for line in lines if line.startswith("SAVED ")]
    return (int(saved[-1][1]), int(saved[-1][2]), saved[-1][3]) if saved else None


def _holds_text(library: Path, work: Path, saved: tuple[int, int, str] | None,
                count: int) -> str:
    """'' when the library (read by ``editor-app list --json``) holds the saved text, else why not."""
    done = cli("list", "--json", "--body", "--library", str(library), cwd=work)
    if done.returncode != 0:
        return f"editor-app list failed ({done.returncode}): {done.stderr.strip()[-300:]}"
    bodies = {a["id"]: a["body"] for a in json.loads(done.stdout)}
    if len(bodies) != count:
        return f"{count} articles before, {len(bodies)} after"
    if saved is None:
        return ""
    ident, length, digest = saved
    body = bodies.get(ident, "")
    if len(body) < length or hashlib.sha256(body[:length].encode("utf-8")).hexdigest() != digest:
        return f"article {ident}: the last text reported saved ({length} characters) is not in the library"
    return ""


def autosave(tally: Tally, kills: int, work: Path, rng: random.Random) -> None:
    """The window types until killed: 1 kill in 6 during start-up, the others while typing."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    library = work / "library.sqlite"
    _small_library(library)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(work / "config"),
           "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu"}
    for kill in range(kills):
        run = Run([sys.executable, str(BENCH / "kill_typist.py"), str(library),
                   "--seed", str(rng.randrange(10**6))], cwd=work, env=env)
        if kill % 6 == 5:
            at = rng.uniform(0.3, 3.0)
        else:
            ready = run.wait_line("READY", 120)
            at = (ready or 0) + rng.uniform(0.0, 8.0)
        _killed, left = run.kill_at(at)
        work_problem = _holds_text(library, work, _last_saved(run.lines), 3)
        if kill % 6 != 5 and not any(line.startswith("READY") for line in run.lines):
            work_problem = work_problem or f"the window never got to typing: {' | '.join(run.errors[-3:])}"
        tally.verified += bool(_last_saved(run.lines)) and not work_problem
        damaged = integrity(library)
        tally.record(kill, damaged, work_problem, left)
        if work_problem or damaged or left:
            run.keep_log(work / f"failed-{kill}.log", damaged, work_problem, *left)


# -- backups --------------------------------------------------------------------
TEMP_MARKS = (".tmp", "tmp-", "-journal", "-wal", "-shm", ".partial", "~")


def _backups_problem(library: Path, lines: list[str]) -> tuple[str, str]:
    """(integrity problem, committed-work problem) of the backups after a kill."""
    from editor_app.core.library import backups

    infos = backups.list_backups(library)
    damaged = [f"{i.path.name}: {problem}" for i in infos if (problem := integrity(Path(i.path)))]
    temp = [str(i.path) for i in infos if any(m in Path(i.path).name for m in TEMP_MARKS)]
    made = [line.split(" ", 2)[1] for line in lines if line.startswith("BACKUP ")]
    work = []
    if temp:
        work.append(f"temporary files listed as backups: {temp[:3]}")
    paths = [str(i.path) for i in infos]
    # the last backup reported made is listed, and at most one is newer (made, not yet reported)
    if made and (made[-1] not in paths or paths.index(made[-1]) > 1):
        where = f"listed at {paths.index(made[-1]) + 1}" if made[-1] in paths else "not listed"
        work.append(f"the last backup made ({made[-1]}) is {where} of {len(paths)}")
    return "; ".join(damaged), "; ".join(work)


def backups(tally: Tally, kills: int, work: Path, rng: random.Random) -> None:
    """A process saves and backs up in a loop; killed at a random moment."""
    try:
        import editor_app.core.library.backups  # noqa: F401
    except ImportError as exc:
        tally.skipped = f"skipped: editor_app.core.library.backups cannot be imported ({exc})"
        return
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    library = work / "library.sqlite"
    _small_library(library)
    for kill in range(kills):
        run = Run([sys.executable, str(BENCH / "kill_backup_loop.py"), str(library),
                   "--seed", str(rng.randrange(10**6))], cwd=work)
        ready = run.wait_line("READY", 60)
        _killed, left = run.kill_at((ready or 0) + rng.uniform(0.0, 4.0))
        if any(line.startswith("NO-BACKUPS") for line in run.lines):
            tally.skipped = f"skipped: {run.lines[0]}"
            return
        work_problem = _holds_text(library, work, _last_saved(run.lines), 3)
        backup_integrity, backup_work = _backups_problem(library, run.lines)
        tally.verified += sum(line.startswith("BACKUP ") for line in run.lines) if not backup_work else 0
        problems = [p for p in (integrity(library), backup_integrity) if p]
        tally.record(kill, "; ".join(problems), "; ".join(p for p in (work_problem, backup_work) if p), left)
        if problems or work_problem or backup_work or left:
            run.keep_log(work / f"failed-{kill}.log", *problems, work_problem, backup_work, *left)
