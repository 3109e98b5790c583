"""Nightly crawls: one long-running APScheduler 3.x process an operator starts and forgets.

Why it looks the way it does:
- The job store is the Siaran database (``SQLAlchemyJobStore``), so a restart keeps the schedule; jobs
  have stable ids (``crawl-<source>``) and are replaced, never duplicated. A cron job whose trigger did
  not change keeps its stored next run time, so a run missed while the process was down is still run
  at start (``coalesce`` folds several missed runs into one, ``misfire_grace_time`` bounds how late).
- Each crawl runs in a subprocess (``siaran crawl --source X``): Twisted's reactor cannot be restarted
  inside one process, and a subprocess can be killed when a site hangs.
- At most one crawl of a source at a time, also across scheduler processes and hosts: a lock row in
  ``source_locks`` taken in one statement (insert, or take over an expired lock).
- Whatever happens (success, crash, timeout, SIGTERM), the crawl run ends ``finished``, ``partial`` or
  ``failed``, never ``running``, and the lock is released; a run whose process was killed outright
  is marked ``killed`` when the scheduler starts (``scraper.report.mark_stale_runs``).
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update

from archive.db import Database, get_database, make_engine
from archive.models import CrawlRun, IndexOutbox, SourceLock, utcnow
from archive.watches import run_after_crawl
from scraper.report import mark_stale_runs
from siaran.config import load_settings
from siaran.notify import load_notify_settings, notify, zero_new_alert_due

logger = logging.getLogger("siaran.scheduler")

JAKARTA = ZoneInfo("Asia/Jakarta")
DEFAULT_CRON = "0 2 * * *"  # 02:00 Asia/Jakarta, when agency sites are quiet
JOB_PREFIX = "crawl-"
KEEP_LOGS = 30  # crawl log files kept per source


class ScheduleError(ValueError):
    """A bad schedule setting; the message names the setting."""


@dataclass(frozen=True)
class ScheduleSettings:
    crawl_timeout: float = 7200.0
    stop_grace: float = 15.0
    misfire_grace: int = 3600
    workers: int = 4
    crontabs: dict[str, str] = field(default_factory=dict)  # SIARAN_SCHEDULE_<ID>

    @property
    def lock_ttl(self) -> timedelta:
        # Longer than any crawl can legitimately last, so only a dead holder's lock ever expires.
        return timedelta(seconds=self.crawl_timeout + self.stop_grace + 300)


def load_schedule_settings() -> ScheduleSettings:
    prefix = "SIARAN_SCHEDULE_"
    try:
        return ScheduleSettings(
            crawl_timeout=float(os.environ.get("SIARAN_CRAWL_TIMEOUT", "7200")),
            stop_grace=float(os.environ.get("SIARAN_CRAWL_STOP_GRACE", "15")),
            misfire_grace=int(os.environ.get("SIARAN_MISFIRE_GRACE", "3600")),
            workers=int(os.environ.get("SIARAN_SCHEDULE_WORKERS", "4")),
            crontabs={k[len(prefix):].lower(): v for k, v in os.environ.items()
                      if k.startswith(prefix) and k != "SIARAN_SCHEDULE_WORKERS" and v},
        )
    except ValueError as exc:
        raise ScheduleError(f"bad scheduler setting: {exc}") from None


# -- the per-source lock -----------------------------------------------------------------------
def new_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def acquire_lock(db: Database, source_id: str, holder: str, ttl: timedelta) -> bool:
    """Take the source's lock unless a live holder has it: one upsert, atomic on SQLite and PostgreSQL."""
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = utcnow()
    stmt = insert(SourceLock).values(source_id=source_id, holder=holder, acquired_at=now, expires_at=now + ttl)
    stmt = stmt.on_conflict_do_update(
        index_elements=[SourceLock.source_id],
        set_={"holder": stmt.excluded.holder, "acquired_at": stmt.excluded.acquired_at,
              "expires_at": stmt.excluded.expires_at},
        where=SourceLock.expires_at < now,
    )
    with db.session() as s:
        s.execute(stmt)
        return s.scalar(select(SourceLock.holder).where(SourceLock.source_id == source_id)) == holder


