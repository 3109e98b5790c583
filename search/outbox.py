"""Claims on the index outbox: several indexing and embedding processes drain it side by side.

An outbox row (``IndexOutbox``) is *claimed* by one process for a lease (``claimed_by``,
``claimed_until``). A claim is one statement::

    UPDATE index_outbox SET claimed_by = :me, claimed_until = now + lease
     WHERE article_id IN (SELECT article_id FROM index_outbox
                           WHERE article_id > :after AND (claimed_until IS NULL OR claimed_until < now)
                           ORDER BY article_id LIMIT :n FOR UPDATE SKIP LOCKED)
    RETURNING article_id

On PostgreSQL ``FOR UPDATE SKIP LOCKED`` makes two processes that claim at the same moment take
different rows instead of waiting on each other; on SQLite (one machine, one writer at a time) the
statement is atomic anyway and ``FOR UPDATE`` is not rendered. A row leaves the outbox only when its
document is in Meilisearch (``search.indexer``); a claim is given back when the work failed, and a claim
whose process died expires after its lease, so a release is never lost. A process renews its leases
while it works (``renew``), so no release is sent twice by two processes, however long a drain takes.

Measured against the alternative of a job library (an RQ/Celery queue of article ids): the outbox is
already the durable queue, written in the store's own transaction; a second queue would have to be kept
in step with it, while a claim costs one ``UPDATE`` per batch of 1,000 releases.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import and_, or_, select, update

from archive.models import IndexOutbox, utcnow

LEASE = timedelta(minutes=10)


def claimant(kind: str) -> str:
    """A name for one drain of one process: ``index:host:pid:1a2b3c``."""
    return f"{kind}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def claim(session, owner: str, *, after: int, limit: int, lease: timedelta = LEASE) -> list[int]:
    """Claim up to ``limit`` unclaimed (or expired) rows with ``article_id > after``; their ids, sorted."""
    now = utcnow()
    free = or_(IndexOutbox.claimed_until.is_(None), IndexOutbox.claimed_until < now)
    pick = (select(IndexOutbox.article_id).where(IndexOutbox.article_id > after, free)
            .order_by(IndexOutbox.article_id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    claimed = session.scalars(update(IndexOutbox).where(IndexOutbox.article_id.in_(pick))
                              .values(claimed_by=owner, claimed_until=now + lease)
                              .returning(IndexOutbox.article_id))
    return sorted(claimed)


def release(session, owner: str, ids: Sequence[int]) -> None:
    """Give back ``owner``'s claims on ``ids`` (the rows stay queued for the next drain)."""
    if ids:
        session.execute(update(IndexOutbox).where(IndexOutbox.article_id.in_(list(ids)),
                                                  IndexOutbox.claimed_by == owner)
                        .values(claimed_by=None, claimed_until=None))


def renew(session, owner: str, lease: timedelta = LEASE) -> None:
    """Extend every live claim of ``owner`` by a lease from now."""
    session.execute(update(IndexOutbox).where(and_(IndexOutbox.claimed_by == owner,
                                                   IndexOutbox.claimed_until.is_not(None)))
                    .values(claimed_until=utcnow() + lease))
