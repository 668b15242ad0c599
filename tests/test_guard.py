"""The time-limited renderer: real child processes, real pathological input."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import pytest

from editor_app.core.publishing.guard import (
    GuardedRenderer,
    RenderError,
    RenderPool,
    RenderTimeout,
    default_timeout,
)
from editor_app.core.publishing.render import Rendered, render_markdown

# markdown-it's pathological inputs; Python-Markdown is quadratic on these
# (about 1 s for "[a" * 2000, so minutes for 20000).
UNCLOSED_LINKS = "[a" * 20000
NESTED_BRACKETS = "[" * 20000 + "a" + "]" * 20000
DEEP_LIST = "".join("    " * i + "- a\n" for i in range(260))  # RecursionError in Markdown
NORMAL = "## Đổi mới báo chí\n\nĐoạn văn có chú thích.[^1]\n\n[^1]: Nguồn.\n"
SLACK = 1.5  # allowed beyond the time limit (kill + reporting)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL and kill(pid, 0)")


@pytest.fixture
def renderer():
    with GuardedRenderer(timeout=2.0) as guarded:
        guarded.start()
        guarded.render("warm-up")  # child started and Markdown imported
        yield guarded


def test_result_matches_in_process_rendering(renderer):
    assert renderer.render(NORMAL) == render_markdown(NORMAL)
    assert renderer.render(NORMAL, language="en") == render_markdown(NORMAL, language="en")


@pytest.mark.parametrize("text", [UNCLOSED_LINKS, NESTED_BRACKETS], ids=["unclosed-links", "nested-brackets"])
def test_pathological_input_times_out_then_next_render_works(renderer, text):
    first_pid = renderer.pid
    started = time.monotonic()
    with pytest.raises(RenderTimeout) as caught:
        renderer.render(text)
    elapsed = time.monotonic() - started
    assert 2.0 <= elapsed < 2.0 + SLACK
    assert "within 2 seconds" in str(caught.value)
    assert isinstance(caught.value, RenderError)
    assert renderer.render(NORMAL) == render_markdown(NORMAL)
    assert renderer.pid != first_pid  # the stuck child was replaced


@posix_only
def test_the_stuck_child_is_killed(renderer):
    stuck_pid = renderer.pid
    with pytest.raises(RenderTimeout):
        renderer.render(UNCLOSED_LINKS)
    with pytest.raises(ProcessLookupError):
        os.kill(stuck_pid, 0)


def test_error_inside_the_child_is_a_render_error_and_child_survives():
    with GuardedRenderer(timeout=30.0) as guarded:  # generous: only the error matters
        guarded.render("warm-up")
        pid = guarded.pid
        with pytest.raises(RenderError) as caught:
            guarded.render(DEEP_LIST)
        assert not isinstance(caught.value, RenderTimeout)
        assert "nested too deeply" in str(caught.value)
        assert guarded.render("ok").html == "<p>ok</p>"
        assert guarded.pid == pid


@posix_only
def test_child_killed_during_a_render_gives_render_error_not_a_hang():
    with GuardedRenderer(timeout=30.0) as guarded:
        guarded.render("warm-up")
        pid = guarded.pid
        threading.Timer(0.5, os.kill, args=(pid, signal.SIGKILL)).start()
        started = time.monotonic()
        with pytest.raises(RenderError) as caught:
            guarded.render(UNCLOSED_LINKS)
        assert not isinstance(caught.value, RenderTimeout)
        assert time.monotonic() - started < 5.0
        assert guarded.render("sau").html == "<p>sau</p>"


@posix_only
def test_child_that_died_while_idle_is_replaced_transparently(renderer):
    pid = renderer.pid
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert renderer.render("vẫn chạy").html == "<p>vẫn chạy</p>"
    assert renderer.pid != pid


def test_one_request_at_a_time_from_many_threads(renderer):
    sources = [f"## Mục {i}\n\nĐoạn {i}.\n" for i in range(6)]
    results: dict[int, Rendered] = {}

    def work(i: int) -> None:
        results[i] = renderer.render(sources[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [results[i] for i in range(6)] == [render_markdown(s) for s in sources]


@posix_only
def test_close_stops_the_child_and_refuses_more_work():
    guarded = GuardedRenderer(timeout=2.0)
    guarded.render("a")
    pid = guarded.pid
    guarded.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(RenderError):
        guarded.render("b")


def test_close_from_another_thread_ends_a_running_render():
    guarded = GuardedRenderer(timeout=30.0)
    guarded.render("warm-up")
    threading.Timer(0.5, guarded.close).start()
    started = time.monotonic()
    with pytest.raises(RenderError):
        guarded.render(UNCLOSED_LINKS)
    assert time.monotonic() - started < 5.0


def test_child_starts_lazily():
    guarded = GuardedRenderer()
    try:
        assert guarded.pid is None
        guarded.start()
        assert guarded.pid is not None
    finally:
        guarded.close()


def test_timeout_default_comes_from_environment(monkeypatch):
    monkeypatch.setenv("EDITOR_APP_RENDER_TIMEOUT", "1.5")
    assert default_timeout() == 1.5
    assert GuardedRenderer().timeout == 1.5
    assert GuardedRenderer(timeout=3).timeout == 3.0
    for bad in ("", "abc", "0", "-2"):
        monkeypatch.setenv("EDITOR_APP_RENDER_TIMEOUT", bad)
        assert default_timeout() == 5.0
    monkeypatch.delenv("EDITOR_APP_RENDER_TIMEOUT")
    assert GuardedRenderer().timeout == 5.0
    with pytest.raises(ValueError):
        GuardedRenderer(timeout=0)


def test_pool_preserves_order_and_isolates_a_bad_text():
    texts = [f"## Bài {i}\n\nNội dung {i}.\n" for i in range(7)]
    texts.insert(3, UNCLOSED_LINKS)
    with RenderPool(workers=2, timeout=2.0) as pool:
        assert pool.workers == 2
        pool.start()
        started = time.monotonic()
        results = list(pool.render_many(iter(texts)))
        elapsed = time.monotonic() - started
    assert len(results) == len(texts)
    assert isinstance(results[3], RenderTimeout)
    for i, result in enumerate(results):
        if i != 3:
            assert result == render_markdown(texts[i]), i
    # The good texts went through the other worker while one was stuck.
    assert elapsed < 2.0 + SLACK + 5.0


def test_pool_accepts_language_pairs():
    with RenderPool(workers=1, timeout=5.0) as pool:
        en, vi = list(pool.render_many([("A.[^1]\n\n[^1]: B.\n", "en"), "A.[^1]\n\n[^1]: B.\n"]))
    assert "Back to the reference" in en.html
    assert "Quay lại chỗ dẫn" in vi.html
