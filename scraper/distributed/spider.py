"""A source's spider as a worker of a distributed crawl: discovery strategies by index.

The frontier (``frontier.encode_request``) names a strategy's callback by the index of its
``[[discovery]]`` entry; the worker that pops the request resolves it on its own strategy for that
entry. Article URLs are claimed for the job when they are queued (``frontier.FrontierScheduler``), not
here: a claim and its push are one Redis script, so a worker killed between the two loses nothing.
``rebuild_frontier`` starts discovery over when Redis lost the job (``worker.FrontierWorker.tick``).
A walked entry's listing walk is claimed by one worker of the job, which walks it in process
(``claim_walk``, ``walks``).
"""

from __future__ import annotations

from redis.exceptions import RedisError
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.connection import get_redis_from_settings

from archive.db import get_database
from scraper.discovery import strategy_class
from scraper.distributed.keys import JobKeys
from scraper.distributed.walks import WalkClaims
from scraper.distributed.worker import job_has_work
from scraper.incremental import KnownArticles
from scraper.recheck import RecheckPolicy, clock
from scraper.spiders import spider_class
from scraper.spiders.agency import AgencySpider
from scraper.walk import assumed_page_size, walk_configs, walk_need_pages


class DistributedSpider(AgencySpider):
    """Mixed into a source's spider class by ``distributed_spider_class``."""

    _strategies: dict | None = None
    _walk_claims: WalkClaims | None = None

    # -- discovery strategies, one instance per [[discovery]] entry and process ---------------------
    def discovery(self, index: int):
        """The strategy of the source's ``index``-th discovery entry (the frontier resolves callbacks
        queued by any worker on it)."""
        if self._strategies is None:
            self._strategies = {}
        if index not in self._strategies:
            config = self.source.discovery[index]
            self._strategies[index] = strategy_class(config.kind)(self, config)
        return self._strategies[index]

    @property
    def strategies(self) -> list:
        """Every entry's strategy (``AgencySpider.start`` sets this list, which this spider's ``start`` does
        not call; ``agency.api_rechecks`` finds the API entries' record endpoints in it: without it, no
        release built from an API was re-checked under workers, nor what an API walk found missing)."""
        return [self.discovery(index) for index in range(len(self.source.discovery))]

    def discovery_index(self, strategy) -> int:
        return self.discovery_index_of(strategy.config)

    def discovery_requests(self):
        """The first requests of every discovery entry (listing page 1, the feed, the sitemap ...)."""
        for index in range(len(self.source.discovery)):
            yield from self.discovery(index).start()

    async def start(self):
        for request in self.discovery_requests():
            yield request

    # -- the listing walk (scraper.walk, walks) ---------------------------------------------------------
    @property
    def walk_claims(self) -> WalkClaims:
        if self._walk_claims is None:
            settings = self.crawler.settings
            self._walk_claims = WalkClaims(get_redis_from_settings(settings), JobKeys(settings["SIARAN_JOB"]),
                                           self.name, settings["SIARAN_WORKER_ID"])
        return self._walk_claims

    def claim_walk(self, config) -> bool:
        """Whether this worker walks ``config`` (a walked entry whose page 1 it parsed): it claimed the
        entry's walk for the job, and ``known.walk_left`` is what the job's allowance grants it, which
        ``KnownArticles.plan_walk`` plans from next (``scraper.walk.walkable`` asks this)."""
        known, policy = self.known, self.known.policy
        if known.full:
            return False  # a --full crawl reads every page and walks nothing (``KnownArticles.plan_walk``)
        dated = sum(1 for r in known.listables(config.language) if r.published_at is not None)
        need = walk_need_pages(dated, assumed_page_size(config, policy.walk_page_size), policy.walk_nights,
                               policy.walk_segment_pages, policy.walk_rewalk_share)
        try:
            granted = self.walk_claims.claim(self.discovery_index_of(config), allowance=known.share.walk, need=need,
                                             entries=len(walk_configs(self.source)))
        except RedisError:  # Redis away: no walk tonight rather than losing what page 1 lists
            self.logger.warning("cannot claim the walk of %s entry %s: Redis unreachable", self.name, config.start)
            return False
        if granted is None:
            self.crawler.stats.inc_value("siaran/walk_claimed_by_another_worker")
            return False
        known.walk_left = granted
        self.logger.info("walking %s entry %s for job %s (%d pages of the walk allowance)", self.name,
                         config.start, self.crawler.settings["SIARAN_JOB"], granted)
        return True

    def recheck_due(self) -> None:
        """The due re-checks and what this worker's walks found missing, once the source's walks are
        settled in the job (``walks``: a first idle moment may come before this worker took a page 1)."""
        if not self.known.due_taken and not self.walks_settled():
            raise DontCloseSpider
        super().recheck_due()

    def walks_settled(self) -> bool:
        """No walk of this source will start in this worker any more, short of a recovery: every walked
        entry is claimed in the job (this worker is idle, so its own walks are read), or the job has
        nothing left to crawl."""
        entries = len(walk_configs(self.source))
        if entries == 0 or self.known.full or self.walk_claims.all_claimed(entries):
            return True
        settings = self.crawler.settings
        return not job_has_work(self.walk_claims.server, JobKeys(settings["SIARAN_JOB"]), self.name,
                                settings["SIARAN_WORKER_ID"])

    def finish_walks(self) -> None:
        """This worker is idle or closes: its walks are over (``worker.FrontierWorker.spider_idle`` and
        ``spider_closed``)."""
        if self._walk_claims is not None:
            self._walk_claims.finish()

    def discovery_index_of(self, config) -> int:
        return next(i for i, c in enumerate(self.source.discovery) if c is config)

    def rebuild_frontier(self) -> None:
        """After Redis lost the job (restarted without persistence): the archive is read again for what is
        stored, this worker forgets what it requested, and discovery starts over. Listing pages are
        fetched again (once: every worker does this, the job's duplicate filter keeps one); releases
        stored meanwhile are skipped like known ones; the rest are claimed and queued again."""
        if self._walk_claims is not None:
            self._walk_claims.reassert()
        db = get_database(self.crawler.settings["SIARAN_DATABASE_URL"])
        walks = self.known.walks  # this worker's walks go on in process; their outcome is still written
        self.known = KnownArticles.load(db, self.name, full=self.full,
                                        now=clock(self.crawler.settings.get("SIARAN_NOW")),
                                        policy=RecheckPolicy.from_settings(self.crawler.settings))
        self.known.walks = walks
        self.requested.clear()
        for request in self.discovery_requests():
            self.crawler.engine.crawl(request)


def distributed_spider_class(source_id: str) -> type[AgencySpider]:
    """The source's registered spider class with ``DistributedSpider`` in front of it."""
    base = spider_class(source_id)
    return type(base.__name__, (DistributedSpider, base), {"__module__": __name__})
