"""Search requests: one place that turns an analyst's filters into a Meilisearch query.

User values never reach a filter string unescaped: every value is quoted and its quotes and
backslashes escaped, so ``bnpt" OR source = "x`` is one (non-matching) source name, not a wider query.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from search.stemming import stem_query

JAKARTA = ZoneInfo("Asia/Jakarta")
SORTS = {"relevance": None, "newest": ["published_at_ts:desc"], "oldest": ["published_at_ts:asc"]}
FACETS = ["source", "language", "year"]


def quote(value: str) -> str:
    """A Meilisearch filter string literal."""
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def day_start(d: date) -> int:
    return int(datetime.combine(d, time.min, JAKARTA).timestamp())


@dataclass
class SearchRequest:
    q: str = ""
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    since: date | None = None  # inclusive, Asia/Jakarta calendar day
    until: date | None = None  # inclusive
    has_translation: bool | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    mode: str = "keyword"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat() if self.until else None
        return d


def build_filter(req: SearchRequest) -> list:
    """Meilisearch filter expression: a list is AND, an inner list is OR."""
    clauses: list = []
    for attr, values in (("source", req.sources), ("language", req.languages), ("tags", req.tags)):
        if values:
            clauses.append([f"{attr} = {quote(v)}" for v in values])
    if req.since:
        clauses.append(f"published_at_ts >= {day_start(req.since)}")
    if req.until:
        clauses.append(f"published_at_ts < {day_start(req.until) + 86400}")
    if req.has_translation is not None:
        clauses.append(f"has_translation = {'true' if req.has_translation else 'false'}")
    return clauses


def search_params(req: SearchRequest) -> dict:
    if req.sort not in SORTS:
        raise ValueError(f"unknown sort {req.sort!r}; use one of {', '.join(SORTS)}")
    params: dict = {
        "filter": build_filter(req),
        "facets": FACETS,
        "page": max(1, req.page),
        "hitsPerPage": max(1, min(req.per_page, 1000)),
        "attributesToHighlight": ["title", "body"],
        "attributesToCrop": ["body"],
        "cropLength": 40,
        "highlightPreTag": "<mark>",
        "highlightPostTag": "</mark>",
        "showRankingScore": True,
        "attributesToRetrieve": ["id", "source", "source_name", "language", "title", "url", "published_at",
                                 "tags", "has_translation", "translation_id"],
    }
    if SORTS[req.sort]:
        params["sort"] = SORTS[req.sort]
    return params


def query_text(q: str) -> str:
    """The query plus its stems in both languages, so 'cegah' also matches 'pencegahan' via body_stem."""
    q = (q or "").strip()
    if not q:
        return ""
    stems = stem_query(q)
    extra = " ".join(s for s in stems.split() if s not in q.lower().split())
    return f"{q} {extra}".strip()


def run_search(client, index_uid: str, req: SearchRequest) -> dict:
    """Execute a search; returns Meilisearch's raw response (hits, facetDistribution, totalHits …)."""
    return client.index(index_uid).search(query_text(req.q), search_params(req))
