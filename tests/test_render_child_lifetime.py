"""The render child never outlives its parent, and limits its own CPU time.

Real processes: an ``editor-app export`` (or a small script driving
GuardedRenderer) is SIGKILLed while its render children are busy on a body
that takes Python-Markdown minutes; every child must be gone within 2 s.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from editor_app.core.publishing.guard import GuardedRenderer, RenderError, RenderTimeout, cpu_allowance

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _procs  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, sends SIGKILL")

UNCLOSED_LINKS = "[a" * 20000  # minutes of CPU in Python-Markdown
DEADLINE = 2.0  # children must be gone this long after the parent's death


def _library(path: Path, bodies: list[str]) -> Path:
    from editor_app.core.dto import ArticleData
    from editor_app.core.library.store import Store

    with Store.open(path) as store:
        store.create_articles([ArticleData(title=f"Bài {i}", slug=f"bai-{i}", body=body)
                               for i, body in enumerate(bodies)])
    return path


def _wait_busy(proc: subprocess.Popen, busy: int, timeout: float = 90.0) -> dict[int, int]:
    """Wait until ``busy`` descendants of ``proc`` have used 1 s of CPU each; return all of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the program ended early (exit {proc.returncode}): {proc.stderr.read()}")
        found = _procs.descendants(proc.pid)
        if sum(_procs.cpu_seconds(p) >= 1.0 for p in found) >= busy:
            return found
        time.sleep(0.1)
    pytest.fail("the render children never got busy")


def _kill_and_check(proc: subprocess.Popen, busy: int) -> None:
    remembered = _wait_busy(proc, busy)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    left = _procs.survivors(remembered, DEADLINE)
    try:
        assert not left, "left running: " + "; ".join(
            f"{pid} {_procs.command_line(pid)}" for pid in left)
    finally:
        _procs.kill_all(remembered)


def _spawn(args: list[str], cwd: Path, timeout: str = "300") -> subprocess.Popen:
    env = {**os.environ, "EDITOR_APP_RENDER_TIMEOUT": timeout}  # the parent would wait minutes
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def test_killed_export_takes_its_busy_render_children_along(tmp_path):
    library = _library(tmp_path / "library.sqlite",
                       [UNCLOSED_LINKS, "## Bình thường\n\nĐoạn văn.\n", UNCLOSED_LINKS])
    proc = _spawn([sys.executable, "-m", "editor_app.cli", "export", "--library", str(library),
                   "--out", str(tmp_path / "out"), "--all-statuses"], tmp_path)
    _kill_and_check(proc, busy=2)  # both workers of the 2-core pool on a pathological body


SCRIPT = """
import sys, threading
from editor_app.core.publishing.guard import GuardedRenderer, RenderPool

def main():
    body = "[a" * 20000
    if sys.argv[1] == "pool":
        with RenderPool(workers=2, timeout=300) as pool:
            list(pool.render_many([body, body]))
    else:  # the child is started and used from a worker thread, as the window does
        renderer = GuardedRenderer(timeout=300)
        worker = threading.Thread(target=renderer.render, args=(body,))
        worker.start()
        worker.join()

if __name__ == "__main__":
    main()
"""


@pytest.mark.parametrize("how, busy", [("pool", 2), ("thread", 1)])
def test_killed_program_takes_its_render_children_along(tmp_path, how, busy):
    script = tmp_path / "render_forever.py"
    script.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    _kill_and_check(_spawn([sys.executable, str(script), how], tmp_path), busy)


def test_the_child_ends_a_runaway_render_by_itself():
    """The parent would wait 120 s; the child's 1 s CPU allowance ends the render first."""
    with GuardedRenderer(timeout=120.0, cpu_limit=1.0) as guarded:
        guarded.render("warm-up")
        pid = guarded.pid
        started = time.monotonic()
        with pytest.raises(RenderTimeout) as caught:  # a timeout for the user, not a crash
            guarded.render(UNCLOSED_LINKS)
        assert time.monotonic() - started < 15.0
        assert "processor time" in str(caught.value)
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
        assert guarded.render("sau đó").html == "<p>sau đó</p>"  # a fresh child
        assert guarded.pid != pid


def test_the_cpu_allowance_is_per_render_not_for_the_childs_life():
    body = "[a" * 1400  # about 0.5-0.7 s of CPU each time, under the 1 s allowance
    with GuardedRenderer(timeout=60.0, cpu_limit=1.0) as guarded:
        first = guarded.render(body)
        pid = guarded.pid
        renders = 1
        # Render until the one child has spent well over two allowances in all,
        # however fast this machine is (each render stays under one allowance).
        while _procs.cpu_seconds(pid) <= 2.5 and renders < 40:
            assert guarded.render(body) == first
            assert guarded.pid == pid
            renders += 1
        assert _procs.cpu_seconds(pid) > 2.5
        assert renders > 2


def test_the_default_allowance_leaves_the_parent_time_out_first():
    guarded = GuardedRenderer(timeout=5.0)
    assert guarded.cpu_limit == cpu_allowance(5.0) == 15.0
    assert GuardedRenderer(timeout=2.0, cpu_limit=7).cpu_limit == 7.0
    with pytest.raises(ValueError):
        GuardedRenderer(timeout=2.0, cpu_limit=0)


def test_a_child_killed_by_another_signal_is_still_a_crash_not_a_timeout():
    with GuardedRenderer(timeout=30.0) as guarded:
        guarded.render("warm-up")
        threading.Timer(0.5, os.kill, args=(guarded.pid, signal.SIGTERM)).start()
        with pytest.raises(RenderError) as caught:
            guarded.render(UNCLOSED_LINKS)
        assert not isinstance(caught.value, RenderTimeout)
        assert "stopped unexpectedly" in str(caught.value)


def test_a_child_started_from_a_short_lived_thread_outlives_that_thread():
    """PR_SET_PDEATHSIG fires when the starting *thread* ends: the child must not."""
    with GuardedRenderer(timeout=30.0) as guarded:
        worker = threading.Thread(target=guarded.render, args=("một",))
        worker.start()
        worker.join(60)
        pid = guarded.pid
        time.sleep(0.5)
        os.kill(pid, 0)  # still running
        assert guarded.render("hai").html == "<p>hai</p>"
        assert guarded.pid == pid
