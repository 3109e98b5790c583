"""Unit tests for scraper.extraction.dates: the date formats seen on agency pages (docs/AGENCY-SITES)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from scraper.extraction import dates
from scraper.extraction.dates import ParsedDate, parse_date, to_utc_iso

JAKARTA = ZoneInfo("Asia/Jakarta")
# 10:00 WIB on Saturday 28 November 2026: the reference point for relative forms.
NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


def iso(text: str, **kwargs: object) -> str | None:
    """Parse and format, so expectations read as the UTC strings that get stored."""
    parsed = parse_date(text, now=NOW, **kwargs)  # type: ignore[arg-type]
    return None if parsed is None else to_utc_iso(parsed)


def local_day(parsed: ParsedDate | None) -> date:
    assert parsed is not None
    return parsed.value.astimezone(JAKARTA).date()


# --- date-only texts: midnight Asia/Jakarta, has_time False ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selasa, 26 Juli 2022", "2022-07-25T17:00:00Z"),
        ("26 Juli 2022", "2022-07-25T17:00:00Z"),
        ("Dipublikasikan pada 25 Februari 2016", "2016-02-24T17:00:00Z"),
        (
            "Oleh Humas  Dipublikasikan pada 25 Februari 2016 · Kategori: Berita · Dibaca: 33.156 Kali",
            "2016-02-24T17:00:00Z",
        ),
        ("Date 5 Februari 2022", "2022-02-04T17:00:00Z"),
        ("10 September 2026\xa0Hits 2094", "2026-09-09T17:00:00Z"),
        ("11 Mei 2026 | Kegiatan Statistik Lainnya", "2026-05-10T17:00:00Z"),
        ("Juli 26, 2022", "2022-07-25T17:00:00Z"),
        ("July 26, 2022", "2022-07-25T17:00:00Z"),
        ("Tuesday, 26 July 2022", "2022-07-25T17:00:00Z"),
        ("1 Februari 2024", "2024-01-31T17:00:00Z"),
        ("5 Desember 2022", "2022-12-04T17:00:00Z"),
        ("Siaran Pers No. 73/HM-KKD/5/2026 Kamis, 14 Mei 2026", "2026-05-13T17:00:00Z"),
        ("2026-09-01", "2026-08-31T17:00:00Z"),
    ],
)
def test_date_only_text_is_midnight_jakarta_without_time(text: str, expected: str) -> None:
    parsed = parse_date(text, now=NOW)
    assert parsed is not None
    assert to_utc_iso(parsed) == expected
    assert parsed.has_time is False


def test_date_only_text_never_gets_the_current_time() -> None:
    parsed = parse_date("26 Juli 2022", now=NOW)
    assert parsed is not None
    assert parsed.value.astimezone(JAKARTA).time() == datetime.min.time()
    assert parsed.value.astimezone(JAKARTA).date() == date(2022, 7, 26)


def test_value_is_aware_and_in_utc() -> None:
    parsed = parse_date("26/07/2022 14:30 WIB", now=NOW)
    assert parsed is not None
    assert parsed.value.utcoffset() == timedelta(0)


# --- month names and abbreviations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("6 Nop 2019", 11),
        ("6 Nopember 2019", 11),
        ("21 Sep 2026", 9),
        ("17 Agt 2022", 8),
        ("17 Agu 2022", 8),
        ("17 Agustus 2022", 8),
        ("1 Okt 2022", 10),
        ("5 Des 2022", 12),
        ("20 Mei 2022", 5),
        ("20 May 2022", 5),
        ("1 Peb 2022", 2),
        ("1 Feb 2022", 2),
        ("1 Pebruari 2022", 2),
        ("3 Maret 2022", 3),
        ("3 Mar. 2022", 3),
    ],
)
def test_indonesian_and_english_month_abbreviations(text: str, month: int) -> None:
    assert local_day(parse_date(text, now=NOW)).month == month


# --- day names: ignored, and never read as anything else ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minggu, 24 Juli 2022", date(2022, 7, 24)),  # Sunday, not "week" (dateparser #398)
        ("Jumat, 29 Desember 2023", date(2023, 12, 29)),
        ("Jum'at, 29 Desember 2023", date(2023, 12, 29)),
        ("Jum\u2019at, 29 Desember 2023", date(2023, 12, 29)),
        ("Kamis, 14 Mei 2026", date(2026, 5, 14)),
        ("Sunday, 24 July 2022", date(2022, 7, 24)),
    ],
)
def test_day_names_do_not_change_the_date(text: str, expected: date) -> None:
    assert local_day(parse_date(text, now=NOW)) == expected


def test_minggu_is_sunday_not_a_week_offset() -> None:
    parsed = parse_date("Minggu, 24 Juli 2022", now=NOW)
    assert local_day(parsed).weekday() == 6
    assert local_day(parsed) != (NOW - timedelta(weeks=1)).date()


# --- times and zones ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 Mei 2025 | 13:13 WIB", "2025-05-10T06:13:00Z"),
        ("26/07/2022 14:30 WIB", "2022-07-26T07:30:00Z"),
        ("26/07/2022 14:30", "2022-07-26T07:30:00Z"),
        ("12 Mei 2026 20.41", "2026-05-12T13:41:00Z"),
        ("Selasa 12 Mei 2026 20.41", "2026-05-12T13:41:00Z"),
        ("26 Juli 2022 pukul 09.15 WIB", "2022-07-26T02:15:00Z"),
        ("July 26, 2022 at 9:00 AM", "2022-07-26T02:00:00Z"),
        ("2022-07-26T09:00:00+07:00", "2022-07-26T02:00:00Z"),
        ("2026-07-10T01:42:00+07:00", "2026-07-09T18:42:00Z"),
        ("2022-07-26T02:00:00Z", "2022-07-26T02:00:00Z"),
        ("2022-07-26T09:00:00.000+0700", "2022-07-26T02:00:00Z"),
        ("2025-10-28 00:00:00", "2025-10-27T17:00:00Z"),
    ],
)
def test_texts_with_a_time(text: str, expected: str) -> None:
    parsed = parse_date(text, now=NOW)
    assert parsed is not None
    assert to_utc_iso(parsed) == expected
    assert parsed.has_time is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 Juli 2022 05:00 WIB", "2022-07-25T22:00:00Z"),
        ("26 Juli 2022 05:00 WITA", "2022-07-25T21:00:00Z"),
        ("26 Juli 2022 05:00 WIT", "2022-07-25T20:00:00Z"),
        ("26 Juli 2022 05:00", "2022-07-25T22:00:00Z"),
    ],
)
def test_zones_and_early_morning_falls_on_previous_utc_day(text: str, expected: str) -> None:
    assert iso(text) == expected


def test_default_tz_applies_when_text_has_no_zone() -> None:
    assert iso("26 Juli 2022 05:00", default_tz="Asia/Makassar") == "2022-07-25T21:00:00Z"
    assert iso("26 Juli 2022", default_tz="UTC") == "2022-07-26T00:00:00Z"


def test_explicit_zone_wins_over_default_tz() -> None:
    assert iso("26 Juli 2022 05:00 WIB", default_tz="Asia/Jayapura") == "2022-07-25T22:00:00Z"


# --- numeric dates: day first by default, month first for Bank Indonesia --------------------------------


def test_bank_indonesia_month_first_twelve_hour_clock() -> None:
    parsed = parse_date("9/17/2026 7:00 PM", now=NOW, month_first=True)
    assert parsed is not None
    assert to_utc_iso(parsed) == "2026-09-17T12:00:00Z"
    assert parsed.has_time is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9/17/2026 12:30 AM", "2026-09-16T17:30:00Z"),
        ("9/17/2026 12:30 PM", "2026-09-17T05:30:00Z"),
        ("9/17/2026 7:00 p.m.", "2026-09-17T12:00:00Z"),
    ],
)
def test_twelve_hour_clock_edges(text: str, expected: str) -> None:
    assert iso(text, month_first=True) == expected


def test_month_first_changes_the_reading_of_an_ambiguous_date() -> None:
    assert local_day(parse_date("05/07/2022", now=NOW)) == date(2022, 7, 5)
    assert local_day(parse_date("05/07/2022", now=NOW, month_first=True)) == date(2022, 5, 7)


def test_month_first_date_without_the_flag_is_rejected_not_guessed() -> None:
    assert parse_date("9/17/2026 7:00 PM", now=NOW) is None


# --- noise after the date is not mistaken for a time --------------------------------------------------


def test_hits_counter_is_not_a_time() -> None:
    parsed = parse_date("10 September 2026\xa0Hits 2094", now=NOW)
    assert parsed is not None and parsed.has_time is False


def test_thousands_number_after_date_is_not_a_time() -> None:
    parsed = parse_date("26 Juli 2022, 10.000 peserta", now=NOW)
    assert parsed is not None and parsed.has_time is False


# --- relative forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("2 jam yang lalu", timedelta(hours=2)),
        ("5 menit lalu", timedelta(minutes=5)),
        ("sejam yang lalu", timedelta(hours=1)),
        ("30 detik yang lalu", timedelta(seconds=30)),
        ("2 hours ago", timedelta(hours=2)),
        ("an hour ago", timedelta(hours=1)),
        ("15 minutes ago", timedelta(minutes=15)),
    ],
)
def test_relative_hours_and_minutes_keep_the_time(text: str, delta: timedelta) -> None:
    parsed = parse_date(text, now=NOW)
    assert parsed is not None
    assert parsed.value == NOW - delta
    assert parsed.has_time is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kemarin", date(2026, 11, 27)),
        ("yesterday", date(2026, 11, 27)),
        ("3 hari yang lalu", date(2026, 11, 25)),
        ("sehari yang lalu", date(2026, 11, 27)),
        ("2 minggu lalu", date(2026, 11, 14)),
        ("4 bulan lalu", date(2026, 7, 28)),  # four months, not one (dateparser #912)
        ("1 tahun yang lalu", date(2025, 11, 28)),
        ("3 days ago", date(2026, 11, 25)),
        ("2 months ago", date(2026, 9, 28)),
        ("hari ini", date(2026, 11, 28)),
    ],
)
def test_relative_days_and_months_are_date_only(text: str, expected: date) -> None:
    parsed = parse_date(text, now=NOW)
    assert local_day(parsed) == expected
    assert parsed is not None and parsed.has_time is False
    assert parsed.value.astimezone(JAKARTA).time() == datetime.min.time()


def test_four_months_ago_is_four_months_not_one() -> None:
    assert local_day(parse_date("4 bulan lalu", now=NOW)).month == 7


def test_relative_months_clamp_to_the_end_of_a_shorter_month() -> None:
    now = datetime(2026, 7, 31, 5, 0, tzinfo=UTC)
    assert local_day(parse_date("1 bulan lalu", now=now)) == date(2026, 6, 30)


def test_yesterday_is_counted_in_jakarta_not_utc() -> None:
    # 20:00 UTC on 27 Nov is already 03:00 WIB on 28 Nov, so "kemarin" is 27 Nov.
    now = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
    assert local_day(parse_date("kemarin", now=now)) == date(2026, 11, 27)


def test_naive_now_is_taken_as_utc() -> None:
    parsed = parse_date("2 jam yang lalu", now=NOW.replace(tzinfo=None))
    assert parsed is not None and parsed.value == NOW - timedelta(hours=2)


def test_relative_form_defaults_to_the_current_time() -> None:
    before = datetime.now(UTC)
    parsed = parse_date("5 menit lalu")
    after = datetime.now(UTC)
    assert parsed is not None
    assert before - timedelta(minutes=5) <= parsed.value <= after - timedelta(minutes=5)


def test_explicit_date_wins_over_now() -> None:
    parsed = parse_date("26 Juli 2022", now=datetime(2000, 1, 1, tzinfo=UTC))
    assert parsed is not None and to_utc_iso(parsed) == iso("26 Juli 2022") == "2022-07-25T17:00:00Z"


# --- garbage and impossible dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "lorem ipsum",
        "31 Februari 2022",
        "30 Feb 2022",
        "2022-02-30",
        "2022-07-26T25:00:00",
        "2022-07-26T09:00:00+99:00",
        "32/07/2022",
        "26 Juli 2022 13:00 PM",
        "Juli 2022",  # no day: must not be filled in from today
        "minggu lalu",  # vague: no number of weeks
        "Hits 2094",
        "0 Juli 2022",
    ],
)
def test_garbage_and_impossible_dates_return_none(text: str | None) -> None:
    assert parse_date(text, now=NOW) is None


@pytest.mark.parametrize(
    "text",
    ["9999-12-31T23:00:00-05:00", "1 Januari 0001", "x" * 10_000, "\x00\ufffd", "99999 jam yang lalu" * 3],
)
def test_odd_input_never_raises(text: str) -> None:
    result = parse_date(text, now=NOW)
    assert result is None or isinstance(result, ParsedDate)


def test_non_string_input_returns_none() -> None:
    assert parse_date(12345, now=NOW) is None  # type: ignore[arg-type]


def test_unknown_default_tz_returns_none() -> None:
    assert parse_date("26 Juli 2022", now=NOW, default_tz="Mars/Olympus") is None


# --- dateparser is only a fallback --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Selasa, 26 Juli 2022",
        "26/07/2022 14:30 WIB",
        "Juli 26, 2022",
        "2022-07-26T09:00:00+07:00",
        "4 bulan lalu",
        "kemarin",
        "6 Nop 2019",
        "Minggu, 24 Juli 2022",
    ],
)
def test_known_formats_do_not_call_dateparser(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(dates, "_dateparser_parse", lambda t, *args: calls.append(t))
    assert parse_date(text, now=NOW) is not None
    assert calls == []


def test_fallback_handles_two_digit_year() -> None:
    parsed = parse_date("Minggu, 24 Juli 22", now=NOW)
    assert local_day(parsed) == date(2022, 7, 24)
    assert parsed is not None and parsed.has_time is False


def test_fallback_respects_month_first() -> None:
    assert local_day(parse_date("9/17/26", now=NOW, month_first=True)) == date(2026, 9, 17)
    assert local_day(parse_date("5/7/22", now=NOW)) == date(2022, 7, 5)
    assert local_day(parse_date("5/7/22", now=NOW, month_first=True)) == date(2022, 5, 7)


def test_fallback_removes_day_names_before_calling_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(dates, "_dateparser_parse", lambda t, *args: seen.append(t))
    assert parse_date("Minggu, 24 Juli 22", now=NOW) is None
    assert seen and "minggu" not in seen[0]


def test_fallback_error_returns_none(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("dateparser broke")

    monkeypatch.setattr(dates, "_dateparser_parse", boom)
    assert parse_date("24 Juli 22", now=NOW) is None


# --- output format ------------------------------------------------------------------------------------


def test_to_utc_iso_uses_z_suffix_and_whole_seconds() -> None:
    value = datetime(2022, 7, 26, 9, 0, 0, 123456, tzinfo=JAKARTA)
    assert to_utc_iso(ParsedDate(value, True)) == "2022-07-26T02:00:00Z"


def test_parsed_date_is_immutable() -> None:
    parsed = parse_date("26 Juli 2022", now=NOW)
    assert parsed is not None
    with pytest.raises(AttributeError):
        parsed.has_time = True  # type: ignore[misc]
