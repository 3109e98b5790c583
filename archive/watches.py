"""Saved searches ("watches"): checked when saved, run after every nightly crawl, each match sent once.

Saving
------
:func:`validate` refuses a bad watch when it is saved (CLI exit 2, API 422), never at 2 a.m.: the name
(it is a URL path: ``/watch/{name}.atom``), the mode, every filter (known sources, ``id``/``en``, ISO dates,
``since`` <= ``until``) and the notify target (``webhook:http(s)://…`` or ``command:…``). The filters are
then built by ``search.queries.build_filter``, the search's own builder, which quotes and escapes every
value, so a stored filter can never become a different filter expression.

Running (:func:`run_watches`, called by scheduler.py after each crawl, and by ``siaran watch run``)
---------------------------------------------------------------------------------------------------
1. **Which releases are new**: first seen after the watch's last run (``last_run_at``), looked at with a
   margin (:data:`LOOKBACK`), because a release's ``first_seen`` is stamped before its batch commits and
   crawls of different sources commit concurrently: a strict watermark could step over a release that
   committed late. Releases still waiting for the search index (``index_outbox``) cannot be searched yet:
   the watermark stops before the oldest of them, so they are looked at next time.
2. **Which of them match**: the watch's own search (query text and filters built like ``run_search``),
   restricted to those ids with ``id IN [...]``: a few hundred releases a night, whatever the archive's
   size. Hybrid/semantic watches match what the query matches by its words, like the timeline (see
   search/timeline.py: Meilisearch's hybrid search ranks every release, it does not select).
3. **Recording**: one ``watch_matches`` row per (watch, release), inserted with ON CONFLICT DO NOTHING on
   the unique pair. A release is therefore matched once, however often a crawl is retried or the watches
   are run, and a match already delivered is never delivered again.
4. **Delivery**: a watch's undelivered, due matches are *claimed* in one UPDATE … RETURNING that moves
   their ``next_attempt_at`` a lease ahead (two schedulers running watches at once cannot both claim a
   row), sent in one payload, then marked ``delivered_at``. A failure records ``attempts``,
   ``last_error`` and ``next_attempt_at`` = now + :func:`backoff` (exponential, capped); the next run
   after that time retries; after :data:`MAX_ATTEMPTS` a match is left undelivered (``watch list`` shows
   it). Each watch is delivered on its own worker thread with a timeout, and every failure is caught, so
   a dead webhook never blocks the crawl or another watch. If the process dies between a successful send
   and the ``delivered_at`` write, the lease expires and the payload is sent again: its ``delivery_id``
   lets a receiver drop the repeat.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, or_, select, update

from archive.models import Article, IndexOutbox, Source, Watch, WatchMatch, utcnow
from search.queries import SearchRequest, build_filter, form_counts, query_text

logger = logging.getLogger(__name__)

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MODES = ("keyword", "hybrid", "semantic")
LANGUAGES = ("id", "en")
FILTER_KEYS = ("sources", "languages", "tags", "since", "until", "has_translation")
MAX_QUERY = 500
LOOKBACK = timedelta(hours=6)
LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 10
ID_CHUNK = 500
DELIVERY_WORKERS = 4
FEED_ENTRIES = 100


class WatchError(ValueError):
    """A watch that cannot be saved (or found); the message is one line saying what to fix."""


@dataclass(frozen=True)
class WatchSpec:
    name: str
    query: str
    filters: dict
    mode: str = "keyword"
    notify: str | None = None


@dataclass
class WatchRun:
    name: str
    candidates: int = 0
    matched: int = 0  # new matches recorded by this run
    delivered: int = 0
    failed: int = 0
    error: str | None = None


@dataclass
class RunReport:
    runs: list[WatchRun] = field(default_factory=list)

    def by_name(self) -> dict[str, WatchRun]:
        return {r.name: r for r in self.runs}


# -- validation ---------------------------------------------------------------------------------
def backoff_base() -> float:
    """Seconds before the first retry (``SIARAN_WATCH_RETRY_BACKOFF``, default 300), doubling each time."""
    return float(os.environ.get("SIARAN_WATCH_RETRY_BACKOFF", "300"))


def backoff(attempts: int, base: float | None = None) -> timedelta:
    """Wait after the ``attempts``-th failure: base, 2 base, 4 base … at most 12 hours."""
    base = backoff_base() if base is None else base
    return timedelta(seconds=min(base * 2 ** max(0, attempts - 1), 12 * 3600))


def _day(value, key: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise WatchError(f"{key} {value!r} is not a date; use YYYY-MM-DD") from None


def _strings(value, key: str) -> list[str]:
    if value in (None, ""):
        return []
    values = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise WatchError(f"{key} must be a list of non-empty strings")
    return [v.strip() for v in values]


def normalize_filters(filters: dict | None, known_sources: Iterable[str] | None = None) -> dict:
    """The stored form of a watch's filters; WatchError for anything a search would not understand."""
    filters = dict(filters or {})
    unknown = sorted(set(filters) - set(FILTER_KEYS))
    if unknown:
        raise WatchError(f"unknown filter {', '.join(unknown)}; use {', '.join(FILTER_KEYS)}")
    out = {"sources": _strings(filters.get("sources"), "sources"),
           "languages": _strings(filters.get("languages"), "languages"),
           "tags": _strings(filters.get("tags"), "tags"),
           "since": _day(filters.get("since"), "since"), "until": _day(filters.get("until"), "until"),
           "has_translation": filters.get("has_translation")}
    if known_sources is not None:
        known = set(known_sources)
        missing = [s for s in out["sources"] if s not in known]
        if missing:
            raise WatchError(f"unknown source {', '.join(missing)}; known: {', '.join(sorted(known))}")
    bad = [lang for lang in out["languages"] if lang not in LANGUAGES]
    if bad:
        raise WatchError(f"unknown language {', '.join(bad)}; use id or en")
    if out["has_translation"] not in (None, True, False):
        raise WatchError("has_translation must be true, false or absent")
    if out["since"] and out["until"] and out["since"] > out["until"]:
        raise WatchError(f"since ({out['since']}) is after until ({out['until']})")
    return {k: v for k, v in out.items() if v not in (None, [])}


