"""A worker's life in a distributed crawl: heartbeat, acknowledgements, recovery, when to stop.

A worker's heartbeat is a Redis key that expires after ``SIARAN_WORKER_TTL`` seconds, refreshed by a
thread of its own: the reactor's thread may be busy for minutes when the spider closes (embedding the
night's releases, ``pipelines/embed.py``) and the worker must not look dead then. Every
``SIARAN_WORKER_TTL / 5`` seconds, at most 1 s (``tick``, in the reactor's thread), a worker

1. refreshes the expiry of the job's keys;
2. *acknowledges* the requests it has finished: the engine no longer holds them (their callback ran and
   its items went through the pipelines) and none of the releases they produced still waits in the
   store's unwritten batch. Only then does a request leave the worker's ledger (``frontier.Ledger``);
3. rejoins when Redis forgot the job (restarted without persistence): it registers again and rebuilds
   the frontier from the sources' listings and the archive (``rejoin_if_forgotten``);
4. *recovers* dead workers: a worker in the job's registry whose heartbeat has expired has its ledger
   moved back into the queue (one Redis transaction, so two survivors never both do it), its URLs noted
   in the job's ``recovered`` set, and its crawl run closed as ``killed``;
5. wakes its engine, so requests other workers queued are taken within a tick (Scrapy itself looks at
   an empty scheduler again only every 5 s).

When its engine is idle a worker stays open while the job has work anywhere: requests in the queue, or
requests in any worker's ledger (that worker may still queue more, or die and leave them to us). So
the last worker closes only when the whole frontier is done. On a normal close (also SIGTERM) the
ledger's leftovers go back to the queue at once.

What is and is not recovered after ``kill -9``: every request the dead worker had popped and not
finished is crawled again by another worker, including those whose releases were still in its
unwritten store batch. A request whose callback ran and whose releases were written is done, so
nothing is stored twice. A listing page whose callback had not finished queueing its links is
fetched again and yields them again; the links already queued are dropped as claimed (a claim and
its push are one Redis script, ``frontier.FrontierScheduler``), the others are queued now. The price:
a recovered request is fetched a second time when the dead worker had already fetched it. Not
recovered: state kept in one process, such as an id walk's position (``scraper.discovery.id_walk``),
restarts in the process that picks the page up, and a listing walk's slice is lost with its worker
(``walks``: its pages never leave that worker; the next night walks that stretch again).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import socket
import threading

from itemadapter import ItemAdapter
from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.connection import get_redis_from_settings
from sqlalchemy import update
from twisted.internet.task import LoopingCall

from archive.db import get_database
from archive.models import CrawlRun, utcnow
from pipelines.store import flush_store, store_batch
from scraper.distributed.frontier import TOKEN_META, ledger_for
from scraper.distributed.keys import JOB_TTL, JobKeys
from scraper.distributed.walks import DONE_PREFIX, ENTRY_PREFIX

logger = logging.getLogger(__name__)


def _engine_slot(engine):
    """The engine's slot: the requests it is working on (``inprogress``) and its ``nextcall``.

    Scrapy has no public "request finished" signal nor a way to say "look at the scheduler again"; both
    live on this private attribute (stable since Scrapy 1.x). None before the spider opens or after it
    closed.
    """
    return getattr(engine, "_slot", None)


def job_has_work(server, keys: JobKeys, spider_name: str, worker: str | None = None) -> bool:
    """Requests of the job anywhere in Redis: queued, or popped by a worker and not finished; or a listing
    walk still going on in another live worker than ``worker``.

    A walk's pages stay in the walking worker's local queue (``walks``), out of Redis, but the article
    requests they yield go to the shared queue. Without the walk counted, the other workers saw an empty
    queue while the walker was still reading its pages, closed, and left the walker to fetch those
    articles alone. The asking worker's own walks do not count: it asks when idle, so they are read."""
    workers = [w.decode() if isinstance(w, bytes) else w for w in server.hkeys(keys.workers(spider_name))]
    pipe = server.pipeline(transaction=False)
    pipe.zcard(keys.queue(spider_name))
    for name in workers:
        pipe.hlen(keys.ledger(spider_name, name))
    return any(pipe.execute()) or bool(walking_workers(server, keys, spider_name) - {worker})


