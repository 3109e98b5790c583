"""Distributed crawling: any number of worker processes, on any number of machines, share one frontier.

Built on scrapy-redis (a Redis-backed Scrapy scheduler and duplicate filter) rather than a home-made
queue; Siaran adds what a shared frontier needs on top of it and nothing else:

* ``keys``: the Redis keys of a job (one distributed crawl, by default one per night), all expiring;
* ``frontier``: scrapy-redis's scheduler and priority queue, extended with a per-worker *ledger* of
  popped requests (so a killed worker's in-flight requests go back to the queue), a claim on each
  article URL for the job (so no two workers fetch it), and a codec for the callbacks of discovery
  strategies (which are not spider methods, and scrapy-redis can only serialise those);
* ``spider``: the spider of a source, with its discovery strategies found by index;
* ``politeness``: one per-site request rate and concurrency for all processes together;
* ``worker``: the worker's life (heartbeat, acknowledgements, recovery of dead workers, when to stop).

``distributed_settings`` switches a crawl to this mode; ``siaran worker`` (siaran/cli_cluster.py) runs
it. See docs/operations.md, "Several machines".
"""

from __future__ import annotations

import os
import socket
from datetime import datetime
from zoneinfo import ZoneInfo

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


class DistributedUnavailable(RuntimeError):
    """Distributed mode cannot run here (SQLite archive, Redis unreachable); the message says why."""


def night_job(now: datetime | None = None) -> str:
    """The default job id: the calendar day in Asia/Jakarta, so every worker started by tonight's timer
    joins the same crawl and a URL is fetched at most once that night."""
    now = now or datetime.now(ZoneInfo("Asia/Jakarta"))
    return now.astimezone(ZoneInfo("Asia/Jakarta")).strftime("night-%Y-%m-%d")


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def refuse_sqlite(database_url: str) -> None:
    """Workers on several machines need one shared archive; a SQLite file is one machine's."""
    if database_url.startswith("sqlite"):
        raise DistributedUnavailable("distributed crawling needs a PostgreSQL archive shared by every worker; "
                                     "set SIARAN_DATABASE_URL=postgresql://... (SQLite is one machine's file)")


def distributed_settings(job: str, redis_url: str, settings) -> dict:
    """Scrapy setting overrides that turn a crawl into a worker of ``job``.

    Politeness moves from Scrapy's per-process download slots to the shared limiter
    (``SIARAN_SITE_DELAY`` seconds between requests to a site and ``SIARAN_SITE_CONCURRENCY`` requests
    at once, for all workers together; by default the project's ``DOWNLOAD_DELAY`` and
    ``CONCURRENT_REQUESTS_PER_DOMAIN``). AutoThrottle adapts one process's delay to the latency it sees;
    with several processes it would only add a per-process delay on top, so it is off.
    """
    from scraper.distributed.keys import JobKeys

    keys = JobKeys(job)
    site_delay = settings.get("SIARAN_SITE_DELAY") or settings.getfloat("DOWNLOAD_DELAY")
    site_concurrency = settings.get("SIARAN_SITE_CONCURRENCY") or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares["scraper.distributed.politeness.SharedPoliteness"] = 950  # closest to the download
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["scraper.distributed.worker.FrontierWorker"] = 110  # after CrawlReport opened the run
    return {
        "SCHEDULER": "scraper.distributed.frontier.FrontierScheduler",
        "SCHEDULER_QUEUE_CLASS": "scraper.distributed.frontier.LedgerQueue",
        "SCHEDULER_QUEUE_KEY": keys.queue("%(spider)s"),
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter("%(spider)s"),
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # The frontier belongs to the job, not to one worker: the first worker to finish must not wipe it.
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "SIARAN_JOB": job,
        "SIARAN_WORKER_ID": settings.get("SIARAN_WORKER_ID") or worker_id(),
        "SIARAN_SITE_DELAY": float(site_delay),
        "SIARAN_SITE_CONCURRENCY": int(site_concurrency),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "EXTENSIONS": extensions,
    }
