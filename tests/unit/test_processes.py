"""``siaran.processes``: the one liveness check behind stale runs, the local Meilisearch and .part files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from siaran.processes import pid_alive, process_started_at


def test_a_running_process_is_alive_and_started_recently() -> None:
    assert pid_alive(os.getpid())
    started = process_started_at(os.getpid())
    assert started is not None and datetime.now(UTC) - timedelta(days=1) < started <= datetime.now(UTC)


def test_an_exited_process_is_dead_reaped_or_not() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while pid_alive(child.pid) and time.monotonic() < deadline:  # a zombie until reaped: reported dead
        time.sleep(0.02)
    assert not pid_alive(child.pid)
    child.wait()
    assert not pid_alive(child.pid)
    assert process_started_at(child.pid) is None