def validate(name: str, query: str, filters: dict | None = None, mode: str = "keyword",
             notify: str | None = None, known_sources: Iterable[str] | None = None) -> WatchSpec:
    """A checked watch, or WatchError: everything a nightly run would trip over is caught here."""
    from siaran.notify import parse_target

    if not NAME_RE.match(name or ""):
        raise WatchError(f"watch name {name!r}: use 1-64 letters, digits, '-', '_' or '.', starting with a "
                         "letter or digit")
    query = (query or "").strip()
    if len(query) > MAX_QUERY:
        raise WatchError(f"the query is longer than {MAX_QUERY} characters")
    if mode not in MODES:
        raise WatchError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    normalized = normalize_filters(filters, known_sources)
    if not query and not normalized:
        raise WatchError("a watch needs a query or at least one filter (it would match every release)")
    if notify:
        try:
            parse_target(notify)
        except ValueError as exc:
            raise WatchError(str(exc)) from None
    spec = WatchSpec(name=name, query=query, filters=normalized, mode=mode, notify=notify or None)
    build_filter(request_of(spec))  # the search's own builder must accept it
    return spec


def request_of(watch: Watch | WatchSpec) -> SearchRequest:
    f = watch.filters or {}
    return SearchRequest(q=watch.query or "", sources=list(f.get("sources") or []),
                         languages=list(f.get("languages") or []), tags=list(f.get("tags") or []),
                         since=date.fromisoformat(f["since"]) if f.get("since") else None,
                         until=date.fromisoformat(f["until"]) if f.get("until") else None,
                         has_translation=f.get("has_translation"), mode=watch.mode or "keyword")


def known_sources(db) -> set[str]:
    """Configured sources and every source with releases in the archive."""
    from scraper.sources import load_sources

    with db.session() as s:
        stored = set(s.scalars(select(Source.id)))
    return stored | set(load_sources())


# -- storage ------------------------------------------------------------------------------------
def add_watch(db, spec: WatchSpec) -> Watch:
    with db.session() as s:
        if s.scalar(select(Watch.id).where(Watch.name == spec.name)) is not None:
            raise WatchError(f"a watch named {spec.name!r} exists; remove it first (siaran watch remove)")
        watch = Watch(name=spec.name, query=spec.query, filters=spec.filters, mode=spec.mode, notify=spec.notify,
                      created_at=utcnow())
        s.add(watch)
        s.flush()
        return watch


def get_watch(db, name: str) -> Watch | None:
    with db.session() as s:
        return s.scalar(select(Watch).where(Watch.name == name))


def remove_watch(db, name: str) -> bool:
    with db.session() as s:
        watch_id = s.scalar(select(Watch.id).where(Watch.name == name))
        if watch_id is None:
            return False
        s.execute(delete(WatchMatch).where(WatchMatch.watch_id == watch_id))
        s.execute(delete(Watch).where(Watch.id == watch_id))
        return True


