"""Release-number walks (pure functions of scraper.discovery.id_walk), with Bank Indonesia's rule."""

from __future__ import annotations

from scraper.discovery.id_walk import format_id, parse_id, previous_id, walk_continues, walk_start

PATTERN = r"sp_(?P<vol>\d{2})(?P<seq>\d{3})(?P<yy>\d{2})"
FORMAT = "sp_{vol:02d}{seq:03d}{yy:02d}"


def test_release_number_and_file_name_round_trip():
    parts = parse_id("https://www.bi.go.id/id/publikasi/ruang-media/news-release/Pages/sp_2818426.aspx", PATTERN)
    assert parts == {"vol": 28, "seq": 184, "yy": 26}  # No.28/184/DKom of 2026
    assert format_id(parts, FORMAT) == "sp_2818426"
    assert format_id({"vol": 23, "seq": 34, "yy": 21}, FORMAT) == "sp_2303421"  # zero-padded sequence
    assert parse_id("/Pages/default.aspx", PATTERN) is None


def test_walk_goes_down_the_sequence_and_stops_at_the_start_of_the_year():
    assert previous_id({"vol": 28, "seq": 184, "yy": 26}) == {"vol": 28, "seq": 183, "yy": 26}
    assert previous_id({"vol": 28, "seq": 1, "yy": 26}) is None


def test_walk_starts_below_the_lowest_listed_number_of_the_newest_year():
    listed = [{"vol": 28, "seq": s, "yy": 26} for s in (184, 183, 181)] + [{"vol": 27, "seq": 310, "yy": 25}]
    assert walk_start(listed) == {"vol": 28, "seq": 180, "yy": 26}
    assert walk_start([]) is None


def test_walk_stops_after_a_run_of_known_or_missing_numbers():
    assert walk_continues(4, 10, stop_after=5, max_steps=100)
    assert not walk_continues(5, 10, stop_after=5, max_steps=100)
    assert not walk_continues(0, 100, stop_after=5, max_steps=100)
