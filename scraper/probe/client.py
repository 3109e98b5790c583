"""A polite HTTP client for probing a site Siaran does not know yet.

The probe is a crawler too, and the site's first impression of Siaran: robots.txt is read before anything
else and obeyed, every request carries Siaran's User-Agent, requests are spaced by a delay, their number
is capped, each has a timeout and a size limit, and only the site's own host is fetched.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from scrapy.utils.sitemap import sitemap_urls_from_robots

from scraper.discovery.sitemap import SITEMAP_MAX_SIZE, same_site
from scraper.encoding import decode_body

DEFAULT_MAX_REQUESTS = 40
PAGE_MAX_SIZE = 4 * 1024 * 1024  # like the crawl's DOWNLOAD_MAXSIZE


class ProbeError(Exception):
    """Why a site cannot be probed or offers no way to find its releases: one line for the operator."""


@dataclass
class Fetched:
    url: str  # after redirects
    status: int | None = None
    content_type: str = ""
    body: bytes = b""
    charset: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def text(self) -> str:
        return decode_body(self.body, self.charset).text if self.body else ""

    def why(self) -> str:
        return self.error or (f"HTTP {self.status}" if self.status else "no answer")


@dataclass
class Robots:
    parser: RobotFileParser
    sitemaps: list[str] = field(default_factory=list)
    found: bool = False


class PoliteClient:
    def __init__(self, base_url: str, *, user_agent: str | None = None, delay: float | None = None,
                 max_requests: int = DEFAULT_MAX_REQUESTS, timeout: float | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        from siaran.config import load_settings

        self.base_url = base_url.rstrip("/")
        self.user_agent = user_agent or load_settings().user_agent
        self.delay = float(os.environ.get("SIARAN_DOWNLOAD_DELAY", "0.5")) if delay is None else delay
        self.timeout = min(20.0, float(os.environ.get("SIARAN_DOWNLOAD_TIMEOUT", "30"))) if timeout is None \
            else timeout
        self.max_requests = max_requests
        self.log: list[tuple[str, str]] = []  # (url, outcome) of every request made
        self.skipped: list[tuple[str, str]] = []  # (url, reason) of requests not made
        self._last = 0.0
        self._http = httpx.Client(headers={"User-Agent": self.user_agent}, timeout=self.timeout,
                                  follow_redirects=True, trust_env=True, transport=transport)
        self._robots: Robots | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def budget_left(self) -> int:
        return self.max_requests - len(self.log)

    def robots(self) -> Robots:
        """robots.txt of the site, fetched once, before any other request."""
        if self._robots is None:
            parser = RobotFileParser()
            page = self._fetch(urljoin(self.base_url + "/", "robots.txt"), PAGE_MAX_SIZE)
            lines = page.text.splitlines() if page.ok and "html" not in page.content_type else []
            parser.parse(lines)
            sitemaps = list(dict.fromkeys(sitemap_urls_from_robots("\n".join(lines).encode(), base_url=page.url)))
            self._robots = Robots(parser, sitemaps, found=bool(lines))
        return self._robots

    def allowed(self, url: str) -> bool:
        return self.robots().parser.can_fetch(self.user_agent, url)

    def get(self, url: str, *, max_size: int = PAGE_MAX_SIZE) -> Fetched:
        """One polite GET of a URL on the site; a ``Fetched`` with ``error`` set when it was not made or
        failed (robots.txt, another host, the request budget, a timeout, the size limit)."""
        reason = None
        if not same_site(url, self.host):
            reason = "on another host; not fetched"
        elif not self.allowed(url):
            reason = "disallowed by robots.txt"
        elif self.budget_left <= 0:
            reason = f"request budget of {self.max_requests} spent"
        if reason:
            self.skipped.append((url, reason))
            return Fetched(url, error=reason)
        return self._fetch(url, max_size)

    def get_sitemap(self, url: str) -> Fetched:
        return self.get(url, max_size=SITEMAP_MAX_SIZE)

    def _fetch(self, url: str, max_size: int) -> Fetched:
        wait = self.delay - (time.monotonic() - self._last)
        if wait > 0 and self._last:
            time.sleep(wait)
        self._last = time.monotonic()
        out = Fetched(url)
        try:
            with self._http.stream("GET", url) as response:
                out.url, out.status = str(response.url), response.status_code
                out.content_type = response.headers.get("Content-Type", "").lower()
                out.charset = response.charset_encoding
                chunks, size = [], 0
                for chunk in response.iter_bytes():  # Content-Encoding undone; a .gz file stays gzip
                    size += len(chunk)
                    if size > max_size:
                        out.error = f"too large: over the {max_size // (1024 * 1024)} MB limit"
                        break
                    chunks.append(chunk)
                out.body = b"".join(chunks)
        except httpx.TimeoutException:
            out.error = f"timed out after {self.timeout:g} s"
        except httpx.HTTPError as exc:
            out.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if out.error is None and out.status is not None and out.status >= 400:
            out.error = f"HTTP {out.status}"
        self.log.append((url, out.error or f"HTTP {out.status}"))
        return out