@dataclass
class WatchStatus:
    watch: Watch
    matches: int
    delivered: int
    pending: int  # matched, not delivered (waiting for a retry, or no target)
    last_error: str | None


def list_watches(db) -> list[WatchStatus]:
    with db.session() as s:
        watches = list(s.scalars(select(Watch).order_by(Watch.name)))
        out = []
        for w in watches:
            total, delivered = s.execute(select(func.count(WatchMatch.id), func.count(WatchMatch.delivered_at))
                                         .where(WatchMatch.watch_id == w.id)).one()
            error = s.scalar(select(WatchMatch.last_error).where(WatchMatch.watch_id == w.id,
                                                                 WatchMatch.delivered_at.is_(None),
                                                                 WatchMatch.last_error.is_not(None))
                             .order_by(WatchMatch.id.desc()).limit(1))
            out.append(WatchStatus(w, total, delivered, total - delivered, error))
        return out


# -- running ------------------------------------------------------------------------------------
def _insert_ignore(db):
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def matching_ids(client, index_uid: str, req: SearchRequest, ids: list[int]) -> list[int]:
    """The ``ids`` the watch's search matches (its query text and filters, like ``run_search``)."""
    q = (req.q or "").strip()
    text = query_text(q, form_counts(client, index_uid, q)) if q else ""
    found: list[int] = []
    for i in range(0, len(ids), ID_CHUNK):
        chunk = ids[i:i + ID_CHUNK]
        params = {"filter": [*build_filter(req), f"id IN [{', '.join(str(int(x)) for x in chunk)}]"],
                  "page": 1, "hitsPerPage": len(chunk), "attributesToRetrieve": ["id"]}
        found += [int(h["id"]) for h in client.index(index_uid).search(text, params)["hits"]]
    return found


def match_new(db, client, index_uid: str, watch: Watch, now: datetime) -> WatchRun:
    """Record the watch's matches among the releases new since its last run; moves its watermark."""
    run = WatchRun(watch.name)
    last = watch.last_run_at or watch.created_at
    window = max(watch.created_at, last - LOOKBACK)
    with db.session() as s:
        waiting = select(IndexOutbox.article_id)
        already = select(WatchMatch.article_id).where(WatchMatch.watch_id == watch.id)
        ids = list(s.scalars(select(Article.id).where(Article.first_seen > window, Article.first_seen <= now,
                                                      Article.duplicate_of_id.is_(None), Article.id.not_in(waiting),
                                                      Article.id.not_in(already)).order_by(Article.id)))
        oldest_waiting = s.scalar(select(func.min(Article.first_seen)).where(
            Article.first_seen > window, Article.id.in_(waiting)))
    run.candidates = len(ids)
    matched = matching_ids(client, index_uid, request_of(watch), ids) if ids else []
    watermark = now if oldest_waiting is None else min(now, oldest_waiting - timedelta(microseconds=1))
    insert = _insert_ignore(db)
    with db.session() as s:
        if matched:
            result = s.execute(insert(WatchMatch).values(
                [{"watch_id": watch.id, "article_id": a, "matched_at": now, "attempts": 0} for a in matched])
                .on_conflict_do_nothing(index_elements=["watch_id", "article_id"]).returning(WatchMatch.article_id))
            run.matched = len(result.all())  # rows actually inserted: a pair already recorded returns nothing
        s.execute(update(Watch).where(Watch.id == watch.id).values(last_run_at=max(watermark, last)))
    return run


def payload_of(watch: Watch, rows: list, delivery_id: str) -> str:
    matches = [{"id": r.id, "title": r.title, "url": r.url, "source": r.source_id, "language": r.language,
                "published_at": r.published_at.isoformat() if r.published_at else None} for r in rows]
    return json.dumps({"event": "watch_matches", "watch": watch.name, "query": watch.query,
                       "filters": watch.filters or {}, "mode": watch.mode, "delivery_id": delivery_id,
                       "count": len(matches), "matches": matches, "feed": f"/watch/{watch.name}.atom"},
                      ensure_ascii=False)


