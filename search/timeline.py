"""Counts over time: how many releases match a query and filters per day, week, month or year.

Why facet distributions
-----------------------
A search's ``totalHits`` is capped at ``pagination.maxTotalHits`` (100,000), facet counts are not. Every
search document carries its Asia/Jakarta ``year``, ``published_month`` ("2024-07") and ``published_day``
("2024-07-15"), so ONE search request with ``hitsPerPage: 0`` and those facets returns the exact count of
every bucket, whatever the archive's size (search/documents.py). Weeks are summed from days (ISO weeks,
Monday to Sunday). A split by source or language asks one more multi-search request: one query per value.

Exactness
---------
The request is the search's own: the same filter (``search.queries.build_filter``, which quotes and escapes
every user value) and the same query text (``query_text`` with the same word-form counts), so a bucket's
count is exactly the ``totalHits`` of the search narrowed to that bucket's days (tests/integration/
test_timeline.py checks every bucket against the real Meilisearch). The total is the sum of the
``language`` facet (every document has one), so it is exact past 100,000 too.

* **Undated releases** (``published_at`` null) have no day, month or year: they are counted apart
  (``undated`` = total - dated), never placed on a date.
* **Checks instead of silent errors**: dated counts must agree between the ``year`` facet and the bucket
  facet (an index built before these fields existed fails here: ``siaran reindex``), and a facet that hit
  ``maxValuesPerFacet`` would be incomplete. Either raises :class:`TimelineError` with what to do.
* **Hybrid and semantic modes count keyword matches.** Meilisearch's hybrid totals are not a set of
  matches: the semantic half ranks *every* release within the filters, and the reported total depends on
  the page asked for (measured on 1.21: 91 on page 1, 201 on page 2 of the same request; meilisearch
  issues #4494, #5972). No chart can agree with that, so the timeline counts the releases the query
  matches by its words (what keyword mode shows) and says so in ``counted``/``note``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from search.queries import SearchRequest, build_filter, form_counts, query_text, quote

INTERVALS = ("day", "week", "month", "year")
SPLITS = ("source", "language")
FACET_OF = {"day": "published_day", "week": "published_day", "month": "published_month", "year": "year"}
SPLIT_ATTRIBUTE = {"source": "source", "language": "language"}
HYBRID_NOTE = ("hybrid and semantic searches rank every release within the filters, so the timeline counts "
               "the releases the query matches by its words")


class TimelineError(ValueError):
    """The counts cannot be given exactly; the message says why and what to do."""


@dataclass
class Bucket:
    key: str  # "2024-07-15" | "2024-W29" | "2024-07" | "2024"
    start: date  # first Asia/Jakarta day, inclusive
    end: date  # last day, inclusive: ``since=start&until=end`` is exactly this bucket
    count: int = 0
    by: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"key": self.key, "start": self.start.isoformat(), "end": self.end.isoformat(), "count": self.count,
                "by": dict(self.by)}


@dataclass
class Timeline:
    interval: str
    by: str | None
    mode: str  # as requested
    counted: str  # "keyword": which matches were counted (see module docstring)
    total: int
    undated: int
    buckets: list[Bucket]
    series: list[str] = field(default_factory=list)  # split values, largest first
    series_totals: dict[str, int] = field(default_factory=dict)
    undated_by: dict[str, int] = field(default_factory=dict)
    note: str | None = None

    @property
    def dated(self) -> int:
        return self.total - self.undated

    def to_dict(self) -> dict:
        return {"interval": self.interval, "by": self.by, "mode": self.mode, "counted": self.counted,
                "total": self.total, "dated": self.dated, "undated": self.undated, "series": list(self.series),
                "series_totals": dict(self.series_totals), "undated_by": dict(self.undated_by),
                "buckets": [b.to_dict() for b in self.buckets], "note": self.note}


# -- pure calendar arithmetic ------------------------------------------------------------------
def check_interval(interval: str) -> str:
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}; use one of {', '.join(INTERVALS)}")
    return interval


def check_split(by: str | None) -> str | None:
    if by is not None and by not in SPLITS:
        raise ValueError(f"cannot split by {by!r}; use one of {', '.join(SPLITS)}")
    return by


def bucket_start(day: date, interval: str) -> date:
    """The first day of the bucket holding ``day`` (weeks start on Monday, ISO 8601)."""
    if interval == "day":
        return day
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_start(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bucket_key(start: date, interval: str) -> str:
    if interval == "day":
        return start.isoformat()
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if interval == "month":
        return start.strftime("%Y-%m")
    return str(start.year)


def facet_day(value: str, interval: str) -> date:
    """The first day a facet value stands for: "2024-07-15", "2024-07" or "2024"."""
    if interval in ("day", "week"):
        return date.fromisoformat(value)
    if interval == "month":
        return date.fromisoformat(value + "-01")
    return date(int(value), 1, 1)


def to_buckets(counts: dict[str, dict[str, int]], interval: str, since: date | None = None,
               until: date | None = None) -> list[Bucket]:
    """Buckets from the first to the last (or ``since`` to ``until``), empty ones included, oldest first.

    ``counts`` maps a series name ("" when not split) to ``{facet value: count}``.
    """
    per_start: dict[date, dict[str, int]] = {}
    for series, values in counts.items():
        for value, n in values.items():
            start = bucket_start(facet_day(value, interval), interval)
            slot = per_start.setdefault(start, {})
            slot[series] = slot.get(series, 0) + n
    starts = sorted(per_start)
    first = bucket_start(since, interval) if since else (starts[0] if starts else None)
    last = bucket_start(until, interval) if until else (starts[-1] if starts else None)
    if first is None or last is None:
        return []
    if starts:
        first, last = min(first, starts[0]), max(last, starts[-1])
    buckets: list[Bucket] = []
    start = first
    while start <= last:
        nxt = next_start(start, interval)
        slot = per_start.get(start, {})
        by = {k: v for k, v in slot.items() if k}
        buckets.append(Bucket(key=bucket_key(start, interval), start=start, end=nxt - timedelta(days=1),
                              count=sum(slot.values()), by=by))
        start = nxt
    return buckets


# -- the request ---------------------------------------------------------------------------------
@cache
def facet_values_limit() -> int:
    from search.settings import index_settings

    return int(index_settings()["faceting"]["maxValuesPerFacet"])


def count_params(req: SearchRequest, facets: list[str], extra_filter: Iterable = ()) -> dict:
    """A search request that returns no hits, only exact facet counts, for ``req``'s filters."""
    return {"filter": [*build_filter(req), *extra_filter], "facets": facets, "page": 1, "hitsPerPage": 0}


