"""The WordPress REST API (``/wp-json/wp/v2/posts``): newest posts first, as JSON, with a page count.

Cheaper and steadier than HTML listings on WordPress sites (Setkab): the markup of a theme changes, the
REST schema does not. Only the fields needed to find articles are asked for (``_fields``), so a page of
100 posts is a few kilobytes.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from scrapy import Request

from scraper.discovery.base import Discovery

API_PATH = "/wp-json/wp/v2/posts"
FIELDS = "id,link,date_gmt,modified_gmt,title"
DEFAULT_PER_PAGE = 100  # the WordPress maximum


def posts_path(start: str | None, *, page: int, per_page: int = DEFAULT_PER_PAGE,
               categories: str | list | None = None, lang: str | None = None) -> str:
    """Path (or absolute URL) of one page of posts. ``lang`` is a path prefix such as ``en`` for a
    second WordPress install under ``/en/``; ``categories`` restricts to category ids."""
    path = start or API_PATH
    if lang and not path.startswith(("http://", "https://")):
        path = "/" + lang.strip("/") + "/" + path.lstrip("/")
    query: list[tuple[str, str]] = [("per_page", str(per_page)), ("page", str(page)), ("_fields", FIELDS)]
    if categories:
        ids = categories if isinstance(categories, list) else [categories]
        query.append(("categories", ",".join(str(c) for c in ids)))
    return f"{path}?{urlencode(query, safe=',')}"


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


class WordPressApiDiscovery(Discovery):
    """Pages through ``/wp-json/wp/v2/posts`` newest first; stops like ``ListingDiscovery`` at the first
    page of known posts, or at the last page the API announces."""

    def start(self):
        yield self.page_request(1)

    def page_request(self, page: int) -> Request:
        opts = self.config.options
        path = posts_path(self.config.start, page=page, per_page=int(opts.get("per_page", DEFAULT_PER_PAGE)),
                          categories=opts.get("categories"), lang=opts.get("lang"))
        return Request(self.url(path), callback=self.parse_posts, errback=self.spider.on_error,
                       cb_kwargs={"page": page}, meta={"siaran_kind": "wp_api"}, priority=10,
                       headers={"Accept": "application/json"})

    def parse_posts(self, response, page: int):
        try:
            payload = json.loads(response.text)
        except ValueError:
            self.spider.record_error(response.url, "WordPress API answer is not JSON")
            return
        posts = post_links(payload)
        if not posts:
            if page == 1:
                self.spider.record_error(response.url, "WordPress API returned no posts")
            return
        any_new = False
        signals = change_signals(payload)
        for link, post_id in posts:
            url = response.urljoin(link)
            if not self.spider.is_article_url(url):
                continue
            any_new = any_new or not self.spider.known.is_known(url)
            meta = {"siaran_external_id": f"wp:{post_id}"} if post_id is not None else {}
            meta.update(signals.get(link, {}))
            request = self.spider.article_request(url, language=self.language, referer=response.url, meta=meta)
            if request is not None:
                yield request
        total = total_pages(response.headers.get("X-WP-TotalPages"))
        if has_next_page(page, any_new=any_new, full=self.spider.full, total=total,
                         max_pages=self.config.max_pages):
            yield self.page_request(page + 1)
