"""The analyst HTTP API and web page: search, facets, one release, export, health.

Design notes:
- Search goes through ``search.queries`` only, so user filter values are always quoted and escaped by
  ``build_filter``; exports stream ``archive.export.ExportStream``, the same code as ``siaran export``.
- Highlighted HTML is built by ``safe_highlight``: the text is escaped first and only then are the
  ``<mark>`` tags put back, so a release containing ``<script>`` is shown as text, never run.
- Nothing in a response carries the Meilisearch URL or key: search failures become fixed one-line 503s.
- Latency: the ``meilisearch`` client sends each request through ``requests.post``/``requests.get``,
  i.e. a fresh connection per call, which avoids the ~40 ms Nagle/delayed-ACK stall NOTES.md measured
  with a kept-alive session (tests/integration/test_api.py measures the API's added latency).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from html import escape
from pathlib import Path
from typing import Annotated, Any

import meilisearch
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.exc import DataError
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from archive.limits import SQL_INT_MAX, can_be_id
from search.queries import SORTS, SearchRequest, run_search
from siaran.config import Settings, load_settings

WEB_DIR = Path(__file__).parent / "web"
MAX_PER_PAGE = 100
NAMES_TTL = 60.0  # seconds
EXPORT_MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
                      "parquet": "application/vnd.apache.parquet"}
# The page loads nothing from elsewhere, so a strict policy costs nothing and stops injected scripts.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SEARCH_DOWN = "search is unavailable: start Meilisearch (any siaran command does) or check MEILI_URL"
INDEX_EMPTY = "the search index is empty: run `siaran crawl` (or `siaran index` after a crawl)"

Sort = Enum("Sort", {name: name for name in SORTS}, type=str)  # relevance | newest | oldest
Mode = Enum("Mode", {name: name for name in ("keyword", "hybrid", "semantic")}, type=str)


class Language(str, Enum):
    id = "id"
    en = "en"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


# -- safe highlighting ----------------------------------------------------------------------------
_MARK_TAGS = re.compile(r"(<mark>|</mark>)")


def safe_highlight(text_with_marks: str | None) -> str:
    """HTML for a Meilisearch highlight: everything escaped, then balanced ``<mark>`` tags put back.

    Meilisearch inserts ``<mark>``/``</mark>`` into the *raw* text, so the text may also hold markup from
    the agency page (``<script>``). Escaping first makes all of it inert; re-inserting only well-nested
    mark tags means a stray ``</mark>`` in a release cannot close markup the page did not open.
    """
    out: list[str] = []
    open_mark = False
    for piece in _MARK_TAGS.split(text_with_marks or ""):
        if piece == "<mark>" and not open_mark:
            out.append(piece)
            open_mark = True
        elif piece == "</mark>" and open_mark:
            out.append(piece)
            open_mark = False
        else:
            out.append(escape(piece, quote=True))
    if open_mark:
        out.append("</mark>")
    return "".join(out)


# -- response shapes (they are also the OpenAPI documentation) ----------------------------------
class AttachmentMatch(BaseModel):
    """A page of a file linked from the release whose text matched the query."""

    url: str
    title: str | None = None
    page: int


class Hit(BaseModel):
    id: int
    title: str
    title_html: str
    snippet_html: str
    source: str
    source_name: str | None = None
    language: str
    published_at: str | None = None
    url: str
    tags: list[str] = []
    has_translation: bool = False
    translation_id: int | None = None
    translation_url: str | None = None
    matched_attachments: list[AttachmentMatch] = []  # the query matched these PDF pages, not (only) the release


class SearchResponse(BaseModel):
    hits: list[Hit]
    facetDistribution: dict[str, dict[str, int]]
    totalHits: int
    totalPages: int
    page: int
    per_page: int
    processingTimeMs: int | None = None
    sourceNames: dict[str, str] = {}
    mode: str = "keyword"  # the ranking actually used
    modeWarning: str | None = None  # why a hybrid/semantic request fell back to keyword ranking
    correctedQuery: str | None = None  # the query as searched, when a typo was corrected (search/spelling.py)


class FacetsResponse(BaseModel):
    facetDistribution: dict[str, dict[str, int]]
    totalHits: int
    sourceNames: dict[str, str] = {}


class Partner(BaseModel):
    id: int
    language: str | None
    title: str
    url: str


class ArticleResponse(BaseModel):
    id: int
    source: str
    source_name: str | None
    language: str | None
    detected_language: str | None
    title: str
    subtitle: str | None
    author: str | None
    tags: list[str]
    published_at: str | None
    published_has_time: bool
    updated_at: str | None
    body: str
    url: str
    canonical_url: str
    alternate_urls: dict[str, str]
    attachments: list[str]
    duplicate_of: int | None
    provenance: dict[str, Any]
    revisions: int
    translation: Partner | None


class Health(BaseModel):
    status: str
    database: str
    search: str
    documents: int | None = None


# -- filters shared by /search, /facets and /export ---------------------------------------------
@dataclass
class Filters:
    q: str
    sources: list[str]
    languages: list[str]
    tags: list[str]
    since: date | None
    until: date | None
    has_translation: bool | None
    edited: bool | None = None
    removed: bool | None = None

    def search_request(self, **extra: Any) -> SearchRequest:
        return SearchRequest(q=self.q, sources=self.sources, languages=self.languages, tags=self.tags,
                             since=self.since, until=self.until, has_translation=self.has_translation,
                             edited=self.edited, removed=self.removed, **extra)


async def filters(  # async: it does no I/O, and FastAPI would run a sync dependency in a worker thread
    q: Annotated[str, Query(max_length=500, description="Full-text query (Indonesian or English).")] = "",
    source: Annotated[list[str], Query(description="Source id, e.g. bnpt (repeatable; OR).")] = [],  # noqa: B006
    lang: Annotated[list[Language], Query(description="Language (repeatable; OR).")] = [],  # noqa: B006
    tag: Annotated[list[str], Query(description="Tag (repeatable; OR).")] = [],  # noqa: B006
    since: Annotated[date | None, Query(description="First day, YYYY-MM-DD (Asia/Jakarta, inclusive).")] = None,
    until: Annotated[date | None, Query(description="Last day, YYYY-MM-DD (Asia/Jakarta, inclusive).")] = None,
    has_translation: Annotated[bool | None, Query(description="Only releases with (true) or without (false) "
                                                              "a paired translation.")] = None,
    edited: Annotated[bool | None, Query(description="Only releases the agency edited after publication "
                                                     "(true) or never edited (false).")] = None,
    removed: Annotated[bool | None, Query(description="Only releases taken down from the agency's site "
                                                      "(true) or still online (false).")] = None,
) -> Filters:
    """The filters every endpoint shares; FastAPI turns bad dates and languages into 422 answers."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return Filters(q=q.strip(), sources=[s for s in source if s], languages=[lang_.value for lang_ in lang],
                   tags=[t for t in tag if t], since=since, until=until, has_translation=has_translation,
                   edited=edited, removed=removed)


