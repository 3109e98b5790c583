"""What the archive already has, so a nightly crawl downloads what is new and re-checks what is due.

``KnownArticles`` is the crawl's view of one source's stored releases. Discovery asks it about every URL
it finds (``decision``); it answers from the re-check schedule (``scraper.recheck``):

- ``fetch``: new to the archive; ``recheck``: known and due, or a cheap signal says it changed (a new
  sitemap/feed/API modified stamp, a changed listing title): a conditional GET with the stored
  ``If-None-Match`` / ``If-Modified-Since``; ``refetch``: the stored copy is truncated, fetched again
  without validators until a complete copy replaces it; ``skip``: known, not due.
- Tonight's budget is the source's part of the archive-wide budget (``source_share``: the whole
  allocation computed in this process from grouped counts as of the night's start, ``source_needs``,
  ``scraper.recheck.allocate``).
- A listing-only source's listing also walks a slice of its whole pager each night (``plan_walk``,
  ``scraper.walk``) from the walk allowance in that share; the walk's pages are counted in it.
- After discovery (the spider's ``spider_idle``), ``take_due`` hands out the releases the schedule says
  are due tonight (and those that left a complete sitemap or the answered pages of a walk slice), within what is
  left of the share, most overdue first, pending takedown confirmations before everything else.

What the listings showed (stamps, titles, sitemap membership, which releases a listing showed:
``last_listed_at``) is written back when the crawl ends (``scraper.takedowns.RecheckObserver``), together
with the outcome of each re-check.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, case, func, or_, select, update

from archive.fingerprints import canonicalize_url
from archive.models import Article
from scraper.recheck import (
    Allocation,
    RecheckPolicy,
    SourceNeed,
    allocate,
    archive_budget,
    clock,
    covered,
    crawl_night_start,
    due_horizon,
    first_check,
    signal_budget,
    stamp_changed,
    title_key,
    walk_spare,
)
from scraper.walk import (
    Listable,
    WalkSlice,
    absent_from_walk,
    plan_walk_segments,
    rest_after_failure,
    walk_need,
)

logger = logging.getLogger(__name__)

SEED_CHUNK = 1000


@dataclass
class KnownPage:
    article_id: int
    url: str  # as fetched: the canonical URL may have another scheme (https) than the site serves
    etag: str | None
    last_modified: str | None
    language: str | None = None
    listed_lastmod: str | None = None
    listed_title: str | None = None
    truncated: bool = False
    in_sitemap: bool | None = None
    gone: bool = False  # seen gone (pending confirmation) or removed: listed again means "look now"
    published_at: datetime | None = None  # where it sorts in a listing (the walk)
    last_listed_at: datetime | None = None
    last_checked_at: datetime | None = None


@dataclass
class ListingNotes:
    """What tonight's listings said about known releases, written back at the end of the crawl."""

    stamps: dict[int, str] = field(default_factory=dict)  # article id -> modified stamp as listed
    titles: dict[int, str] = field(default_factory=dict)  # article id -> title fingerprint
    in_sitemap: dict[int, bool] = field(default_factory=dict)
    new_stamps: dict[str, str] = field(default_factory=dict)  # canonical URL of a new release -> stamp
    new_titles: dict[str, str] = field(default_factory=dict)
    listed: set[int] = field(default_factory=set)  # known releases a listing, feed or API page showed
    new_listed: set[str] = field(default_factory=set)  # canonical URLs of new releases a listing showed
    signalled: set[int] = field(default_factory=set)  # re-checked because of a signal
    deferred: set[int] = field(default_factory=set)  # a signal, but the budget was spent: due at once


