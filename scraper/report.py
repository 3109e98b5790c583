"""The crawl report: one ``CrawlRun`` row per spider run with counts, dropped reasons and failed URLs.

Nothing that goes wrong is only logged: each failure is written as a ``CrawlError`` (URL, reason,
``kind``) as it happens, so a crash mid-crawl still leaves the errors behind. What is recorded:

- ``crawl_error`` signals sent by spiders and discovery strategies (an HTTP error, a timeout, a page
  that cannot be read, a sitemap problem ...); their kind is given or read from the reason
  (``classify``): http | timeout | network | extraction | sitemap | truncated | error;
- ``spider_error``: an exception in a spider callback, errback or ``start()`` (kind ``spider_exception``);
- ``item_error``: an exception in an item pipeline (kind ``pipeline_exception``); a release the store
  could not write is reported by the store with the same kind;
- ``item_dropped``: every dropped item (kind ``dropped``), with the pipeline's reason.

How a run ends (``run_status``):

- ``failed``: the spider closed abnormally (any close reason but "finished": shutdown, cancelled, an
  exception while opening, a close-spider limit);
- ``partial``: it finished, but something failed: any crawl error, spider or pipeline exception, or an
  item dropped for a reason that is not a policy drop;
- ``finished``: nothing failed. Policy drops (``POLICY_DROPS``: the page was read correctly and holds
  nothing to archive, e.g. "empty body", or is a duplicate) are counted and listed but are not failures.
- ``killed`` (set later by ``mark_stale_runs``): the process died without closing the run (``kill -9``,
  power loss); noticed by the next crawl or scheduler start on the same host.

Counts are written when the spider closes and, while it runs, every ``SIARAN_REPORT_SECONDS`` (so a
killed run keeps what it had done). ``counts["failed"]`` is the number of failures (errors, exceptions
and non-policy drops), ``counts["dropped"]`` every dropped item.
"""

from __future__ import annotations

import logging
import os
import socket
from collections import Counter
from datetime import datetime, timedelta

from scrapy import signals
from sqlalchemy import select

from archive.db import Database, get_database
from archive.models import CrawlError, CrawlRun, utcnow
from siaran.processes import pid_alive, process_started_at

logger = logging.getLogger(__name__)

# Sent by spiders: ``crawler.signals.send_catch_log(crawl_error, url=..., reason=..., spider=...)``, with
# an optional ``kind=`` (read from the reason when not given).
crawl_error = object()

# Drop reasons (the text before the first ':' of a DropItem message) that are policy, not failure.
POLICY_DROPS = frozenset({"empty body", "missing title", "duplicate", "not a release"})

# Exception names of download failures that are the network's, not the server's answer.
_NETWORK_ERRORS = ("ConnectionRefused", "ConnectError", "DNSLookup", "ConnectionLost", "ConnectionDone",
                   "ResponseNeverReceived", "ResponseFailed", "TCPTimedOut", "NoRouteError", "SSLError",
                   "TunnelError", "PotentialDataLoss")


def classify(reason: str) -> str:
    """The kind of a crawl error from its reason, for senders that do not say."""
    text = reason.lower()
    if (text.startswith("http ") or "http status" in text or "soft 404" in text or "redirect" in text
            or "too large" in text):
        return "http"
    if "timed out" in text or "timeout" in text:
        return "timeout"
    if any(name.lower() in text for name in _NETWORK_ERRORS):
        return "network"
    if "truncated" in text or "cut off" in text:
        return "truncated"
    if "sitemap" in text or "robots.txt" in text:
        return "sitemap"
    if any(word in text for word in ("no title", "date", "no article", "selector", "not json", "no posts",
                                     "no records", "no entries", "not rss")):
        return "extraction"
    return "error"


def drop_reason(exception: BaseException) -> str:
    """The reason of a dropped item without its URL ("empty body: https://..." -> "empty body")."""
    return str(exception).split(":", 1)[0].strip() or type(exception).__name__


def failure_reason(failure) -> str:
    """One line: the exception and where in our code it was raised."""
    exc = failure.value
    where = ""
    tb = getattr(exc, "__traceback__", None)
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" (at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno} " \
                f"in {tb.tb_frame.f_code.co_name})"
    return f"{type(exc).__name__}: {exc}{where}"


def run_status(close_reason: str, failed: int) -> str:
    if close_reason != "finished":
        return "failed"
    return "partial" if failed else "finished"