FilterArgs = Annotated[Filters, Depends(filters)]


def iso(value) -> str | None:
    return value.isoformat() if value else None


# -- backends -------------------------------------------------------------------------------------
class Backend:
    """The database and the Meilisearch client, opened on first use (the page works while search is down)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._db = None
        self._endpoint: tuple[str, str | None] | None = None
        self._generation = 0  # bumped when the endpoint is dropped, so every thread makes a new client
        self._local = threading.local()
        self._names: tuple[float, dict[str, str]] | None = None
        self._lock = threading.Lock()

    def db(self):
        from archive.db import get_database

        with self._lock:
            if self._db is None:
                self._db = get_database(self.settings.database_url)
            return self._db

    def client(self) -> meilisearch.Client:
        """A Meilisearch client for the calling thread.

        The API's sync endpoints run in a pool of worker threads, and a ``meilisearch.Client`` is not
        thread-safe: every call rewrites one shared headers dict (``Content-Type`` set for a POST,
        removed for a GET), so with one shared client a concurrent ``/facets`` could strip the header
        off a ``/search`` and Meilisearch answers 415. The endpoint is resolved once; each thread keeps
        its own client (they are cheap: ``requests`` opens a connection per call anyway).
        """
        with self._lock:
            if self._endpoint is None:
                self._endpoint = self._resolve_endpoint()
            endpoint, generation = self._endpoint, self._generation
        local = self._local
        if getattr(local, "generation", None) != generation:
            local.client = meilisearch.Client(endpoint[0], endpoint[1], timeout=30)
            local.generation = generation
        return local.client

    def _resolve_endpoint(self) -> tuple[str, str | None]:
        from search.client import SearchUnavailable, connect

        if self.settings.meili_url:
            return self.settings.meili_url, self.settings.meili_api_key
        try:
            started = connect(self.settings, start=True)
        except SearchUnavailable:
            raise HTTPException(503, SEARCH_DOWN) from None
        return started.config.url, started.config.api_key

    @contextmanager
    def search_errors(self) -> Iterator[None]:
        """Any Meilisearch failure becomes a one-line 503/502 that names no URL and no key."""
        try:
            yield
        except meilisearch.errors.MeilisearchApiError as exc:
            if exc.code == "index_not_found":
                raise HTTPException(503, self.missing_index()) from None
            raise HTTPException(502, f"search failed ({exc.code})") from None
        except meilisearch.errors.MeilisearchError:
            with self._lock:  # reconnect next time (e.g. the local instance was restarted)
                self._endpoint = None
                self._generation += 1
            raise HTTPException(503, SEARCH_DOWN) from None

    def missing_index(self) -> str:
        """Crawl first, or rebuild the index from the archive? (see ``search.missing_index``)."""
        from search.missing_index import missing_index_message

        try:
            return missing_index_message(self.db())
        except Exception:  # noqa: BLE001 - the database is down too: the generic advice
            return INDEX_EMPTY

    def search(self, req: SearchRequest) -> dict:
        with self.search_errors():
            return run_search(self.client(), self.settings.index_uid, req)

    def source_names(self) -> dict[str, str]:
        """Agency display names, re-read at most once a minute (they change only when sources do)."""
        from search.indexer import source_names

        if self._names is None or time.monotonic() - self._names[0] > NAMES_TTL:
            with self.db().session() as s:
                self._names = (time.monotonic(), source_names(s))
        return self._names[1]

    def urls_of(self, ids: list[int]) -> dict[int, str]:
        from archive.models import Article

        if not ids:
            return {}
        # A bare connection, not an ORM session: this runs on every search, and the session's setup and
        # commit cost more than the one indexed lookup itself.
        with self.db().engine.connect() as conn:
            return dict(conn.execute(select(Article.id, Article.url).where(Article.id.in_(ids))).all())


def hit_of(raw: dict, partner_urls: dict[int, str]) -> Hit:
    formatted = raw.get("_formatted") or {}
    return Hit(id=raw["id"], title=raw.get("title") or "", title_html=safe_highlight(formatted.get("title") or
                                                                                     raw.get("title")),
               snippet_html=safe_highlight(formatted.get("body")), source=raw["source"],
               source_name=raw.get("source_name"), language=raw.get("language") or "unknown",
               published_at=raw.get("published_at"), url=raw["url"], tags=raw.get("tags") or [],
               has_translation=bool(raw.get("has_translation")), translation_id=raw.get("translation_id"),
               translation_url=partner_urls.get(raw.get("translation_id")),
               matched_attachments=raw.get("matched_attachments") or [])


def facet_counts(result: dict) -> dict[str, dict[str, int]]:
    return {name: dict(values) for name, values in (result.get("facetDistribution") or {}).items()}


# -- export ---------------------------------------------------------------------------------------
def export_ids(backend: Backend, f: Filters, req) -> list[int] | None:
    """Ids from the search index when a filter needs it; None when the database alone can select.

    The query goes through ``archive.export.query_ids`` (the CLI's path); ``has_translation``,
    ``edited`` and ``removed`` are read from the index, so with any of them the whole filter set is run
    as a search.
    """
    from archive.export import query_ids

    if f.has_translation is None and f.edited is None and f.removed is None:
        if not f.q:
            return None
        with backend.search_errors():
            return query_ids(backend.client(), backend.settings.index_uid, req)
    ids: list[int] = []
    page = 1
    while True:
        result = backend.search(f.search_request(page=page, per_page=1000))
        ids += [h["id"] for h in result["hits"]]
        if page >= result.get("totalPages", 1):
            return ids
        page += 1


# -- the app --------------------------------------------------------------------------------------
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def allowed_hosts_for(bind_host: str, configured: Sequence[str] = ()) -> list[str]:
    """The ``Host`` names the API answers to (any port); other hosts get 400.

    DNS rebinding: a page on any web site can point its own name at 127.0.0.1 and have the browser read
    a loopback API under that name. Bound to loopback (the default), the API therefore answers only to
    the loopback names. A non-loopback bind (``siaran serve --host 0.0.0.0``) is a deliberate exposure
    under names Siaran cannot know: any host, unless ``SIARAN_ALLOWED_HOSTS`` lists them.
    """
    if configured:
        return [*LOOPBACK_HOSTS, *configured]
    if bind_host == "localhost" or _is_loopback_address(bind_host):
        return list(LOOPBACK_HOSTS)
    return ["*"]


def _is_loopback_address(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class SecurityHeaders:
    """Adds ``nosniff`` to every response, and the page's CSP and referrer policy to ``/`` and ``/static/``.

    A plain ASGI middleware that edits the ``http.response.start`` message. ``@app.middleware("http")``
    (Starlette's BaseHTTPMiddleware) did the same but runs every request through an extra task and
    memory streams, which cost ~1 ms of the API's latency over a direct Meilisearch search.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        page = path == "/" or path.startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if page:
                    headers["Content-Security-Policy"] = PAGE_CSP
                    headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings | None = None, *, bind_host: str = "127.0.0.1") -> FastAPI:
    """The FastAPI app behind ``siaran serve``: JSON API under its paths, the analyst page at ``/``.
    ``bind_host`` is the address it will listen on: it decides which ``Host`` headers are accepted."""
    backend = Backend(settings or load_settings())
    app = FastAPI(title="Siaran", version="0.1.0",
                  description="Search and export the archive of Indonesian government news releases.")
    app.state.backend = backend

    app.add_middleware(TrustedHostMiddleware,  # inside SecurityHeaders, so its 400 carries nosniff too
                       allowed_hosts=allowed_hosts_for(bind_host, backend.settings.allowed_hosts))
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(HTTPException)
    async def one_line_errors(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    async def out_of_range(_request: Request, _exc: Exception) -> JSONResponse:
        """The safety net for a number no column holds (an id past 2^31 on PostgreSQL, past 2^63 on SQLite)
        that reached the database: bad input, never a 500. Routes bound their numbers first."""
        return JSONResponse({"detail": "a number in the request is larger than the archive can hold"},
                            status_code=422)

    app.add_exception_handler(OverflowError, out_of_range)  # SQLite: the driver cannot bind it
    app.add_exception_handler(DataError, out_of_range)  # PostgreSQL: "value out of range for type integer"

    @app.get("/search", response_model=SearchResponse, summary="Search releases")
    def search(f: FilterArgs, sort: Sort = Sort.relevance, page: Annotated[int, Query(ge=1, le=100_000)] = 1,
               per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 20, mode: Mode = Mode.keyword):
        """Full-text search with filters; hits carry escaped highlight HTML (only ``<mark>`` tags).
        ``mode=hybrid|semantic`` adds cross-lingual meaning (multilingual embeddings) to keyword ranking."""
        req = f.search_request(sort=sort.value, page=page, per_page=per_page)
        req.mode = mode.value
        result = backend.search(req)
        partners = backend.urls_of([h["translation_id"] for h in result["hits"] if h.get("translation_id")])
        return SearchResponse(hits=[hit_of(h, partners) for h in result["hits"]],
                              facetDistribution=facet_counts(result), totalHits=result.get("totalHits", 0),
                              totalPages=result.get("totalPages", 0), page=result.get("page", page),
                              per_page=per_page, processingTimeMs=result.get("processingTimeMs"),
                              sourceNames=backend.source_names(), mode=result.get("mode", "keyword"),
                              modeWarning=result.get("modeWarning"), correctedQuery=result.get("correctedQuery"))

    @app.get("/facets", response_model=FacetsResponse, summary="Facet counts")
    def facets(f: FilterArgs):
        """Counts per source, language and year for the releases matching the filters."""
        result = backend.search(f.search_request(per_page=1))
        return FacetsResponse(facetDistribution=facet_counts(result), totalHits=result.get("totalHits", 0),
                              sourceNames=backend.source_names())

    @app.get("/articles/{article_id}", response_model=ArticleResponse, summary="One release")
    def article(article_id: int):
        """A stored release from the database: full text, provenance, revision count, translation."""
        detail = load_article(backend, article_id)
        if detail is None:
            raise HTTPException(404, f"no release with id {article_id}")
        return detail

    @app.get("/export", summary="Download the matching releases",
             responses={200: {"content": {t: {} for t in EXPORT_MEDIA_TYPES.values()}}})
    def export(f: FilterArgs, format: ExportFormat = ExportFormat.csv,
               limit: Annotated[int | None, Query(ge=1, le=SQL_INT_MAX)] = None):
        """All matching releases (no row cap), oldest first, as a file attachment."""
        from archive.export import ExportError, ExportRequest, ExportStream

        req = ExportRequest(fmt=format.value, query=f.q, sources=f.sources, languages=f.languages, tags=f.tags,
                            since=f.since, until=f.until, limit=limit)
        try:
            stream = ExportStream(backend.db(), req, ids=export_ids(backend, f, req))
        except ExportError as exc:
            raise HTTPException(422, str(exc)) from None
        stamp = date.today().strftime("%Y%m%d")
        headers = {"Content-Disposition": f'attachment; filename="siaran-{stamp}.{format.value}"'}
        return StreamingResponse(iter(stream), media_type=EXPORT_MEDIA_TYPES[format.value], headers=headers)

    @app.get("/health", response_model=Health, summary="Is the archive usable?")
    def health():
        """200 when the database and the search index answer; 503 (same body) when one does not."""
        report = Health(status="ok", database="ok", search="ok")
        try:
            from archive.models import Article

            with backend.db().session() as s:
                s.scalar(select(func.count()).select_from(Article))
        except Exception:  # noqa: BLE001 - reported, not raised
            report.database, report.status = "unavailable", "degraded"
        try:
            stats = backend.client().index(backend.settings.index_uid).get_stats()
            report.documents = stats.number_of_documents
        except (HTTPException, meilisearch.errors.MeilisearchError):
            report.search, report.status = "unavailable", "degraded"
        return JSONResponse(report.model_dump(), status_code=200 if report.status == "ok" else 503)

    from search.analyst_api import router as analyst_router  # timeline, saved searches, feeds (issue 17)
    app.include_router(analyst_router)
    from search.changes_api import router as changes_router  # /changes, /changes.atom, /diff (issue 14)
    app.include_router(changes_router)

    @app.get("/", include_in_schema=False)
    def page():
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def load_article(backend: Backend, article_id: int) -> ArticleResponse | None:
    from archive.models import Article
    from search.indexer import translation_partners

    with backend.db().session() as s:
        # An id past what the column holds cannot exist; asking the database would be an SQL error.
        if not can_be_id(article_id, Article.__table__.c.id, s.get_bind().dialect.name):
            return None
        a = s.get(Article, article_id)
        if a is None:
            return None
        partner_id = translation_partners(s, [a.id]).get(a.id)
        partner = s.get(Article, partner_id) if partner_id else None
        return ArticleResponse(
            id=a.id, source=a.source_id, source_name=a.source.name if a.source else None, language=a.language,
            detected_language=a.detected_language, title=a.title, subtitle=a.subtitle, author=a.author,
            tags=list(a.tags or []), published_at=iso(a.published_at), published_has_time=a.published_has_time,
            updated_at=iso(a.updated_at), body=a.body or "", url=a.url, canonical_url=a.canonical_url,
            alternate_urls=dict(a.alternate_urls or {}), attachments=list(a.attachments or []),
            duplicate_of=a.duplicate_of_id,
            provenance={"fetched_at": iso(a.fetched_at), "first_seen": iso(a.first_seen),
                        "last_seen": iso(a.last_seen), "http_status": a.http_status, "extractor": a.extractor,
                        "content_hash": a.content_hash, "etag": a.etag, "last_modified": a.last_modified},
            revisions=a.revision_count or len(a.revisions),
            translation=Partner(id=partner.id, language=partner.language, title=partner.title, url=partner.url)
            if partner else None)
