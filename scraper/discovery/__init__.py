"""Discovery strategies: each turns one ``[[discovery]]`` entry of a source into article requests.

A strategy is a small class with ``start()`` yielding the first requests; its callbacks yield more
requests or hand article URLs to ``spider.article_request``. The registry maps a ``kind`` to its class.
"""

from __future__ import annotations

from importlib import import_module

STRATEGIES = {
    "listing": "scraper.discovery.listing.ListingDiscovery",
    "feed": "scraper.discovery.feed.FeedDiscovery",
    "sitemap": "scraper.discovery.sitemap.SitemapDiscovery",
    "wp_api": "scraper.discovery.wp_api.WordPressApiDiscovery",
    "json_api": "scraper.discovery.json_api.JsonApiDiscovery",
    "id_walk": "scraper.discovery.id_walk.IdWalkDiscovery",
}


def strategy_class(kind: str):
    module, _, name = STRATEGIES[kind].rpartition(".")
    return getattr(import_module(module), name)