class CrawlReport:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.run_id: int | None = None
        self.failed = 0
        self.kinds: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.snapshot_seconds = crawler.settings.getfloat("SIARAN_REPORT_SECONDS", 10.0)
        self._timer = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.error, signal=crawl_error)
        return ext

    def spider_opened(self, spider) -> None:
        with self.db.session() as s:
            run = CrawlRun(source_id=spider.name, full=bool(getattr(spider, "full", False)), status="running",
                           pid=os.getpid(), host=socket.gethostname())
            s.add(run)
            s.flush()
            self.run_id = run.id
        spider.crawl_run_id = self.run_id
        if self.snapshot_seconds > 0:
            from twisted.internet.task import LoopingCall

            self._timer = LoopingCall(self._snapshot)
            self._timer.start(self.snapshot_seconds, now=False)

    # -- failures ---------------------------------------------------------------------------------
    def _record(self, url: str, reason: str, kind: str, spider, *, failure: bool = True) -> None:
        if failure:
            self.failed += 1
            self.kinds[kind] += 1
        log = logger.warning if failure else logger.info
        log("crawl %s %s: %s", kind, url, reason, extra={"url": url, "reason": reason, "kind": kind})
        name = getattr(spider, "name", None) or getattr(self.crawler.spider, "name", "?")
        with self.db.session() as s:
            s.add(CrawlError(run_id=self.run_id, source_id=name, url=(url or "?")[:2048], reason=reason[:2000],
                             kind=kind))

    def error(self, url: str, reason: str, spider=None, kind: str | None = None) -> None:
        self._record(url, reason, kind or classify(reason), spider)

    def spider_error(self, failure, response, spider) -> None:
        request = getattr(response, "request", None) or getattr(failure, "request", None)
        url = getattr(response, "url", None) or getattr(request, "url", None)
        if url is None:  # raised in start(): the source's own address is the best we have
            url = getattr(getattr(spider, "source", None), "base_url", None) or "(start)"
        self._record(url, failure_reason(failure), "spider_exception", spider)

    def item_error(self, item, response, spider, failure) -> None:
        url = _item_url(item) or getattr(response, "url", None) or "?"
        self._record(url, failure_reason(failure), "pipeline_exception", spider)

    def item_dropped(self, item, response, exception, spider) -> None:
        reason = drop_reason(exception)
        self.dropped[reason] += 1
        url = _item_url(item) or getattr(response, "url", None) or "?"
        self._record(url, str(exception) or reason, "dropped", spider, failure=reason not in POLICY_DROPS)

    # -- counts -----------------------------------------------------------------------------------
    def counts(self) -> dict:
        stats = self.crawler.stats
        return {
            "new": stats.get_value("siaran/new", 0),
            "updated": stats.get_value("siaran/updated", 0),
            "unchanged": stats.get_value("siaran/unchanged", 0),
            "skipped_known": stats.get_value("siaran/skipped_known", 0),
            "duplicates": stats.get_value("siaran/duplicates", 0),
            "originals_reelected": stats.get_value("siaran/originals_reelected", 0),
            "foreign_canonical": stats.get_value("siaran/foreign_canonical", 0),
            "kept_complete": stats.get_value("siaran/kept_complete", 0),
            "failed": self.failed,
            "dropped": sum(self.dropped.values()),
            "errors_by_kind": dict(self.kinds),
            "requests": stats.get_value("downloader/request_count", 0),
            "indexed": stats.get_value("siaran/indexed", 0),
            "translation_pairs": stats.get_value("siaran/translation_pairs", 0),
            "language_mismatch": stats.get_value("siaran/language_mismatch", 0),
        }

    def _snapshot(self) -> None:
        """Counts so far, on the running row: what a killed run leaves behind."""
        try:
            with self.db.session() as s:
                run = s.get(CrawlRun, self.run_id)
                if run is not None and run.status == "running":
                    run.counts = self.counts()
                    run.dropped_reasons = dict(self.dropped)
        except Exception:
            logger.debug("could not write the run's interim counts", exc_info=True)

    def spider_closed(self, spider, reason: str) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        counts = self.counts()
        status = run_status(reason, self.failed)
        with self.db.session() as s:
            run = s.get(CrawlRun, self.run_id)
            run.finished_at = utcnow()
            run.status = status
            run.counts = counts
            run.dropped_reasons = dict(self.dropped)
            if status == "failed":
                run.message = f"spider closed: {reason}"
            elif status == "partial":
                kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items()))
                run.message = f"{self.failed} failures ({kinds}); see `siaran runs --errors`"
            else:
                run.message = None
        logger.info("crawl report %s: %s %s", spider.name, status, counts)


def _item_url(item) -> str | None:
    try:
        from itemadapter import ItemAdapter

        return ItemAdapter(item).get("url")
    except Exception:  # noqa: BLE001 - whatever the item is, the report must not fail on it
        return None


# -- runs whose process is gone ----------------------------------------------------------------
def process_alive(pid: int, run_started: datetime) -> bool:
    """Is the process that opened a run still there? A pid can be reused by another process after a
    reboot or wrap-around: a process that started after the run did is not the run's."""
    if not pid_alive(pid):
        return False
    started = process_started_at(pid)
    return started is None or started <= run_started + timedelta(seconds=2)


def mark_stale_runs(db: Database, host: str | None = None) -> list[int]:
    """Close runs left ``running`` by a process of this host that is gone: status ``killed``, with
    ``finished_at`` the time it was noticed. Runs of other hosts are left alone (their processes cannot
    be checked from here). Returns the ids closed."""
    host = host or socket.gethostname()
    closed: list[int] = []
    with db.session() as s:
        runs = s.scalars(select(CrawlRun).where(CrawlRun.status == "running", CrawlRun.host == host,
                                                CrawlRun.pid.is_not(None)))
        for run in runs:
            if process_alive(run.pid, run.started_at):
                continue
            now = utcnow()
            run.status = "killed"
            run.finished_at = now
            run.message = (f"killed: process {run.pid} on {host} ended without closing the run "
                           f"(noticed {now:%Y-%m-%d %H:%M:%S} UTC)")
            closed.append(run.id)
            logger.warning("run %s (%s): %s", run.id, run.source_id, run.message)
    return closed
