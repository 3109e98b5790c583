"""A source's spider as a worker of a distributed crawl: discovery strategies by index.

The frontier (``frontier.encode_request``) names a strategy's callback by the index of its
``[[discovery]]`` entry; the worker that pops the request resolves it on its own strategy for that
entry. Article URLs are claimed for the job when they are queued (``frontier.FrontierScheduler``), not
here: a claim and its push are one Redis script, so a worker killed between the two loses nothing.
``rebuild_frontier`` starts discovery over when Redis lost the job (``worker.FrontierWorker.tick``).
"""

from __future__ import annotations

from archive.db import get_database
from scraper.discovery import strategy_class
from scraper.incremental import KnownArticles
from scraper.recheck import RecheckPolicy, clock
from scraper.spiders import spider_class
from scraper.spiders.agency import AgencySpider


class DistributedSpider(AgencySpider):
    """Mixed into a source's spider class by ``distributed_spider_class``."""

    _strategies: dict | None = None
    walks_listings = False  # a walk slice's pages would be parsed by other workers (scraper/walk.py)

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

    def discovery_index(self, strategy) -> int:
        return next(i for i, config in enumerate(self.source.discovery) if config is strategy.config)

    def discovery_requests(self):
        """The first requests of every discovery entry (listing page 1, the feed, the sitemap ...)."""
        for index in range(len(self.source.discovery)):
            yield from self.discovery(index).start()

    async def start(self):
        for request in self.discovery_requests():
            yield request

    def rebuild_frontier(self) -> None:
        """After Redis lost the job (restarted without persistence): the archive is read again for what is
        stored, this worker forgets what it requested, and discovery starts over. Listing pages are
        fetched again (once: every worker does this, the job's duplicate filter keeps one); releases
        stored meanwhile are skipped like known ones; the rest are claimed and queued again."""
        db = get_database(self.crawler.settings["SIARAN_DATABASE_URL"])
        self.known = KnownArticles.load(db, self.name, full=self.full,
                                        now=clock(self.crawler.settings.get("SIARAN_NOW")),
                                        policy=RecheckPolicy.from_settings(self.crawler.settings))
        self.requested.clear()
        for request in self.discovery_requests():
            self.crawler.engine.crawl(request)


def distributed_spider_class(source_id: str) -> type[AgencySpider]:
    """The source's registered spider class with ``DistributedSpider`` in front of it."""
    base = spider_class(source_id)
    return type(base.__name__, (DistributedSpider, base), {"__module__": __name__})
