"""Observing re-checks: what each answer to a re-check proves, and writing it back when the crawl ends.

``RecheckObserver`` is a downloader middleware (placed before Scrapy's redirect and retry middlewares,
so it sees the final answer after redirects and retries). For a request that re-checks a stored
release (meta ``siaran_recheck``, set by ``scraper.incremental``) it classifies the answer:

- **unchanged**: 304 to a request that carried validators;
- **page there**: a 200 whose release reached the end of the pipelines (``item_scraped``); the store
  decided whether it was an edit (``archive.changes``), which the recorder reads back;
- **gone**: 404, 410, 451, a redirect to the home page or a listing page, or a soft 404 (a 200 whose
  title says "not found", or that lacks the source's ``soft_404_without`` element). The spider is told
  (meta ``siaran_gone``) and neither stores the page nor counts it as a crawl failure;
- **transient**: everything else: 5xx and 429 after retries, timeouts and network errors, 401/403,
  a 200 that is an error page ("Database Error", maintenance), a 304 to a request without validators
  (a server that answers 304 to everything), a 200 that did not yield a release. It proves nothing.

When the spider closes (after the store has written its last batch) each observation goes through
``scraper.recheck.after_check`` and the new state is written: ``last_checked_at``, ``next_check_at``,
``stable_checks``, takedown state, and an ``article_changes`` row for a removal or a restore. What the
listings said (modified stamps, titles, sitemap membership, ``last_listed_at`` of every release a
listing, feed or API page showed) is written at the same time.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from lxml import html as lxml_html
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from sqlalchemy import bindparam, func, select, update

from archive.changes import record_change
from archive.db import get_database
from archive.models import Article, ArticleChange
from pipelines.store import enqueue
from scraper.discovery.json_api import gone_by_rule
from scraper.recheck import (
    EDITED,
    GONE,
    TRANSIENT,
    UNCHANGED,
    CheckState,
    after_check,
    hold_site_wide_gone,
    normalize_stamp,
)
from scraper.report import crawl_error

logger = logging.getLogger(__name__)

GONE_STATUSES = {404, 410, 451}
WRITE_CHUNK = 500

NOT_FOUND = re.compile(
    r"\b404\b|not found|page (you|you're|you are) (requested|looking for)|no longer (available|exists)|"
    r"halaman (yang anda cari|tidak ditemukan|tidak tersedia|tidak ada)|"
    r"(berita|artikel|konten|postingan|informasi) (tidak|tak) (ditemukan|tersedia)|"
    r"(telah|sudah) dihapus|tidak dapat ditemukan|page has been removed", re.IGNORECASE)
ERROR_PAGE = re.compile(
    r"database error|error establishing|internal server error|service (temporarily )?unavailable|bad gateway|"
    r"gateway time-?out|too many requests|under maintenance|maintenance mode|sedang (dalam )?(perbaikan|"
    r"pemeliharaan)|terjadi kesalahan|kesalahan (server|sistem)|request rejected|access denied|akses ditolak|"
    r"checking your browser|please enable (javascript|cookies)", re.IGNORECASE)
SHORT_PAGE_CHARS = 1500  # below this much visible text, the whole page is read for error phrases


class BogusNotModified(IgnoreRequest):
    """A 304 answer to a request that sent no validators: the server answers 304 to everything."""


class ErrorPage(IgnoreRequest):
    """A 200 answer that is an error page: proves nothing about the release, must not be stored."""


@dataclass(frozen=True)
class PageVerdict:
    outcome: str  # GONE | TRANSIENT | "page"
    reason: str | None = None


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


def page_headings(body: str) -> tuple[str, list[str], str]:
    """The ``<title>``, the ``<h1>`` texts and the visible text of an HTML page (empty when unparseable)."""
    try:
        root = lxml_html.fromstring(body)
    except (ValueError, lxml_html.etree.ParserError):
        return "", [], ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    title = _fold(" ".join(root.xpath("//title//text()")))
    h1s = [_fold(h.text_content()) for h in root.xpath("//h1")]
    return title, [h for h in h1s if h], _fold(root.text_content())


def classify_page(body: str, *, stored_title: str | None = None) -> PageVerdict:
    """What a 200 HTML answer to a re-check is: an error page (transient), a soft 404 (gone), or the page.

    Only the page's ``<title>`` and ``<h1>`` are read (the whole text only when the page is short), and a
    page whose headings still carry the stored title is the release whatever else it says, so a release
    headlined "Korban tidak ditemukan" is never taken for a missing page.
    """
    title, h1s, text = page_headings(body)
    headings = " | ".join([title, *h1s])
    if stored_title and _fold(stored_title).casefold() in headings.casefold():
        return PageVerdict("page")
    short = len(text) < SHORT_PAGE_CHARS
    if ERROR_PAGE.search(headings) or (short and ERROR_PAGE.search(text)):
        return PageVerdict(TRANSIENT, f"error page: {(title or (h1s or [''])[0] or text)[:80]!r}")
    if NOT_FOUND.search(headings) or (short and NOT_FOUND.search(text)):
        return PageVerdict(GONE, f"soft 404: {(title or (h1s or [''])[0] or text)[:80]!r}")
    return PageVerdict("page")


def api_record_verdict(response, gone_rule: dict[str, str] | None) -> PageVerdict:
    """A 200 answer of an API's one-record endpoint: gone when the source declared what a removed record's
    answer says (``recheck_gone``) and this answer says it; otherwise judged by whether it yields a release."""
    if gone_rule:
        try:
            reason = gone_by_rule(json.loads(response.body), gone_rule)
        except ValueError:
            reason = None
        if reason:
            return PageVerdict(GONE, reason)
    return PageVerdict("pending")


def redirect_gone(original: str, final: str, listing_paths: set[str]) -> str | None:
    """Why a redirect of a release URL means it is gone (to the home page or a listing), or None."""
    if final == original:
        return None
    path = urlsplit(final).path.rstrip("/")
    if path in ("", "/index.php", "/index.html", "/home", "/beranda", "/id", "/en"):
        return "redirected to the home page"
    if path in listing_paths:
        return f"redirected to the listing {path}"
    return None


def sent_validators(request) -> bool:
    return bool(request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"))


@dataclass
class Observation:
    outcome: str  # UNCHANGED | GONE | TRANSIENT | "page" (resolved to EDITED/UNCHANGED at close)
    reason: str | None = None


class RecheckObserver:
    """Downloader middleware + signal handlers: observes re-checks, writes the outcomes at close."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.observations: dict[int, Observation] = {}
        self.discovery_urls: set[str] = set()
        self.first_change_id = 0

    @classmethod
    def from_crawler(cls, crawler):
        observer = cls(crawler)
        crawler.signals.connect(observer.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(observer.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(observer.crawl_failed, signal=crawl_error)
        crawler.signals.connect(observer.spider_closed, signal=signals.spider_closed)
        return observer

    # -- signals --------------------------------------------------------------------------------
    def spider_opened(self, spider) -> None:
        with self.db.session() as s:
            self.first_change_id = s.scalar(select(func.max(ArticleChange.id))) or 0

    def item_scraped(self, item, response, spider) -> None:
        article_id = response.meta.get("siaran_recheck") if response is not None else None
        seen = self.observations.get(article_id) if article_id is not None else None
        if seen is not None and seen.outcome == "pending":
            seen.outcome = "page"

    def crawl_failed(self, url: str, reason: str, spider) -> None:
        # A listing or sitemap that failed (or did not parse) may have hidden releases: absence proves
        # nothing tonight.
        if url in self.discovery_urls:
            self._listing_incomplete(spider)

    # -- middleware -----------------------------------------------------------------------------
    def process_response(self, request, response, spider=None):
        spider = spider or self.crawler.spider
        if request.meta.get("siaran_kind"):
            self.discovery_urls.add(request.url)
            if request.meta["siaran_kind"] == "sitemap" and response.status != 200:
                self._listing_incomplete(spider)
            known = getattr(spider, "known", None)
            if known is not None and request.meta["siaran_kind"] == "wp_api" and poll_covers_edits(response):
                known.edits_signalled = True
            return response
        article_id = request.meta.get("siaran_recheck")
        if response.status == 304 and not sent_validators(request):
            if article_id is not None:
                self.observe(article_id, TRANSIENT, "HTTP 304 to an unconditional request")
            raise BogusNotModified("HTTP 304 answer to a request without If-None-Match/If-Modified-Since "
                                   "(the server answers 304 to everything?)")
        if article_id is None:
            return response
        verdict = self.verdict(request, response, spider)
        if verdict.outcome == GONE:
            request.meta["siaran_gone"] = verdict.reason
            self.crawler.stats.inc_value("siaran/recheck_gone")
            logger.info("re-check: %s is gone (%s)", request.meta.get("redirect_urls", [request.url])[0],
                        verdict.reason)
        elif verdict.outcome == TRANSIENT and verdict.reason and verdict.reason.startswith("error page"):
            self.observe(article_id, TRANSIENT, verdict.reason)
            raise ErrorPage(f"HTTP {response.status} with an {verdict.reason}")
        self.observe(article_id, verdict.outcome, verdict.reason)
        return response

    def process_exception(self, request, exception, spider=None):
        spider = spider or self.crawler.spider
        if request.meta.get("siaran_kind") == "sitemap":
            self._listing_incomplete(spider)
        article_id = request.meta.get("siaran_recheck")
        if article_id is not None and not isinstance(exception, IgnoreRequest):
            self.observe(article_id, TRANSIENT, type(exception).__name__)

    def verdict(self, request, response, spider) -> PageVerdict:
        status = response.status
        if status == 304:
            return PageVerdict(UNCHANGED)
        if status in GONE_STATUSES:
            return PageVerdict(GONE, f"HTTP {status}")
        if status != 200:
            return PageVerdict(TRANSIENT, f"HTTP {status}")
        source = getattr(spider, "source", None)
        original = (request.meta.get("redirect_urls") or [request.url])[0]
        listing_paths = {urlsplit(spider_url(source, c.start)).path.rstrip("/")
                         for c in getattr(source, "discovery", []) if getattr(c, "start", None)}
        reason = redirect_gone(original, response.url, listing_paths)
        if reason:
            return PageVerdict(GONE, reason)
        if request.meta.get("siaran_api_record"):
            return api_record_verdict(response, request.meta.get("siaran_api_gone"))
        if not isinstance(response, TextResponse):
            return PageVerdict("pending")
        soft_404 = getattr(source, "soft_404_without", None)
        if soft_404 and not response.css(soft_404):
            return PageVerdict(GONE, f"soft 404: no {soft_404!r}")
        known = getattr(spider, "known", None)
        page = known.page(original) if known is not None else None
        verdict = classify_page(response.text, stored_title=self.stored_title(page))
        return PageVerdict("pending") if verdict.outcome == "page" else verdict

    def stored_title(self, page) -> str | None:
        if page is None:
            return None
        with self.db.session() as s:
            return s.scalar(select(Article.title).where(Article.id == page.article_id))

    def observe(self, article_id: int, outcome: str, reason: str | None = None) -> None:
        # A later answer in the same run (a retry that worked) replaces an earlier one.
        self.observations[article_id] = Observation(outcome, reason)

    def _listing_incomplete(self, spider) -> None:
        known = getattr(spider, "known", None)
        if known is not None:
            known.listing_incomplete = True

    # -- writing back ---------------------------------------------------------------------------
    def spider_closed(self, spider, reason: str) -> None:
        known = getattr(spider, "known", None)
        if known is None:
            return
        try:
            self.write(known, spider)
        except Exception:  # logged: the next night checks these releases again
            logger.exception("could not write re-check outcomes")

    def write(self, known, spider=None) -> None:
        now, policy, stats = known.now, known.schedule_policy(), self.crawler.stats
        outcomes = {aid: (UNCHANGED if o.outcome in ("page", UNCHANGED) else
                          TRANSIENT if o.outcome == "pending" else o.outcome, o.reason)
                    for aid, o in self.observations.items()}
        ids = sorted(outcomes)
        with self.db.session() as s:
            edited = set(s.scalars(select(ArticleChange.article_id).where(
                ArticleChange.id > self.first_change_id, ArticleChange.kind == "edited")))
            states = []
            for start in range(0, len(ids), WRITE_CHUNK):
                chunk = ids[start:start + WRITE_CHUNK]
                states.extend(CheckState(*row) for row in s.execute(select(*STATE_COLUMNS).where(Article.id.in_(chunk))))
            outcomes = self.hold_site_wide_gone(outcomes, known, states, policy, spider)
            conclusive = {aid for aid, (outcome, _) in outcomes.items() if outcome != TRANSIENT}
            updates = []
            for state in states:
                outcome, why = outcomes[state.article_id]
                if outcome == UNCHANGED and state.article_id in edited:
                    outcome = EDITED
                step = after_check(state, outcome, now, policy, reason=why)
                stats.inc_value(f"siaran/recheck_{outcome}")
                if step.change:
                    stats.inc_value(f"siaran/{step.change}")
                    record_change(s, state.article_id, step.change, now, detail=step.detail)
                    enqueue(s, state.article_id)  # its search document says removed / not removed
                    logger.info("release %s %s: %s", state.article_id, step.change, step.detail)
                updates.append({"_id": state.article_id, **{k: getattr(step.state, k) for k in WRITTEN}})
            table = Article.__table__
            if updates:
                s.connection().execute(update(table).where(table.c.id == bindparam("_id")).values(
                    **{k: bindparam(k) for k in WRITTEN}), updates)
            self.write_listing_notes(s, known, conclusive)

    def hold_site_wide_gone(self, outcomes: dict, known, states: list[CheckState], policy, spider) -> dict:
        """Tonight's outcomes, with every "gone" held back when the routine re-checks answered "gone"
        site-wide (``scraper.recheck.hold_site_wide_gone``); reported in the crawl report."""
        expected = signalled_checks(known) | {st.article_id for st in states if st.gone_since or st.removed_at}
        outcomes, held = hold_site_wide_gone(outcomes, expected, policy)
        if held:
            self.crawler.stats.set_value("siaran/recheck_gone_held", sum(r == held for _, r in outcomes.values()))
            logger.warning("re-check: %s", held)
            if spider is not None and hasattr(spider, "record_error"):
                spider.record_error(getattr(getattr(spider, "source", None), "base_url", "?"), held)
        return outcomes

    def write_listing_notes(self, s, known, conclusive: set[int]) -> None:
        """Remember what the listings showed; a signal whose check did not happen (budget) or proved
        nothing keeps the old stamp, so it fires again tomorrow."""
        notes = known.notes
        unresolved = (notes.signalled | notes.deferred) - conclusive
        table = Article.__table__
        new_keys = sorted(set(notes.new_stamps) | set(notes.new_titles) | notes.new_listed
                          | known.listed_in_sitemap - set(known.pages))
        for start in range(0, len(new_keys), WRITE_CHUNK):  # releases stored tonight: their baseline
            chunk = new_keys[start:start + WRITE_CHUNK]
            for canonical, article_id in s.execute(select(Article.canonical_url, Article.id).where(
                    Article.canonical_url.in_(chunk), Article.source_id == known.source_id)):
                if canonical in notes.new_stamps:
                    notes.stamps[article_id] = notes.new_stamps[canonical]
                if canonical in notes.new_titles:
                    notes.titles[article_id] = notes.new_titles[canonical]
                if canonical in known.listed_in_sitemap:
                    notes.in_sitemap[article_id] = True
                if canonical in notes.new_listed:
                    notes.listed.add(article_id)
        for column, values in (("listed_lastmod", {k: normalize_stamp(v) for k, v in notes.stamps.items()}),
                               ("listed_title", notes.titles), ("in_sitemap", notes.in_sitemap)):
            if column != "in_sitemap":
                values = {k: v for k, v in values.items() if k not in unresolved}
            else:  # "left the sitemap" is remembered once a check proved something; else it fires again
                values = {k: v for k, v in values.items() if v or k in conclusive}
            if values:
                s.connection().execute(update(table).where(table.c.id == bindparam("_id")).values(
                    {column: bindparam("_v")}), [{"_id": k, "_v": v} for k, v in values.items()])
        listed = sorted(notes.listed)
        for start in range(0, len(listed), WRITE_CHUNK):  # the walk resumes after the deepest of these
            s.execute(update(Article).where(Article.id.in_(listed[start:start + WRITE_CHUNK]))
                      .values(last_listed_at=known.now))


def signalled_checks(known) -> set[int]:
    """Releases re-checked tonight because a signal pointed at them (a moved stamp, a changed listed
    title, off a complete listing slice or out of the sitemap): more likely than others to be gone."""
    notes = known.notes
    return (set(notes.signalled) | set(notes.deferred) | set(getattr(known, "walk_absent", ()))
            | {aid for aid, listed in notes.in_sitemap.items() if listed is False})


def poll_covers_edits(response) -> bool:
    """Whether a WordPress ``modified_after`` answer names every post edited since the cut-off: a JSON
    list, all of it modified after the cut-off (a WordPress older than 5.7 ignores the parameter), and the
    whole answer within the pages the poll reads. Then tonight's schedule may use ``recheck.covered``."""
    query = parse_qs(urlsplit(response.url).query)
    if response.status != 200 or "modified_after" not in query or query.get("page", ["1"]) != ["1"]:
        return False
    from scraper.discovery.wp_api import MODIFIED_MAX_PAGES, ignored_filter, total_pages

    try:
        payload = json.loads(response.text)
        since = datetime.fromisoformat(query["modified_after"][0]).astimezone(UTC)
    except (ValueError, AttributeError):
        return False
    pages = total_pages(response.headers.get("X-WP-TotalPages"))
    return (isinstance(payload, list) and not ignored_filter(payload, since)
            and (pages or 1) <= MODIFIED_MAX_PAGES)


def spider_url(source, path: str) -> str:
    if path.startswith(("http://", "https://")) or source is None:
        return path
    return source.base_url.rstrip("/") + "/" + path.lstrip("/")


STATE_COLUMNS = (Article.id, Article.published_at, Article.first_seen, Article.stable_checks, Article.last_edited_at,
                 Article.last_checked_at, Article.next_check_at, Article.gone_since, Article.gone_reason,
                 Article.removed_at, Article.restored_at)
WRITTEN = ("last_checked_at", "next_check_at", "stable_checks", "last_edited_at", "gone_since", "gone_reason",
           "removed_at", "restored_at")

__all__ = ["BogusNotModified", "ErrorPage", "PageVerdict", "RecheckObserver", "classify_page", "redirect_gone"]
