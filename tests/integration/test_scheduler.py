"""The nightly scheduler as an operator runs it: real ``siaran schedule`` processes with a short interval
trigger, crawling the BNPT replica through the real Scrapy engine into SQLite and a real Meilisearch.
The lock test also runs on PostgreSQL; the zero-new alert rule is checked on synthetic run history."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise

import pytest
from sqlalchemy import func, select, text

from archive.db import Database
from archive.models import Article, CrawlRun, IndexOutbox, SourceLock
from tests.conftest import ROOT
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.server import Reply, Request

GOOD_RELEASES = 9  # see test_walking_skeleton (one of them undated)


class HangingBnptSite(BnptSite):
    """The listing never answers within the crawl timeout (Scrapy's own download timeout is 30 s)."""

    def handle(self, request: Request) -> Reply | None:
        if request.path.startswith("/berita"):
            return Reply(body="<html></html>", delay=40)
        return super().handle(request)


@pytest.fixture
def sched_env(tmp_path, meili):
    return {
        **os.environ,
        "SIARAN_DATA_DIR": str(tmp_path / "data"),
        "SIARAN_DATABASE_URL": f"sqlite:///{tmp_path / 'siaran.db'}",
        "SIARAN_INDEX": f"releases_{uuid.uuid4().hex[:10]}",
        "MEILI_URL": meili["url"],
        "MEILI_MASTER_KEY": meili["key"] or "",
        "SIARAN_DOWNLOAD_DELAY": "0",
        "SIARAN_AUTOTHROTTLE": "0",
        "SIARAN_CRAWL_STOP_GRACE": "2",
        "SIARAN_NOTIFY_COMMAND": f"cat > {tmp_path / 'alert.json'}",
    }


@pytest.fixture
def schedulers(tmp_path):
    """``start(env, *args)`` starts ``siaran schedule``; every process is stopped at the end."""
    procs: list[subprocess.Popen] = []

    def start(env: dict, *args: str) -> subprocess.Popen:
        log = (tmp_path / f"scheduler-{len(procs)}.log").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", "schedule", *args], env=env, cwd=ROOT,
                                stdout=log, stderr=subprocess.STDOUT)
        proc.log_path = log.name
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def stop(proc: subprocess.Popen, timeout: float = 30) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=timeout)


