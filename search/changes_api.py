"""The changes view over HTTP: what agencies edited, took down or restored, and what exactly changed.

- ``GET /changes``: changes newest first, paged, with the filters of ``siaran changes`` (``since``,
  ``until`` as Asia/Jakarta days, ``source``, ``kind``);
- ``GET /changes.atom``: the same list as an Atom feed, so a journalist can follow one agency's edits
  and takedowns in a feed reader; each entry links to the diff page;
- ``GET /changes/badges?id=...``: for the releases on a result page, how often each was edited and
  whether it was removed (the web page's "edited N×" / "removed from the site on ..." badges);
- ``GET /changes/versions/{id}`` and ``GET /changes/diff/{id}?a=&b=``: the versions of a release and a
  side-by-side, word-marked diff of any two of them, rendered by the page at ``GET /diff?id=``.

Everything is read from the database (the source of truth); nothing here needs Meilisearch.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel
from sqlalchemy import select

from archive.changes import KINDS, count_changes, day_start, list_changes, side_by_side, versions
from archive.models import Article

router = APIRouter()
MAX_PER_PAGE = 100
ATOM_ENTRIES = 100
ATOM_NS = "http://www.w3.org/2005/Atom"
KIND_TITLES = {"edited": "Edited", "removed": "Removed from the site", "restored": "Back on the site"}


class Change(BaseModel):
    id: int
    kind: str
    observed_at: str
    article_id: int
    source: str
    title: str
    url: str
    language: str | None
    published_at: str | None
    from_revision_id: int | None
    to_revision_id: int | None
    detail: str | None
    revision_count: int
    removed_at: str | None
    diff_url: str


class ChangesResponse(BaseModel):
    changes: list[Change]
    total: int
    page: int
    per_page: int


class Badge(BaseModel):
    edits: int
    last_edited_at: str | None
    removed_at: str | None


class VersionInfo(BaseModel):
    revision_id: int
    fetched_at: str
    title: str


class VersionsResponse(BaseModel):
    article_id: int
    title: str
    url: str
    source: str
    removed_at: str | None
    versions: list[VersionInfo]


class DiffResponse(BaseModel):
    article_id: int
    a: VersionInfo
    b: VersionInfo
    title: list[dict]  # diff rows of the title (empty when it did not change)
    rows: list[dict]  # diff rows of the body, one per paragraph


def _db(request: Request):
    return request.app.state.backend.db()


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def diff_url(article_id: int, a: int | None = None, b: int | None = None) -> str:
    query = f"id={article_id}" + (f"&a={a}" if a else "") + (f"&b={b}" if b else "")
    return f"/diff?{query}"


class ChangeFilters(BaseModel):
    since: date | None = None
    until: date | None = None
    source: list[str] = []
    kind: list[str] = []


async def change_filters(
    since: Annotated[date | None, Query(description="First day, YYYY-MM-DD (Asia/Jakarta, inclusive).")] = None,
    until: Annotated[date | None, Query(description="Last day, YYYY-MM-DD (Asia/Jakarta, inclusive).")] = None,
    source: Annotated[list[str], Query(description="Source id (repeatable; OR).")] = [],  # noqa: B006
    kind: Annotated[list[str], Query(description="edited, removed or restored (repeatable; OR).")] = [],  # noqa: B006
) -> ChangeFilters:
    bad = [k for k in kind if k not in KINDS]
    if bad:
        raise HTTPException(422, f"kind {bad[0]!r}: use edited, removed or restored")
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return ChangeFilters(since=since, until=until, source=[s for s in source if s], kind=kind)


def _query_args(f: ChangeFilters) -> dict:
    return {"since": day_start(f.since) if f.since else None,
            "until": day_start(f.until + timedelta(days=1)) if f.until else None,
            "sources": f.source or None, "kinds": f.kind or None}


def _change(row) -> Change:
    return Change(id=row.id, kind=row.kind, observed_at=row.observed_at.isoformat(), article_id=row.article_id,
                  source=row.source, title=row.title, url=row.url, language=row.language,
                  published_at=_iso(row.published_at), from_revision_id=row.from_revision_id,
                  to_revision_id=row.to_revision_id, detail=row.detail, revision_count=row.revision_count or 1,
                  removed_at=_iso(row.removed_at),
                  diff_url=diff_url(row.article_id, row.from_revision_id, row.to_revision_id))


Filters = Annotated[ChangeFilters, Depends(change_filters)]


@router.get("/changes", response_model=ChangesResponse, summary="Edits, takedowns and restores")
def changes(request: Request, f: Filters, page: Annotated[int, Query(ge=1, le=100_000)] = 1,
            per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50):
    """Changes the nightly re-checks noticed, newest first (same filters as ``siaran changes``)."""
    args = _query_args(f)
    with _db(request).session() as s:
        total = count_changes(s, **args)
        rows = list_changes(s, **args, limit=per_page, offset=(page - 1) * per_page)
        return ChangesResponse(changes=[_change(r) for r in rows], total=total, page=page, per_page=per_page)


@router.get("/changes.atom", summary="Changes as an Atom feed",
            responses={200: {"content": {"application/atom+xml": {}}}})
def changes_atom(request: Request, f: Filters):
    """The newest 100 changes matching the filters, one Atom entry each, linking to the diff page."""
    with _db(request).session() as s:
        rows = list_changes(s, **_query_args(f), limit=ATOM_ENTRIES)
    base = str(request.base_url).rstrip("/")
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")

    def sub(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    what = " and ".join(f.kind) if f.kind else "edits, takedowns and restores"
    sub(feed, "title", f"Siaran: {what}" + (f" ({', '.join(f.source)})" if f.source else ""))
    sub(feed, "id", f"{base}/changes.atom?{request.url.query}" if request.url.query else f"{base}/changes.atom")
    sub(feed, "updated", rows[0].observed_at.isoformat() if rows else "1970-01-01T00:00:00+00:00")
    sub(feed, "link", rel="self", href=str(request.url))
    sub(sub(feed, "author"), "name", "Siaran")
    for row in rows:
        entry = sub(feed, "entry")
        sub(entry, "title", f"{KIND_TITLES[row.kind]}: {row.title}")
        sub(entry, "id", f"{base}/changes/{row.id}")
        sub(entry, "updated", row.observed_at.isoformat())
        sub(entry, "link", rel="alternate", type="text/html",
            href=base + diff_url(row.article_id, row.from_revision_id, row.to_revision_id))
        sub(entry, "link", rel="related", href=row.url)
        sub(entry, "category", term=row.kind)
        sub(entry, "category", term=row.source, label=row.source)
        summary = f"{KIND_TITLES[row.kind]} ({row.source}), noticed {row.observed_at:%Y-%m-%d %H:%M} UTC."
        if row.detail:
            summary += f" {row.detail}"
        sub(entry, "summary", summary)
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/changes/badges", response_model=dict[str, Badge], summary="Edit and removal badges")
def badges(request: Request, id: Annotated[list[int], Query(max_length=MAX_PER_PAGE)] = []):  # noqa: B006
    """For the given release ids, those edited or removed: edit count and removal date."""
    if not id:
        return {}
    with _db(request).engine.connect() as conn:
        rows = conn.execute(select(Article.id, Article.revision_count, Article.last_edited_at, Article.removed_at)
                            .where(Article.id.in_(id))).all()
    return {str(aid): Badge(edits=max(0, (count or 1) - 1), last_edited_at=_iso(edited), removed_at=_iso(removed))
            for aid, count, edited, removed in rows if (count or 1) > 1 or removed is not None}


def _version(v) -> VersionInfo:
    return VersionInfo(revision_id=v.revision_id, fetched_at=v.fetched_at.isoformat(), title=v.title)


@router.get("/changes/versions/{article_id}", response_model=VersionsResponse, summary="Versions of a release")
def release_versions(request: Request, article_id: int):
    """Every stored version of a release, oldest first."""
    with _db(request).session() as s:
        article = s.get(Article, article_id)
        if article is None:
            raise HTTPException(404, f"no release with id {article_id}")
        return VersionsResponse(article_id=article.id, title=article.title, url=article.url,
                                source=article.source_id, removed_at=_iso(article.removed_at),
                                versions=[_version(v) for v in versions(s, article_id)])


@router.get("/changes/diff/{article_id}", response_model=DiffResponse, summary="Side-by-side diff")
def release_diff(request: Request, article_id: int, a: int | None = None, b: int | None = None):
    """Two versions of a release side by side (default: the previous and the current one). Each row is a
    paragraph; each side a list of ``[text, changed]`` segments, to be rendered as text."""
    with _db(request).session() as s:
        found = versions(s, article_id)
    if not found:
        raise HTTPException(404, f"no release with id {article_id}")
    by_id = {v.revision_id: v for v in found}
    old = by_id.get(a) if a is not None else (found[-2] if len(found) > 1 else found[-1])
    new = by_id.get(b) if b is not None else found[-1]
    if old is None or new is None:
        raise HTTPException(404, f"release {article_id} has no version {a if old is None else b}")
    title_rows = side_by_side(old.title, new.title) if old.title != new.title else []
    return DiffResponse(article_id=article_id, a=_version(old), b=_version(new), title=title_rows,
                        rows=side_by_side(old.body, new.body))


@router.get("/diff", include_in_schema=False)
def diff_page(request: Request):
    from search.api import WEB_DIR

    return FileResponse(WEB_DIR / "diff.html", media_type="text/html; charset=utf-8")
