"""Which of the dates a page states is its publication date (the order of evidence, see cascade.py).

Pure: the evidence is gathered by the cascade (selectors, JSON-LD/``<meta>``, ``<time>``, the visible
dateline, the feed entry) and handed here in order of trust; this module only decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from zoneinfo import ZoneInfo

from scraper.extraction.dates import ParsedDate, looks_like_full_date, parse_date

__all__ = ["DateEvidence", "choose_publication_date", "evidence"]

JAKARTA = ZoneInfo("Asia/Jakarta")
PAGE_SOURCES = ("metadata", "time", "dateline")


@dataclass(frozen=True)
class DateEvidence:
    """One stated date: where it was read (``metadata``, ``time``, ``dateline`` or ``feed``), the text as
    found, and its parsed value (None when the text is not a full date or does not parse)."""

    source: str
    raw: str
    parsed: ParsedDate | None


def evidence(source: str, raw: str | None, *, month_first: bool = False, now: datetime | None = None,
             ) -> DateEvidence | None:
    """Evidence from a raw text; a year-only or year-month text is kept unparsed (it is not a date)."""
    if not raw or not raw.strip():
        return None
    raw = " ".join(raw.split())
    parsed = parse_date(raw, month_first=month_first, now=now) if looks_like_full_date(raw) else None
    return DateEvidence(source, raw, parsed)


def _has_real_time(parsed: ParsedDate, tz: tzinfo) -> bool:
    """A time of day that says something: local midnight is how many CMSs write "date only"."""
    return parsed.has_time and parsed.value.astimezone(tz).time() != time(0)


def _local_day(parsed: ParsedDate, tz: tzinfo):
    return parsed.value.astimezone(tz).date()


def choose_publication_date(found: list[DateEvidence | None], tz: tzinfo = JAKARTA) -> DateEvidence | None:
    """The publication date among ``found`` (in order of trust), or None when nothing usable was stated.

    The first parsed page evidence wins, except that when a later page source names the same day with a
    time of day and the winner has none, the one with the time wins (a JSON-LD date-only value does not
    erase the "14:30 WIB" of the visible dateline). The feed entry counts only when the page states no
    date at all.
    """
    parsed = [e for e in found if e is not None and e.parsed is not None]
    page = [e for e in parsed if e.source != "feed"]
    if not page:
        return next((e for e in parsed if e.source == "feed"), None)
    best = page[0]
    if not _has_real_time(best.parsed, tz):
        day = _local_day(best.parsed, tz)
        timed = next((e for e in page[1:] if _has_real_time(e.parsed, tz) and _local_day(e.parsed, tz) == day),
                     None)
        if timed is not None:
            return timed
    return best


def unparsed(found: list[DateEvidence | None]) -> DateEvidence | None:
    """The first stated text that is not a usable date (reported as a warning when the page is undated)."""
    return next((e for e in found if e is not None and e.parsed is None), None)
