"""``siaran sources check``: does a source entry still match the live site?

Sites get redesigned without notice; a nightly crawl then quietly finds nothing. The check fetches each
discovery start URL (following sitemap indexes and ``.gz`` children) and a sample of the articles found
there, with a plain polite HTTP client (no Scrapy, no database: robots.txt first, Siaran's User-Agent),
runs the extraction cascade on each and says, per source, what still works: reachable or not, how many
article links were found, and per field (title, date, body, language) on how many of the sampled articles
it was extracted; selectors that found nothing are named. A source is judged on the sample, not on one
article: an announcement without a body or an undated notice among them does not fail it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from rich.text import Text

from scraper.discovery.sitemap import SITEMAP_MAX_SIZE, SitemapError, parse_sitemap, sitemap_body
from scraper.extraction.cascade import extract
from scraper.probe.client import Fetched, PoliteClient
from scraper.sources import SourceConfig

TIMEOUT = 20.0
SAMPLE_SIZE = 5
MAX_SITEMAP_FILES = 6
FIELDS = ("title", "date", "body", "language")
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
    files: int = 0  # sitemap files read (an index and its children)
    file_errors: list[str] = field(default_factory=list)

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
    body_words: int = 0
    language: str | None = None
    missing: list[str] = field(default_factory=list)  # selectors that found nothing
    extractor: str | None = None

    @property
    def fields(self) -> dict[str, bool]:
        return {"title": bool(self.title), "date": self.date_parsed, "body": self.body_words > 0,
                "language": bool(self.language)}

    @property
    def ok(self) -> bool:
        return self.error is None and not self.missing and self.date_parsed and bool(self.title)


@dataclass
class CheckReport:
    source_id: str
    base_url: str
    starts: list[StartCheck] = field(default_factory=list)
    articles: list[ArticleCheck] = field(default_factory=list)

    @property
    def article(self) -> ArticleCheck | None:
        """The first sampled article (the newest found)."""
        return self.articles[0] if self.articles else None

    def counts(self) -> dict[str, int]:
        """Per field, on how many sampled articles it was extracted."""
        read = [a for a in self.articles if a.error is None]
        return {name: sum(a.fields[name] for a in read) for name in FIELDS}

    def missing_selectors(self) -> list[str]:
        """Selectors that found nothing on most sampled articles: the template changed."""
        read = [a for a in self.articles if a.error is None]
        names = dict.fromkeys(n for a in read for n in a.missing)
        return [n for n in names if 2 * sum(n in a.missing for a in read) > len(read)]

    @property
    def ok(self) -> bool:
        read = [a for a in self.articles if a.error is None]
        if not (self.starts and all(s.ok for s in self.starts) and read and len(read) == len(self.articles)):
            return False
        counts = self.counts()
        # Most sampled articles must give a title, a date and a body: one notice without a body or an
        # undated announcement is normal; most of them failing is a redesign.
        return not self.missing_selectors() and all(2 * counts[n] > len(read) for n in ("title", "date", "body"))

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
                files = f" in {s.files} sitemap files" if s.files > 1 else ""
                text.append(f"reachable (HTTP {s.status}), {len(s.links)} article links{files}\n")
            for problem in s.file_errors:
                text.append(f"    ! {problem}\n", style="yellow")
        if not self.articles:
            text.append("  ✗ no article to check (no links found)\n", style="red")
            return text
        read = [a for a in self.articles if a.error is None]
        counts = self.counts()
        summary = ", ".join(f"{name} {counts[name]}/{len(read)}" for name in FIELDS)
        text.append(f"  sample of {len(self.articles)} articles: {summary}\n", style="green" if self.ok else "red")
        if missing := self.missing_selectors():
            text.append(f"    selectors found nothing: {', '.join(missing)}\n", style="red")
        for a in self.articles:
            style = "green" if a.ok else "red"
            text.append(f"  {'✓' if a.ok else '✗'} article {a.url}: ", style=style)
            if a.error:
                text.append(f"unreachable ({a.error})\n")
                continue
            text.append(f"title {a.title!r}, extractor {a.extractor}, body {a.body_words} words, "
                        f"language {a.language or '?'}\n")
            date_note = "parsed" if a.date_parsed else ("not found" if not a.raw_date else "NOT parsed")
            text.append(f"    date {a.raw_date!r}: {date_note}\n", style="green" if a.date_parsed else "red")
        return text


def _url(source: SourceConfig, path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return urljoin(source.base_url + "/", path.lstrip("/"))


def _keep(source: SourceConfig, base: str, found: list[str]) -> list[str]:
    pattern = re.compile(source.article_url_pattern) if source.article_url_pattern else None
    urls = [urljoin(base, u.strip()).split("#")[0] for u in found if u and u.strip()]
    return [u for u in dict.fromkeys(urls)
            if not NON_HTML.search(urlsplit(u).path) and (pattern is None or pattern.search(u))]


def _sitemap_links(client: PoliteClient, start: StartCheck, page: Fetched) -> list[str]:
    """Page URLs of a sitemap, its index children followed (bounded), ``.gz`` decompressed."""
    queue, urls, files = [page], [], 0
    while queue and files < MAX_SITEMAP_FILES:
        current = queue.pop(0)
        files += 1
        try:
            kind, entries = parse_sitemap(sitemap_body(current.body, current.url, max_size=SITEMAP_MAX_SIZE))
        except SitemapError as exc:
            start.file_errors.append(f"{current.url}: {exc}")
            continue
        locs = [urljoin(current.url, e["loc"].strip()) for e in entries]
        if kind == "urlset":
            urls += locs
            continue
        for loc in locs[: MAX_SITEMAP_FILES - files]:
            child = client.get_sitemap(loc)
            if child.ok:
                queue.append(child)
            else:
                start.file_errors.append(f"{loc}: {child.why()}")
    start.files = files
    return urls


def _links(client: PoliteClient, source: SourceConfig, config, start: StartCheck, page: Fetched) -> list[str] | None:
    """Article links found from a start page, or None when the kind is not read by the check."""
    if config.kind == "listing":
        sel = Selector(text=page.text)
        found = sel.css(config.links).getall() if config.links else sel.xpath("//a/@href").getall()
    elif config.kind == "feed":
        from scraper.discovery.feed import feed_links

        found = feed_links(page.text)
    elif config.kind == "sitemap":
        found = _sitemap_links(client, start, page)
    else:
        return None
    return _keep(source, page.url, found)


def check_article(client: PoliteClient, source: SourceConfig, url: str, language: str | None) -> ArticleCheck:
    out = ArticleCheck(url=url)
    page = client.get(url)
    out.status = page.status
    if not page.ok:
        out.error = page.why()
        return out
    selectors = source.selectors_en if language == "en" and source.selectors_en else source.selectors
    found = extract(page.text, page.url, selectors, language=language, month_first=source.month_first_dates)
    out.title, out.raw_date, out.missing = found.title, found.raw_date, list(found.missing)
    out.date_parsed, out.extractor = found.published_at is not None, found.extractor
    out.body_words = len(found.body.split())
    out.language = found.language
    return out


def check_source(source: SourceConfig, client: PoliteClient | None = None, *,
                 sample_size: int = SAMPLE_SIZE) -> CheckReport:
    """Fetch the source's start URLs and a sample of its articles; report what works and what does not."""
    own = client is None
    # delay=0: a check reads a handful of pages once; the crawl's politeness delay is for thousands.
    client = client or PoliteClient(source.base_url, timeout=TIMEOUT, delay=0.0, max_requests=60)
    try:
        client.robots()  # robots.txt first, as the crawler does
        report = CheckReport(source_id=source.id, base_url=source.base_url)
        queues: list[list[tuple[str, str | None]]] = []
        for config in source.discovery:
            start = StartCheck(kind=config.kind, url=_url(source, config.start))
            is_sitemap = config.kind == "sitemap"
            page = client.get_sitemap(start.url) if is_sitemap else client.get(start.url)
            start.status, start.error = page.status, (None if page.ok else page.why())
            if page.ok:
                links = _links(client, source, config, start, page)
                start.links_checked = links is not None
                start.links = links or []
                queues.append([(u, config.language) for u in start.links])
            report.starts.append(start)
        seen: set[str] = set()
        while len(report.articles) < sample_size and any(queues):
            for queue in queues:  # newest first from every route in turn
                while queue and len(report.articles) < sample_size:
                    url, language = queue.pop(0)
                    if url not in seen:
                        seen.add(url)
                        report.articles.append(check_article(client, source, url, language))
                        break
        return report
    finally:
        if own:
            client.close()
