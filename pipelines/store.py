"""Store: upsert each release on its canonical URL, keep every distinct text as a revision, queue it
for indexing in the same transaction (the outbox), so a crash or a down Meilisearch loses nothing.

During a crawl the store writes in batches: items wait in a ``StoreBatch`` and are written together,
one transaction per batch, when the batch is full (``SIARAN_STORE_BATCH_SIZE`` items), when its oldest
item has waited ``SIARAN_STORE_BATCH_SECONDS``, and when the spider closes. One transaction per item
(a select, the ORM flush, 20 band rows and a commit each) was the largest cost of the whole pipeline;
a batch inserts its new articles, revisions, band rows and outbox rows with one statement each.

What a crash means: a batch is written in one transaction, so it is stored completely or not at all.
Items of an unwritten batch are simply not in the archive; their URLs stay unknown, so the next crawl
fetches them again. Nothing half-written is ever left behind. The dedupe step looks at the waiting
batch too (``StoreBatch.may_hold_original``) so a re-post of a release still in the batch is linked
to it exactly as if the batch had been written already; it looks into every crawler's batch of this
process (``siaran crawl --source a --source b`` runs several crawlers side by side).

What the key of a release is: its canonical URL when the page's ``<link rel=canonical>`` points to the
same host family (``www.``/no-``www``, http/https), else its own URL (``pipelines.dedupe.article_key``).
A row of another source is never updated under that key: a release that would land on one is stored
under its own URL instead. Validators (ETag, Last-Modified) are stored only on the row of the URL that
sent them, and never from a truncated response (so the next fetch is unconditional).

A truncated copy (``truncated``, set by extraction) never replaces a stored complete one: the stored text
stays, the fetch is reported (kind ``truncated``); a truncated copy stored first is replaced by the next
complete one (a new revision, the flag cleared).

After a batch is written, each written release is settled (``pipelines.originals.settle``): the
database, not the crawl order, decides which release of a duplicate group is the original. That also
covers crawls in other processes that wrote a copy between our dedupe lookup and our commit.
"""

from __future__ import annotations

import gzip
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from weakref import WeakKeyDictionary

from itemadapter import ItemAdapter
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError

from archive.changes import edit_of
from archive.db import Database, get_database
from archive.fingerprints import NEAR_DUPLICATE_THRESHOLD, Signature, band_keys, canonicalize_url, similarity
from archive.models import Article, IndexOutbox, Revision, SignatureBand, Source, utcnow

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 100
DEFAULT_BATCH_SECONDS = 2.0
KEPT_COMPLETE = "kept_complete"  # outcome: a truncated copy arrived, the stored complete text was kept

# ``report(url, reason, kind)``: how the store tells the crawl report about a release it could not write.
Reporter = Callable[[str, str, str], None]

ARTICLE_FIELDS = (
    "url", "language", "detected_language", "title", "subtitle", "published_at", "published_has_time",
    "updated_at", "author", "tags", "image_url", "captions", "attachments", "alternate_urls", "external_id",
    "content_hash", "signature", "http_status", "extractor", "etag", "last_modified", "fetched_at",
    "date_source", "truncated",
)


def ensure_source(session, source) -> None:
    """The source's row, created or brought in line with its entry (``republishes`` steers which copy of
    a duplicate group is the original, and cross-source translation pairing)."""
    republishes = bool(getattr(source, "republishes", False))
    row = session.get(Source, source.id)
    if row is None:
        session.add(Source(id=source.id, name=source.name, base_url=source.base_url, languages=source.languages,
                           republishes=republishes))
    else:
        row.name, row.base_url, row.languages = source.name, source.base_url, list(source.languages)
        row.republishes = republishes


def open_source(db: Database, source) -> None:
    """``ensure_source`` in its own transaction, safe when workers start together: they race to insert
    the same row, and the loser finds the winner's row on its second try and brings it in line instead."""
    try:
        with db.session() as s:
            ensure_source(s, source)
    except IntegrityError:
        with db.session() as s:
            ensure_source(s, source)


