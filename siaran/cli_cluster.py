"""``siaran worker``: one process of a distributed crawl (registered in cli.py); per-job run summaries.

Self-contained like ``cli_analyst`` (``python -m siaran.cli`` runs cli.py as ``__main__``). Start it on
as many machines as you like, with the same sources, ``SIARAN_DATABASE_URL`` (PostgreSQL) and
``SIARAN_REDIS_URL``: they share one frontier in Redis and stop when the job's frontier is done.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

import typer
from rich.console import Console
from rich.markup import escape

from siaran.config import load_settings

console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def redis_url() -> str:
    from scraper.distributed import DEFAULT_REDIS_URL

    return os.environ.get("SIARAN_REDIS_URL") or DEFAULT_REDIS_URL


def check_ready(database_url: str, url: str) -> None:
    """One line and exit 2 when this machine cannot be a worker (SQLite archive, Redis unreachable)."""
    import redis

    from scraper.distributed import DistributedUnavailable, refuse_sqlite

    try:
        refuse_sqlite(database_url)
    except DistributedUnavailable as exc:
        fail(str(exc))
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        fail(f"Redis is unreachable at {url} ({exc}); start it or set SIARAN_REDIS_URL")


def worker_command(
        source: list[str] = typer.Option(None, "--source", "-s", help="Source id (repeatable); default all."),
        job: str | None = typer.Option(None, "--job", help="The distributed crawl to join (default: tonight's, "
                                       "night-YYYY-MM-DD in Asia/Jakarta): a URL is fetched once per job."),
        full: bool = typer.Option(False, "--full", help="Re-crawl everything, not just what is new."),
        no_index: bool = typer.Option(False, "--no-index", help="Store only; index later with `siaran index`."),
) -> None:
    """Crawl as one worker of a distributed crawl: a frontier in Redis shared with every other worker."""
    from scraper.distributed import distributed_settings, night_job
    from scraper.distributed.spider import distributed_spider_class
    from scraper.run import crawl, project_settings
    from scraper.sources import load_sources

    settings = load_settings()
    url = redis_url()
    check_ready(settings.database_url, url)
    known = load_sources()
    unknown = [s for s in source or [] if s not in known]
    if unknown:
        fail(f"unknown source {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    ids = list(source) if source else sorted(known)
    job = job or night_job()
    overrides = {**distributed_settings(job, url, project_settings()), "SIARAN_INDEX_AFTER_CRAWL": not no_index}
    stats = crawl(ids, full=full, overrides=overrides, spider_for=distributed_spider_class)
    show_job(job)
    if any(s.get("finish_reason") != "finished" for s in stats.values()):
        raise typer.Exit(1)


# -- per-job summaries (``siaran runs``) ----------------------------------------------------------
@dataclass
class JobSummary:
    job: str
    runs: int = 0
    statuses: Counter = field(default_factory=Counter)
    hosts: set = field(default_factory=set)
    counts: Counter = field(default_factory=Counter)

    def line(self) -> str:
        status = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        numbers = ", ".join(f"{k} {self.counts[k]}" for k in ("new", "updated", "unchanged", "failed", "requests"))
        return f"job {self.job}: {self.runs} worker runs on {len(self.hosts)} hosts ({status}); {numbers}"


def job_summaries(runs) -> list[JobSummary]:
    """One summary per job among ``runs`` (CrawlRun rows): worker runs, their statuses and summed counts."""
    jobs: dict[str, JobSummary] = {}
    for run in runs:
        if not run.job:
            continue
        summary = jobs.setdefault(run.job, JobSummary(run.job))
        summary.runs += 1
        summary.statuses[run.status] += 1
        summary.hosts.add(run.host)
        for key, value in (run.counts or {}).items():
            if isinstance(value, int):
                summary.counts[key] += value
    return list(jobs.values())


def show_job(job: str) -> None:
    """Every run of ``job`` (all workers, all sources) and its summary line."""
    from sqlalchemy import select

    from archive.db import get_database
    from archive.models import CrawlRun

    with get_database(load_settings().database_url).session() as s:
        runs = list(s.scalars(select(CrawlRun).where(CrawlRun.job == job).order_by(CrawlRun.id)))
        for run in runs:
            c = run.counts or {}
            console.print(f"run {run.id} {run.source_id} {run.host}:{run.pid} {run.status}: new {c.get('new', 0)}, "
                          f"requests {c.get('requests', 0)}", highlight=False, markup=False)
        for summary in job_summaries(runs):
            console.print(summary.line(), highlight=False, markup=False)