def release_lock(db: Database, source_id: str, holder: str) -> None:
    """Release only our own lock: a lock taken over after expiry belongs to someone else now."""
    with db.session() as s:
        s.execute(delete(SourceLock).where(SourceLock.source_id == source_id, SourceLock.holder == holder))


def lock_holder(db: Database, source_id: str) -> str | None:
    with db.session() as s:
        return s.scalar(select(SourceLock.holder).where(SourceLock.source_id == source_id))


# -- one crawl -----------------------------------------------------------------------------------
class _State:
    """Process-wide: set by the signal handler (no locks taken there), read by the job threads."""

    stopping: ClassVar[bool] = False
    running: ClassVar[dict[str, subprocess.Popen]] = {}


def request_stop(*_args) -> None:
    _State.stopping = True


def run_source(source_id: str) -> dict | None:
    """The scheduled job: lock, crawl in a subprocess, close the run, index, alert. None when skipped."""
    settings, sched = load_settings(), load_schedule_settings()
    db = get_database(settings.database_url)
    holder = new_holder()
    if _State.stopping:
        return None
    if not acquire_lock(db, source_id, holder, sched.lock_ttl):
        logger.info("%s: skipped, already being crawled by %s", source_id, lock_holder(db, source_id))
        return None
    try:
        summary = _crawl_locked(db, source_id, settings.data_dir, sched)
    finally:
        release_lock(db, source_id, holder)
    _alert(db, summary)
    run_after_crawl(db)  # saved searches: match the new releases, deliver (archive/watches.py; never raises)
    return summary


def _crawl_locked(db: Database, source_id: str, data_dir: Path, sched: ScheduleSettings) -> dict:
    started = utcnow()  # the child's run row starts after this (same clock: Python-side defaults)
    log_file = _log_file(data_dir, source_id)
    logger.info("%s: crawl started (log %s)", source_id, log_file)
    outcome, code = _run_child(["crawl", "--source", source_id], source_id, log_file, sched)
    if outcome == "timeout":
        _close_runs(db, source_id, started, f"timed out after {sched.crawl_timeout:g} s", killed=True)
    elif outcome == "interrupted":
        _close_runs(db, source_id, started, "interrupted (scheduler stopped)", killed=True)
    else:
        _close_runs(db, source_id, started, f"crawl process exited {code}: {_last_line(log_file)}",
                    killed=False, record_missing=code != 0)
    run = _latest_run(db, source_id, started)
    index_note = _ensure_indexed(db, source_id, data_dir, sched) if outcome == "exited" else None
    if index_note:
        with db.session() as s:
            row = s.get(CrawlRun, run.id)
            row.message = "; ".join(m for m in (row.message, index_note) if m)
        run = _latest_run(db, source_id, started)
    logger.info("%s: run %s %s %s", source_id, run.id, run.status, run.message or run.counts)
    return _summary(run, log_file)


def _run_child(args: list[str], source_id: str, log_file: Path, sched: ScheduleSettings) -> tuple[str, int | None]:
    """Run ``siaran <args>`` in its own process group: 'exited', 'timeout' or 'interrupted'."""
    with log_file.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", *args], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    _State.running[source_id] = proc
    try:
        deadline = time.monotonic() + sched.crawl_timeout
        while True:
            if _State.stopping:
                _stop_group(proc, sched.stop_grace)
                return "interrupted", proc.returncode
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                logger.warning("%s: crawl timed out after %g s; stopping it", source_id, sched.crawl_timeout)
                _stop_group(proc, sched.stop_grace)
                return "timeout", proc.returncode
            try:
                return "exited", proc.wait(timeout=min(0.5, remaining))
            except subprocess.TimeoutExpired:
                continue
    finally:
        _State.running.pop(source_id, None)
        _kill_group(proc.pid, signal.SIGKILL)  # leftovers of the crawl's process group, if any


def _stop_group(proc: subprocess.Popen, grace: float) -> None:
    """SIGTERM lets Scrapy close its spider; SIGKILL after ``grace`` for a crawl stuck in a download."""
    _kill_group(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid, signal.SIGKILL)
        proc.wait()