@lru_cache(maxsize=4096)
def _signature(sig_bytes: bytes) -> Signature:
    """Signatures by their stored bytes, kept for a while: a release waiting in a batch needs its band
    keys when it is queued and again when it is written."""
    return Signature.from_bytes(sig_bytes)


def write_bands(session, article_id: int, sig_bytes: bytes | None, *, replace: bool = True) -> None:
    """The article's LSH band keys, written with one executemany (they are looked up, never loaded)."""
    if replace:
        session.execute(delete(SignatureBand).where(SignatureBand.article_id == article_id))
    if sig_bytes:
        keys = band_keys(_signature(sig_bytes))
        session.execute(insert(SignatureBand), [{"article_id": article_id, "band": i, "key": k}
                                                 for i, k in enumerate(keys)])


def enqueue(session, article_id: int) -> None:
    """Queue a release for (re)indexing; re-queueing refreshes ``enqueued_at`` so an index batch already
    in flight with the older text does not take the row out of the queue."""
    row = session.get(IndexOutbox, article_id)
    if row is None:
        session.add(IndexOutbox(article_id=article_id))
    else:
        row.enqueued_at = utcnow()


def _revision_values(data: dict, now) -> dict:
    return {"fetched_at": now, "title": data["title"], "body": data.get("body") or "",
            "content_hash": data["content_hash"], "http_status": data.get("http_status"), "url": data["url"],
            "raw_html_gz": gzip.compress(data["raw_html"]) if data.get("raw_html") else None}


def owns_validators(data: dict) -> bool:
    """Whether the response's ETag / Last-Modified may be stored on the release's row: only when the
    row's key is the URL that sent them, and the response was complete."""
    if data.get("truncated"):
        return False
    try:
        return canonicalize_url(data["url"]) == data["canonical_url"]
    except ValueError:
        return False


def _article_values(data: dict, now) -> dict:
    values = {"source_id": data["source"], "canonical_url": data["canonical_url"], "body": data.get("body") or "",
              "first_seen": now, "last_seen": now, "duplicate_of_id": data.get("duplicate_of"),
              "duplicate_similarity": data.get("duplicate_similarity"),
              **{k: data.get(k) for k in ARTICLE_FIELDS}}
    values["truncated"] = bool(data.get("truncated"))
    if not owns_validators(data):
        values["etag"] = values["last_modified"] = None
    return values


def own_key(session, data: dict) -> dict:
    """``data`` keyed so that it never lands on another source's row.

    The dedupe step keys a page by its canonical URL only within the host family; two sources can still
    share a host. When the key is stored for another source, the release is keyed by its own URL.
    """
    owner = session.scalar(select(Article.source_id).where(Article.canonical_url == data["canonical_url"]))
    if owner is None or owner == data["source"]:
        return data
    own = canonicalize_url(data["url"])
    logger.info("%s: canonical %s belongs to source %s; stored under its own URL", data["url"],
                data["canonical_url"], owner)
    if own == data["canonical_url"]:
        raise ValueError(f"{own} is stored for source {owner}, not {data['source']}")
    return {**data, "canonical_url": own}


def store_release(session, data: dict) -> str:
    """Insert or update one release; returns 'new', 'updated', 'unchanged' or 'kept_complete'."""
    return _store_one(session, data)[0]