class KnownArticles:
    """Canonical URLs already stored for one source, their validators, and tonight's re-check budget."""

    def __init__(self, pages: dict[str, KnownPage], *, full: bool, now: datetime | None = None,
                 policy: RecheckPolicy | None = None, db=None, source_id: str | None = None,
                 share: Allocation | None = None) -> None:
        self.pages = pages
        self.full = full
        self.now = now or clock()
        self.policy = policy or RecheckPolicy()
        self.db = db
        self.source_id = source_id
        # Tonight's part of the archive-wide budget (``load`` computes it); alone, a source may spend the
        # budget of an archive of its own size.
        self.share = share or Allocation({"old": archive_budget(len(pages), self.policy)})
        self.budget = self.share.requests  # the part for new pages is theirs
        self.walk_left = self.share.walk  # the walk's own allowance, pages not yet planned
        # Set when tonight's WordPress ``modified_after`` poll answered (``scraper.takedowns``): every edit
        # is then signalled, and old releases need only the slow safety re-check (``schedule_policy``).
        self.edits_signalled = False
        self.signals_left = signal_budget(self.budget, self.policy)
        self.spent = 0
        self.due: set[str] = set()  # canonical URLs handed out by ``take_due``
        self.fetching: set[str] = set()  # canonical URLs requested tonight (any decision but 'skip')
        self.notes = ListingNotes()
        self.listed_in_sitemap: set[str] = set()
        self.sitemap_seen = False
        self.listing_incomplete = False  # a sitemap failed tonight: absence proves nothing
        self.due_taken = False
        self.walks: list[tuple[str | None, WalkSlice]] = []  # (language, slice) walked tonight
        # When a listing last showed one of the source's releases: the last crawl (WordPress polls the
        # posts modified since then).
        self.last_listed = max((p.last_listed_at for p in pages.values() if p.last_listed_at), default=None)
        self.walk_absent: list[int] = []
        self.by_id = {page.article_id: url for url, page in pages.items()}
        # The URL a release was fetched from finds it too, when its canonical URL is spelled differently.
        for url, page in list(pages.items()):
            alias = _canonical_or_none(page.url)
            if alias and alias not in pages:
                pages[alias] = page

    @classmethod
    def load(cls, db, source_id: str, *, full: bool, now: datetime | None = None,
             policy: RecheckPolicy | None = None) -> KnownArticles:
        now = now or clock()
        policy = policy or RecheckPolicy()
        seed_schedule(db, source_id, policy)
        pages: dict[str, KnownPage] = {}
        with db.session() as s:
            rows = s.execute(select(Article.canonical_url, Article.id, Article.url, Article.etag, Article.last_modified,
                                    Article.language, Article.listed_lastmod, Article.listed_title,
                                    Article.truncated, Article.in_sitemap,
                                    (Article.gone_since.is_not(None) | Article.removed_at.is_not(None)),
                                    Article.published_at, Article.last_listed_at, Article.last_checked_at)
                             .where(Article.source_id == source_id))
            for url, *values in rows:
                pages[url] = KnownPage(*values[:9], gone=bool(values[9]), published_at=values[10],
                                       last_listed_at=values[11], last_checked_at=values[12])
        share = source_share(db, source_id, now, policy)
        logger.info("re-check budget for %s tonight: %d requests (%s)", source_id, share.total,
                    ", ".join(f"{k} {v}" for k, v in share.granted.items() if v))
        return cls(pages, full=full, now=now, policy=policy, db=db, source_id=source_id, share=share)

    def schedule_policy(self) -> RecheckPolicy:
        """The policy the outcomes of tonight's re-checks are scheduled with (``covered`` when a poll
        signals every edit)."""
        return covered(self.policy) if self.edits_signalled else self.policy

    # -- questions discovery asks --------------------------------------------------------------
    def is_known(self, url: str) -> bool:
        return canonicalize_url(url) in self.pages

    def page(self, url: str) -> KnownPage | None:
        return self.pages.get(canonicalize_url(url))

    def decision(self, url: str, meta: dict | None = None) -> str:
        """'fetch', 'recheck', 'refetch' or 'skip' for a URL a listing (or the due queue) produced."""
        key = canonicalize_url(url)
        page = self.pages.get(key)
        if page is None:
            self._note_new(key, meta or {})
            return "fetch"
        signal = self._note_listing(page, key, meta or {})
        decision = self._decide(page, signal)
        if decision != "skip":
            self.fetching.add(self.by_id[page.article_id])
        return decision

    def _decide(self, page: KnownPage, signal: bool) -> str:
        canonical = self.by_id[page.article_id]
        if self.full:
            return "recheck"
        if canonical in self.due:  # handed out by take_due (and counted there)
            return "refetch" if page.truncated else "recheck"
        if page.truncated:
            self.spent += 1
            return "refetch"
        if signal:
            if self.signals_left > 0 and self.spent < self.budget:
                self.signals_left -= 1
                self.spent += 1
                self.notes.signalled.add(page.article_id)
                return "recheck"
            self.notes.deferred.add(page.article_id)
        return "skip"

    def _note_new(self, key: str, meta: dict) -> None:
        """A new release's listing stamp and title are its baseline: the next change of either is a signal."""
        if meta.get("siaran_lastmod"):
            self.notes.new_stamps[key] = str(meta["siaran_lastmod"]).strip()[:64]
        fingerprint = title_key(meta.get("siaran_listed_title"))
        if fingerprint:
            self.notes.new_titles[key] = fingerprint
        if meta.get("siaran_listing") == "sitemap":
            self.sitemap_seen = True
            self.listed_in_sitemap.add(key)

    def _note_listing(self, page: KnownPage, key: str, meta: dict) -> bool:
        """Remember what the listing said; True when it signals a change since the last listing (a new
        modified stamp, another title, or a release seen gone that a listing shows again)."""
        signal = page.gone
        stamp = meta.get("siaran_lastmod")
        if stamp:
            signal = stamp_changed(page.listed_lastmod, stamp) or signal
            self.notes.stamps[page.article_id] = str(stamp).strip()[:64]
        fingerprint = title_key(meta.get("siaran_listed_title"))
        if fingerprint:
            signal = signal or (page.listed_title is not None and page.listed_title != fingerprint)
            self.notes.titles[page.article_id] = fingerprint
        if meta.get("siaran_listing") == "sitemap":
            self.sitemap_seen = True
            self.listed_in_sitemap.add(key)
            if page.in_sitemap is not True:
                self.notes.in_sitemap[page.article_id] = True
        return signal

    def saw_listed(self, urls: list[str]) -> set[int]:
        """A listing, feed or API page showed these URLs: the ids of the known ones; every one gets
        ``last_listed_at`` at the end of the crawl."""
        ids = self.listed_ids(urls)
        self.notes.listed |= ids
        return ids

    def listed_ids(self, urls: list[str]) -> set[int]:
        """The ids of the known releases among ``urls`` (a walk page: they get ``last_listed_at`` through
        their slice, see ``absent_from_walks``); new ones get it in any case."""
        ids = set()
        for url in urls:
            key = _canonical_or_none(url)
            page = self.pages.get(key) if key else None
            if page is not None:
                ids.add(page.article_id)
            elif key:
                self.notes.new_listed.add(key)
        return ids

    def request_meta(self, url: str, decision: str) -> dict:
        """Meta for a re-check request: the stored validators (not for ``refetch`` or ``--full``) and the
        article id the observation belongs to."""
        page = self.page(url)
        if page is None:
            return {}
        known = {} if (self.full or decision == "refetch") else {"etag": page.etag,
                                                                  "last_modified": page.last_modified}
        return {"siaran_known": known, "siaran_recheck": page.article_id}

    def conditional_headers(self, url: str) -> dict:
        page = self.page(url)
        if page is None or self.full or page.truncated:
            return {}
        return {"etag": page.etag, "last_modified": page.last_modified}

    # -- the listing walk ----------------------------------------------------------------------
    def listables(self, language: str | None) -> list[Listable]:
        """The stored releases a listing in ``language`` (None: any) should show: not seen gone."""
        return [Listable(page.article_id, page.published_at, page.last_listed_at, page.last_checked_at)
                for url, page in self.pages.items()
                if url == self.by_id[page.article_id] and not page.gone
                and (language is None or page.language in (None, language))]

    def plan_walk(self, language: str | None, page_size: int) -> list[WalkSlice]:
        """Tonight's segments of a listing's pager (``scraper.walk``): up to a whole pager every
        ``walk_nights`` nights, from the walk's own allowance in tonight's allocation, or from what the
        schedule leaves of the source's allocation when that is more; none in a ``--full`` crawl (which
        reads every page)."""
        if self.full or self.db is None or page_size <= 0:
            return []
        due = due_count(self.db, self.source_id, self.now, self.policy)
        allowance = max(self.walk_left, walk_spare(self.budget, self.spent, due, self.policy))
        segments = plan_walk_segments(self.listables(language), page_size, allowance, self.policy.walk_nights,
                                      self.policy.walk_segment_pages)
        self.walk_left = max(0, self.walk_left - sum(s.planned for s in segments))
        self.walks.extend((language, walk) for walk in segments)
        return segments

    def resume_walk(self, language: str | None, walk: WalkSlice, failed_page: int) -> WalkSlice | None:
        """The rest of ``walk`` after its failed page, as a slice of tonight's walk (``rest_after_failure``);
        its pages were already counted in the plan."""
        rest = rest_after_failure(walk, failed_page)
        if rest is not None:
            self.walks.append((language, rest))
        return rest

    def spend(self, requests: int = 1) -> None:
        """Count requests that are not article re-checks (walk pages, ``modified_after`` polls)."""
        self.spent += requests

    def absent_from_walks(self) -> list[int]:
        """Releases the answered pages of tonight's walk slices should have shown and did not. What they
        showed gets ``last_listed_at``, the pages before a failure included: the next walk resumes
        below the deepest of them, and the stretch a failed page left unread, older than both its
        neighbours, is walked again (``scraper.walk.gap_segments``)."""
        absent: set[int] = set()
        for language, walk in self.walks:
            absent.update(absent_from_walk(self.listables(language), walk))
            if walk.answered:
                self.notes.listed |= walk.listed
        return sorted(absent - self.notes.listed)

    # -- the due queue -------------------------------------------------------------------------
    def absent_from_sitemap(self) -> list[int]:
        """Releases the previous complete sitemap listed and tonight's complete sitemap does not."""
        if not self.sitemap_seen or self.listing_incomplete:
            return []
        listed = {self.pages[key].article_id for key in self.listed_in_sitemap}
        return sorted(page.article_id for url, page in self.pages.items()
                      if url == self.by_id[page.article_id] and page.in_sitemap and page.article_id not in listed)

    def take_due(self) -> list[tuple[str, str | None]]:
        """(URL to request, language) of the releases to re-check now, once per crawl: those that left
        the sitemap and deferred signals, then the schedule's due releases (pending takedown
        confirmations first, then most overdue), within what is left of tonight's budget."""
        if self.due_taken or self.full or self.db is None:
            return []
        self.due_taken = True
        left = self.budget - self.spent
        chosen: list[str] = []

        def take(canonical: str | None) -> None:
            if canonical and canonical not in self.fetching and canonical not in chosen and len(chosen) < left:
                chosen.append(canonical)

        absent = self.absent_from_sitemap()
        for article_id in absent:
            self.notes.in_sitemap[article_id] = False
        self.walk_absent = self.absent_from_walks()
        for article_id in [*absent, *self.walk_absent, *sorted(self.notes.deferred)]:
            take(self.by_id.get(article_id))
        if len(chosen) < left:
            young_since = self.now - timedelta(days=self.policy.young_days)
            with self.db.session() as s:
                query = (select(Article.canonical_url).where(
                    Article.source_id == self.source_id,
                    or_(Article.next_check_at <= due_horizon(self.now, self.policy), Article.truncated.is_(True)))
                    # The order of recheck.queue_key: pending takedowns, then first-month releases, then
                    # the most overdue.
                    .order_by(case((Article.gone_since.is_(None), 1), else_=0),
                              case((func.coalesce(Article.published_at, Article.first_seen) > young_since, 0),
                                   else_=1),
                              Article.next_check_at)
                    .limit(left + len(self.fetching)))
                for (canonical,) in s.execute(query):
                    if len(chosen) >= left:
                        break
                    take(canonical)
        self.spent += len(chosen)
        self.due.update(chosen)
        return [(self.pages[c].url, self.pages[c].language) for c in chosen if c in self.pages]


