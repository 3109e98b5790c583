"""``siaran sources check``: does a source entry still match the live site?

Sites get redesigned without notice; a nightly crawl then quietly finds nothing. The check fetches each
discovery start URL and the first article it links to with a plain HTTP client (no Scrapy, no database),
runs the extraction cascade on it and says, per source, what still works: reachable or not, how many
article links were found, which selectors found nothing, whether the date parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from parsel import Selector
from rich.text import Text

from scraper.encoding import decode_body
from scraper.extraction.cascade import extract
from scraper.sources import SourceConfig

TIMEOUT = 20.0
NON_HTML = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|mp[34]|csv|xml|json)(\?|$)",
                      re.IGNORECASE)


@dataclass
class StartCheck:
    """One discovery entry: its start URL fetched, article links counted."""

    kind: str
    url: str
    status: int | None = None
    error: str | None = None
    links: list[str] = field(default_factory=list)
    links_checked: bool = True  # False for kinds whose links the check does not read (APIs)

    @property
    def ok(self) -> bool:
        return self.error is None and (bool(self.links) or not self.links_checked)


@dataclass
class ArticleCheck:
    url: str
    status: int | None = None
    error: str | None = None
    title: str | None = None
    raw_date: str | None = None
    date_parsed: bool = False
    missing: list[str] = field(default_factory=list)  # selectors that found nothing
    extractor: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.missing and self.date_parsed and bool(self.title)


@dataclass
class CheckReport:
    source_id: str
    base_url: str
    starts: list[StartCheck] = field(default_factory=list)
    article: ArticleCheck | None = None

    @property
    def ok(self) -> bool:
        return bool(self.starts) and all(s.ok for s in self.starts) and self.article is not None \
            and self.article.ok

    def render(self) -> Text:
        text = Text()
        text.append(f"{self.source_id} ", style="bold")
        text.append("OK" if self.ok else "FAILED", style="bold green" if self.ok else "bold red")
        text.append(f"  {self.base_url}\n")
        for s in self.starts:
            mark, style = ("✓", "green") if s.ok else ("✗", "red")
            text.append(f"  {mark} {s.kind} {s.url}: ", style=style)
            if s.error:
                text.append(f"unreachable ({s.error})\n")
            elif not s.links_checked:
                text.append(f"reachable (HTTP {s.status}); links not checked for {s.kind}\n")
            else:
                text.append(f"reachable (HTTP {s.status}), {len(s.links)} article links\n")
        a = self.article
        if a is None:
            text.append("  ✗ no article to check (no links found)\n", style="red")
            return text
        style = "green" if a.ok else "red"
        text.append(f"  {'✓' if a.ok else '✗'} article {a.url}: ", style=style)
        if a.error:
            text.append(f"unreachable ({a.error})\n")
            return text
        text.append(f"title {a.title!r}, extractor {a.extractor}\n")
        if a.missing:
            text.append(f"    selectors found nothing: {', '.join(a.missing)}\n", style="red")
        date_note = "parsed" if a.date_parsed else ("not found" if not a.raw_date else "NOT parsed")
        text.append(f"    date {a.raw_date!r}: {date_note}\n", style="green" if a.date_parsed else "red")
        return text


def _url(source: SourceConfig, path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return urljoin(source.base_url + "/", path.lstrip("/"))


def _text(response: httpx.Response) -> str:
    return decode_body(response.content, response.charset_encoding).text


def _links(source: SourceConfig, config, response: httpx.Response) -> list[str] | None:
    """Article links found on a start page, or None when the kind is not read by the check."""
    if config.kind == "listing":
        found = Selector(text=_text(response)).css(config.links).getall() if config.links else []
    elif config.kind == "feed":
        from scraper.discovery.feed import feed_links

        found = feed_links(_text(response))
    elif config.kind == "sitemap":
        sel = Selector(text=_text(response), type="xml")
        sel.remove_namespaces()
        found = sel.xpath("//url/loc/text()").getall() or sel.xpath("//sitemap/loc/text()").getall()
    else:
        return None
    pattern = re.compile(source.article_url_pattern) if source.article_url_pattern else None
    urls = [urljoin(str(response.url), u.strip()) for u in found if u.strip()]
    return [u for u in dict.fromkeys(urls)
            if not NON_HTML.search(urlsplit(u).path) and (pattern is None or pattern.search(u))]


class _Robots:
    """robots.txt of the source's host, read once: the check is a crawler too."""

    def __init__(self, client: httpx.Client, base_url: str, user_agent: str) -> None:
        self.user_agent = user_agent
        self.parser = RobotFileParser()
        try:
            response = client.get(urljoin(base_url + "/", "robots.txt"))
            lines = response.text.splitlines() if response.status_code == 200 else []
        except httpx.HTTPError:
            lines = []
        self.parser.parse(lines)

    def allows(self, url: str) -> bool:
        return self.parser.can_fetch(self.user_agent, url)


def _get(client: httpx.Client, robots: _Robots, url: str) -> tuple[httpx.Response | None, str | None]:
    if not robots.allows(url):
        return None, "disallowed by robots.txt"
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if response.status_code >= 400:
        return response, f"HTTP {response.status_code}"
    return response, None


def check_article(client: httpx.Client, robots: _Robots, source: SourceConfig, url: str,
                  language: str | None) -> ArticleCheck:
    out = ArticleCheck(url=url)
    response, out.error = _get(client, robots, url)
    if response is None or out.error:
        out.status = response.status_code if response is not None else None
        return out
    out.status = response.status_code
    selectors = source.selectors_en if language == "en" and source.selectors_en else source.selectors
    found = extract(_text(response), str(response.url), selectors, language=language,
                    month_first=source.month_first_dates)
    out.title, out.raw_date, out.missing = found.title, found.raw_date, list(found.missing)
    out.date_parsed, out.extractor = found.published_at is not None, found.extractor
    return out


def check_source(source: SourceConfig, client: httpx.Client | None = None) -> CheckReport:
    """Fetch the source's start URLs and its first article; report what works and what does not."""
    from siaran.config import load_settings

    user_agent = load_settings().user_agent
    own = client is None
    client = client or httpx.Client(headers={"User-Agent": user_agent}, timeout=TIMEOUT, follow_redirects=True,
                                    trust_env=True)  # trust_env: honours HTTP(S)_PROXY / NO_PROXY
    try:
        robots = _Robots(client, source.base_url, user_agent)
        report = CheckReport(source_id=source.id, base_url=source.base_url)
        first: tuple[str, str | None] | None = None
        for config in source.discovery:
            start = StartCheck(kind=config.kind, url=_url(source, config.start))
            response, start.error = _get(client, robots, start.url)
            start.status = response.status_code if response is not None else None
            if response is not None and start.error is None:
                links = _links(source, config, response)
                start.links_checked = links is not None
                start.links = links or []
                if start.links and first is None:
                    first = (start.links[0], config.language)
            report.starts.append(start)
        if first is not None:
            report.article = check_article(client, robots, source, *first)
        return report
    finally:
        if own:
            client.close()
