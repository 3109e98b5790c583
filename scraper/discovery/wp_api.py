"""The WordPress REST API (``/wp-json/wp/v2/posts``): newest posts first, as JSON, with a page count.

Cheaper and steadier than HTML listings on WordPress sites (Setkab): the markup of a theme changes, the
REST schema does not. Only the fields needed to find articles are asked for (``_fields``), so a page of
100 posts is a few kilobytes.

Edits: each night also asks for the posts modified since the last crawl (``modified_after``, WordPress
5.7+, most recently modified first, a few pages at most). Every post it returns carries its
``modified_gmt``; one newer than the archive recorded moves the release up the re-check queue
(``scraper.incremental``), however old it is. An older WordPress ignores the parameter and answers with
its newest posts, whose stamps then change nothing, and the poll stops at that first page
(``ignored_filter``).

Takedowns: where no sitemap speaks for the site, the posts are also walked, a slice a night, like an
HTML listing (``scraper.walk``): pages of 100 make a whole walk cheap, and ``X-WP-TotalPages`` says
where the end is.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from scrapy import Request

from scraper.discovery.base import Discovery
from scraper.walk import WalkSlice, walkable

API_PATH = "/wp-json/wp/v2/posts"
FIELDS = "id,link,date_gmt,modified_gmt,title"
DEFAULT_PER_PAGE = 100  # the WordPress maximum
MODIFIED_MAX_PAGES = 3  # modified_after: at most this many pages a night (300 edited posts)


def posts_path(start: str | None, *, page: int, per_page: int = DEFAULT_PER_PAGE,
               categories: str | list | None = None, lang: str | None = None,
               modified_after: datetime | None = None) -> str:
    """Path (or absolute URL) of one page of posts. ``lang`` is a path prefix such as ``en`` for a
    second WordPress install under ``/en/``; ``categories`` restricts to category ids;
    ``modified_after`` asks for the posts modified since then, most recently modified first."""
    path = start or API_PATH
    if lang and not path.startswith(("http://", "https://")):
        path = "/" + lang.strip("/") + "/" + path.lstrip("/")
    query: list[tuple[str, str]] = [("per_page", str(per_page)), ("page", str(page)), ("_fields", FIELDS)]
    if categories:
        ids = categories if isinstance(categories, list) else [categories]
        query.append(("categories", ",".join(str(c) for c in ids)))
    if modified_after is not None:
        stamp = modified_after.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        query += [("modified_after", stamp), ("orderby", "modified"), ("order", "desc")]
    return f"{path}?{urlencode(query, safe=',:')}"


def total_pages(header: bytes | str | None) -> int | None:
    """``X-WP-TotalPages`` as a number, or None when absent or garbled."""
    if header is None:
        return None
    text = header.decode("latin-1") if isinstance(header, bytes) else header
    return int(text.strip()) if text.strip().isdigit() else None


def has_next_page(page: int, *, any_new: bool, full: bool, total: int | None, max_pages: int) -> bool:
    """Whether to ask for page ``page + 1``: not when this page held only known posts (unless ``--full``),
    not past ``X-WP-TotalPages`` (WordPress answers 400 there), not past ``max_pages``."""
    if not (any_new or full) or page >= max_pages:
        return False
    return total is None or page < total


def post_links(payload) -> list[tuple[str, int | None]]:
    """(link, post id) of each post in an API answer; entries without a link are ignored."""
    if not isinstance(payload, list):
        return []
    posts = [p for p in payload if isinstance(p, dict) and isinstance(p.get("link"), str) and p["link"].strip()]
    return [(p["link"].strip(), p.get("id") if isinstance(p.get("id"), int) else None) for p in posts]


def change_signals(payload) -> dict[str, dict]:
    """link -> request meta for change tracking: ``modified_gmt`` (``siaran_lastmod``, UTC) and the
    rendered title (``siaran_listed_title``); a newer stamp or another title moves a release up the
    re-check queue (scraper/recheck.py)."""
    signals: dict[str, dict] = {}
    for post in payload if isinstance(payload, list) else []:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue
        meta = {}
        if isinstance(post.get("modified_gmt"), str) and post["modified_gmt"].strip():
            meta["siaran_lastmod"] = post["modified_gmt"].strip() + "Z"
        title = post.get("title")
        rendered = title.get("rendered") if isinstance(title, dict) else title
        if isinstance(rendered, str) and rendered.strip():
            meta["siaran_listed_title"] = rendered.strip()
        signals[post["link"].strip()] = meta
    return signals


def ignored_filter(payload, since: datetime) -> bool:
    """True when a ``modified_after`` answer holds a post modified before ``since``: a WordPress older
    than 5.7 ignored the parameter and listed its newest posts, so paging on would read the archive."""
    for post in payload if isinstance(payload, list) else []:
        stamp = post.get("modified_gmt") if isinstance(post, dict) else None
        if isinstance(stamp, str):
            try:
                modified = datetime.fromisoformat(stamp.strip()).replace(tzinfo=UTC)
            except ValueError:
                continue
            if modified < since:
                return True
    return False


class WordPressApiDiscovery(Discovery):
    """Pages through ``/wp-json/wp/v2/posts`` newest first; stops like ``ListingDiscovery`` at the first
    page of known posts, or at the last page the API announces."""

    def start(self):
        yield self.page_request(1)
        since = self.modified_since()
        if since is not None:
            yield self.page_request(1, modified_after=since)

    def modified_since(self) -> datetime | None:
        """When the posts to poll for edits start: the last crawl that listed this source's releases,
        less ``modified_overlap_hours`` (a post edited while that crawl ran is asked about again; its
        unchanged stamp then signals nothing). None on a first or ``--full`` crawl, which read all."""
        known = self.spider.known
        if known.full or known.last_listed is None:
            return None
        return known.last_listed - timedelta(hours=known.policy.modified_overlap_hours)

    def page_request(self, page: int, modified_after: datetime | None = None) -> Request:
        opts = self.config.options
        path = posts_path(self.config.start, page=page, per_page=int(opts.get("per_page", DEFAULT_PER_PAGE)),
                          categories=opts.get("categories"), lang=opts.get("lang"), modified_after=modified_after)
        if modified_after is not None:
            self.spider.known.spend()  # a change signal's cost, counted in tonight's re-check budget
            callback, kwargs = self.parse_modified, {"page": page, "since": modified_after}
        else:
            callback, kwargs = self.parse_posts, {"page": page}
        return Request(self.url(path), callback=callback, errback=self.spider.on_error, cb_kwargs=kwargs,
                       meta={"siaran_kind": "wp_api"}, priority=10, headers={"Accept": "application/json"})

    def payload(self, response):
        try:
            return json.loads(response.text)
        except ValueError:
            self.spider.record_error(response.url, "WordPress API answer is not JSON")
            return None

    def parse_modified(self, response, page: int, since: datetime):
        """Posts modified since the last crawl: each one's stamp is compared with the archive's."""
        payload = self.payload(response)
        if not post_links(payload):
            return
        yield from self.post_requests(response, payload, self.article_posts(response, payload))
        total = total_pages(response.headers.get("X-WP-TotalPages"))
        if total is not None and page < min(total, MODIFIED_MAX_PAGES) and not ignored_filter(payload, since):
            yield self.page_request(page + 1, modified_after=since)

    def article_posts(self, response, payload) -> list[tuple[str, str, int | None]]:
        """(absolute URL, link as listed, post id) of the posts of one answer that are articles."""
        links = [(response.urljoin(link), link, post_id) for link, post_id in post_links(payload)]
        return [entry for entry in links if self.spider.is_article_url(entry[0])]

    def post_requests(self, response, payload, posts: list[tuple[str, str, int | None]], *, listed: bool = True):
        """Article requests for the posts of one answer (the archive decides fetch, re-check or skip);
        ``listed``: the posts get ``last_listed_at`` (a walk page's only when its slice completes)."""
        signals = change_signals(payload)
        if listed:
            self.spider.known.saw_listed([url for url, _, _ in posts])
        for url, link, post_id in posts:
            meta = {"siaran_external_id": f"wp:{post_id}"} if post_id is not None else {}
            meta.update(signals.get(link, {}))
            request = self.spider.article_request(url, language=self.language, referer=response.url, meta=meta)
            if request is not None:
                yield request

    def parse_posts(self, response, page: int):
        payload = self.payload(response)
        if payload is None:
            return
        posts = post_links(payload)
        if not posts:
            if page == 1:
                self.spider.record_error(response.url, "WordPress API returned no posts")
            return
        articles = self.article_posts(response, payload)
        any_new = any(not self.spider.known.is_known(url) for url, _, _ in articles)
        yield from self.post_requests(response, payload, articles)
        total = total_pages(response.headers.get("X-WP-TotalPages"))
        if page == 1:
            yield from self.start_walk(articles, total)
        if has_next_page(page, any_new=any_new, full=self.spider.full, total=total,
                         max_pages=self.config.max_pages):
            yield self.page_request(page + 1)

    # -- the walk (scraper.walk) ----------------------------------------------------------------
    def per_page(self) -> int:
        return int(self.config.options.get("per_page", DEFAULT_PER_PAGE))

    def start_walk(self, first_page: list[tuple[str, str, int | None]], total: int | None):
        """Tonight's segments of all posts: page 1 is the answer in hand; a segment further down starts
        on its page number."""
        if not walkable(self.spider, self.config):
            return
        for walk in self.spider.known.plan_walk(self.language, self.per_page()):
            if walk.start > 1:
                if total is not None and walk.start > total:
                    walk.failed = True  # past the last page: nothing to walk there
                else:
                    yield self.walk_request(walk.start, walk)
                continue
            walk.page_shown(self.spider.known.saw_listed([url for url, _, _ in first_page]))
            walk.reached_end = self.last_page(1, total, len(first_page))
            if walk.wants_more():
                yield self.walk_request(2, walk)

    def last_page(self, page: int, total: int | None, posts: int) -> bool:
        return page >= total if total is not None else posts < self.per_page()

    def walk_request(self, page: int, walk: WalkSlice) -> Request:
        self.spider.known.spend()  # counted in tonight's re-check budget
        opts = self.config.options
        path = posts_path(self.config.start, page=page, per_page=self.per_page(), categories=opts.get("categories"),
                          lang=opts.get("lang"))
        return Request(self.url(path), callback=self.parse_walk, errback=self.walk_failed,
                       cb_kwargs={"walk": walk, "page": page}, meta={"siaran_kind": "wp_api", "siaran_walk": walk},
                       priority=10, headers={"Accept": "application/json"}, dont_filter=True)

    def walk_failed(self, failure):
        self.spider.on_error(failure)
        return list(self.walk_on_after_failure(failure.request.cb_kwargs["walk"], failure.request.cb_kwargs["page"]))

    def walk_on_after_failure(self, walk: WalkSlice, page: int):
        """A failed page makes its slice prove nothing below it; the pages after it, addressed by number,
        are a slice of their own (``scraper.walk.rest_after_failure``)."""
        walk.failed = True
        rest = self.spider.known.resume_walk(self.language, walk, page)
        if rest is not None:
            yield self.walk_request(page + 1, rest)

    def parse_walk(self, response, walk: WalkSlice, page: int):
        payload = self.payload(response)
        posts = post_links(payload)
        if not posts:  # nothing where the pager promised posts: proves nothing
            yield from self.walk_on_after_failure(walk, page)
            return
        articles = self.article_posts(response, payload)
        walk.page_shown(self.spider.known.listed_ids([url for url, _, _ in articles]))
        yield from self.post_requests(response, payload, articles, listed=False)
        walk.reached_end = self.last_page(page, total_pages(response.headers.get("X-WP-TotalPages")), len(posts))
        if walk.wants_more():
            yield self.walk_request(page + 1, walk)
