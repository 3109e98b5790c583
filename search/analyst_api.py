"""Analyst views of the HTTP API: counts over time, saved searches and their Atom feeds.

* ``GET /timeline`` takes the filters of ``/search`` (the same dependency, so the same validation and
  escaping) plus ``interval`` and ``by``; ``format=csv`` gives the same table as CSV (Datasette's rule:
  one view, several formats). Counts come from search/timeline.py and equal the search's totals.
* ``POST /watches`` saves the page's current search (validated like ``siaran watch add``). Only a webhook
  target or none is accepted here: a ``command:`` target runs a shell command on the server at night, so
  only the operator may set one, from the command line.
* ``GET /watch/{name}.atom``: the watch's latest matches as Atom 1.0 (404 for an unknown watch).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from enum import Enum
from typing import Annotated
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from search.api import Backend, FilterArgs, Language, Mode

router = APIRouter()
ATOM = "http://www.w3.org/2005/Atom"
SUMMARY_CHARS = 400


class Interval(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Split(str, Enum):
    source = "source"
    language = "language"


class TimelineFormat(str, Enum):
    json = "json"
    csv = "csv"


class TimelineBucket(BaseModel):
    key: str
    start: str
    end: str
    count: int
    by: dict[str, int] = {}


class TimelineResponse(BaseModel):
    interval: str
    by: str | None
    mode: str
    counted: str
    total: int
    dated: int
    undated: int
    series: list[str]
    series_totals: dict[str, int]
    undated_by: dict[str, int]
    buckets: list[TimelineBucket]
    note: str | None = None


class WatchIn(BaseModel):
    name: str = Field(max_length=64, description="Letters, digits, '-', '_' or '.'; also the feed's name.")
    q: str = Field("", max_length=500)
    mode: Mode = Mode.keyword
    source: list[str] = []
    lang: list[Language] = []
    tag: list[str] = []
    since: str | None = None
    until: str | None = None
    has_translation: bool | None = None
    notify: str | None = Field(None, description="webhook:https://… (command targets only from the CLI)")


class WatchOut(BaseModel):
    name: str
    query: str
    filters: dict
    mode: str
    notify: str | None
    feed: str
    created_at: str


def _backend(request: Request) -> Backend:
    return request.app.state.backend


def _watch_out(w) -> WatchOut:
    return WatchOut(name=w.name, query=w.query, filters=w.filters or {}, mode=w.mode, notify=w.notify,
                    feed=f"/watch/{w.name}.atom", created_at=w.created_at.isoformat())


@router.get("/timeline", response_model=TimelineResponse, summary="Counts over time",
            responses={200: {"content": {"text/csv": {}}}})
def timeline_view(request: Request, f: FilterArgs, interval: Interval = Interval.month, by: Split | None = None,
                  mode: Mode = Mode.keyword, format: TimelineFormat = TimelineFormat.json):
    """How many releases match per day, week, month or year, optionally split by source or language.
    Undated releases are counted apart (``undated``). Counts equal ``/search`` totals for the same filters."""
    from search.timeline import TimelineError, timeline, to_csv_rows

    backend = _backend(request)
    req = f.search_request()
    req.mode = mode.value
    try:
        with backend.search_errors():
            result = timeline(backend.client(), backend.settings.index_uid, req, interval.value,
                              by.value if by else None)
    except TimelineError as exc:
        raise HTTPException(422, str(exc)) from None
    if format is TimelineFormat.csv:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(to_csv_rows(result))
        name = f"siaran-timeline-{interval.value}.csv"
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return JSONResponse(result.to_dict())


@router.post("/watches", response_model=WatchOut, status_code=201, summary="Save a search")
def save_watch(request: Request, body: WatchIn):
    """Save the current search as a watch: its new matches after each nightly crawl go to its feed and
    (optionally) a webhook. 422 for a bad filter or target, 409 when the name is taken."""
    from archive.watches import WatchError, add_watch, known_sources, validate

    if body.notify and not body.notify.startswith("webhook:"):
        raise HTTPException(422, "only webhook:URL targets can be set here; command targets need the CLI "
                                 "(siaran watch add … --notify command:CMD)")
    db = _backend(request).db()
    filters = {"sources": body.source, "languages": [lang.value for lang in body.lang], "tags": body.tag,
               "since": body.since, "until": body.until, "has_translation": body.has_translation}
    try:
        spec = validate(body.name, body.q, filters, body.mode.value, body.notify, known_sources(db))
        watch = add_watch(db, spec)
    except WatchError as exc:
        raise HTTPException(409 if "exists" in str(exc) else 422, str(exc)) from None
    return _watch_out(watch)


@router.get("/watches", response_model=list[WatchOut], summary="Saved searches")
def watches(request: Request):
    from archive.watches import list_watches

    return [_watch_out(status.watch) for status in list_watches(_backend(request).db())]


@router.get("/watch/{name}.atom", summary="A saved search's matches as an Atom feed",
            responses={200: {"content": {"application/atom+xml": {}}}, 404: {"description": "Unknown watch"}})
def watch_feed(request: Request, name: Annotated[str, Path(max_length=64)]):
    """The latest matches of a saved search, newest first (Atom 1.0)."""
    from archive.watches import feed_entries, get_watch

    db = _backend(request).db()
    watch = get_watch(db, name)
    if watch is None:
        raise HTTPException(404, f"no watch named {name!r}")
    entries = feed_entries(db, watch)
    body = atom_feed(watch, entries, str(request.url), str(request.base_url).rstrip("/"))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def page_link(base: str, watch) -> str:
    """The web page's URL for the watch's search (the page keeps its whole state in the query string)."""
    f = watch.filters or {}
    params: list[tuple[str, str]] = [("q", watch.query)] if watch.query else []
    params += [("source", s) for s in f.get("sources", [])] + [("lang", v) for v in f.get("languages", [])]
    params += [("tag", t) for t in f.get("tags", [])]
    params += [(k, f[k]) for k in ("since", "until") if f.get(k)]
    if f.get("has_translation") is not None:
        params.append(("has_translation", "true" if f["has_translation"] else "false"))
    if watch.mode and watch.mode != "keyword":
        params.append(("mode", watch.mode))
    return f"{base}/?{urlencode(params)}"


def _rfc3339(value: datetime) -> str:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def atom_feed(watch, entries: list, self_url: str, base: str) -> bytes:
    """Atom 1.0 XML: one entry per matched release (its id is stable, so a reader shows it once)."""
    ET.register_namespace("", ATOM)

    def sub(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", f"Siaran watch: {watch.name}")
    sub(feed, "subtitle", f"New releases matching {watch.query or '(all)'} {watch.filters or ''}".strip())
    sub(feed, "id", f"urn:siaran:watch:{watch.name}")
    updated = max([e.matched_at for e in entries], default=watch.created_at)
    sub(feed, "updated", _rfc3339(updated))
    sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=page_link(base, watch), type="text/html")
    sub(feed, "generator", "Siaran")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", f"urn:siaran:watch:{watch.name}:release:{e.id}")
        sub(entry, "title", e.title or "(untitled)")
        sub(entry, "link", rel="alternate", href=e.url)
        sub(entry, "updated", _rfc3339(e.matched_at))
        if e.published_at:
            sub(entry, "published", _rfc3339(e.published_at))
        author = sub(entry, "author")
        sub(author, "name", e.source_name or e.source_id)
        if e.language:
            sub(entry, "category", term=e.language)
        summary = " ".join((e.body or "").split())
        sub(entry, "summary", summary[:SUMMARY_CHARS] + ("…" if len(summary) > SUMMARY_CHARS else ""))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
