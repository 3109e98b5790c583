"""Parse the publication dates printed on Indonesian government pages.

Agency pages mix Indonesian and English wording ("Selasa, 26 Juli 2022", "Juli 26, 2022", "Date 5 Februari
2022" on an English page), numeric dates in both day-first and US month-first order, times written with a
colon or a dot, the zones WIB/WITA/WIT, relative forms ("2 jam yang lalu") and noise in the same cell
("Hits 2094", "| Kategori"). General-purpose parsers get several of these wrong (dateparser #398 reads
"Minggu" as "week", #584 does not know "Nop", #912 turns "4 bulan lalu" into one month), and they fill in
the crawl time for missing parts. So the known formats are parsed here explicitly with regexes and
tables, and `dateparser` is only a fallback for the rest, configured never to invent missing parts.

Everything is pure: the result only depends on the text and the `now` passed in.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["ParsedDate", "looks_like_full_date", "parse_date", "to_utc_iso"]


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: `value` is aware and in UTC; `has_time` is False when the text had only a date."""

    value: datetime
    has_time: bool


# Both languages share one table: English pages print Indonesian month names and vice versa.
_MONTHS: dict[str, int] = {
    **dict.fromkeys(["januari", "january", "jan"], 1),
    **dict.fromkeys(["februari", "pebruari", "february", "feb", "peb"], 2),
    **dict.fromkeys(["maret", "march", "mar"], 3),
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["mei", "may"], 5),
    **dict.fromkeys(["juni", "june", "jun"], 6),
    **dict.fromkeys(["juli", "july", "jul"], 7),
    **dict.fromkeys(["agustus", "august", "agu", "agt", "ags", "aug"], 8),
    **dict.fromkeys(["september", "sept", "sep"], 9),
    **dict.fromkeys(["oktober", "october", "okt", "oct"], 10),
    **dict.fromkeys(["november", "nopember", "nov", "nop"], 11),
    **dict.fromkeys(["desember", "december", "des", "dec"], 12),
}

# Day names carry no information once the date is known, but they mislead dateparser ("Minggu" = week),
# so they are removed before the fallback.
_DAY_NAMES: frozenset[str] = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)

# Fixed offsets: Indonesia has no daylight saving time.
_ZONES: dict[str, tzinfo] = {
    "wib": timezone(timedelta(hours=7)),
    "wita": timezone(timedelta(hours=8)),
    "wit": timezone(timedelta(hours=9)),
    "utc": UTC,
    "gmt": UTC,
    "z": UTC,
}

_MIN_YEAR = 1900
_FALLBACK_MAX_CHARS = 200

_ISO_RE = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})"
    r"(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}:?\d{2}|wib|wita|wit|utc|gmt)?)?(?!\d)"
)
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*[\s.-]\s*([a-z]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_RE = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
# A time right after the date, allowing the separators seen on agency pages ("| 13:13 WIB", " 20.41").
_TIME_TAIL_RE = re.compile(
    r"\s*(?:[|,•·@–—-]\s*)*(?:(?:pukul|pkl\.?|jam|at)\s*)?"
    r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?!\d|[.:]\d)\s*(a\.?m\.?|p\.?m\.?)?\s*(wita|wib|wit|utc|gmt)?\b"
)
_RELATIVE_RE = re.compile(
    r"\b(?:(\d+|satu|a|an|one)\s+|se)"
    r"(detik|menit|jam|hari|minggu|pekan|bulan|tahun"
    r"|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+(?:yang\s+)?(?:lalu|ago)\b"
)
_DAY_WORDS: dict[str, int] = {"kemarin": 1, "yesterday": 1, "hari ini": 0, "today": 0}
_DAY_WORD_RE = re.compile(r"\b(kemarin|yesterday|hari ini|today)\b")
_JUST_NOW_RE = re.compile(r"\b(baru saja|just now)\b")
_TIME_HINT_RE = re.compile(r"\d{1,2}[:.]\d{2}|\b[ap]\.?m\b")
_DAY_NAME_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _DAY_NAMES), key=len, reverse=True)) + r")\b,?"
)

# Unit -> (kind, amount in that kind). Seconds keep the time of day; days and months are only precise to
# the day, so they become date-only results.
_UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(["detik", "second", "seconds", "sec", "secs"], ("seconds", 1)),
    **dict.fromkeys(["menit", "minute", "minutes", "min", "mins"], ("seconds", 60)),
    **dict.fromkeys(["jam", "hour", "hours", "hr", "hrs"], ("seconds", 3600)),
    **dict.fromkeys(["hari", "day", "days"], ("days", 1)),
    **dict.fromkeys(["minggu", "pekan", "week", "weeks"], ("days", 7)),
    **dict.fromkeys(["bulan", "month", "months"], ("months", 1)),
    **dict.fromkeys(["tahun", "year", "years"], ("months", 12)),
}


