"""Value rendering shared by the writers: driver timestamps to UTC, JSON text, weaving columns.

Every writer works a batch at a time and a column at a time: ``zip(*batch)`` turns rows into columns,
each column is rendered by one list comprehension chosen by its kind, and ``zip(*columns)`` joins the
rendered fields back into lines. Per-value Python function calls were most of the export's cost
(benchmarks/bench_export.py); a comprehension with an inline test costs a fraction of one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import chain, repeat
from typing import Any


def utc_value(value: datetime | str) -> datetime:
    """An aware UTC datetime from what the driver returns: SQLite gives the stored UTC text
    ("2022-07-25 17:00:00.000000"), PostgreSQL an aware datetime in the session's zone."""
    if value.__class__ is str:
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:
            value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return value.isoformat()


def _revisions_plain(revs: list[dict]) -> list[dict]:
    return [{**r, "fetched_at": _iso(r["fetched_at"]) if r["fetched_at"] else None} for r in revs]


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def iso_utc_texts(values: Sequence[Any]) -> list[str | None]:
    """A column of timestamps as ISO 8601 UTC text, exactly ``utc_value(v).isoformat()``.

    Values are what the driver returned (SQLite: the stored UTC text, PostgreSQL: datetimes) or aware
    datetimes. SQLAlchemy always stores SQLite timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``; that form is
    rewritten with slices (``T`` separator, fraction dropped when zero as ``isoformat`` does, ``+00:00``),
    about five times cheaper than parsing and formatting a datetime. Any other value takes the exact path.
    """
    return [None if v is None
            else (v[:10] + "T" + v[11:19] + ("" if v[20:] == "000000" else v[19:]) + "+00:00")
            if v.__class__ is str and len(v) == 26 and v[10] == " " and v[19] == "."
            else utc_value(v).isoformat()
            for v in values]
def interleave(pieces: list[Sequence[str] | str]) -> str:
    """Columns of text and constant separators woven record by record into one string:
    ``interleave([ids, ",", titles, "\r\n"])`` gives ``"1,a\r\n2,b\r\n"``.

    One ``str.join`` over the lot copies each value once; joining each record first and then the records
    copied every body twice and took a third of the CSV writer's time.
    """
    return "".join(chain.from_iterable(zip(*[repeat(p) if isinstance(p, str) else p for p in pieces])))
