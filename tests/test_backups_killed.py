"""A backup killed at random points leaves only whole, good backups, and the
next backup cleans what it left (core/library/backups.py, real processes and files)."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import datetime

from editor_app.core.library import backups
from editor_app.core.library.backups import backup_dir, list_backups, make_backup
from editor_app.core.dto import ArticleData
from editor_app.core.library.store import Store


CHILD = """
import itertools, sys
from datetime import datetime, timedelta
from editor_app.core.library.backups import make_backup
start = datetime(2026, 12, 1) + timedelta(hours=int(sys.argv[2]))
print("ready", flush=True)
for i in itertools.count():
    make_backup(sys.argv[1], now=start + timedelta(minutes=i))
"""


def test_a_backup_killed_at_any_point_leaves_only_good_backups(tmp_path):
    lib = tmp_path / "library.sqlite"
    s = Store.open(lib)
    s.create_articles([ArticleData(title=f"Bài {i}", body="Nội dung " * 300) for i in range(1500)])
    s.close()
    rng = random.Random(9)
    interrupted = 0
    for round_ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(lib), str(round_)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        interrupted += bool(list(backup_dir(lib).glob("*.partial*")))
        listed = list_backups(lib)
        assert len(listed) <= 10 + 7
        for info in listed:  # whatever was under a backup's name is a whole, good backup
            assert backups.check_backup(info.path) is None and info.articles == 1500
        after = make_backup(lib, now=datetime(2026, 12, 2, round_))
        assert after is not None and after.articles == 1500
        assert list(backup_dir(lib).glob("*.partial*")) == []
    assert interrupted >= 2  # the kills did land inside backups