_MONTH_WORDS = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
# The shape of a date that names its day, month and year (or a recent relative time): a cheap gate
# before parsing, so a "Since 2020" sentence or a "Hits 2094" counter never reaches a parser.
_FULL_DATE_SHAPE_RE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s*[\s.-]\s*(?:{_MONTH_WORDS})\b\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_WORDS})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d+\s+(?:detik|menit|jam|hari|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+(?:yang\s+)?(?:lalu|ago)\b"
)


def looks_like_full_date(text: str | None) -> bool:
    """True when ``text`` holds a day, month and year (or "3 jam yang lalu"): year-only or year-month
    values ("2020", "Juli 2024") are not publication dates, and a parser must never complete them."""
    return bool(text) and _FULL_DATE_SHAPE_RE.search(_normalise(text)) is not None


class _Invalid(Exception):
    """A known format matched but named an impossible date; no fallback should second-guess it."""


def parse_date(
    text: str | None,
    *,
    now: datetime | None = None,
    month_first: bool = False,
    default_tz: str = "Asia/Jakarta",
) -> ParsedDate | None:
    """Parse a date printed on an agency page; return None for garbage or impossible dates, never raise.

    `now` anchors relative forms ("3 hari yang lalu"); a naive `now` is taken as UTC. `month_first` is for
    sites that print US numeric dates (Bank Indonesia: "9/17/2026 7:00 PM"). Texts without a zone are in
    `default_tz`; a date-only text is stored at 00:00 of that day in `default_tz`, never at the crawl time.
    """
    if not text or not isinstance(text, str):
        return None
    try:
        tz = ZoneInfo(default_tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    clean = _normalise(text)
    if not clean:
        return None
    try:
        found = _parse_absolute(clean, tz, month_first)
    except (_Invalid, OverflowError):
        return None
    if found is not None:
        return found
    found = _parse_relative(clean, _aware_now(now), tz)
    if found is not None:
        return found
    return _parse_fallback(clean, now, tz, month_first)


def to_utc_iso(d: ParsedDate) -> str:
    """Format as ISO 8601 in UTC with a "Z" suffix, to the second, as stored and exported."""
    return d.value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _normalise(text: str) -> str:
    """NFKC turns NBSP and other odd spaces into plain ones; curly apostrophes appear in "Jum’at"."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("`", "'")
    return " ".join(text.split()).lower()


def _aware_now(now: datetime | None) -> datetime:
    """Default to the current time; a naive value is read as UTC, the project's storage zone."""
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def _parse_absolute(text: str, tz: tzinfo, month_first: bool) -> ParsedDate | None:
    """Try the explicit formats, most specific first."""
    for parser in (_parse_iso, _parse_textual, _parse_numeric):
        found = parser(text, tz, month_first)
        if found is not None:
            return found
    return None


def _parse_iso(text: str, tz: tzinfo, month_first: bool) -> ParsedDate | None:
    """ISO 8601 from JSON-LD, APIs and `<time datetime>`: "2022-07-26T09:00:00+07:00", "2025-10-28"."""
    m = _ISO_RE.search(text)
    if m is None:
        return None
    year, month, day, hour, minute, second, zone = m.groups()
    day_ = _make_date(int(year), int(month), int(day))
    if hour is None:
        return _date_only(day_, tz)
    clock = _make_time(int(hour), int(minute), int(second or 0), None)
    return _with_time(day_, clock, _zone(zone) or tz)


def _parse_textual(text: str, tz: tzinfo, month_first: bool) -> ParsedDate | None:
    """Dates with a month name, day first ("26 Juli 2022") or month first ("Juli 26, 2022")."""
    for regex, day_group, month_group in ((_DAY_MONTH_RE, 1, 2), (_MONTH_DAY_RE, 2, 1)):
        for m in regex.finditer(text):
            month = _MONTHS.get(m.group(month_group))
            if month is not None:
                day_ = _make_date(int(m.group(3)), month, int(m.group(day_group)))
                return _attach_time(day_, text, m.end(), tz)
    return None


def _parse_numeric(text: str, tz: tzinfo, month_first: bool) -> ParsedDate | None:
    """Numeric dates: "26/07/2022 14:30 WIB" (day first) or "9/17/2026 7:00 PM" with `month_first`."""
    m = _NUMERIC_RE.search(text)
    if m is None:
        return None
    first, _, second, year = m.groups()
    day, month = (int(second), int(first)) if month_first else (int(first), int(second))
    return _attach_time(_make_date(int(year), month, day), text, m.end(), tz)


def _attach_time(day_: date, text: str, end: int, tz: tzinfo) -> ParsedDate:
    """Look for a time right after the date; without one the result is date-only."""
    m = _TIME_TAIL_RE.match(text, end)
    if m is None:
        return _date_only(day_, tz)
    hour, minute, second, meridiem, zone = m.groups()
    clock = _make_time(int(hour), int(minute), int(second or 0), meridiem)
    return _with_time(day_, clock, _zone(zone) or tz)


def _make_date(year: int, month: int, day: int) -> date:
    """Build a date or raise `_Invalid` ("31 Februari 2022" is not a date, not a reason to guess)."""
    if year < _MIN_YEAR:
        raise _Invalid
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise _Invalid from exc


def _make_time(hour: int, minute: int, second: int, meridiem: str | None) -> time:
    """Build a time, converting 12-hour clock values ("7:00 PM", "12:30 AM")."""
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise _Invalid
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    try:
        return time(hour, minute, second)
    except ValueError as exc:
        raise _Invalid from exc


def _zone(name: str | None) -> tzinfo | None:
    """Zone abbreviations and ISO offsets ("+07:00", "+0700", "Z")."""
    if name is None:
        return None
    if name in _ZONES:
        return _ZONES[name]
    sign = -1 if name[0] == "-" else 1
    digits = name[1:].replace(":", "")
    try:
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    except ValueError as exc:  # "+25:00" is not an offset
        raise _Invalid from exc


def _with_time(day_: date, clock: time, tz: tzinfo) -> ParsedDate:
    """Combine in the page's zone, then convert (an early-morning WIB time is the previous UTC day)."""
    return ParsedDate(datetime.combine(day_, clock, tzinfo=tz).astimezone(UTC), True)


def _date_only(day_: date, tz: tzinfo) -> ParsedDate:
    """Midnight of that day in the page's zone: the project's convention for date-only releases."""
    return ParsedDate(datetime.combine(day_, time(0), tzinfo=tz).astimezone(UTC), False)


def _parse_relative(text: str, now: datetime, tz: tzinfo) -> ParsedDate | None:
    """Relative forms: "2 jam yang lalu", "4 bulan lalu" (four months), "kemarin", "2 hours ago"."""
    m = _RELATIVE_RE.search(text)
    if m is not None:
        amount = _relative_amount(m.group(1))
        kind, per_unit = _UNITS[m.group(2)]
        return _shift(now, kind, amount * per_unit, tz)
    m = _DAY_WORD_RE.search(text)
    if m is not None:
        return _shift(now, "days", _DAY_WORDS[m.group(1)], tz)
    if _JUST_NOW_RE.search(text):
        return ParsedDate(now.astimezone(UTC), True)
    return None


def _relative_amount(word: str | None) -> int:
    """Digits are the count; the prefix "se-" (sejam, sehari) and "a"/"an"/"satu" mean one."""
    return int(word) if word is not None and word.isdigit() else 1


def _shift(now: datetime, kind: str, amount: int, tz: tzinfo) -> ParsedDate | None:
    """Go back from `now`; day-precision results snap to midnight of the local day like any date-only."""
    if kind == "seconds":
        try:
            return ParsedDate((now - timedelta(seconds=amount)).astimezone(UTC), True)
        except OverflowError:
            return None
    local = now.astimezone(tz).date()
    try:
        target = local - timedelta(days=amount) if kind == "days" else _months_back(local, amount)
    except (OverflowError, ValueError):
        return None
    return _date_only(target, tz)


def _months_back(day_: date, months: int) -> date:
    """Calendar months back, clamping the day (31 Juli minus 1 bulan = 30 Juni)."""
    index = day_.year * 12 + day_.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day_.day, last))