def _store_one(session, data: dict) -> tuple[str, int]:
    """``store_release`` with the id of the row written (or left alone)."""
    data = own_key(session, data)
    article = session.scalar(select(Article).where(Article.canonical_url == data["canonical_url"]))
    now = data.get("fetched_at") or utcnow()
    revision = Revision(**_revision_values(data, now))
    if article is None:
        article = Article(**_article_values(data, now))
        article.revisions.append(revision)
        session.add(article)
        session.flush()
        write_bands(session, article.id, data.get("signature"), replace=False)
        session.add(IndexOutbox(article_id=article.id))  # a new article cannot be queued yet
        return "new", article.id
    article.last_seen = now
    if data.get("truncated") and not article.truncated:
        # A cut-off copy never replaces the complete text we hold; the fetch is reported by the caller.
        return KEPT_COMPLETE, article.id
    refetched = article.fetched_at is None or now > article.fetched_at  # a new fetch, not a reprocess
    article.fetched_at = now
    if owns_validators(data):
        article.etag, article.last_modified = data.get("etag"), data.get("last_modified")
    if article.content_hash == data["content_hash"]:
        article.truncated = bool(data.get("truncated"))
        return "unchanged", article.id
    # Change tracking (archive/changes.py): a re-fetch that differs only in furniture, whitespace or
    # tracking parameters is no revision; a real one is recorded as an 'edited' change. A complete copy
    # replacing a truncated one, and a reprocess of stored HTML, are revisions but not edits.
    edit = edit_of(session, article, data) if refetched and not article.truncated else None
    if edit is not None and not edit.meaningful:
        return "unchanged", article.id
    for key in ARTICLE_FIELDS:
        if key not in ("etag", "last_modified"):
            setattr(article, key, data.get(key))
    article.truncated = bool(data.get("truncated"))
    article.body = data.get("body") or ""
    article.revision_count = (article.revision_count or 1) + 1
    article.revisions.append(revision)
    session.flush()
    write_bands(session, article.id, data.get("signature"))
    enqueue(session, article.id)
    if edit is not None:
        edit.record(session, article, revision.id, now)
    return "updated", article.id


def insert_new_releases(session, items: list[dict]) -> list[int]:
    """Insert releases whose canonical URLs are not stored yet, several rows per statement.

    The same rows as ``store_release`` writes for a new release (article, first revision, band keys,
    outbox row), built as one multi-row INSERT per table; article ids come back in input order.
    """
    if not items:
        return []
    nows = [data.get("fetched_at") or utcnow() for data in items]
    ids = session.scalars(insert(Article).returning(Article.id, sort_by_parameter_order=True),
                          [_article_values(data, now) for data, now in zip(items, nows)]).all()
    # The other rows are plain values: Core executemany on the tables skips the ORM's per-row work
    # (20 band rows per release). The articles go through the ORM for its handling of None vs defaults.
    session.execute(insert(Revision.__table__), [{"article_id": article_id, **_revision_values(data, now)}
                                                 for article_id, data, now in zip(ids, items, nows)])
    bands = [{"article_id": article_id, "band": i, "key": key}
             for article_id, data in zip(ids, items) if data.get("signature")
             for i, key in enumerate(band_keys(_signature(data["signature"])))]
    if bands:
        session.execute(insert(SignatureBand.__table__), bands)
    session.execute(insert(IndexOutbox.__table__), [{"article_id": article_id} for article_id in ids])
    return list(ids)


def store_releases(session, items: list[dict]) -> list[str]:
    """Store several releases in order, in the caller's transaction; their outcomes, in order.

    The rows written are exactly those of ``store_release`` called for each item in turn (ids
    included). Consecutive releases whose canonical URL is neither stored nor earlier in ``items``
    are inserted together (``insert_new_releases``); the others (updates, and repeats of a URL within
    the batch) go through ``store_release`` one by one. A first crawl is one run of new releases.
    """
    return [outcome for outcome, _ in _store_many(session, items)]


def _store_many(session, items: list[dict]) -> list[tuple[str, int]]:
    """``store_releases`` with the id of each row written."""
    urls = {data["canonical_url"] for data in items}
    stored = dict(session.execute(select(Article.canonical_url, Article.source_id)
                                  .where(Article.canonical_url.in_(urls))).tuples().all())
    written: list[tuple[str, int]] = []
    run: list[dict] = []
    for data in items:
        if stored.get(data["canonical_url"], data["source"]) != data["source"]:
            data = own_key(session, data)  # another source's row: keyed by its own URL instead
        url = data["canonical_url"]
        if url not in stored:
            stored[url] = data["source"]
            run.append(data)
            continue
        written.extend(("new", article_id) for article_id in insert_new_releases(session, run))
        run = []
        written.append(_store_one(session, data))
    written.extend(("new", article_id) for article_id in insert_new_releases(session, run))
    return written


