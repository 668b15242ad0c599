"""lifeline: a child ends with its parent (also without PR_SET_PDEATHSIG) and can cap its CPU time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _procs  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and limits")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# The grandchild: only the watcher thread (no PR_SET_PDEATHSIG), busy in Python-Markdown.
WATCHED = """
import sys
from editor_app.core import lifeline
lifeline._pdeathsig = lambda: None
lifeline.die_with_parent(int(sys.argv[1]))
from editor_app.core.publishing.render import render_markdown
print("busy", flush=True)
render_markdown("[a" * 20000)
"""

# The middle process: starts the grandchild, tells its pid, then waits to be killed.
PARENT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid())], stdout=subprocess.PIPE, text=True)
assert child.stdout.readline() == "busy\\n"
print(child.pid, flush=True)
time.sleep(600)
"""


@linux_only
def test_the_watcher_thread_alone_ends_a_busy_child_of_a_killed_parent():
    parent = subprocess.Popen([sys.executable, "-c", PARENT, WATCHED], stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        remembered = {child: _procs.start_time(child)}
        time.sleep(0.3)
        assert _procs.alive(child, remembered[child])
        parent.kill()
        parent.wait(10)
        assert not _procs.survivors(remembered, 2.0)
    finally:
        parent.kill()
        _procs.kill_all(remembered)


def test_a_child_whose_parent_is_already_gone_exits_at_once():
    code = "from editor_app.core.lifeline import die_with_parent; die_with_parent(1 << 22); print('ran on')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "ran on" not in done.stdout


def test_the_cpu_limit_ends_a_busy_loop_without_a_core_file(tmp_path):
    code = """
import resource
from editor_app.core.lifeline import limit_cpu
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as a user with core dumps on
limit_cpu(1)
print(resource.getrlimit(resource.RLIMIT_CORE)[0], flush=True)
while True:
    pass
"""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.returncode == -signal.SIGXCPU
    assert time.monotonic() - started < 10
    assert done.stdout.strip() == "0"
    assert not [p for p in os.listdir(tmp_path) if p.startswith("core")]


def test_the_cpu_limit_is_renewed_per_call():
    code = """
import time
from editor_app.core.lifeline import limit_cpu
for _ in range(4):  # 0.8 s of CPU per job, 3.2 s in all, allowance 1 s per job
    limit_cpu(1)
    end = time.process_time() + 0.8
    while time.process_time() < end:
        pass
print("done")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "done")


# A multiprocessing child whose parent dies before the child calls die_with_parent()
# (spawn start-up takes a few hundred ms: a killed import hit this window).
LATE_CHILD = """
import time
from editor_app.core.lifeline import die_with_parent

def late(delay):
    time.sleep(delay)  # the parent is killed meanwhile; a reaper adopts us
    die_with_parent()  # no pid given, as ProcessPoolExecutor(initializer=die_with_parent) calls it
    time.sleep(120)
"""
LATE_PARENT = """
import multiprocessing, sys, time
sys.path.insert(0, sys.argv[1])
import late_child

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=late_child.late, args=(1.5,))
    child.start()
    print(child.pid, flush=True)
    time.sleep(120)
"""


@linux_only
def test_a_multiprocessing_child_whose_parent_died_before_it_called_die_with_parent_exits(tmp_path):
    (tmp_path / "late_child.py").write_text(LATE_CHILD, encoding="utf-8")
    (tmp_path / "late_parent.py").write_text(LATE_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(tmp_path / "late_parent.py"), str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    remembered = {}
    try:
        child = int(parent.stdout.readline())
        remembered[child] = _procs.start_time(child)
        parent.kill()  # well before the child's die_with_parent()
        parent.wait(10)
        # it calls die_with_parent() 1.5 s after its start-up (slower on a busy machine)
        assert not _procs.survivors(remembered, 8.0)
    finally:
        parent.kill()
        _procs.kill_all(remembered)