def _parse_fallback(text: str, now: datetime | None, tz: ZoneInfo, month_first: bool) -> ParsedDate | None:
    """Hand unusual absolute forms to dateparser ("26 Juli 22", "Tue, 26 Jul 2022 09:00:00 GMT").

    Skipped for texts without digits (only vague relative phrases remain) and for long texts (slow and
    rarely a date). Day names are removed first because dateparser reads "Minggu" as "week".
    """
    if len(text) > _FALLBACK_MAX_CHARS or not any(ch.isdigit() for ch in text):
        return None
    stripped = _DAY_NAME_RE.sub(" ", text).strip()
    try:
        parsed = _dateparser_parse(stripped, now, tz, month_first)
    except Exception:  # noqa: BLE001 - a third-party parser must never break a crawl
        return None
    if parsed is None or parsed.year < _MIN_YEAR:
        return None
    local = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=tz)
    if local.time() == time(0) and not _TIME_HINT_RE.search(stripped):
        return _date_only(local.date(), tz)
    return ParsedDate(local.astimezone(UTC), True)


def _dateparser_parse(text: str, now: datetime | None, tz: ZoneInfo, month_first: bool) -> datetime | None:
    """Call dateparser restricted to Indonesian and English, never filling in missing parts."""
    import dateparser  # imported lazily: it is slow to load and rarely needed

    settings: dict[str, object] = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY" if month_first else "DMY",
        "TIMEZONE": tz.key,
        "RETURN_AS_TIMEZONE_AWARE": True,
    }
    if now is not None:
        settings["RELATIVE_BASE"] = _aware_now(now).astimezone(tz).replace(tzinfo=None)
    return dateparser.parse(text, languages=["id", "en"], settings=settings)