def wait_until(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    log = read(proc.log_path)[-3000:] if proc is not None else ""
    raise AssertionError(f"timed out waiting for {what}\n{log}")


def read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def runs(db: Database) -> list[CrawlRun]:
    with db.session() as s:
        return list(s.scalars(select(CrawlRun).order_by(CrawlRun.started_at)))


def job_rows(db: Database) -> list[tuple[str, float]]:
    with db.engine.connect() as conn:
        if not db.engine.dialect.has_table(conn, "apscheduler_jobs"):
            return []
        return [tuple(r) for r in conn.execute(text("SELECT id, next_run_time FROM apscheduler_jobs ORDER BY id"))]


def test_interval_scheduler_crawls_the_replica_and_records_a_finished_run(sched_env, replica, schedulers):
    server = replica(BnptSite())
    env = {**sched_env, "SIARAN_SOURCE_URL_BNPT": server.url, "SIARAN_PIPELINE_WORKERS": "0", "SIARAN_SEMANTIC": "0"}
    proc = schedulers(env, "--source", "bnpt", "--interval", "2")
    db = Database(env["SIARAN_DATABASE_URL"])

    wait_until(lambda: any(r.status == "finished" for r in runs(db)), 90, "a finished run", proc)
    assert stop(proc) == 0

    done = runs(db)[0]
    assert done.source_id == "bnpt" and done.counts["new"] == GOOD_RELEASES and done.finished_at
    assert all(r.status != "running" for r in runs(db))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == GOOD_RELEASES
        assert s.scalar(select(func.count()).select_from(IndexOutbox)) == 0  # indexed too
        assert s.scalar(select(func.count()).select_from(SourceLock)) == 0  # lock released


def test_restart_keeps_exactly_one_job_per_source(sched_env, schedulers):
    from scraper.sources import load_sources

    db = Database(sched_env["SIARAN_DATABASE_URL"])
    expected = sorted(f"crawl-{sid}" for sid in load_sources())
    first = schedulers(sched_env)  # nightly cron: nothing runs during the test
    wait_until(lambda: len(job_rows(db)) == len(expected), 30, "jobs in the job store", first)
    before = job_rows(db)
    assert stop(first) == 0

    second = schedulers(sched_env)
    wait_until(lambda: "Scheduler started" in read(second.log_path), 30, "the restart", second)
    assert stop(second) == 0
    after = job_rows(db)
    assert [job for job, _ in after] == expected
    assert after == before  # same jobs, same next run times


class TimedBnptSite(BnptSite):
    """Notes when each crawl starts reading the listing (page 1), to match fetches to runs."""

    def __init__(self) -> None:
        super().__init__()
        self.listing_fetches: list[datetime] = []

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/berita" and not request.query:
            self.listing_fetches.append(datetime.now(UTC))
        return super().handle(request)


def test_two_schedulers_never_crawl_the_same_source_at_once(sched_env, replica, schedulers):
    site = TimedBnptSite()
    env = {**sched_env, "SIARAN_SOURCE_URL_BNPT": replica(site).url}
    db = Database(env["SIARAN_DATABASE_URL"])  # migrate once so both start from the same schema
    procs = [schedulers(env, "--source", "bnpt", "--interval", "2") for _ in range(2)]

    # Both processes load the same job every 2 s while one crawl takes several seconds: the other must
    # find the source locked and skip.
    skipped = lambda: any("skipped, already being crawled" in read(p.log_path) for p in procs)
    wait_until(lambda: skipped() and any(r.status == "finished" for r in runs(db)), 90, "a run and a skip",
               procs[0])
    assert [stop(p) for p in procs] == [0, 0]

    history = runs(db)
    assert all(r.status in ("finished", "failed") for r in history)
    for earlier, later in pairwise(history):
        assert earlier.finished_at <= later.started_at, "two crawls of bnpt overlapped"
    assert site.listing_fetches
    for fetched in site.listing_fetches:  # each crawl the site saw belongs to exactly one recorded run
        assert sum(r.started_at <= fetched <= r.finished_at for r in history) == 1
    for run in history:
        assert sum(run.started_at <= f <= run.finished_at for f in site.listing_fetches) <= 1


def test_hung_crawl_is_killed_at_the_timeout_recorded_failed_and_alerted(sched_env, replica, tmp_path):
    server = replica(HangingBnptSite())
    # 8 s: enough for the crawl to start and hang on the listing (40 s, past Scrapy's 30 s download timeout).
    env = {**sched_env, "SIARAN_SOURCE_URL_BNPT": server.url, "SIARAN_CRAWL_TIMEOUT": "8"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "siaran.cli", "schedule", "--once", "--source", "bnpt"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    elapsed = time.monotonic() - started

    assert result.returncode == 1, result.stderr[-2000:]
    assert 8 <= elapsed < 38
    db = Database(env["SIARAN_DATABASE_URL"])
    [run] = runs(db)
    assert (run.status, run.message) == ("failed", "timed out after 8 s")
    assert run.finished_at is not None
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SourceLock)) == 0
    alert = json.loads((tmp_path / "alert.json").read_text())
    assert alert["event"] == "run_failed" and alert["source"] == "bnpt" and alert["run_id"] == run.id
    assert alert["status"] == "failed" and alert["message"] == "timed out after 8 s"


def test_sigterm_during_a_crawl_leaves_no_running_run_and_no_lock(sched_env, replica, schedulers, tmp_path):
    server = replica(HangingBnptSite())
    env = {**sched_env, "SIARAN_SOURCE_URL_BNPT": server.url}
    proc = schedulers(env, "--source", "bnpt", "--interval", "1")
    db = Database(env["SIARAN_DATABASE_URL"])
    wait_until(lambda: any(r.status == "running" for r in runs(db)), 60, "a running crawl", proc)

    assert stop(proc) == 0
    [run] = runs(db)
    assert run.status == "failed" and run.message.startswith("interrupted")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SourceLock)) == 0
    assert not (tmp_path / "alert.json").exists()  # a deliberate shutdown is not an incident


def test_source_lock_is_exclusive_and_taken_over_only_after_expiry(database_url):
    from scheduler import acquire_lock, lock_holder, release_lock

    db = Database(database_url)
    hour = timedelta(hours=1)
    assert acquire_lock(db, "bnpt", "a", hour)
    assert not acquire_lock(db, "bnpt", "b", hour)
    release_lock(db, "bnpt", "b")  # not b's lock: nothing happens
    assert lock_holder(db, "bnpt") == "a"
    assert acquire_lock(db, "kemlu", "b", hour)  # other sources are independent

    with db.session() as s:  # a's process died: its lock expires
        s.get(SourceLock, "bnpt").expires_at = datetime.now(UTC) - timedelta(seconds=1)
    assert acquire_lock(db, "bnpt", "b", hour)
    release_lock(db, "bnpt", "a")  # the late release of the dead holder must not free b's lock
    assert lock_holder(db, "bnpt") == "b"
    release_lock(db, "bnpt", "b")
    assert lock_holder(db, "bnpt") is None

    winners = []
    threads = [threading.Thread(target=lambda h=h: winners.append(acquire_lock(db, "bpbd", h, hour)))
               for h in "cdefgh"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(winners) == [False] * 5 + [True]


def _synthetic_history(db: Database, nights_new: list[tuple[int, int, str]]) -> list[CrawlRun]:
    """Runs at 02:00 Jakarta (19:00 UTC the day before) on the given day offsets: (day, new, status)."""
    base = datetime(2026, 3, 1, 19, 0, tzinfo=UTC)
    with db.session() as s:
        for i, (day, new, status) in enumerate(nights_new):
            s.add(CrawlRun(source_id="bnpt", started_at=base + timedelta(days=day, minutes=i),
                           finished_at=base + timedelta(days=day, minutes=5), status=status, counts={"new": new}))
    with db.session() as s:
        return list(s.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())))


