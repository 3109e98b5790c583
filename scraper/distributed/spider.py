"""A source's spider as a worker of a distributed crawl: discovery strategies by index.

The frontier (``frontier.encode_request``) names a strategy's callback by the index of its
``[[discovery]]`` entry; the worker that pops the request resolves it on its own strategy for that
entry. Article URLs are claimed for the job when they are queued (``frontier.FrontierScheduler``), not
here: a claim and its push are one Redis script, so a worker killed between the two loses nothing.
"""

from __future__ import annotations

from scraper.discovery import strategy_class
from scraper.spiders import spider_class
from scraper.spiders.agency import AgencySpider


class DistributedSpider(AgencySpider):
    """Mixed into a source's spider class by ``distributed_spider_class``."""

    _strategies: dict | None = None

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

    async def start(self):
        for index in range(len(self.source.discovery)):
            for request in self.discovery(index).start():
                yield request


def distributed_spider_class(source_id: str) -> type[AgencySpider]:
    """The source's registered spider class with ``DistributedSpider`` in front of it."""
    base = spider_class(source_id)
    return type(base.__name__, (DistributedSpider, base), {"__module__": __name__})
