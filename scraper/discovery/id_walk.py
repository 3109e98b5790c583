"""Release-number walks, for sites whose listing only shows page 1 (Bank Indonesia).

BI's listing pages past the first are a WebForms postback, unreachable by URL, but its release pages are
named after the release number: No.28/184/DKom of 2026 is ``Pages/sp_2818426.aspx``. Within a year the
numbers are dense, so the strategy reads page 1 to learn the newest numbers, then walks the sequence
backwards until ``stop_after`` numbers in a row are known or missing. A missing number (HTTP 404, or a
soft 404: HTTP 200 without the source's ``soft_404_without`` element) is a gap, not an error.

The id rule is declared in the source entry, so the walk is not BI-specific:

    [discovery.options]
    id_pattern = "sp_(?P<vol>\\d{2})(?P<seq>\\d{3})(?P<yy>\\d{2})"   # named groups; ``seq`` is walked
    id_format = "sp_{vol:02d}{seq:03d}{yy:02d}"
    article_url = "Pages/{id}.aspx"                                 # relative to the listing page
    stop_after = 5
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scrapy import Request

from scraper.discovery.base import Discovery

DEFAULT_STOP_AFTER = 5
DEFAULT_MAX_STEPS = 1000


def parse_id(text: str, pattern: str) -> dict[str, int] | None:
    """The numbered parts of the first id in ``text``: ``{'vol': 28, 'seq': 184, 'yy': 26}``."""
    m = re.search(pattern, text)
    if m is None:
        return None
    return {name: int(value) for name, value in m.groupdict().items() if value is not None}


def format_id(parts: dict[str, int], fmt: str) -> str:
    """The id of numbered parts: ``format_id({'vol': 28, 'seq': 184, 'yy': 26}, ...) == 'sp_2818426'``."""
    return fmt.format(**parts)


def previous_id(parts: dict[str, int]) -> dict[str, int] | None:
    """The number before this one in the same series, or None at the start of the series.

    Crossing into the previous year would need that year's last number, which nothing tells us; a
    ``--full`` backfill of older years is left to a listing of that year, not guessed.
    """
    if parts["seq"] <= 1:
        return None
    return {**parts, "seq": parts["seq"] - 1}


def walk_start(ids: list[dict[str, int]]) -> dict[str, int] | None:
    """Where the walk begins: just below the lowest listed number of the newest series (the listed ones
    are requested from the listing itself)."""
    if not ids:
        return None

    def series(parts: dict[str, int]) -> tuple:
        return tuple(v for k, v in parts.items() if k != "seq")

    newest = max(series(p) for p in ids)
    lowest = min((p for p in ids if series(p) == newest), key=lambda p: p["seq"])
    return previous_id(lowest)


def walk_continues(misses: int, steps: int, *, stop_after: int, max_steps: int) -> bool:
    """A walk stops after ``stop_after`` known-or-missing numbers in a row, or ``max_steps`` numbers."""
    return misses < stop_after and steps < max_steps


class IdWalkDiscovery(Discovery):
    """Page 1 of the listing, then one number at a time backwards (each step waits for the previous
    answer, because that answer decides whether to go on)."""

    def start(self):
        opts = self.config.options
        self.pattern = opts["id_pattern"]
        self.fmt = opts["id_format"]
        self.article_url = opts["article_url"]
        self.stop_after = int(opts.get("stop_after", DEFAULT_STOP_AFTER))
        self.max_steps = int(opts.get("max_steps", DEFAULT_MAX_STEPS))
        yield Request(self.url(self.config.start), callback=self.parse_listing, errback=self.spider.on_error,
                      meta={"siaran_kind": "listing"}, priority=10)

    def parse_listing(self, response):
        links = [response.urljoin(h) for h in response.css(self.config.links).getall()] if self.config.links else []
        listed = [(u, parse_id(u, self.pattern)) for u in dict.fromkeys(links)]
        listed = [(u, parts) for u, parts in listed if parts is not None and "seq" in parts]
        if not listed:
            self.spider.record_error(response.url, f"listing page has no numbered release links (selector "
                                     f"{self.config.links!r}, pattern {self.pattern!r})")
            return
        for url, parts in listed:
            request = self.spider.article_request(url, language=self.language, referer=response.url,
                                                  meta={"siaran_external_id": format_id(parts, self.fmt)})
            if request is not None:
                yield request
        self.listing_url = response.url
        yield from self.walk(walk_start([parts for _, parts in listed]), misses=0, steps=0)

    def walk(self, parts: dict[str, int] | None, misses: int, steps: int):
        """Request the next number that needs fetching; known numbers are stepped over without a request."""
        while parts is not None and walk_continues(misses, steps, stop_after=self.stop_after,
                                                   max_steps=self.max_steps):
            ident = format_id(parts, self.fmt)
            url = urljoin(self.listing_url, self.article_url.format(id=ident))
            known = self.spider.known.is_known(url)
            request = self.spider.article_request(
                url, language=self.language, callback=self.parse_walked,
                meta={"siaran_external_id": ident, "handle_httpstatus_list": [304, 404],
                      "siaran_walk": (parts, misses, steps + 1, known)})
            if request is not None:
                yield request
                return
            misses, steps, parts = misses + 1, steps + 1, previous_id(parts)

    def parse_walked(self, response):
        parts, misses, steps, known = response.meta["siaran_walk"]
        soft_404 = self.spider.source.soft_404_without
        missing = response.status == 404 or (
            response.status == 200 and soft_404 is not None and not response.css(soft_404))
        if missing:
            self.spider.crawler.stats.inc_value("siaran/walk_missing")
            misses += 1
        else:
            yield from self.spider.parse_article(response)
            misses = misses + 1 if known else 0
        yield from self.walk(previous_id(parts), misses, steps)
