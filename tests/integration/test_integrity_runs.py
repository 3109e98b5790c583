"""Crawls through the real engine: a page served cut off never replaces the complete copy (and the fetch
is reported), a cut-off copy stored first is replaced by the next complete one; a crawl killed with
``kill -9`` leaves no process behind and its run is marked ``killed`` by the next crawl."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from archive.db import Database
from archive.models import Article, CrawlError, CrawlRun
from tests.conftest import ROOT, run_siaran
from tests.replicas.aggregator.site import AgencySite, AggregatorSite
from tests.replicas.server import ReplicaServer
from tests.replicas.truncation.site import PAGES, TruncationSite

REPLICAS = Path(__file__).resolve().parent.parent / "replicas"


def env_for(tmp: Path, url: str, **sources: ReplicaServer) -> dict:
    env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": url, "MEILI_URL": "http://127.0.0.1:9",
           "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "COLUMNS": "250",
           "SIARAN_SOURCES_DIRS": os.pathsep.join(str(REPLICAS / d) for d in ("aggregator", "truncation"))}
    env.update({f"SIARAN_SOURCE_URL_{sid.upper()}": server.url for sid, server in sources.items()})
    return env


def test_truncated_pages_never_replace_complete_ones_and_are_replaced_by_them(database_url, tmp_path):
    site = TruncationSite()
    with ReplicaServer(site) as server:
        # Pipelines inline: what is tested is the store's choice between copies, not the worker process
        # (the killed-crawl test below keeps it).
        env = {**env_for(tmp_path, database_url, potong=server), "SIARAN_PIPELINE_WORKERS": "0"}
        run_siaran("crawl", "--source", "potong", "--no-index", env=env)
        db = Database(database_url)
        with db.session() as s:
            night1 = {a.url.rsplit("/", 1)[-1]: (a.body, a.truncated) for a in s.scalars(select(Article))}
        site.night = 2
        # --full: fetch the known pages again (when a cut-off copy is re-fetched is the re-check policy's call).
        run_siaran("crawl", "--source", "potong", "--no-index", "--full", env=env, check=False)
        errors_output = run_siaran("runs", "--errors", env=env).stdout
    with db.session() as s:
        articles = {a.url.rsplit("/", 1)[-1]: a for a in s.scalars(select(Article))}
        runs = list(s.scalars(select(CrawlRun).order_by(CrawlRun.id)))
        errors = [(e.run_id, e.url, e.kind) for e in s.scalars(select(CrawlError))]
    complete_first, cut_first = articles["lengkap-dulu"], articles["terpotong-dulu"]
    assert night1["terpotong-dulu"][1] is True and not night1["lengkap-dulu"][1]
    assert PAGES["terpotong-dulu"][2][2] not in night1["terpotong-dulu"][0]  # only what arrived was kept
    # Night 2: the complete copy stays although a cut-off one arrived ...
    assert complete_first.body == night1["lengkap-dulu"][0] and not complete_first.truncated
    assert complete_first.revision_count == 1
    assert errors == [(runs[1].id, f"{server.url}/siaran/lengkap-dulu", "truncated")]
    assert runs[1].status == "partial" and runs[1].counts["kept_complete"] == 1
    assert f"{server.url}/siaran/lengkap-dulu: page cut off" in errors_output and "[truncated]" in errors_output
    # ... and the cut-off copy of night 1 is replaced by the complete one.
    assert not cut_first.truncated and cut_first.revision_count == 2
    assert PAGES["terpotong-dulu"][2][2] in cut_first.body


def _session_members(sid: int) -> set[int]:
    """Live processes of session ``sid`` (the crawl and everything it started)."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] not in ("Z", "X") and int(fields[3]) == sid:
            found.add(int(entry))
    return found


def _wait(condition, limit: float = 60.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_a_crawl_killed_with_sigkill_leaves_no_process_and_is_marked_killed(database_url, tmp_path):
    with ReplicaServer(AgencySite()) as agency, ReplicaServer(AggregatorSite(agency.url, hang=120)) as aggregator:
        env = env_for(tmp_path, database_url, agensi=agency, warta=aggregator)
        env["SIARAN_DOWNLOAD_TIMEOUT"] = "180"  # the crawl waits on the hanging page until it is killed
        db = Database(database_url)
        proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", "crawl", "--source", "warta", "--no-index"],
                                env={**os.environ, **env}, cwd=ROOT, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            def mid_crawl() -> bool:  # the run is open and the pipeline worker process runs
                with db.session() as s:
                    running = s.scalar(select(CrawlRun).where(CrawlRun.status == "running"))
                return running is not None and len(_session_members(proc.pid)) >= 3  # crawl, worker, tracker

            assert _wait(mid_crawl), "the crawl never reached the point where its worker runs"
            assert _wait(lambda: "/berita/macet" in aggregator.paths())
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            assert _wait(lambda: not _session_members(proc.pid)), _session_members(proc.pid)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        with db.session() as s:
            (killed,) = s.scalars(select(CrawlRun)).all()
            assert killed.status == "running" and killed.pid == proc.pid and killed.host
        # The next crawl notices the dead run whatever runs its pipelines: inline here.
        run_siaran("crawl", "--source", "agensi", "--no-index", env={**env, "SIARAN_PIPELINE_WORKERS": "0"})
    with db.session() as s:
        killed = s.get(CrawlRun, killed.id)
        after = s.scalars(select(CrawlRun).where(CrawlRun.id != killed.id)).one()
    assert killed.status == "killed" and killed.finished_at is not None
    assert f"process {proc.pid}" in killed.message and "noticed" in killed.message
    assert after.status == "finished"


def test_stale_runs_are_those_of_this_host_whose_process_is_gone_or_reused(database_url):
    import socket
    from datetime import timedelta

    from archive.models import utcnow
    from scraper.report import mark_stale_runs

    db = Database(database_url)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    host, now = socket.gethostname(), utcnow()
    rows = {"dead": (host, gone.pid, now), "alive": (host, os.getpid(), now),
            "reused": (host, os.getpid(), now - timedelta(days=30)),  # our pid, but we started after it
            "elsewhere": ("another-host", gone.pid, now), "finished": (host, gone.pid, now)}
    ids = {}
    with db.session() as s:
        for name, (run_host, pid, started) in rows.items():
            run = CrawlRun(source_id=name, host=run_host, pid=pid, started_at=started,
                           status="finished" if name == "finished" else "running")
            s.add(run)
            s.flush()
            ids[name] = run.id
    assert sorted(mark_stale_runs(db)) == sorted([ids["dead"], ids["reused"]])
    with db.session() as s:
        status = {name: s.get(CrawlRun, run_id).status for name, run_id in ids.items()}
        dead = s.get(CrawlRun, ids["dead"])
    assert status == {"dead": "killed", "alive": "running", "reused": "killed", "elsewhere": "running",
                      "finished": "finished"}
    assert dead.finished_at is not None and f"process {gone.pid}" in dead.message


def test_the_scheduler_alerts_on_a_partial_run(database_url, tmp_path, monkeypatch):
    import json

    import scheduler

    out = tmp_path / "alert.json"
    monkeypatch.setenv("SIARAN_NOTIFY_COMMAND", f"cat > {out}")
    summary = {"source": "warta", "run_id": 7, "status": "partial", "counts": {"new": 4, "failed": 5},
               "message": "5 failures (1 http, 1 network, 1 pipeline_exception, 1 spider_exception, 1 timeout)"}
    scheduler._alert(Database(database_url), summary)
    alert = json.loads(out.read_text())
    assert alert["event"] == "run_partial" and alert["run_id"] == 7 and "spider_exception" in alert["message"]
