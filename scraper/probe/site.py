"""Probe an unknown agency site and propose its source entry (``siaran sources add``).

The probe looks where releases are usually announced, cheapest and steadiest first: sitemaps (robots.txt
``Sitemap:`` lines, ``/sitemap.xml``, ``/sitemap_index.xml``, WordPress's ``/wp-sitemap.xml``; indexes and
``.gz`` followed), RSS/Atom feeds (announced by ``<link rel=alternate>``, then ``/feed/``, ``/rss``,
``/rss.xml``), the WordPress REST API, and listing pages (menu links named "Berita", "Siaran Pers",
"News" ... in each language section) with their pager. From every URL found it infers which links are
articles (``scraper.probe.patterns``), keeps the routes that lead to articles, reads a sample of articles
with the no-selector extraction, and writes what it saw into an entry an operator can review. A site whose
releases are PDF files (a listing of files, the home page included, or entries answering with a PDF) gets
``pdf_releases = true`` (``scraper.probe.files``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from parsel import Selector
from rich.text import Text

from scraper.discovery.feed import feed_entries
from scraper.discovery.pager import next_page_url, page_pattern
from scraper.discovery.sitemap import SITEMAP_MAX_SIZE, SitemapError, parse_sitemap, same_site, sitemap_body
from scraper.probe import files, pages
from scraper.probe.client import Fetched, PoliteClient, ProbeError
from scraper.probe.patterns import PatternGuess, infer_article_pattern

JAKARTA = ZoneInfo("Asia/Jakarta")
SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml")
FEED_PATHS = ("/feed/", "/rss", "/rss.xml", "/feed")
WP_API = "/wp-json/wp/v2/posts"
MAX_SITEMAP_FILES = 10
MAX_LISTING_CANDIDATES = 3  # per language section
MAX_ASKED_LINKS = 4  # download links asked whether they answer with a PDF, per probe
ASKED_PER_KIND = 2  # links of one kind asked while the ones before gave no answer (a 404, a timeout)
SAMPLE_PDF_SECONDS = 30.0  # reading one sampled PDF; the crawl allows more (SIARAN_ATTACHMENT_SECONDS)


@dataclass
class Route:
    """One way to find releases that the probe verified."""

    kind: str  # sitemap | feed | wp_api | listing
    url: str
    language: str | None = None
    urls: list[str] = field(default_factory=list)  # every item URL it gave (before the article pattern)
    articles: list[str] = field(default_factory=list)  # those matching the article pattern
    dates: dict[str, str] = field(default_factory=dict)  # article URL -> entry date (feeds, sitemaps)
    note: str = ""


@dataclass
class SampleArticle:
    url: str
    error: str | None = None
    title: str | None = None
    published: str | None = None  # Asia/Jakarta, ISO, date only when the page states no time
    body_words: int = 0
    language: str | None = None
    extractor: str | None = None
    foreign_canonical: str | None = None


@dataclass
class ProbeReport:
    url: str
    base_url: str
    source_id: str | None = None
    name: str | None = None
    routes: list[Route] = field(default_factory=list)
    tried: list[tuple[str, str]] = field(default_factory=list)  # (what, outcome)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): broken files seen
    pattern: PatternGuess | None = None
    languages: list[str] = field(default_factory=list)
    language_evidence: list[str] = field(default_factory=list)
    js_only: pages.JsOnly | None = None
    js_only_url: str | None = None
    republishes: bool = False
    pdf_releases: bool = False  # the releases are PDF files (scraper.probe.files)
    pdf_reason: str = ""  # the evidence for it, for the operator
    sample: list[SampleArticle] = field(default_factory=list)
    requests: int = 0

    @property
    def article_urls(self) -> list[str]:
        return list(dict.fromkeys(u for r in self.routes for u in r.articles))

    def entry(self) -> dict:
        """The proposed source entry, as data (``scraper.probe.entry.to_toml`` writes it)."""
        discovery = []
        order = {"feed": 0, "wp_api": 1, "listing": 2, "sitemap": 3}
        for route in sorted(self.routes, key=lambda r: order[r.kind]):
            item: dict = {"kind": route.kind}
            if route.language:
                item["language"] = route.language
            item["start"] = self.relative(route.url)
            discovery.append(item)
        entry = {"id": self.source_id, "name": self.name, "base_url": self.base_url, "languages": self.languages,
                 "article_url_pattern": self.pattern.pattern if self.pattern else None, "verified_live": False}
        if self.republishes:
            entry["republishes"] = True
        if self.pdf_releases:
            entry["pdf_releases"] = True
        entry["notes"] = (f"Proposed by `siaran sources add` from {self.url} on {date.today().isoformat()}; "
                          "no selectors (generic extraction). Review before relying on it.")
        entry["discovery"] = discovery
        return entry

    def comments(self) -> list[str]:
        lines = [f"{self.name} — proposed by `siaran sources add {self.url}` ({self.requests} requests).",
                 "Review: are the discovery routes the agency's releases, does article_url_pattern match them",
                 "and nothing else, are the sampled titles and dates right? Then run `siaran sources check`."]
        for route in self.routes:
            lines.append(f"found {route.kind} {self.relative(route.url)}: {len(route.articles)} article URLs"
                         + (f" ({route.note})" if route.note else ""))
        if self.js_only:
            lines.append(f"{self.relative(self.js_only_url or self.url)} is JavaScript-only "
                         f"({self.js_only.describe()}): not usable as a listing")
        if self.language_evidence:
            lines.append("languages from " + "; ".join(self.language_evidence))
        if self.republishes:
            lines.append("republishes: sampled articles declare a canonical page on another site")
        if self.pdf_releases:
            lines.append(f"pdf_releases = true: {self.pdf_reason}; each file is a release made from the document")
        return lines

    def render(self) -> Text:
        """What the probe found, for the terminal."""
        text = Text()
        text.append(f"{self.name} ", style="bold")
        text.append(f"{self.base_url}  ({self.requests} requests, robots.txt respected)\n")
        for what, outcome in self.tried:
            text.append(f"  tried {what}: {outcome}\n", style="dim")
        for route in self.routes:
            text.append(f"  ✓ {route.kind} {self.relative(route.url)}", style="green")
            text.append(f" [{route.language or 'any'}]: {len(route.articles)} article URLs"
                        + (f" ({route.note})" if route.note else "") + "\n")
        for url, reason in self.errors[:10]:
            text.append(f"  ✗ {url}: {reason}\n", style="yellow")
        if self.js_only:
            text.append(f"  ! {self.relative(self.js_only_url or self.url)} is JavaScript-only "
                        f"({self.js_only.describe()}); not usable as a listing\n", style="yellow")
        if self.pattern:
            text.append(f"  article_url_pattern {self.pattern.pattern}  (from {self.pattern.members} URLs like "
                        f"{self.relative(self.pattern.example)})\n")
        if self.pdf_releases:
            text.append(f"  pdf_releases = true: {self.pdf_reason}; each file is a release made from the "
                        "document\n")
        text.append(f"  languages {', '.join(self.languages)}"
                    + (f"  ({'; '.join(self.language_evidence)})" if self.language_evidence else "") + "\n")
        if self.republishes:
            text.append("  republishes: sampled articles declare a canonical page on another site\n")
        text.append(f"  sample of {len(self.sample)} articles, no selectors:\n")
        for s in self.sample:
            if s.error:
                text.append(f"    ✗ {self.relative(s.url)}: {s.error}\n", style="red")
                continue
            good = bool(s.title) and bool(s.published) and s.body_words > 0
            text.append(f"    {'✓' if good else '✗'} {self.relative(s.url)}\n", style="green" if good else "red")
            text.append(f"      title {s.title!r}\n      date {s.published or 'none found'} · body {s.body_words} "
                        f"words · language {s.language or '?'} · {s.extractor}\n")
        return text

    def relative(self, url: str) -> str:
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" == self.base_url:
            return parts.path + (f"?{parts.query}" if parts.query else "") or "/"
        return url


def derive_id(host: str) -> str | None:
    """'www.bnpt.go.id' -> 'bnpt'; None when the host gives no usable id (an IP address)."""
    label = host.lower().removeprefix("www.").split(".")[0].replace("-", "_")
    return label if label.isidentifier() and not label[0].isdigit() else None


def probe_site(url: str, *, source_id: str | None = None, name: str | None = None, sample_size: int = 5,
               client: PoliteClient | None = None) -> ProbeReport:
    """Probe ``url`` politely and return what it found; raises ``ProbeError`` (one line) when the site
    is unreachable or offers no way to find its releases."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProbeError(f"{url!r} is not an http(s) address; give the agency's site, e.g. https://www.bnpt.go.id")
    base = f"{parts.scheme}://{parts.netloc}"
    own = client is None
    client = client or PoliteClient(base)
    try:
        return _Probe(client, url.strip(), base, source_id, name, sample_size).run()
    finally:
        if own:
            client.close()


