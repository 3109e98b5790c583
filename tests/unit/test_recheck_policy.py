"""The re-check schedule and the takedown rules (scraper/recheck.py), on plain values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scraper.recheck import (
    EDITED,
    GONE,
    TRANSIENT,
    UNCHANGED,
    CheckState,
    RecheckPolicy,
    after_check,
    archive_budget,
    first_check,
    interval_days,
    next_check,
    normalize_stamp,
    parse_now,
    stamp_changed,
    title_key,
)

POLICY = RecheckPolicy()
NIGHT = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)  # 02:00 Asia/Jakarta


def nights(n: float) -> datetime:
    return NIGHT + timedelta(days=n)


def test_interval_slows_with_age_daily_then_two_days_weekly_monthly():
    assert [interval_days(age, 5, False, POLICY) for age in (0, 6.9, 7, 29, 30, 89, 90, 4000)] == \
        [1, 1, 2, 2, 7, 7, 30, 30]


def test_after_an_edit_the_interval_restarts_at_one_day_and_doubles_up_to_the_age_cap():
    assert [interval_days(400, stable, True, POLICY) for stable in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    assert [interval_days(10, stable, True, POLICY) for stable in range(3)] == [1, 2, 2]


def test_old_releases_are_spread_one_thirtieth_a_night_and_never_later_than_the_cap():
    published = nights(-400)
    checks = [next_check(NIGHT, i, published_at=published, first_seen=published, stable_checks=9, edited=False,
                         policy=POLICY) for i in range(1, 30_001)]
    days = [round((c - NIGHT).total_seconds() / 86400) for c in checks]
    assert min(days) == 1 and max(days) == 30
    per_night = [days.count(d) for d in range(1, 31)]
    assert min(per_night) > 900 and max(per_night) < 1100


def test_a_release_checked_on_its_slot_night_is_due_again_a_full_cap_later_and_a_late_one_sooner():
    published = nights(-400)
    slot = next_check(NIGHT, 99, published_at=published, first_seen=published, stable_checks=9, edited=False,
                      policy=POLICY)
    again = next_check(slot, 99, published_at=published, first_seen=published, stable_checks=9, edited=False,
                       policy=POLICY)
    assert again - slot == timedelta(days=30)
    late = slot + timedelta(days=3)  # the budget made it wait three nights
    assert next_check(late, 99, published_at=published, first_seen=published, stable_checks=9, edited=False,
                      policy=POLICY) == again  # back on its own night


def test_first_check_of_a_backfilled_archive_is_spread_evenly_over_the_month():
    stored = NIGHT
    firsts = [first_check(stored, i, published_at=nights(-1000), policy=POLICY) for i in range(1, 30_001)]
    per_night: dict[int, int] = {}
    for moment in firsts:
        per_night[(moment - stored).days] = per_night.get((moment - stored).days, 0) + 1
    assert sorted(per_night) == list(range(1, 31))
    assert max(per_night.values()) < 1.1 * 1000 and min(per_night.values()) > 0.9 * 1000  # ~1/30 a night


def test_fresh_release_is_checked_the_next_night():
    first = first_check(NIGHT, 42, published_at=NIGHT - timedelta(hours=3), policy=POLICY)
    assert NIGHT + timedelta(hours=6) <= first <= nights(1)


def test_budget_is_a_share_of_the_archive_with_a_floor_or_a_fixed_number():
    assert archive_budget(100_000, POLICY) == 5000
    assert archive_budget(300, POLICY) == 100
    assert archive_budget(100_000, RecheckPolicy(budget=250)) == 250


def test_listing_stamps_compare_as_moments_not_spellings():
    assert normalize_stamp("2024-05-01T10:00:00+07:00") == normalize_stamp("2024-05-01T03:00:00Z")
    assert normalize_stamp("Wed, 01 May 2024 03:00:00 GMT") == "2024-05-01T03:00:00Z"
    assert not stamp_changed("2024-05-01T10:00:00+07:00", "2024-05-01T03:00:00Z")
    assert stamp_changed("2024-05-01T03:00:00Z", "2024-05-02T03:00:00Z")
    assert not stamp_changed(None, "2024-05-02T03:00:00Z")  # nothing to compare yet: only remembered


def test_title_key_ignores_case_spacing_and_trailing_ellipsis():
    assert title_key("BNPT  Gelar Rapat …") == title_key("bnpt gelar rapat")
    assert title_key("BNPT Gelar Rapat") != title_key("BNPT Gelar Rapat Kedua")
    assert title_key("  ") is None


def test_siaran_now_parses_iso_with_or_without_zone():
    assert parse_now("2024-05-01T19:00:00Z") == NIGHT
    assert parse_now("2024-05-01T19:00:00") == NIGHT
    assert parse_now("") is None


def state(**kw) -> CheckState:
    return CheckState(article_id=7, published_at=nights(-400), first_seen=nights(-400), **kw)


def test_unchanged_check_counts_stability_and_schedules_by_age():
    step = after_check(state(stable_checks=2), UNCHANGED, NIGHT, POLICY)
    assert step.change is None and step.state.stable_checks == 3 and step.state.last_checked_at == NIGHT
    assert NIGHT < step.state.next_check_at <= nights(30)


def test_edit_restarts_the_schedule_at_one_day():
    step = after_check(state(stable_checks=9), EDITED, NIGHT, POLICY)
    assert step.state.stable_checks == 0 and step.state.last_edited_at == NIGHT
    assert step.state.next_check_at <= nights(1)


def test_takedown_needs_two_observations_on_different_nights():
    first = after_check(state(), GONE, NIGHT, POLICY, reason="HTTP 404")
    assert first.change is None and first.state.gone_since == NIGHT and first.state.removed_at is None
    assert first.state.next_check_at == NIGHT + timedelta(hours=12)  # looked at again the next night
    same_night = after_check(first.state, GONE, NIGHT + timedelta(hours=2), POLICY, reason="HTTP 404")
    assert same_night.change is None and same_night.state.removed_at is None
    confirmed = after_check(same_night.state, GONE, nights(1), POLICY, reason="HTTP 404")
    assert confirmed.change == "removed" and confirmed.detail == "HTTP 404"
    assert confirmed.state.removed_at == NIGHT  # the first time it was seen gone


def test_confirmation_gap_is_configurable():
    policy = RecheckPolicy(confirm_hours=48)
    first = after_check(state(), GONE, NIGHT, policy, reason="HTTP 410")
    assert after_check(first.state, GONE, nights(1), policy).change is None
    assert after_check(first.state, GONE, nights(2), policy).change == "removed"


def test_flapping_page_is_never_removed():
    down = after_check(state(), GONE, NIGHT, POLICY, reason="HTTP 404")
    up = after_check(down.state, UNCHANGED, nights(1), POLICY)
    assert up.change is None and up.state.gone_since is None and up.state.removed_at is None
    down_again = after_check(up.state, GONE, nights(2), POLICY, reason="HTTP 404")
    assert down_again.change is None and down_again.state.gone_since == nights(2)


def test_removed_release_that_comes_back_is_restored():
    removed = state(gone_since=NIGHT, removed_at=NIGHT, gone_reason="HTTP 404")
    back = after_check(removed, UNCHANGED, nights(5), POLICY)
    assert back.change == "restored" and back.state.restored_at == nights(5)
    assert back.state.removed_at is None and back.state.gone_since is None


def test_still_gone_after_removal_is_looked_at_monthly_without_a_new_change():
    removed = state(gone_since=NIGHT, removed_at=NIGHT)
    again = after_check(removed, GONE, nights(1), POLICY, reason="HTTP 404")
    assert again.change is None and again.state.removed_at == NIGHT
    assert again.state.next_check_at == nights(31)


@pytest.mark.parametrize("start", [state(), state(gone_since=NIGHT, gone_reason="HTTP 404"),
                                   state(gone_since=NIGHT, removed_at=NIGHT)])
def test_transient_failures_never_mark_or_clear_anything(start):
    step = after_check(start, TRANSIENT, nights(1), POLICY, reason="HTTP 503")
    assert step.change is None
    assert (step.state.gone_since, step.state.removed_at, step.state.stable_checks) == \
        (start.gone_since, start.removed_at, start.stable_checks)
    if start.gone_since is not None:  # a pending takedown is looked at again the next night
        assert step.state.next_check_at == nights(2)
    else:  # an old release: within the next three nights, spread so an outage does not pile up
        assert nights(2) <= step.state.next_check_at <= nights(4)


def test_fresh_release_is_retried_the_next_night_after_a_server_error():
    fresh = CheckState(article_id=7, published_at=NIGHT - timedelta(days=2), first_seen=NIGHT - timedelta(days=2))
    assert after_check(fresh, TRANSIENT, NIGHT, POLICY).state.next_check_at == nights(1)
