"""Export filtered datasets: streamed from the database in a deterministic order, written to a
temporary file and renamed, so a failure never leaves a partial file behind."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import select

from archive.models import Article

JAKARTA = ZoneInfo("Asia/Jakarta")
FORMATS = ("csv", "jsonl")
DEFAULT_FIELDS = ["id", "source", "language", "published_at", "title", "url", "body"]
ALL_FIELDS = ["id", "source", "language", "published_at", "updated_at", "title", "subtitle", "author", "tags",
              "url", "canonical_url", "body", "content_hash", "duplicate_of", "first_seen", "fetched_at",
              "http_status", "extractor"]


class ExportError(ValueError):
    """Bad export input; raised before anything is written."""


@dataclass
class ExportRequest:
    fmt: str = "csv"
    query: str = ""
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    limit: int | None = None
    fields: list[str] = field(default_factory=lambda: list(DEFAULT_FIELDS))


@dataclass
class ExportResult:
    rows: int
    path: Path


def validate(req: ExportRequest, out: Path, overwrite: bool) -> None:
    if req.fmt not in FORMATS:
        raise ExportError(f"unknown format {req.fmt!r}; use one of {', '.join(FORMATS)}")
    unknown = [f for f in req.fields if f not in ALL_FIELDS]
    if unknown:
        raise ExportError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(ALL_FIELDS)}")
    if out.exists() and not overwrite:
        raise ExportError(f"{out} exists; pass --overwrite to replace it")


def row_of(a: Article) -> dict:
    return {
        "id": a.id, "source": a.source_id, "language": a.language,
        "published_at": a.published_at.isoformat() if a.published_at else None,
        "updated_at": a.updated_at.isoformat() if a.updated_at else None,
        "title": a.title, "subtitle": a.subtitle, "author": a.author, "tags": list(a.tags or []), "url": a.url,
        "canonical_url": a.canonical_url, "body": a.body, "content_hash": a.content_hash,
        "duplicate_of": a.duplicate_of_id, "first_seen": a.first_seen.isoformat(),
        "fetched_at": a.fetched_at.isoformat(), "http_status": a.http_status, "extractor": a.extractor,
    }


def select_articles(req: ExportRequest, ids: list[int] | None = None):
    query = select(Article).order_by(Article.published_at, Article.id)
    if req.sources:
        query = query.where(Article.source_id.in_(req.sources))
    if req.languages:
        query = query.where(Article.language.in_(req.languages))
    if req.since:
        query = query.where(Article.published_at >= datetime.combine(req.since, time.min, JAKARTA))
    if req.until:
        query = query.where(Article.published_at < datetime.combine(req.until, time.max, JAKARTA))
    if ids is not None:
        query = query.where(Article.id.in_(ids))
    if req.limit:
        query = query.limit(req.limit)
    return query


def stream_rows(db, req: ExportRequest, ids: list[int] | None = None) -> Iterator[dict]:
    with db.session() as s:
        for article in s.scalars(select_articles(req, ids).execution_options(yield_per=500)):
            yield row_of(article)


def write_rows(rows: Iterator[dict], fields: list[str], fmt: str, handle) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
                             for k, v in row.items()})
            count += 1
    else:
        for row in rows:
            handle.write(json.dumps({k: row[k] for k in fields}, ensure_ascii=False) + "\n")
            count += 1
    return count


def matching_ids(client_factory: Callable, req: ExportRequest) -> list[int]:
    """Ids of releases matching the full-text query, from the search index (all pages)."""
    from search.queries import SearchRequest, run_search
    from siaran.config import load_settings

    client = client_factory()
    ids: list[int] = []
    page = 1
    while True:
        sreq = SearchRequest(q=req.query, sources=req.sources, languages=req.languages, since=req.since,
                             until=req.until, page=page, per_page=1000)
        result = run_search(client, load_settings().index_uid, sreq)
        ids += [h["id"] for h in result["hits"]]
        if page >= result.get("totalPages", 1):
            return ids
        page += 1


def run_export(db, req: ExportRequest, out: Path, *, overwrite: bool = False,
               client_factory: Callable | None = None) -> ExportResult:
    validate(req, out, overwrite)
    ids = matching_ids(client_factory, req) if req.query and client_factory else None
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            count = write_rows(stream_rows(db, req, ids), req.fields, req.fmt, handle)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ExportResult(rows=count, path=out)
