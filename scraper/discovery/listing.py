"""HTML listing pages with pagination.

Which links are articles: the ``links`` selector, or, when it is omitted, every link on the page that
matches the source's ``article_url_pattern`` (what ``siaran sources add`` writes). How the next page is
found: the ``next`` selector, or ``page_param`` (``?param=N``), or, when neither is given, the page's own
pager recognised by ``scraper.discovery.pager`` (``rel=next``, a ``next`` class, "Selanjutnya"/"Next"/"»"
links, numbered links). A page after the first that lists no articles is the end of the list, not an error.

A listing-only source's listing also walks a slice of its whole pager each night, starting on the page
``scraper.walk`` computes (addressed like page 2, through ``walk.page_url``) and following the pager from
there; what the slice showed tells which old releases left the site (``scraper.incremental``).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import Request

from scraper.discovery.base import Discovery
from scraper.discovery.pager import next_page_url
from scraper.incremental import listed_titles
from scraper.walk import WalkSlice, page_url, walkable


def with_query_param(url: str, name: str, value: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(value)))
    return urlunsplit(parts._replace(query=urlencode(query)))


class ListingDiscovery(Discovery):
    """Follows listing pages newest first and stops at the first page that holds only known articles
    (unless ``--full``), so a nightly run reads one or two listing pages per language."""

    def start(self):
        if not self.config.links and self.spider.article_pattern is None:
            self.spider.record_error(self.url(self.config.start), "listing without 'links' needs the source's "
                                     "article_url_pattern to tell article links apart")
            return
        yield self.listing_request(self.url(self.config.start), page=1)

    def listing_request(self, url: str, page: int) -> Request:
        return Request(url, callback=self.parse_listing, errback=self.spider.on_error,
                       cb_kwargs={"page": page}, meta={"siaran_kind": "listing"}, priority=10)

    def article_links(self, response) -> list[str]:
        if self.config.links:
            found = response.css(self.config.links).getall()
        else:
            found = response.xpath("//a/@href").getall()
        links = [response.urljoin(h.strip()) for h in found if h.strip()]
        return [u.split("#")[0] for u in dict.fromkeys(links) if self.spider.is_article_url(u.split("#")[0])]

    def parse_listing(self, response, page: int):
        links = self.article_links(response)
        if not links:
            if page == 1:
                what = f"selector {self.config.links!r}" if self.config.links else "article_url_pattern"
                self.spider.record_error(response.url, f"listing page has no article links ({what} found nothing)")
            else:
                self.spider.logger.info("listing %s ends at page %d (no article links)", self.config.start, page)
            return
        # "New" means new to the archive, even if a feed already queued it in this run: the next
        # listing page may still hold releases the feed no longer lists.
        any_new = any(not self.spider.known.is_known(url) for url in links)
        shown = self.spider.known.saw_listed(links)
        yield from self.release_requests(response, links)
        next_url = self.next_page_url(response, page)
        if page == 1:
            yield from self.start_walk(response, len(links), shown, next_url)
        if not (any_new or self.spider.full) or page >= self.config.max_pages:
            return
        if next_url:
            yield self.listing_request(next_url, page + 1)

    def release_requests(self, response, links: list[str]):
        titles = listed_titles(response, self.config.links)  # a changed title moves a release up the re-checks
        for url in links:
            meta = {"siaran_listed_title": titles[url]} if url in titles else None
            request = self.spider.article_request(url, language=self.language, referer=response.url, meta=meta)
            if request is not None:
                yield request

    # -- the walk (scraper.walk) ----------------------------------------------------------------
    def start_walk(self, response, page_size: int, shown: set[int], second: str | None):
        """Tonight's segments of the whole pager: page 1 is this page; a segment further down starts on a
        page addressed like page 2."""
        if not walkable(self.spider, self.config):
            return
        pager = (response.url, second) if second else None
        for walk in self.spider.known.plan_walk(self.language, page_size):
            if walk.start == 1:
                walk.page_shown(shown)
                walk.reached_end = second is None
                if walk.wants_more():
                    yield self.walk_request(second, walk, 2, pager)
                continue
            url = page_url(*pager, walk.start) if pager else None
            if url is None:  # a one-page listing, or a pager not addressable by number: nothing proven
                walk.failed = True
                self.spider.logger.info("listing %s: page %d not addressable (next: %s)", response.url, walk.start,
                                        second)
                continue
            yield self.walk_request(url, walk, walk.start, pager)

    def walk_request(self, url: str, walk: WalkSlice, page: int, pager: tuple[str, str] | None) -> Request:
        """A walk page; ``pager`` (the URLs of pages 1 and 2) addresses the pages after it by number
        should it fail."""
        self.spider.known.spend()  # counted in tonight's re-check budget
        return Request(url, callback=self.parse_walk, errback=self.walk_failed,
                       cb_kwargs={"walk": walk, "page": page, "pager": pager},
                       meta={"siaran_kind": "listing", "siaran_walk": walk}, priority=10, dont_filter=True)

    def walk_failed(self, failure):
        kwargs = failure.request.cb_kwargs
        self.spider.on_error(failure)
        return list(self.walk_on_after_failure(kwargs["walk"], kwargs["page"], kwargs["pager"]))

    def walk_on_after_failure(self, walk: WalkSlice, page: int, pager: tuple[str, str] | None):
        """A failed page makes its slice prove nothing below it; the pages after it are asked for by
        number as a slice of their own (``scraper.walk.rest_after_failure``)."""
        walk.failed = True
        url = page_url(*pager, page + 1) if pager else None
        rest = self.spider.known.resume_walk(self.language, walk, page) if url else None
        if rest is not None:
            yield self.walk_request(url, rest, page + 1, pager)

    def parse_walk(self, response, walk: WalkSlice, page: int, pager: tuple[str, str] | None = None):
        links = self.article_links(response)
        if not links:
            # Past the last page of a ``page_param`` pager: its end. A page without links that the
            # site's own "next" link led to is a broken page, and the slice proves nothing.
            walk.reached_end = bool(self.config.page_param) or walk.fetched == 0
            if not walk.reached_end:
                yield from self.walk_on_after_failure(walk, page, pager)
            return
        walk.page_shown(self.spider.known.listed_ids(links))
        yield from self.release_requests(response, links)
        next_url = self.next_page_url(response, page)
        if next_url is None:
            walk.reached_end = True
        elif walk.wants_more():
            yield self.walk_request(next_url, walk, page + 1, pager)

    def next_page_url(self, response, page: int) -> str | None:
        if self.config.next:
            href = response.css(self.config.next).get()
            return response.urljoin(href) if href else None
        if self.config.page_param:
            return with_query_param(self.url(self.config.start), self.config.page_param, page + 1)
        return next_page_url(response.selector, response.url, self.url(self.config.start), page_number=page)