def _facet(result: dict, name: str) -> dict[str, int]:
    values = dict((result.get("facetDistribution") or {}).get(name) or {})
    if len(values) >= facet_values_limit():
        raise TimelineError(f"more than {facet_values_limit():,} values of {name}: narrow the dates "
                            "(--since/--until) or use a longer interval")
    return {str(k): int(v) for k, v in values.items()}


def timeline(client, index_uid: str, req: SearchRequest, interval: str = "month", by: str | None = None
             ) -> Timeline:
    """Exact counts of the releases matching ``req`` per bucket (see the module docstring)."""
    check_interval(interval)
    check_split(by)
    q = (req.q or "").strip()
    text = query_text(q, form_counts(client, index_uid, q)) if q else ""
    facet = FACET_OF[interval]
    facets = sorted({facet, "language", "year", *([SPLIT_ATTRIBUTE[by]] if by else [])})
    index = client.index(index_uid)
    main = index.search(text, count_params(req, facets))
    total = sum(_facet(main, "language").values())
    years = _facet(main, "year")
    bucketed = _facet(main, facet)
    dated = sum(bucketed.values())
    if dated != sum(years.values()):
        raise TimelineError(f"the search index has no {facet} for {sum(years.values()) - dated} dated releases: "
                            "run `siaran reindex` to rebuild it with the timeline fields")
    counts: dict[str, dict[str, int]] = {"": bucketed}
    series: list[str] = []
    series_totals: dict[str, int] = {}
    undated_by: dict[str, int] = {}
    if by:
        attribute = SPLIT_ATTRIBUTE[by]
        series_totals = _facet(main, attribute)
        series = sorted(series_totals, key=lambda v: (-series_totals[v], v))
        if series:
            queries = [{"indexUid": index_uid, "q": text,
                        **count_params(req, [facet], [f"{attribute} = {quote(value)}"])} for value in series]
            results = client.multi_search(queries)["results"]
            counts = {}
            for value, result in zip(series, results):
                counts[value] = _facet(result, facet)
                undated_by[value] = series_totals[value] - sum(counts[value].values())
            if sum(sum(c.values()) for c in counts.values()) != dated:
                raise TimelineError("the split counts do not add up to the total; the index changed while "
                                    "counting: try again")
    buckets = to_buckets(counts, interval, req.since, req.until)
    mode = req.mode or "keyword"
    return Timeline(interval=interval, by=by, mode=mode, counted="keyword", total=total, undated=total - dated,
                    buckets=buckets, series=series, series_totals=series_totals, undated_by=undated_by,
                    note=HYBRID_NOTE if mode != "keyword" and q else None)


def to_csv_rows(t: Timeline) -> list[list]:
    """Rows of the CSV view: period, start, end, count (and one column per series); undated last."""
    header = ["period", "start", "end", "count", *t.series]
    rows: list[list] = [header]
    for b in t.buckets:
        rows.append([b.key, b.start.isoformat(), b.end.isoformat(), b.count, *(b.by.get(s, 0) for s in t.series)])
    rows.append(["undated", "", "", t.undated, *(t.undated_by.get(s, 0) for s in t.series)])
    return rows


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    """One character per value, heights relative to the largest; a zero is a space, not the lowest bar."""
    top = max(values, default=0)
    if top <= 0:
        return " " * len(values)
    return "".join(" " if v <= 0 else SPARK[min(len(SPARK) - 1, (v * len(SPARK) - 1) // top)] for v in values)