def deliver_watch(db, watch: Watch, now: datetime) -> tuple[int, int, str | None]:
    """Claim, send and mark this watch's due matches: (delivered, failed, error)."""
    from siaran.notify import DeliveryError, deliver

    if not watch.notify:
        return 0, 0, None
    with db.session() as s:
        claimed = s.execute(update(WatchMatch).where(
            WatchMatch.watch_id == watch.id, WatchMatch.delivered_at.is_(None), WatchMatch.attempts < MAX_ATTEMPTS,
            or_(WatchMatch.next_attempt_at.is_(None), WatchMatch.next_attempt_at <= now))
            .values(next_attempt_at=now + LEASE).returning(WatchMatch.id, WatchMatch.article_id,
                                                            WatchMatch.attempts)).all()
    if not claimed:
        return 0, 0, None
    match_ids = [c.id for c in claimed]
    with db.session() as s:
        rows = list(s.execute(select(Article.id, Article.title, Article.url, Article.source_id, Article.language,
                                     Article.published_at).where(Article.id.in_([c.article_id for c in claimed]))
                              .order_by(Article.id)))
    delivery_id = f"{watch.name}:" + hashlib.sha256(
        ",".join(str(c.article_id) for c in sorted(claimed, key=lambda c: c.article_id)).encode()).hexdigest()[:16]
    try:
        deliver(watch.notify, payload_of(watch, rows, delivery_id))
    except (DeliveryError, ValueError) as exc:
        error = str(exc)
        with db.session() as s:
            for attempts in {c.attempts for c in claimed}:
                s.execute(update(WatchMatch).where(WatchMatch.id.in_([c.id for c in claimed
                                                                      if c.attempts == attempts]))
                          .values(attempts=attempts + 1, last_error=error[:1000],
                                  next_attempt_at=now + backoff(attempts + 1)))
        logger.warning("watch %s: delivery of %d matches failed: %s", watch.name, len(claimed), error)
        return 0, len(claimed), error
    with db.session() as s:
        s.execute(update(WatchMatch).where(WatchMatch.id.in_(match_ids))
                  .values(delivered_at=utcnow(), next_attempt_at=None, last_error=None,
                          attempts=WatchMatch.attempts + 1))
    return len(claimed), 0, None


def run_watches(db, client, index_uid: str, now: datetime | None = None, names: list[str] | None = None
                ) -> RunReport:
    """Match every watch against the new releases, then deliver what is due; never raises for one watch."""
    now = now or utcnow()
    report = RunReport()
    with db.session() as s:
        query = select(Watch).order_by(Watch.name)
        if names:
            query = query.where(Watch.name.in_(names))
        watches = list(s.scalars(query))
    for watch in watches:
        try:
            report.runs.append(match_new(db, client, index_uid, watch, now))
        except Exception as exc:  # one broken watch must not stop the others
            logger.exception("watch %s: matching failed", watch.name)
            report.runs.append(WatchRun(watch.name, error=f"matching failed: {type(exc).__name__}: {exc}"[:300]))
    runs = report.by_name()

    def one(watch: Watch) -> None:
        try:
            delivered, failed, error = deliver_watch(db, watch, now)
        except Exception as exc:  # recorded, never raised
            logger.exception("watch %s: delivery failed", watch.name)
            delivered, failed, error = 0, 0, f"delivery failed: {type(exc).__name__}: {exc}"[:300]
        run = runs[watch.name]
        run.delivered, run.failed = delivered, failed
        run.error = run.error or error

    with ThreadPoolExecutor(max_workers=DELIVERY_WORKERS, thread_name_prefix="siaran-watch") as pool:
        list(pool.map(one, [w for w in watches if w.notify]))
    return report


def feed_entries(db, watch: Watch, limit: int = FEED_ENTRIES) -> list:
    """The watch's latest matches with their releases, newest match first."""
    with db.session() as s:
        return list(s.execute(
            select(WatchMatch.matched_at, Article.id, Article.title, Article.url, Article.source_id,
                   Article.language, Article.published_at, Article.body, Source.name.label("source_name"))
            .join(Article, Article.id == WatchMatch.article_id).join(Source, Source.id == Article.source_id)
            .where(WatchMatch.watch_id == watch.id)
            .order_by(WatchMatch.matched_at.desc(), Article.id.desc()).limit(limit)))


def run_after_crawl(db) -> RunReport | None:
    """The scheduler's call after each crawl (scheduler.run_source). Never raises: with search down or a
    broken watch it logs, and the next crawl's call catches up (the watermarks did not move)."""
    from search.client import connect
    from siaran.config import load_settings

    try:
        with db.session() as s:
            if not s.scalar(select(func.count()).select_from(Watch)):
                return None  # nothing saved: no need to reach the search index at all
        settings = load_settings()
        report = run_watches(db, connect(settings, start=True), settings.index_uid)
    except Exception:  # the crawl is done and recorded; watches must not turn it into a failure
        logger.exception("watches: not run after this crawl")
        return None
    for r in report.runs:
        logger.info("watch %s: %d new releases, %d matches, %d delivered, %d failed%s", r.name, r.candidates,
                    r.matched, r.delivered, r.failed, f" ({r.error})" if r.error else "")
    return report
