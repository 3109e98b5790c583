"""Which release of a duplicate group is the original: the publisher's own page, whatever the crawl order.

Search and the default export show a group's original and hide its duplicates, so electing the first
page crawled would show an aggregator's copy whenever the aggregator happened to be fetched first.
The original is elected by ``rank``, in this order:

1. a release whose source does not republish other sources' releases (``republishes = true`` in a
   source entry marks aggregators and news services) and which does not credit another member of its
   group: a ``<link rel=canonical>`` to the other's host, or a ``Sumber: ...`` / ``Source: ...`` line
   naming the other's source or host;
2. a release another member credits;
3. the earliest publication time (undated releases last);
4. the lowest id, so the election is total and gives the same answer every time.

``settle`` applies it after a release is written (``StoreBatch.flush``), in a transaction of its own
with the group's rows locked (``FOR UPDATE`` on PostgreSQL): the database is the arbiter, so crawls
running at the same time (several sources in one command, overlapping scheduler jobs in other
processes) end with the same groups as crawls run one after another. When a better candidate arrives
the old original becomes ``duplicate_of`` the new one, its duplicates are re-pointed, and both are
queued for indexing (the outbox) so search shows the publisher's release and hides the copy.
"""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from archive.db import Database
from archive.fingerprints import NEAR_DUPLICATE_THRESHOLD, Signature, band_keys, canonicalize_url, similarity
from archive.models import Article, Revision, SignatureBand, Source
from pipelines.dedupe import find_originals
from pipelines.store import enqueue

logger = logging.getLogger(__name__)

LATEST = datetime.max.replace(tzinfo=UTC)
HEAD_BYTES = 256 * 1024  # the canonical link is in the head: never inflate a whole large page for it
SETTLE_ATTEMPTS = 5

_CREDIT_LINE = re.compile(r"^\s*(?:sumber|source)\s*:\s*(.{2,300}?)\s*$", re.IGNORECASE | re.MULTILINE)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?\s*canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


@dataclass(frozen=True)
class Member:
    """What the election reads of one release."""

    id: int
    source_id: str
    source_name: str
    republishes: bool
    canonical_url: str
    published_at: datetime | None
    duplicate_of_id: int | None
    signature: bytes | None
    credits: tuple[str, ...] = ()  # foreign canonical URLs (canonicalised) and "Sumber:" line texts


def _host(url: str) -> str:
    return urlsplit(url).netloc


def declared_canonical(raw_html: bytes | None, page_url: str) -> str | None:
    """The ``<link rel=canonical>`` of a stored page, canonicalised, or None."""
    if not raw_html:
        return None
    head = raw_html[:HEAD_BYTES].decode("utf-8", errors="replace")
    for tag in _LINK_TAG.findall(head):
        if _REL_CANONICAL.search(tag) and (href := _HREF.search(tag)):
            value = next(v for v in href.groups() if v is not None).strip()
            try:
                return canonicalize_url(urljoin(page_url, value)) if value else None
            except ValueError:
                return None
    return None


def credits_of(canonical_url: str, body: str | None, raw_html: bytes | None) -> tuple[str, ...]:
    """What a release credits as its source: a canonical on another host, and ``Sumber:`` lines."""
    found: list[str] = []
    canonical = declared_canonical(raw_html, canonical_url)
    if canonical and _host(canonical) != _host(canonical_url):
        found.append(canonical)
    found.extend(m.group(1) for m in _CREDIT_LINE.finditer(body or ""))
    return tuple(found)


def credits(member: Member, other: Member) -> bool:
    """Does ``member`` credit ``other`` (its page, its host or its source by name) as where it is from?"""
    if member.source_id == other.source_id:
        return False
    host = _host(other.canonical_url)
    for credit in member.credits:
        if credit.startswith(("https://", "http://")):
            if credit == other.canonical_url or _host(credit) == host:
                return True
            continue
        text = credit.casefold()
        if (other.source_name and other.source_name.casefold() in text) or host in text or re.search(
                rf"\b{re.escape(other.source_id.casefold())}\b", text):
            return True
    return False


def rank(member: Member, group: Iterable[Member]) -> tuple:
    """Sort key of a candidate original (smallest wins); see the module docstring."""
    others = [o for o in group if o.id != member.id]
    copies = member.republishes or any(credits(member, o) for o in others)
    credited = any(credits(o, member) for o in others)
    return (copies, not credited, member.published_at is None, member.published_at or LATEST, member.id)


def elect(group: list[Member]) -> Member:
    """The original of a group of candidates (originals, plus the release being settled)."""
    return min(group, key=lambda m: rank(m, group))


def _load(session, ids: set[int], *, lock: bool) -> dict[int, Member]:
    query = (select(Article.id, Article.source_id, Source.name, Source.republishes, Article.canonical_url,
                    Article.published_at, Article.duplicate_of_id, Article.signature, Article.body)
             .join(Source, Source.id == Article.source_id).where(Article.id.in_(ids)).order_by(Article.id))
    if lock:
        query = query.with_for_update(of=Article)
    rows = session.execute(query).all()
    raw = _latest_raw_html(session, [r.id for r in rows])
    return {r.id: Member(r.id, r.source_id, r.name or r.source_id, bool(r.republishes), r.canonical_url,
                         r.published_at, r.duplicate_of_id, r.signature,
                         credits_of(r.canonical_url, r.body, raw.get(r.id)))
            for r in rows}


def _latest_raw_html(session, ids: list[int]) -> dict[int, bytes]:
    """The start of each release's newest stored page (only the head is inflated)."""
    newest = (select(Revision.article_id, Revision.raw_html_gz)
              .where(Revision.article_id.in_(ids), Revision.raw_html_gz.is_not(None))
              .order_by(Revision.article_id, Revision.id.desc()))
    out: dict[int, bytes] = {}
    for article_id, blob in session.execute(newest):
        if article_id not in out and blob:
            out[article_id] = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(blob, HEAD_BYTES)
    return out