class StoreBatch:
    """Releases handed to the store and not written yet (see the module docstring).

    Besides the items it keeps their content hashes and LSH band keys, so that the dedupe step can
    tell, without a query, whether a waiting release could be the original of the one it checks.
    """

    def __init__(self, db: Database, stats=None, size: int = DEFAULT_BATCH_SIZE,
                 seconds: float = DEFAULT_BATCH_SECONDS, report: Reporter | None = None,
                 track_links: bool = False) -> None:
        self.db = db
        self.track_links = track_links  # the attachments step runs: files wait as pending links
        self.stats = stats
        self.report = report
        self.size = max(1, size)
        self.seconds = seconds
        self.items: list[dict] = []
        self.urls: set[str] = set()
        self._started = 0.0
        self._by_hash: dict[str, list[int]] = defaultdict(list)
        self._by_band: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._signatures: list[Signature | None] = []

    def __len__(self) -> int:
        return len(self.items)

    def add(self, data: dict) -> None:
        """Queue one release (the item as a dict); written when the batch is due."""
        if not self.items:
            self._started = time.monotonic()
        position = len(self.items)
        self.items.append(data)
        self.urls.add(data["canonical_url"])
        self._by_hash[data["content_hash"]].append(position)
        sig = _signature(data["signature"]) if data.get("signature") else None
        self._signatures.append(sig)
        if sig is not None:
            for band_key in enumerate(band_keys(sig)):
                self._by_band[band_key].append(position)

    def due(self) -> bool:
        return bool(self.items) and (len(self.items) >= self.size
                                     or time.monotonic() - self._started >= self.seconds)

    def may_hold_original(self, canonical_url: str, chash: str, sig: Signature,
                          threshold: float = NEAR_DUPLICATE_THRESHOLD) -> bool:
        """Could a waiting release (under another URL) be found as the original of this text?

        Conservative: true for any waiting release with the same content hash or a shared band key
        and a similarity at or above the threshold. The caller then writes the batch and asks the
        database, which applies the exact rules (``dedupe.find_original``).
        """
        positions = set(self._by_hash.get(chash, ()))
        for band_key in enumerate(band_keys(sig)):
            positions.update(self._by_band.get(band_key, ()))
        for position in positions:
            if self.items[position]["canonical_url"] == canonical_url:
                continue
            other = self._signatures[position]
            if self.items[position]["content_hash"] == chash or (
                    other is not None and similarity(sig, other) >= threshold):
                return True
        return False

    def flush(self) -> None:
        """Write the waiting releases in one transaction, count their outcomes, then settle them.

        If the batch fails as a whole (a constraint, a lost connection), each release is retried in
        its own transaction, so one bad release costs only itself, as it did before batching; a
        release that still fails is reported (kind ``pipeline_exception``), never only logged.
        """
        items = self.items
        if not items:
            return
        self._reset()
        written: list[tuple[str, int]] = []
        try:
            with self.db.session() as s:
                written = _store_many(s, items)
                self._mark_files_pending(s, items, written)
            done = items
        except Exception:  # fall back to one transaction per release
            logger.warning("writing a batch of %d releases failed; retrying them one by one", len(items),
                           exc_info=True)
            written, done = [], []
            for data in items:
                try:
                    with self.db.session() as s:
                        one = _store_one(s, data)
                        self._mark_files_pending(s, [data], [one])
                    written.append(one)
                    done.append(data)
                except Exception as exc:  # logged and reported; the other releases go on
                    logger.exception("could not store %s", data.get("url"))
                    self._report(data.get("url") or "?", f"could not store: {type(exc).__name__}: {exc}",
                                 "pipeline_exception")
        for data, (outcome, _) in zip(done, written):
            if self.stats is not None:
                self.stats.inc_value(f"siaran/{outcome}")
            if outcome == KEPT_COMPLETE:
                self._report(data["url"], "page cut off (truncated); the stored complete copy is kept",
                             "truncated")
        self._settle([article_id for outcome, article_id in written if outcome in ("new", "updated")])

    def _mark_files_pending(self, session, items: list[dict], written: list[tuple[str, int]]) -> None:
        """In the releases' own transaction: their file URLs as pending links (archive.attachments.pending)."""
        if not self.track_links:
            return
        from archive.attachments.pending import mark_pending

        for data, (_, article_id) in zip(items, written):
            if data.get("attachments"):
                mark_pending(session, article_id, data["attachments"])

    def _settle(self, article_ids: list[int]) -> None:
        """Elect the original of each written release's duplicate group, with the database as arbiter."""
        if not article_ids:
            return
        from pipelines.originals import settle_all  # originals -> dedupe -> store: imported when used

        try:
            changed = settle_all(self.db, article_ids)
        except Exception as exc:  # the releases are stored; only their grouping waits for a later write
            logger.exception("could not settle the duplicate groups of %d releases", len(article_ids))
            self._report("(store)", f"could not settle duplicate groups: {type(exc).__name__}: {exc}",
                         "pipeline_exception")
            return
        if changed and self.stats is not None:
            self.stats.inc_value("siaran/originals_reelected", changed)

    def _report(self, url: str, reason: str, kind: str) -> None:
        if self.report is not None:
            self.report(url, reason, kind)

    def _reset(self) -> None:
        self.items = []
        self.urls = set()
        self._by_hash = defaultdict(list)
        self._by_band = defaultdict(list)
        self._signatures = []


