"""PreviewScheduler: debounce, coalescing, stale results, failures, responsiveness."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402

from editor_app.core.publishing.guard import RenderError  # noqa: E402
from editor_app.ui.preview.scheduler import PreviewScheduler, friendly_message  # noqa: E402

WAIT_MS = 10_000


class Recorder:
    """A build_page that records what it built, and on which thread."""

    def __init__(self, seconds: float = 0.0, fail_on: str | None = None):
        self.seconds = seconds
        self.fail_on = fail_on
        self.built: list[str] = []
        self.threads: set[str] = set()

    def __call__(self, data: str) -> str:
        self.threads.add(threading.current_thread().name)
        if self.seconds:
            time.sleep(self.seconds)
        self.built.append(data)
        if data == self.fail_on:
            raise RenderError(f"cannot render {data}")
        return f"<p>{data}</p>"


@pytest.fixture
def make_scheduler(qapp):
    from editor_app.ui.operations.tasks import TaskRunner

    made, runners = [], []

    def make(build, debounce_ms=120) -> tuple[PreviewScheduler, list, list]:
        runners.append(TaskRunner("render"))
        scheduler = PreviewScheduler(build, runners[-1], debounce_ms=debounce_ms)
        pages, failures = [], []
        scheduler.page_ready.connect(lambda html, t: pages.append(html))
        scheduler.failed.connect(lambda message, t: failures.append(message))
        made.append(scheduler)
        return scheduler, pages, failures

    yield make
    for scheduler in made:
        scheduler.shutdown(wait=True)
    for runner in runners:
        runner.shutdown(wait=True)


def wait_idle(qtbot, scheduler: PreviewScheduler) -> None:
    qtbot.waitUntil(lambda: not scheduler.is_busy(), timeout=WAIT_MS)
    qtbot.wait(30)  # let queued deliveries arrive


def test_a_burst_of_edits_is_rendered_once_after_the_pause(qtbot, make_scheduler):
    build = Recorder(0.02)
    scheduler, pages, _ = make_scheduler(build)
    for i in range(10):
        scheduler.request(f"v{i}")
        qtbot.wait(15)  # typing faster than the 120 ms debounce
    assert build.built == []  # nothing yet: still typing
    wait_idle(qtbot, scheduler)
    assert 1 <= scheduler.builds_started <= 2
    assert build.built[-1] == "v9"
    assert pages[-1] == "<p>v9</p>"


def test_requests_during_a_build_collapse_into_the_newest(qtbot, make_scheduler):
    build = Recorder(0.3)
    scheduler, pages, _ = make_scheduler(build, debounce_ms=20)
    scheduler.request("first")
    scheduler.flush()
    qtbot.wait(50)  # "first" is now being built
    for i in range(8):
        scheduler.request(f"next{i}")
        qtbot.wait(5)
    wait_idle(qtbot, scheduler)
    assert build.built == ["first", "next7"]
    assert pages[-1] == "<p>next7</p>"


def test_a_result_superseded_by_a_due_request_is_dropped(qtbot, make_scheduler):
    build = Recorder(0.3)
    scheduler, pages, _ = make_scheduler(build, debounce_ms=10)
    scheduler.request("warm")
    scheduler.flush()
    wait_idle(qtbot, scheduler)  # something is on screen now
    scheduler.request("old")
    scheduler.flush()
    qtbot.wait(50)
    scheduler.request("new")
    qtbot.wait(40)  # the debounce of "new" expires while "old" is still being built
    wait_idle(qtbot, scheduler)
    assert build.built == ["warm", "old", "new"]
    assert pages == ["<p>warm</p>", "<p>new</p>"]
    assert scheduler.results_dropped == 1


def test_cancel_discards_the_running_build(qtbot, make_scheduler):
    build = Recorder(0.2)
    scheduler, pages, _ = make_scheduler(build)
    scheduler.request("article one")
    scheduler.flush()
    qtbot.wait(50)
    scheduler.cancel()  # another article is opened
    scheduler.request("article two")
    scheduler.flush()
    wait_idle(qtbot, scheduler)
    qtbot.waitUntil(lambda: len(build.built) == 2, timeout=WAIT_MS)
    qtbot.wait(50)
    assert pages == ["<p>article two</p>"]


def test_builds_run_off_the_gui_thread(qtbot, make_scheduler):
    build = Recorder()
    scheduler, pages, _ = make_scheduler(build)
    with qtbot.waitSignal(scheduler.page_ready, timeout=WAIT_MS):
        scheduler.request("x")
    assert threading.main_thread().name not in build.threads
    assert all(name.startswith("render") for name in build.threads)


def test_latency_signal_covers_the_debounce(qtbot, make_scheduler):
    scheduler, _, _ = make_scheduler(Recorder(0.05), debounce_ms=100)
    with qtbot.waitSignal(scheduler.rendered, timeout=WAIT_MS) as blocker:
        scheduler.request("x")
    assert 145 <= blocker.args[0] < 5000


def test_a_failure_becomes_a_one_line_message(qtbot, make_scheduler):
    build = Recorder(fail_on="bad")
    scheduler, pages, failures = make_scheduler(build)
    with qtbot.waitSignal(scheduler.failed, timeout=WAIT_MS):
        scheduler.request("bad")
    assert failures == ["cannot render bad"]
    with qtbot.waitSignal(scheduler.page_ready, timeout=WAIT_MS):
        scheduler.request("good")  # a later edit recovers
    assert pages == ["<p>good</p>"]


def test_friendly_message_never_shows_a_traceback():
    exc = ValueError("bad value\nTraceback (most recent call last):\n  File 'x.py'")
    assert friendly_message(exc) == "bad value"
    assert friendly_message(KeyError()) == "KeyError"
    assert len(friendly_message(RenderError("x" * 5000))) == 400


def test_gui_stays_responsive_during_a_slow_build(qtbot, make_scheduler):
    def busy_build(data: str) -> str:
        end = time.perf_counter() + 0.8
        n = 0
        while time.perf_counter() < end:  # pure-Python work holding the GIL in slices
            n += sum(range(200))
        return str(n)

    scheduler, pages, _ = make_scheduler(busy_build)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    scheduler.request("x")
    scheduler.flush()
    qtbot.waitUntil(lambda: len(pages) == 1, timeout=WAIT_MS)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 30
    assert max(gaps) < 0.25, f"GUI thread stalled for {max(gaps) * 1000:.0f} ms"