class _Probe:
    def __init__(self, client: PoliteClient, url: str, base: str, source_id: str | None, name: str | None,
                 sample_size: int) -> None:
        self.client = client
        self.report = ProbeReport(url=url, base_url=base, source_id=source_id, name=name)
        self.sample_size = sample_size
        self.links: list[str] = []  # every same-site link seen on fetched pages
        self.listing_pages: list[tuple[Fetched, str | None]] = []  # (page, section language)
        self.fronts: set[str] = set()  # URLs of the section front pages among them (the home page ...)
        self.langs: dict[str, list[str]] = {}  # language -> evidence
        self.answers: dict[str, Fetched] = {}  # download links asked (files.download_groups), for the sample
        self.pdf_kinds: set[tuple] = set()  # kinds of links seen answering with a PDF (files.file_key)

    # -- driver ----------------------------------------------------------------------------------
    def run(self) -> ProbeReport:
        r = self.report
        robots = self.client.robots()
        r.tried.append(("robots.txt", f"{len(robots.sitemaps)} Sitemap line(s)" if robots.found else "none"))
        home = self.fetch_home()
        self.look_at_home(home)
        self.find_sitemaps(robots.sitemaps, home)
        self.find_feeds(home)
        self.find_wp_api(home)
        self.find_listings(home)
        strong = {u for route in r.routes for u in route.urls}
        found = self.links + [u for route in r.routes for u in route.urls]
        r.pattern = self.file_listing_pattern(found, strong) or infer_article_pattern(found, strong)
        self.keep_article_routes()
        if not r.routes:
            raise ProbeError(self.nothing_found())
        self.read_sample()
        self.decide_pdf_answers()
        self.decide_languages()
        r.requests = len(self.client.log)
        if r.source_id is None:
            r.source_id = derive_id(urlsplit(r.base_url).hostname or "")
        return r

    def fetch_home(self) -> Fetched:
        home = self.client.get(self.report.url)
        if not home.ok:
            raise ProbeError(f"{self.report.url} is unreachable ({home.why()})")
        final = urlsplit(home.url)
        self.report.base_url = f"{final.scheme}://{final.netloc}"  # http -> https, apex -> www
        self.client.base_url = self.report.base_url
        return home

    def look_at_home(self, home: Fetched) -> None:
        r = self.report
        sel = Selector(text=home.text)
        self.links += pages.site_links(sel, home.url)
        r.name = r.name or pages.site_name(sel) or urlsplit(r.base_url).hostname
        if lang := pages.html_lang(sel):
            self.langs.setdefault(lang, []).append(f"<html lang> of {r.relative(home.url)}")
        for lang in pages.hreflang_urls(sel, home.url):
            self.langs.setdefault(lang, []).append("hreflang links")
        if shell := pages.js_only(sel, home.url):
            r.js_only, r.js_only_url = shell, home.url

    # -- sitemaps --------------------------------------------------------------------------------
    def find_sitemaps(self, from_robots: list[str], home: Fetched) -> None:
        candidates = list(from_robots)
        if not candidates:
            candidates = [self.report.base_url + p for p in SITEMAP_PATHS]
            if pages.is_wordpress(home.text):
                candidates.append(self.report.base_url + "/wp-sitemap.xml")
        budget = [MAX_SITEMAP_FILES]
        for url in candidates:
            route = Route("sitemap", url)
            files = self.read_sitemap(url, route, budget, depth=0)
            outcome = f"{files} file(s), {len(route.urls)} URLs" if route.urls else "no URLs"
            self.report.tried.append((f"sitemap {self.report.relative(url)}", outcome))
            if route.urls:
                self.report.routes.append(route)
                break  # one sitemap tree is enough; the rest repeat it

    def read_sitemap(self, url: str, route: Route, budget: list[int], depth: int) -> int:
        if budget[0] <= 0 or depth > 3:
            return 0
        budget[0] -= 1
        page = self.client.get_sitemap(url)
        if not page.ok:
            if depth:
                self.report.errors.append((url, page.why()))
            return 0
        try:
            kind, entries = parse_sitemap(sitemap_body(page.body, page.url, max_size=SITEMAP_MAX_SIZE))
        except SitemapError as exc:
            self.report.errors.append((url, str(exc)))
            return 0
        files = 1
        host = urlsplit(self.report.base_url).hostname or ""
        for entry in entries:
            loc = entry["loc"].strip()
            if not same_site(loc, host):
                self.report.errors.append((loc, f"sitemap {url} lists a URL on another host; skipped"))
                continue
            if kind == "sitemapindex":
                files += self.read_sitemap(loc, route, budget, depth + 1)
            else:
                route.urls.append(loc)
                if entry.get("lastmod"):
                    route.dates[loc] = entry["lastmod"]
        return files

    # -- feeds and the WordPress API -------------------------------------------------------------
    def find_feeds(self, home: Fetched) -> None:
        announced = [u for u in pages.announced_feeds(home.text, home.url) if "comments" not in u]
        candidates = announced + [self.report.base_url + p for p in FEED_PATHS]
        seen: set[str] = set()
        for url in dict.fromkeys(candidates):
            if url not in announced and any(r.kind == "feed" for r in self.report.routes):
                break  # the usual paths are only tried when no announced feed works
            page = self.client.get(url)
            entries = feed_entries(page.text) if page.ok and "html" not in page.content_type else []
            label = f"feed {self.report.relative(url)}" + (" (announced)" if url in announced else "")
            self.report.tried.append((label, f"{len(entries)} entries" if page.ok else page.why()))
            links = [urljoin(page.url, e.link.strip()) for e in entries]
            if links and not set(links) <= seen:
                route = Route("feed", page.url, urls=links, language=_feed_language(page.text))
                route.dates = {link: e.published or e.updated for link, e in zip(links, entries, strict=True)
                               if e.published or e.updated}
                self.report.routes.append(route)
                seen |= set(links)

    def find_wp_api(self, home: Fetched) -> None:
        if not (pages.is_wordpress(home.text) or any("/wp-json" in u for u in self.links)):
            return
        url = self.report.base_url + WP_API
        page = self.client.get(url + "?per_page=20&_fields=id,link,date_gmt,title")
        try:
            posts = json.loads(page.text) if page.ok else None
        except ValueError:
            posts = None
        links = [p["link"] for p in posts or [] if isinstance(p, dict) and isinstance(p.get("link"), str)]
        self.report.tried.append((f"WordPress API {WP_API}", f"{len(links)} posts" if page.ok else page.why()))
        if links:
            route = Route("wp_api", url, urls=links)
            route.dates = {p["link"]: p["date_gmt"] + "Z" for p in posts if isinstance(p, dict)
                           and p.get("link") in links and p.get("date_gmt")}
            self.report.routes.append(route)

    # -- listing pages ---------------------------------------------------------------------------
    def find_listings(self, home: Fetched) -> None:
        sections: list[tuple[Fetched, str | None]] = [(home, self.section_language(home.url, home.text))]
        alternates = pages.hreflang_urls(home.text, home.url)
        for lang in sorted(pages.language_sections(self.links) | set(alternates)):
            url = alternates.get(lang) or f"{self.report.base_url}/{lang}"
            if lang != sections[0][1] and urlsplit(url).path.rstrip("/") != urlsplit(home.url).path.rstrip("/"):
                page = self.client.get(url)
                if page.ok:
                    self.links += pages.site_links(page.text, page.url)
                    sections.append((page, lang))
        for section, lang in sections:
            for url in pages.listing_candidates(section.text, section.url)[:MAX_LISTING_CANDIDATES]:
                if any(p.url == url for p, _ in self.listing_pages):
                    continue
                page = self.client.get(url)
                links = pages.site_links(page.text, page.url) if page.ok else []
                self.report.tried.append((f"listing {self.report.relative(url)}",
                                          f"{len(links)} links" if page.ok else page.why()))
                if page.ok:
                    self.links += links
                    self.listing_pages.append((page, lang or self.section_language(page.url, page.text)))
            self.listing_pages.append((section, lang))  # the section's front page lists news too, last resort
            self.fronts.add(section.url)

    def section_language(self, url: str, html: str) -> str | None:
        path_lang = pages.language_sections([url])
        return next(iter(path_lang), None) or pages.html_lang(html)

    def file_listing_pattern(self, found: list[str], strong: set[str]) -> PatternGuess | None:
        """The pattern of the release files when a listing page is a list of PDF files and the site shows no
        HTML articles elsewhere; sets ``pdf_releases``. None otherwise (the HTML inference decides).

        Conservative on purpose: a site that also shows HTML articles (two or more on a feed, the WordPress
        API, a sitemap or another listing) keeps its HTML pattern, since a page of PDFs next to HTML news is
        more often publications than releases; the operator is told the file listing was seen.

        Section front pages (the home page) count on the same terms, since a small agency's home page may
        be its only list of releases (a table of "Siaran Pers" files). A home page is made of blocks, though
        (news teasers, a download box, a publications carousel), where a listing page is one list: a stray
        article among a listing's files is noise, but two HTML article links on a home page are the site's
        news and its PDFs a box beside them. So a front page showing two or more HTML article links (the
        count that makes any route one that shows HTML articles) is never the file listing, whatever its
        share of PDFs, and keeps a file listing elsewhere out too. A list page that also qualifies is
        preferred to the front page showing its latest files. A front page's download links are asked only
        while no route seen so far shows HTML articles, so an ordinary news site's home page costs no request.
        """
        r = self.report
        html = infer_article_pattern([u for u in found if not files.is_pdf_link(u)], strong)
        html_pattern = html.pattern if html else None
        regex = re.compile(html_pattern) if html_pattern else None

        def shows_html(urls: list[str]) -> bool:
            return bool(regex) and len({u for u in urls if not files.is_pdf_link(u) and regex.search(u)}) >= 2

        channel = next((f"{route.kind} {r.relative(route.url)}" for route in r.routes
                        if route.kind in ("feed", "wp_api", "sitemap") and shows_html(route.urls)), None)
        listings: list[files.FileListing] = []
        for page, _ in self.listing_pages:  # a section's candidates, then its front page
            links = pages.site_links(page.text, page.url)
            where = r.relative(page.url)
            if page.url in self.fronts and shows_html(links):
                seen = files.file_listing(page.url, links, html_pattern, self.pdf_kinds)
                if seen is not None:
                    why = f"{seen.describe()}; no pdf_releases: the home page {where} shows HTML articles"
                    r.tried.append((f"file listing {where}", why))
                channel = channel or f"the home page {where}"
                continue
            if page.url not in self.fronts or channel is None:
                self.ask_download_links(page.url, links, html_pattern)
            listing = files.file_listing(page.url, links, html_pattern, self.pdf_kinds)
            if listing is not None:
                listings.append(listing)
            elif shows_html(links):
                channel = channel or f"listing {where}"
        if not listings:
            return None
        # A list page before a front page, then the longer list; ties: the likelier listing (candidate order).
        best = max(listings, key=lambda x: (x.url not in self.fronts, len(x.files)))
        if channel:
            why = f"{best.describe()}; no pdf_releases: {channel} shows HTML articles"
            r.tried.append((f"file listing {r.relative(best.url)}", why))
            return None
        r.pdf_releases, r.pdf_reason = True, f"{r.relative(best.url)} lists {best.describe()}"
        return files.infer_file_pattern(list(best.files))

    def ask_download_links(self, url: str, links: list[str], html_pattern: str | None) -> None:
        """Ask one link of each kind of download link on a listing page (``files.download_groups``) whether it
        answers with a PDF, the next link of the kind when it gives no answer (up to ``ASKED_PER_KIND``), only when
        the page would be a list of files if they all did, and at most ``MAX_ASKED_LINKS`` in all; the kinds that do
        join ``pdf_kinds``."""
        groups = files.download_groups(links, html_pattern)
        if not groups or files.file_listing(url, links, html_pattern, self.pdf_kinds | set(groups)) is None:
            return
        for kind, members in groups.items():
            if kind in self.pdf_kinds or any(files.file_key(u) == kind for u in self.answers):
                continue
            for link in members[:ASKED_PER_KIND]:
                if len(self.answers) >= MAX_ASKED_LINKS:
                    return
                if self.ask_download_link(kind, link):
                    break

    def ask_download_link(self, kind: tuple, link: str) -> bool:
        """Ask one download link; True when it answered (a PDF or not), False when it gave no answer (an error
        status, a timeout): one file removed from the server does not speak for the rest of its kind."""
        answer = self.answers[link] = self.client.get(link)
        if answer.ok and files.answers_pdf(answer.content_type, answer.body):
            self.pdf_kinds.add(kind)
        outcome = "answers with a PDF" if kind in self.pdf_kinds else \
            (f"answers {answer.content_type.split(';')[0] or 'without a type'}" if answer.ok else answer.why())
        self.report.tried.append((f"download link {self.report.relative(link)}", outcome))
        return answer.ok

    def keep_article_routes(self) -> None:
        r = self.report
        if r.pattern is None:
            r.routes = []
            return
        regex = re.compile(r.pattern.pattern)
        for route in r.routes:
            route.articles = [u for u in dict.fromkeys(route.urls) if regex.search(u)]
        r.routes = [route for route in r.routes if route.articles]
        best: dict[str | None, tuple[int, Route]] = {}
        for page, lang in self.listing_pages:
            articles = [u for u in pages.site_links(page.text, page.url) if regex.search(u)]
            if len(articles) < 2:
                continue
            route = Route("listing", page.url, language=lang, urls=articles, articles=articles)
            nxt = next_page_url(page.text, page.url, page.url, page_number=1)
            if nxt and (scheme := page_pattern(page.url, nxt)):
                route.note = f"pager {scheme}"
            elif nxt:
                route.note = "pager: next link"
            # A real list beats a front page that shows a few teasers; equal counts: the pager decides.
            score = len(articles) + (5 if nxt else 0) + (0 if page.url.rstrip("/") == r.base_url else 3)
            if lang not in best or score > best[lang][0]:
                best[lang] = (score, route)
        r.routes += [route for _, route in best.values()]
        for _, route in best.values():
            self.check_second_page(route, regex)

    def check_second_page(self, route: Route, regex) -> None:
        """Fetch page 2 of a listing once: its articles must be new ones, or the pager is not a pager."""
        page1 = next((p for p, _ in self.listing_pages if p.url == route.url), None)
        nxt = next_page_url(page1.text, page1.url, page1.url, page_number=1) if page1 else None
        if not nxt:
            return
        page = self.client.get(nxt)
        more = [u for u in pages.site_links(page.text, page.url) if regex.search(u)] if page.ok else []
        fresh = [u for u in more if u not in route.articles]
        if fresh:
            route.articles += fresh
            route.note += f", page 2 adds {len(fresh)}"
        else:
            route.note += ", page 2 adds nothing"

    # -- evidence --------------------------------------------------------------------------------
    def read_sample(self) -> None:
        from archive.attachments.isolate import shutdown

        r = self.report
        by_route = [[(u, route) for u in self.newest_first(route)] for route in r.routes]
        chosen: list[tuple[str, Route]] = []
        while len(chosen) < self.sample_size and any(by_route):
            for queue in by_route:  # round robin: every route, every language gets sampled
                while queue:
                    url, route = queue.pop(0)
                    if url not in {c[0] for c in chosen}:
                        chosen.append((url, route))
                        break
        try:
            for url, route in chosen[: self.sample_size]:
                r.sample.append(self.read_one(url, route))
        finally:
            shutdown()  # the PDF reader's worker process, when a sampled entry was a PDF
        read = [s for s in r.sample if not s.error]
        r.republishes = bool(read) and sum(1 for s in read if s.foreign_canonical) * 3 >= len(read)

    def read_one(self, url: str, route: Route) -> SampleArticle:
        """One sampled entry, read the way the crawl will: an HTML page by the no-selector extraction, a PDF
        answer as a release made from the document (scraper/pdf_release.py)."""
        from pipelines.language import detect_language
        from scraper.extraction.cascade import extract

        page = self.answers.pop(url, None) or self.client.get(url)  # a download link asked already
        item = SampleArticle(url)
        if not page.ok:
            item.error = page.why()
            return item
        if files.answers_pdf(page.content_type, page.body):
            body = self.read_pdf(page, item)
            declared = None
        else:
            found = extract(page.text, page.url, None, language=route.language)
            item.title, item.extractor, body = found.title, found.extractor, found.body
            if found.published_at is not None:
                item.published = _local(found.published_at, found.published_has_time)
            declared = pages.html_lang(page.text)
            canonical = found.canonical_url
            if canonical and _site_key(canonical) != _site_key(self.report.base_url):
                item.foreign_canonical = canonical
        if item.error:
            return item
        item.body_words = len(body.split())
        item.language = route.language or (declared if declared in ("id", "en") else None)
        if item.language is None and body:
            detected = detect_language(body)
            item.language = detected if detected in ("id", "en") else None
        if item.language:
            self.langs.setdefault(item.language, []).append("sampled articles")
        return item

    @staticmethod
    def read_pdf(page: Fetched, item: SampleArticle) -> str:
        """Title, date and text of a sampled PDF, as ``scraper.pdf_release`` makes a release of it (read in
        the attachments' worker process: a PDF bomb costs that process, not the probe); its body."""
        from archive.attachments.isolate import Limits, read_isolated
        from archive.attachments.text import Unreadable
        from scraper.extraction.pubdate import evidence
        from scraper.pdf_release import release_body

        item.extractor = "pdf"
        try:
            found = read_isolated(page.body, Limits(seconds=SAMPLE_PDF_SECONDS))
        except Unreadable as exc:
            item.error = f"PDF: {exc.reason}"
            return ""
        item.title = found.title
        created = evidence("metadata", found.created)
        if created is not None and created.parsed is not None:
            item.published = _local(created.parsed.value, created.parsed.has_time)
        return release_body(found)

    def decide_pdf_answers(self) -> None:
        """Entries of the HTML article pattern that answer with a PDF (``/dokumen.php?id=12``, no ``.pdf`` in
        the URL, a shape the HTML inference takes for articles) are releases made from the documents too: ``pdf_releases`` when most sampled entries, and at least two, are PDFs. (The
        crawl reads such answers as releases even without it; it is proposed so the entry says what the site
        publishes, and so ``.pdf`` links the pattern matches are taken too.)"""
        r = self.report
        read = [s for s in r.sample if not s.error or s.extractor == "pdf"]
        answered = sum(1 for s in read if s.extractor == "pdf")
        if not r.pdf_releases and answered >= 2 and answered >= files.FILE_SHARE * len(read):
            r.pdf_releases = True
            r.pdf_reason = f"{answered} of {len(read)} sampled entries answer with a PDF"

    def newest_first(self, route: Route) -> list[str]:
        if route.kind == "sitemap" and route.dates:
            return sorted(route.articles, key=lambda u: route.dates.get(u, ""), reverse=True)
        return list(route.articles)

    def decide_languages(self) -> None:
        r = self.report
        langs = [lang for lang in ("id", "en") if lang in self.langs]
        r.languages = langs or ["id"]
        r.language_evidence = [f"{lang}: {', '.join(dict.fromkeys(self.langs[lang]))}" for lang in langs]
        if len(r.languages) == 1:
            for route in r.routes:
                route.language = route.language or r.languages[0]

    def nothing_found(self) -> str:
        r = self.report
        tried = "; ".join(f"{what}: {outcome}" for what, outcome in r.tried)
        if r.js_only is not None:
            return (f"{r.url} is a JavaScript-only page ({r.js_only.describe()}) and no sitemap or feed lists "
                    f"its articles; tried {tried}")
        what = "no article URLs could be told apart" if r.pattern is None else "no route leads to articles"
        return f"no feed, sitemap or listing with articles found at {r.url} ({what}); tried {tried}"


def _local(when, has_time: bool) -> str:
    """A publication time as the sample shows it: Asia/Jakarta, ISO, the date only when no time is known."""
    local = when.astimezone(JAKARTA)
    return local.isoformat(timespec="minutes") if has_time else local.date().isoformat()


def _site_key(url: str) -> str:
    """Host and port without ``www.``: two agencies may share a host name only on different ports (tests)."""
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _feed_language(xml: str) -> str | None:
    sel = Selector(text=xml, type="xml")
    sel.remove_namespaces()
    lang = (sel.xpath("//channel/language/text() | /feed/@lang").get() or "").strip().lower()[:2]
    return lang if lang in ("id", "en") else None