def _kill_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _close_runs(db: Database, source_id: str, since: datetime, message: str, *, killed: bool,
                record_missing: bool = True) -> None:
    """End this job's unfinished runs as failed; record a failed run if the crawl died before opening one.

    A killed crawl's message replaces Scrapy's own ("spider closed: shutdown") because it says why; a
    crawl that exited on its own keeps what Scrapy wrote and only a row left ``running`` is closed.
    """
    with db.session() as s:
        mine = (CrawlRun.source_id == source_id) & (CrawlRun.started_at >= since)
        unfinished = CrawlRun.status != "finished" if killed else CrawlRun.status == "running"
        s.execute(update(CrawlRun).where(mine & unfinished)
                  .values(status="failed", finished_at=utcnow(), message=message))
        if record_missing and not s.scalar(select(func.count()).select_from(CrawlRun).where(mine)):
            s.add(CrawlRun(source_id=source_id, started_at=since, finished_at=utcnow(), status="failed",
                           counts={}, message=message))


def _latest_run(db: Database, source_id: str, since: datetime) -> CrawlRun:
    with db.session() as s:
        run = s.scalar(select(CrawlRun).where(CrawlRun.source_id == source_id, CrawlRun.started_at >= since)
                       .order_by(CrawlRun.id.desc()).limit(1))
        if run is None:  # exit 0 without a run row: should not happen, but never lose the outcome
            run = CrawlRun(source_id=source_id, started_at=since, finished_at=utcnow(), status="failed",
                           counts={}, message="crawl exited without recording a run")
            s.add(run)
            s.flush()
        return run


def _ensure_indexed(db: Database, source_id: str, data_dir: Path, sched: ScheduleSettings) -> str | None:
    """The crawl indexes as it stores; if releases are still queued (search was down), drain the queue."""
    if not _pending(db):
        return None
    log_file = _log_file(data_dir, source_id, "index")
    outcome, code = _run_child(["index"], f"{source_id}:index", log_file, sched)
    left = _pending(db)
    if outcome == "exited" and code == 0 and not left:
        return None
    return f"{left} releases still wait for the search index; run `siaran index`"


def _pending(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(IndexOutbox)) or 0


def _log_file(data_dir: Path, source_id: str, kind: str = "crawl") -> Path:
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    for old in sorted(folder.glob(f"{kind}-{source_id}-*.log"))[:-KEEP_LOGS]:
        old.unlink(missing_ok=True)
    return folder / f"{kind}-{source_id}-{utcnow():%Y%m%dT%H%M%S%f}.log"


def _last_line(path: Path) -> str:
    lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    return lines[-1].strip()[:300] if lines else "(no output)"


def _summary(run: CrawlRun, log_file: Path) -> dict:
    return {"source": run.source_id, "run_id": run.id, "status": run.status, "message": run.message,
            "started_at": run.started_at.isoformat(),
            "finished_at": run.finished_at.isoformat() if run.finished_at else None,
            "counts": run.counts or {}, "host": socket.gethostname(), "log_file": str(log_file)}


def _alert(db: Database, summary: dict) -> None:
    """Alert on a failed or partial run, or when the zero-new streak reaches the threshold (not on
    interruption)."""
    settings = load_notify_settings()
    if not settings.enabled or (summary["message"] or "").startswith("interrupted"):
        return
    if summary["status"] in ("failed", "partial", "killed"):  # partial: some pages or items failed
        notify({"event": f"run_{summary['status']}", **summary}, settings)
        return
    with db.session() as s:
        history = list(s.scalars(select(CrawlRun).where(CrawlRun.source_id == summary["source"])
                                 .order_by(CrawlRun.id.desc()).limit(50)))
    nights = zero_new_alert_due(history, settings.zero_new_nights)
    if nights:
        notify({"event": "zero_new", "zero_new_nights": nights, **summary}, settings)


# -- the scheduler -------------------------------------------------------------------------------
def job_id(source_id: str) -> str:
    return f"{JOB_PREFIX}{source_id}"