def test_zero_new_alert_fires_after_n_nights_from_run_history(sqlite_url):
    from siaran.notify import zero_new_alert_due

    db = Database(sqlite_url)
    history = _synthetic_history(db, [(0, 4, "finished"), (1, 0, "finished"), (2, 0, "finished")])
    assert zero_new_alert_due(history, 3) == 0  # two quiet nights: no alert yet
    history = _synthetic_history(db, [(3, 0, "failed"), (3, 0, "finished")])
    assert zero_new_alert_due(history, 3) == 3  # failures neither count nor break the streak
    history = _synthetic_history(db, [(3, 0, "finished")])
    assert zero_new_alert_due(history, 3) == 0  # a second crawl the same night does not alert again
    history = _synthetic_history(db, [(4, 1, "finished"), (5, 0, "finished")])
    assert zero_new_alert_due(history, 3) == 0  # something new ends the streak


def test_webhook_receives_the_summary_and_a_dead_channel_is_not_raised(tmp_path):
    from siaran.notify import NotifySettings, notify

    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/hook"
        summary = {"event": "run_failed", "source": "bnpt", "message": "timed out after 7200 s"}
        assert notify(summary, NotifySettings(webhook=url, command=f"cat > {tmp_path / 'a.json'}")) == [
            "command", "webhook"]
        assert received == [summary] and json.loads((tmp_path / "a.json").read_text()) == summary
        assert notify(summary, NotifySettings(webhook="http://127.0.0.1:9/x", command="exit 3")) == []
    finally:
        httpd.shutdown()


def test_crontab_override_is_read_in_jakarta_time_and_a_bad_one_names_the_setting(monkeypatch):
    from scheduler import ScheduleError, load_schedule_settings, trigger_for
    from scraper.sources import get_source

    monkeypatch.setenv("SIARAN_SCHEDULE_BNPT", "30 3 * * *")
    trigger = trigger_for(get_source("bnpt"), load_schedule_settings())
    one_am_wib = datetime(2026, 2, 28, 18, 0, tzinfo=UTC)
    assert trigger.get_next_fire_time(None, one_am_wib).isoformat() == "2026-03-01T03:30:00+07:00"
    monkeypatch.setenv("SIARAN_SCHEDULE_BNPT", "every night")
    with pytest.raises(ScheduleError, match="SIARAN_SCHEDULE_BNPT"):
        trigger_for(get_source("bnpt"), load_schedule_settings())


def test_a_restart_keeps_a_missed_nightly_run_due_unless_its_schedule_changed(sqlite_url, monkeypatch):
    from apscheduler.job import Job
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    from scheduler import build_scheduler, load_schedule_settings, trigger_for
    from scraper.sources import get_source

    monkeypatch.setenv("SIARAN_DATABASE_URL", sqlite_url)
    bnpt = get_source("bnpt")
    missed = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)  # the process was down at 02:00
    store, owner = SQLAlchemyJobStore(url=sqlite_url), BackgroundScheduler()  # the job as a run left it
    store.start(owner, "default")
    store.add_job(Job(owner, id="crawl-bnpt", func="scheduler:run_source", args=["bnpt"], kwargs={},
                      trigger=trigger_for(bnpt, load_schedule_settings()), next_run_time=missed,
                      executor="default", name="crawl bnpt", misfire_grace_time=3600, coalesce=True,
                      max_instances=1))
    store.shutdown()

    [job] = build_scheduler([bnpt]).get_jobs()
    assert job.next_run_time == missed  # still due: runs at start, within the misfire grace time

    monkeypatch.setenv("SIARAN_SCHEDULE_BNPT", "30 3 * * *")
    [job] = build_scheduler([bnpt]).get_jobs()
    assert getattr(job, "next_run_time", None) != missed  # a new schedule starts afresh