def listed_titles(response, links_selector: str | None) -> dict[str, str]:
    """URL -> the title a listing page shows for it (a heading inside the link, else the link's text),
    for the listing-title change signal. Links found by ``links_selector`` (``...::attr(href)``) or, without
    one, every link."""
    base = (links_selector or "")
    base = base[: -len("::attr(href)")] if base.endswith("::attr(href)") else ""
    anchors = response.css(base) if base else response.xpath("//a[@href]")
    titles: dict[str, str] = {}
    for anchor in anchors:
        href = (anchor.attrib.get("href") or "").strip()
        if not href:
            continue
        heading = " ".join(anchor.css("h1 ::text, h2 ::text, h3 ::text, h4 ::text").getall())
        text = " ".join((heading or " ".join(anchor.css("::text").getall())).split())
        if text:
            titles[response.urljoin(href).split("#")[0]] = text
    return titles


def _canonical_or_none(url: str | None) -> str | None:
    try:
        return canonicalize_url(url) if url else None
    except ValueError:
        return None


def seed_schedule(db, source_id: str, policy: RecheckPolicy) -> int:
    """Give every release without a ``next_check_at`` its first re-check (new releases, and archives
    from before change tracking). Returns how many were seeded."""
    seeded = 0
    with db.session() as s:
        rows = s.execute(select(Article.id, Article.published_at, Article.first_seen)
                         .where(Article.source_id == source_id, Article.next_check_at.is_(None))).all()
        stmt = (update(Article.__table__).where(Article.__table__.c.id == bindparam("_id"))
                .values(next_check_at=bindparam("_next")))
        for start in range(0, len(rows), SEED_CHUNK):
            chunk = rows[start:start + SEED_CHUNK]
            s.connection().execute(stmt, [{"_id": article_id,
                                           "_next": first_check(first_seen, article_id, published_at=published,
                                                                policy=policy)}
                                          for article_id, published, first_seen in chunk])
            seeded += len(chunk)
    return seeded