# One batch per crawler, shared by the store (which fills and writes it), the dedupe step (which
# looks into it) and the steps that read the database when the spider closes (which write it first).
_BATCHES: WeakKeyDictionary = WeakKeyDictionary()


def register_store_batch(crawler, batch: StoreBatch) -> None:
    """Make ``batch`` the crawler's waiting batch (done by ``StorePipeline``)."""
    _BATCHES[crawler] = batch


def store_batch(crawler) -> StoreBatch | None:
    """The crawler's waiting batch, or None when the store pipeline is not in use."""
    return _BATCHES.get(crawler) if crawler is not None else None


def all_store_batches() -> list[StoreBatch]:
    """Every crawler's waiting batch in this process: one ``siaran crawl`` with several sources runs
    several crawlers side by side, and a copy in one may be the original of a release in another."""
    return [batch for batch in list(_BATCHES.values()) if batch is not None]


def flush_store(crawler) -> None:
    """Write the crawler's waiting releases now (before reading the database at close)."""
    batch = store_batch(crawler)
    if batch is not None:
        batch.flush()


def _attachments_step_runs(settings) -> bool:
    """Whether the attachments step (pipelines.attachments) will settle the links the store marks pending."""
    return settings.getbool("SIARAN_ATTACHMENTS", True) and any(
        str(name).endswith("AttachmentsPipeline") for name in settings.getwithbase("ITEM_PIPELINES"))


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db = get_database(crawler.settings["SIARAN_DATABASE_URL"])
        self.stats = crawler.stats
        self.batch = StoreBatch(self.db, self.stats,
                                size=crawler.settings.getint("SIARAN_STORE_BATCH_SIZE", DEFAULT_BATCH_SIZE),
                                seconds=crawler.settings.getfloat("SIARAN_STORE_BATCH_SECONDS",
                                                                  DEFAULT_BATCH_SECONDS),
                                report=self._report, track_links=_attachments_step_runs(crawler.settings))
        register_store_batch(crawler, self.batch)
        self._timer = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        source = getattr(spider or self.crawler.spider, "source", None)
        if source is not None:
            open_source(self.db, source)
        # A slow, polite crawl may take minutes to fill a batch: write it on time as well as on size.
        from twisted.internet.task import LoopingCall

        self._timer = LoopingCall(self._flush_if_due)
        self._timer.start(max(self.batch.seconds / 2, 0.05), now=False)

    def process_item(self, item, spider=None):
        # A shallow copy: ``asdict()`` walks every value looking for nested items, which cost more
        # than writing the release; nothing downstream changes the item's lists.
        self.batch.add(dict(ItemAdapter(item).items()))
        if self.batch.due():
            self.batch.flush()
        return item

    def close_spider(self, spider=None):
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.batch.flush()

    def _report(self, url: str, reason: str, kind: str) -> None:
        from scraper.report import crawl_error

        self.crawler.signals.send_catch_log(crawl_error, url=url, reason=reason, kind=kind,
                                            spider=self.crawler.spider)

    def _flush_if_due(self) -> None:
        if self.batch.due():
            self.batch.flush()