def walking_workers(server, keys: JobKeys, spider_name: str) -> set[str]:
    """The live workers holding a walk of the job that they have not finished (``walks.WalkClaims``)."""
    holders = set()
    for field, value in server.hgetall(keys.walks(spider_name)).items():
        field, value = (x.decode() if isinstance(x, bytes) else x for x in (field, value))
        if field.startswith(ENTRY_PREFIX) and not value.startswith(DONE_PREFIX):
            holders.add(value)
    if not holders:
        return holders
    pipe = server.pipeline(transaction=False)
    for name in sorted(holders):
        pipe.exists(keys.alive(spider_name, name))
    return {name for name, alive in zip(sorted(holders), pipe.execute()) if alive}


class FrontierWorker:
    def __init__(self, crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.keys = JobKeys(settings["SIARAN_JOB"])
        self.worker = settings["SIARAN_WORKER_ID"]
        self.ttl = settings.getfloat("SIARAN_WORKER_TTL", 15.0)
        self.server = get_redis_from_settings(settings)
        self.db = get_database(settings["SIARAN_DATABASE_URL"])
        self.spider_name: str | None = None
        self._timer: LoopingCall | None = None
        self._stop_beating = threading.Event()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        return ext

    # -- signals -----------------------------------------------------------------------------------
    def spider_opened(self, spider) -> None:
        self.spider_name = spider.name
        self.ledger = ledger_for(self.crawler)
        run_id = getattr(spider, "crawl_run_id", None)
        # Alive before registered: a worker in the registry without a heartbeat is dead to the others, who
        # would recover it, and it would then find itself forgotten and rebuild the frontier.
        self.heartbeat()
        self.server.hset(self.keys.workers(spider.name), self.worker, self._info(spider))
        if run_id is not None:
            with self.db.session() as s:
                s.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(job=self.keys.job))
        threading.Thread(target=self._beat, name="siaran-heartbeat", daemon=True).start()
        logger.info("worker %s joined job %s (%s)", self.worker, self.keys.job, spider.name)
        self._timer = LoopingCall(self.tick)
        self._timer.start(min(max(self.ttl / 5, 0.1), 1.0), now=False)

    def item_scraped(self, item, response, spider=None) -> None:
        token = getattr(response, "meta", {}).get(TOKEN_META) if response is not None else None
        canonical = ItemAdapter(item).get("canonical_url")
        if token is not None and canonical:
            self.ledger.waits_for(token, canonical)

    def spider_idle(self, spider=None) -> None:
        flush_store(self.crawler)  # nothing more is coming: write the last releases, so they can be acknowledged
        # Idle, so this worker's walk pages are read: the other workers, which wait while a walk goes on
        # (``job_has_work``), may close. Marked at the first idle moment, not at close: two walkers each
        # waiting for the other's walk to be marked done would never close.
        finish_walks = getattr(spider or self.crawler.spider, "finish_walks", None)
        if finish_walks is not None:
            finish_walks()
        self.tick()
        try:
            busy = self.job_busy()
        except RedisError:  # Redis away (restarting): the job's state is unknown, so stay and ask again
            logger.warning("cannot reach Redis to see whether job %s is done; waiting", self.keys.job)
            busy = True
        if busy:
            raise DontCloseSpider

    def spider_closed(self, spider, reason: str) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self._stop_beating.set()
        self.acknowledge()  # the store wrote its last batch before spider_closed
        finish_walks = getattr(spider, "finish_walks", None)
        if finish_walks is not None:
            finish_walks()  # nobody walks this worker's entries again in the job
        requeued = self.requeue(self.worker)
        if requeued:
            logger.info("worker %s closed (%s) with %d requests unfinished: back in the queue",
                        self.worker, reason, requeued)
        self.server.delete(self.keys.alive(spider.name, self.worker))

    # -- the tick ------------------------------------------------------------------------------------
    def _beat(self) -> None:
        while not self._stop_beating.wait(self.ttl / 5):
            try:
                self.heartbeat()
            except Exception:  # Redis away for a moment: the next beat tries again
                logger.warning("heartbeat failed", exc_info=True)

    def tick(self) -> None:
        try:
            self.refresh_expiry()
            self.acknowledge()
            self.rejoin_if_forgotten()
            self.recover_dead()
        except Exception:  # Redis hiccup: the next tick tries again, the crawl goes on
            logger.warning("worker tick failed", exc_info=True)
        slot = _engine_slot(self.crawler.engine)
        if slot is not None and slot.closing is None:
            slot.nextcall.schedule()

    def heartbeat(self) -> None:
        self.server.set(self.keys.alive(self.spider_name, self.worker), "1", px=int(self.ttl * 1000))

    def refresh_expiry(self) -> None:
        pipe = self.server.pipeline(transaction=False)
        for key in [*self.keys.all(self.spider_name), self.ledger.key]:
            pipe.expire(key, JOB_TTL)
        pipe.execute()

    def acknowledge(self) -> None:
        """Take finished requests out of the ledger (see the module docstring)."""
        slot = _engine_slot(self.crawler.engine)
        in_progress = slot.inprogress if slot is not None else set()
        batch = store_batch(self.crawler)
        unwritten = batch.urls if batch is not None else set()
        done = [token for token, request in self.ledger.popped.items()
                if request not in in_progress and not (self.ledger.stored.get(token, set()) & unwritten)]
        self.ledger.finish(done)

    def rejoin_if_forgotten(self) -> None:
        """Redis no longer knows this worker: it restarted without persistence (or took us for dead while
        our heartbeat thread stalled). Join again, put our unfinished requests back in the ledger, and
        rebuild the frontier from the sources and the archive (``spider.DistributedSpider``)."""
        name = self.spider_name
        if self.server.hexists(self.keys.workers(name), self.worker):
            return
        logger.warning("job %s is gone from Redis (restarted without persistence?): rebuilding the frontier of %s "
                       "from its listings and the archive", self.keys.job, name)
        spider = self.crawler.spider
        self.server.hset(self.keys.workers(name), self.worker, self._info(spider))
        self.ledger.remember_all()
        spider.rebuild_frontier()
        self.crawler.stats.inc_value("siaran/frontier_rebuilt")

    def _info(self, spider) -> str:
        return json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                           "run": getattr(spider, "crawl_run_id", None)})

    def job_busy(self) -> bool:
        """Is there work anywhere in the job: queued, or popped by a worker and not finished?"""
        return job_has_work(self.server, self.keys, self.spider_name, self.worker)

    # -- recovery ------------------------------------------------------------------------------------
    def recover_dead(self) -> None:
        name = self.spider_name
        registry = self.server.hgetall(self.keys.workers(name))
        for raw_worker, raw_info in registry.items():
            worker = raw_worker.decode() if isinstance(raw_worker, bytes) else raw_worker
            if worker == self.worker or self.server.exists(self.keys.alive(name, worker)):
                continue
            requeued = self.requeue(worker)
            logger.warning("worker %s of job %s stopped heartbeating; %d unfinished requests back in the queue",
                           worker, self.keys.job, requeued)
            self._close_dead_run(json.loads(raw_info).get("run"), worker, requeued)

    def requeue(self, worker: str) -> int:
        """Move ``worker``'s ledger back into the queue and drop it from the registry, atomically (a
        concurrent recovery of the same worker finds an empty ledger). The number of requests moved."""
        name = self.spider_name
        ledger, queue = self.keys.ledger(name, worker), self.keys.queue(name)
        moved: list[bytes] = []

        def move(pipe) -> None:
            entries = pipe.hvals(ledger)
            moved[:] = [e.split(b"\n", 1)[1] for e in entries]
            pipe.multi()
            for entry in entries:
                score, member = entry.split(b"\n", 1)
                pipe.zadd(queue, {member: float(score)})
            if entries:
                pipe.sadd(self.keys.recovered(name), *[pickle.loads(m)["url"] for m in moved])
            pipe.delete(ledger)
            pipe.hdel(self.keys.workers(name), worker)

        self.server.transaction(move, ledger)
        if worker == self.worker:
            self.ledger.popped.clear()
            self.ledger.stored.clear()
        return len(moved)

    def _close_dead_run(self, run_id: int | None, worker: str, requeued: int) -> None:
        if run_id is None:
            return
        message = (f"killed: worker {worker} stopped heartbeating; {requeued} unfinished requests re-queued "
                   f"by {self.worker}")
        with self.db.session() as s:
            s.execute(update(CrawlRun).where(CrawlRun.id == run_id, CrawlRun.status == "running")
                      .values(status="killed", finished_at=utcnow(), message=message))