def trigger_for(source, sched: ScheduleSettings, interval: float | None = None):
    """Interval (tests, ops) or cron: ``SIARAN_SCHEDULE_<ID>`` > the source's ``schedule`` > 02:00."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if interval:
        return IntervalTrigger(seconds=interval, timezone=JAKARTA)
    expr = sched.crontabs.get(source.id) or getattr(source, "schedule", None) or DEFAULT_CRON
    try:
        return CronTrigger.from_crontab(expr, timezone=JAKARTA)
    except ValueError as exc:
        raise ScheduleError(f"SIARAN_SCHEDULE_{source.id.upper()} / schedule of {source.id}: "
                            f"'{expr}' is not a crontab (e.g. '30 3 * * *'): {exc}") from None


def _stored_next_run(engine, jid: str, trigger) -> datetime | None:
    """The stored next run time of a job whose trigger is unchanged, so a missed run is not forgotten."""
    from sqlalchemy import inspect, text

    if not inspect(engine).has_table("apscheduler_jobs"):
        return None
    with engine.connect() as conn:
        blob = conn.execute(text("SELECT job_state FROM apscheduler_jobs WHERE id = :id"), {"id": jid}).scalar()
    if blob is None:
        return None
    try:
        state = pickle.loads(blob)
    except Exception:  # noqa: BLE001 - an unreadable old job is simply replaced
        return None
    return state.get("next_run_time") if repr(state.get("trigger")) == repr(trigger) else None


def build_scheduler(sources: list, interval: float | None = None):
    """A BlockingScheduler with one job per source in the database job store (stale jobs removed)."""
    from apscheduler.events import EVENT_SCHEDULER_STARTED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.blocking import BlockingScheduler

    settings, sched = load_settings(), load_schedule_settings()
    mark_stale_runs(get_database(settings.database_url))  # migrate first; close runs of dead crawls
    engine = make_engine(settings.database_url)
    store = SQLAlchemyJobStore(engine=engine)
    _create_job_table(store)
    scheduler = BlockingScheduler(
        jobstores={"default": store},
        executors={"default": ThreadPoolExecutor(max_workers=sched.workers)},
        job_defaults={"coalesce": True, "misfire_grace_time": sched.misfire_grace, "max_instances": 1},
        timezone=JAKARTA,
    )
    wanted = {job_id(s.id) for s in sources}
    for source in sources:
        trigger = trigger_for(source, sched, interval)
        extra = {}
        if not interval and (kept := _stored_next_run(engine, job_id(source.id), trigger)):
            extra["next_run_time"] = kept
        scheduler.add_job("scheduler:run_source", trigger, args=[source.id], id=job_id(source.id),
                          name=f"crawl {source.id}", replace_existing=True, **extra)
    scheduler.add_listener(lambda event: _remove_stale(scheduler, wanted), mask=EVENT_SCHEDULER_STARTED)
    return scheduler


def _create_job_table(store) -> None:
    """Create ``apscheduler_jobs`` once; two schedulers starting together race on it, and one may lose."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    try:
        store.jobs_t.create(store.engine, checkfirst=True)
    except DBAPIError:
        if not inspect(store.engine).has_table(store.jobs_t.name):
            raise


def _remove_stale(scheduler, wanted: set[str]) -> None:
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            logger.info("removing job %s: its source is no longer scheduled here", job.id)
            job.remove()


def run_once(source_ids: list[str]) -> list[dict]:
    """One cycle now, one source after the other; stops early on SIGTERM/SIGINT."""
    mark_stale_runs(get_database(load_settings().database_url))  # runs of crawls killed earlier
    summaries = []
    for sid in source_ids:
        if _State.stopping:
            break
        summary = run_source(sid)
        if summary:
            summaries.append(summary)
    return summaries


def serve(sources: list, interval: float | None = None) -> None:
    """Run until SIGTERM/SIGINT, then stop the running crawls and close their runs before returning."""
    scheduler = build_scheduler(sources, interval)

    def stop(signum, _frame) -> None:
        logger.info("received %s; shutting down", signal.Signals(signum).name)
        request_stop()
        if scheduler.running:
            scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for job in scheduler.get_jobs():
        logger.info("scheduled %s (%s)", job.id, job.trigger)
    scheduler.start()  # blocks until stop()
    wait_for_children(load_schedule_settings().stop_grace + 30)
    logger.info("scheduler stopped")


def wait_for_children(limit: float) -> None:
    deadline = time.monotonic() + limit
    while _State.running and time.monotonic() < deadline:
        time.sleep(0.1)


def install_once_handlers() -> None:
    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.INFO)