def due_count(db, source_id: str, now: datetime, policy: RecheckPolicy) -> int:
    """How many releases of a source are due tonight (for reports and tests)."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Article).where(
            Article.source_id == source_id,
            or_(Article.next_check_at <= due_horizon(now, policy), Article.truncated.is_(True)))) or 0


def source_needs(db, now: datetime, policy: RecheckPolicy, sources: dict | None = None) -> list[SourceNeed]:
    """Every source's need tonight, from grouped counts as of the night's start (``crawl_night_start``):
    releases stored before it; due = next check before tonight's horizon, or already re-checked tonight
    (so a source crawled earlier in the night keeps the need it had); walk pages from each source's
    configuration (``sources``: id -> ``SourceConfig``; a source without one has no walk).

    The same counts give the same allocation in every source's process. What still moves them during a
    night: a re-check that proved nothing (5xx, timeout) moves ``next_check_at`` without setting
    ``last_checked_at``, so that release drops out of its source's count; a signal-driven re-check of a
    release that was not due adds one; a takedown confirmed tonight moves from ``confirm`` to ``young`` or
    ``old``. A release stored after the
    crawl's clock (a replay with ``SIARAN_NOW`` in the past; ``first_seen`` is the wall clock) counts
    as stored before tonight."""
    start = crawl_night_start(now)
    stored_before = or_(Article.first_seen < start, Article.first_seen > now + timedelta(days=1))
    young_since = start - timedelta(days=policy.young_days)
    age_ref = func.coalesce(Article.published_at, Article.first_seen)
    due = or_(Article.next_check_at <= due_horizon(now, policy), Article.last_checked_at >= start,
              Article.truncated.is_(True))
    pending = and_(Article.gone_since.is_not(None), Article.removed_at.is_(None))

    def count(condition):
        return func.sum(case((condition, 1), else_=0))

    # Tonight's new pages, expected at last night's rate of fresh releases (published within two days
    # of it): the night after a backfill of old releases is not a rate.
    last_night = and_(Article.first_seen >= start - timedelta(days=1), Article.first_seen < start,
                      Article.published_at >= start - timedelta(days=2))
    with db.session() as s:
        rows = s.execute(select(Article.source_id, func.count(), count(last_night), count(and_(due, pending)),
                                count(and_(due, ~pending, age_ref > young_since)),
                                count(and_(due, ~pending, age_ref <= young_since)))
                         .where(stored_before).group_by(Article.source_id)).all()
        listed: dict[str, dict[str | None, int]] = {}
        for sid, language, n in s.execute(select(Article.source_id, Article.language, func.count())
                                          .where(stored_before, Article.published_at.is_not(None))
                                          .group_by(Article.source_id, Article.language)):
            listed.setdefault(sid, {})[language] = n
    needs = []
    for sid, size, new, confirm, young, old in rows:
        config = (sources or {}).get(sid)
        walk = (walk_need(config, listed.get(sid, {}), policy.walk_page_size, policy.walk_nights,
                          policy.walk_segment_pages, policy.walk_rewalk_share) if config else 0)
        needs.append(SourceNeed(sid, int(size), int(new or 0), int(confirm or 0), int(young or 0), int(old or 0),
                                walk))
    return needs


def source_share(db, source_id: str, now: datetime, policy: RecheckPolicy,
                 sources: dict | None = None) -> Allocation:
    """This source's part of tonight's archive-wide budget (``scraper.recheck.allocate``), computed in
    its own process from the whole archive's counts (``source_needs``)."""
    if sources is None:
        sources = _registry()
    shares = allocate(source_needs(db, now, policy, sources), policy)
    # A source with nothing stored before tonight (its first crawl): nothing to re-check or walk.
    return shares.get(source_id) or Allocation({})


def _registry() -> dict:
    """Every configured source (base URLs do not matter here); none when the registry cannot be read,
    and then no source has a walk allowance (the walk still gets what the schedule leaves)."""
    from scraper.sources import SourceError, load_sources

    try:
        return load_sources(overrides={})
    except (SourceError, OSError) as exc:
        logger.warning("source registry unreadable, no walk allowances tonight: %s", exc)
        return {}


__all__ = ["KnownArticles", "KnownPage", "ListingNotes", "due_count", "listed_titles", "seed_schedule",
           "source_needs", "source_share"]