def _similarity(a: Member, b: Member) -> float | None:
    if a.signature and b.signature:
        return similarity(Signature.from_bytes(a.signature), Signature.from_bytes(b.signature))
    return None


def settle(session, article_id: int) -> int:
    """Elect the original of ``article_id``'s duplicate group and link the others to it.

    The group is the release, its current original and every original whose text it duplicates. Returns
    how many originals it demoted to duplicates (0 when the group's original stays). Every release that
    changes between original and duplicate is queued for re-indexing.
    """
    row = session.execute(select(Article.canonical_url, Article.content_hash, Article.signature,
                                 Article.duplicate_of_id).where(Article.id == article_id)).first()
    if row is None:
        return 0
    sig = Signature.from_bytes(row.signature) if row.signature else None
    ids = {article_id, *find_originals(session, row.canonical_url, row.content_hash, sig)}
    if row.duplicate_of_id:
        ids.add(row.duplicate_of_id)
    if len(ids) == 1:
        return 0
    for _ in range(5):  # another crawl may have re-pointed a member meanwhile: follow it to its original
        members = _load(session, ids, lock=True)
        moved = {m.duplicate_of_id for m in members.values()
                 if m.id != article_id and m.duplicate_of_id and m.duplicate_of_id not in ids}
        if not moved:
            break
        ids |= moved
    candidates = [m for m in members.values() if m.id == article_id or m.duplicate_of_id is None]
    if len(candidates) < 2 and all(m.duplicate_of_id is None for m in candidates):
        return 0
    best = elect(candidates)
    demoted = 0
    for m in candidates:
        if m.id == best.id:
            if m.duplicate_of_id is not None:
                session.execute(update(Article).where(Article.id == m.id)
                                .values(duplicate_of_id=None, duplicate_similarity=None))
                enqueue(session, m.id)
            continue
        if m.duplicate_of_id == best.id:
            continue
        session.execute(update(Article).where(Article.id == m.id)
                        .values(duplicate_of_id=best.id, duplicate_similarity=_similarity(m, best)))
        # Its own duplicates follow it: a duplicate always points at an original.
        session.execute(update(Article).where(Article.duplicate_of_id == m.id).values(duplicate_of_id=best.id))
        if m.duplicate_of_id is None:
            enqueue(session, m.id)
            demoted += 1
            logger.info("release %s (%s) is now a duplicate of %s (%s)", m.id, m.canonical_url, best.id,
                        best.canonical_url)
    return demoted


def needs_settling(session, article_ids: list[int], threshold: float = NEAR_DUPLICATE_THRESHOLD) -> list[int]:
    """The releases among ``article_ids`` that may share a group with another release: duplicates (their
    original may have to give way), and those with an original of the same content hash or a shared
    LSH band key and enough similarity. A few set-wise queries for a whole batch instead of the
    per-release lookups of ``settle``, which then runs only for these (most releases are alone)."""
    rows = session.execute(select(Article.id, Article.content_hash, Article.signature, Article.duplicate_of_id)
                           .where(Article.id.in_(article_ids))).all()
    needed = {r.id for r in rows if r.duplicate_of_id is not None}
    by_hash: dict[str, set[int]] = {}
    for article_id, chash in session.execute(select(Article.id, Article.content_hash).where(
            Article.content_hash.in_({r.content_hash for r in rows}), Article.duplicate_of_id.is_(None))):
        by_hash.setdefault(chash, set()).add(article_id)
    needed |= {r.id for r in rows if by_hash.get(r.content_hash, set()) - {r.id}}
    signatures = {r.id: Signature.from_bytes(r.signature) for r in rows if r.signature and r.id not in needed}
    keys = {article_id: band_keys(sig) for article_id, sig in signatures.items()}
    pairs: set[tuple[int, int]] = set()
    for band in range(max((len(k) for k in keys.values()), default=0)):
        wanted: dict[int, list[int]] = {}
        for article_id, band_key in keys.items():
            wanted.setdefault(band_key[band], []).append(article_id)
        for other, key in session.execute(select(SignatureBand.article_id, SignatureBand.key).where(
                SignatureBand.band == band, SignatureBand.key.in_(list(wanted)))):
            pairs.update((article_id, other) for article_id in wanted.get(key, ()) if article_id != other)
    others = {other for _, other in pairs}
    if others:
        stored = dict(session.execute(select(Article.id, Article.signature).where(
            Article.id.in_(others), Article.duplicate_of_id.is_(None), Article.signature.is_not(None))).tuples().all())
        for article_id, other in pairs:
            if other in stored and similarity(signatures[article_id], Signature.from_bytes(stored[other])) >= threshold:
                needed.add(article_id)
    return [article_id for article_id in article_ids if article_id in needed]


def settle_all(db: Database, article_ids: list[int]) -> int:
    """``settle`` each release that needs it, in one transaction; retried when a concurrent writer got
    in the way (SQLite busy, a PostgreSQL deadlock or serialization failure): the result is then
    recomputed from what that writer committed."""
    for attempt in range(1, SETTLE_ATTEMPTS + 1):
        try:
            with db.session() as s:
                return sum(settle(s, article_id) for article_id in needs_settling(s, article_ids))
        except OperationalError:
            if attempt == SETTLE_ATTEMPTS:
                raise
            logger.info("settling duplicate groups met a concurrent writer; retrying", exc_info=True)
            time.sleep(0.05 * 2 ** attempt)
    return 0
