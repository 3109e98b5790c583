"""The crawl's worker processes: same answers as inline, and a dead worker does not lose items."""

from __future__ import annotations

import asyncio
import os

from pipelines.clean import clean_body
from pipelines.dedupe import fingerprints
from pipelines.language import detect_language
from pipelines.workers import Workers

TITLE = "Pemerintah Perkuat Koordinasi Penanganan Banjir"
BODY = ("Pemerintah pusat dan daerah menggelar rapat koordinasi penanganan banjir di Jakarta pada Senin. "
        "Kepala badan menyampaikan bahwa bantuan logistik telah disalurkan kepada warga terdampak.\n\n"
        "Bagikan: Facebook Twitter\n\nBaca juga: Inflasi Juli Terkendali")


def test_worker_answers_equal_inline_answers():
    workers = Workers(1)

    async def main():
        return (await workers.run(clean_body, BODY), await workers.run(detect_language, f"{TITLE}\n\n{BODY}"),
                await workers.run(fingerprints, TITLE, BODY))

    try:
        cleaned, language, prints = asyncio.run(main())
    finally:
        workers.shutdown()
    assert cleaned == clean_body(BODY) and "Bagikan" not in cleaned.body
    assert language == detect_language(f"{TITLE}\n\n{BODY}") == "id"
    assert prints == fingerprints(TITLE, BODY)


def _die_in_worker(main_pid: int) -> str:
    if os.getpid() != main_pid:
        os._exit(1)  # the worker process dies mid-task
    return "inline"


def test_a_dead_worker_falls_back_to_inline_work(caplog):
    workers = Workers(1)

    async def main():
        first = await workers.run(_die_in_worker, os.getpid())
        return first, await workers.run(detect_language, f"{TITLE}\n\n{BODY}")

    try:
        assert asyncio.run(main()) == ("inline", "id")
    finally:
        workers.shutdown()
    assert not workers.active
    assert "worker process died" in caplog.text


# A crawl process in miniature: starts the pool, runs one task, says so, then waits to be killed.
_PARENT = """
import asyncio, sys, time
from pipelines.workers import Workers
from pipelines.dedupe import fingerprints
workers = Workers(1)
asyncio.run(workers.run(fingerprints, "judul", "isi"))
print("ready", flush=True)
time.sleep(300)
"""


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_workers_and_resource_tracker_exit_when_the_crawl_process_is_killed():
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], cwd=root, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(root)})
    try:
        assert parent.stdout.readline().strip() == "ready"
        children = _children(parent.pid)
        assert len(children) >= 2  # the worker and the resource tracker
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30  # generous: the check is that they go, not how fast
        while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in children if _alive(pid)] == []
    finally:
        if parent.poll() is None:
            parent.kill()
