"""The archive-wide nightly budget and its allocation among sources (``scraper.recheck.allocate``), the
walk need each source brings to it (``scraper.walk.walk_need``), and the safety tier of sources whose
edits a poll signals (``scraper.recheck.covered``)."""

from __future__ import annotations

import math
import random
import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from scraper.recheck import (
    GIVE_ORDER,
    RecheckPolicy,
    SourceNeed,
    age_cap_days,
    allocate,
    archive_budget,
    covered,
    crawl_day,
    crawl_night_start,
    next_check,
    signal_reserve,
    source_ceiling,
)
from scraper.walk import pages_for, walk_configs, walk_need, walk_need_pages, walk_pages, walk_segments

POLICY = RecheckPolicy()
NIGHT = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)


def total(shares) -> int:
    return sum(a.total for a in shares.values())


def test_the_sum_never_exceeds_the_archive_wide_budget_whatever_the_needs():
    rng = random.Random(14)
    for _ in range(500):
        needs = [SourceNeed(f"s{i}", rng.randint(0, 50_000), new=rng.randint(0, 40), confirm=rng.randint(0, 50),
                            young=rng.randint(0, 3000), old=rng.randint(0, 5000), walk=rng.randint(0, 800))
                 for i in range(rng.randint(1, 9))]
        policy = RecheckPolicy(budget_share=rng.choice([0.01, 0.05, 0.2]), ceiling_share=rng.choice([0.05, 0.1, 1]))
        shares = allocate(needs, policy)
        budget = archive_budget(sum(n.size for n in needs), policy)
        assert total(shares) <= budget - math.ceil(policy.discovery_share * budget - 1e-9)
        for need in needs:
            assert shares[need.source_id].total <= source_ceiling(need.size, policy)
            assert all(v >= 0 for v in shares[need.source_id].granted.values())


def test_needs_that_fit_are_granted_in_full_and_the_leftover_is_shared_under_the_ceilings():
    needs = [SourceNeed("sitemap", 60_000, confirm=3, young=400, old=1900),
             SourceNeed("listing", 30_000, confirm=1, young=150, old=900, walk=800)]
    shares = allocate(needs, POLICY)  # budget 4,500, 45 of them left for discovery requests
    for need in needs:
        granted = shares[need.source_id].granted
        assert (granted["confirm"], granted["young"], granted["old"], granted["walk"]) == (
            need.confirm, need.young, need.old, need.walk)
        assert granted["reserve"] == signal_reserve(need.size, POLICY)
    assert total(shares) == 4455  # the rest of the budget is spare, a cap and not a target
    # The listing-only source gets far more than 5% of its own archive (its schedule + its walk), within
    # its ceiling: the sitemap source's cheap signals leave the room.
    assert shares["listing"].total > 0.05 * 30_000
    assert shares["listing"].total <= source_ceiling(30_000, POLICY)


def test_a_source_is_held_under_its_ceiling_even_when_the_archive_has_room():
    needs = [SourceNeed("big", 100_000), SourceNeed("small", 2_000, young=50, old=400, walk=300)]
    shares = allocate(needs, POLICY)
    assert shares["small"].total == source_ceiling(2_000, POLICY) == 200
    # Served in order within the ceiling: young first, then the reserve, then the walk; old gets the rest.
    assert shares["small"].granted["young"] == 50
    assert shares["small"].granted["reserve"] == 5
    assert shares["small"].granted["walk"] == 200 - 50 - 5  # the walk is cut at the ceiling
    assert shares["small"].granted["old"] == 0


def test_when_needs_exceed_the_budget_old_rechecks_give_way_first_then_the_walk():
    needs = [SourceNeed("a", 50_000, confirm=20, young=300, old=3000, walk=0),
             SourceNeed("b", 50_000, confirm=10, young=200, old=1000, walk=1200)]
    shares = allocate(needs, POLICY)  # budget 5,000 (4,950 allocated); needs 5,730 plus reserves
    assert total(shares) == 4950
    for need in needs:
        granted = shares[need.source_id].granted
        assert (granted["confirm"], granted["young"], granted["walk"]) == (need.confirm, need.young, need.walk)
        assert granted["spare"] == 0
    assert shares["a"].granted["old"] < 3000 and shares["b"].granted["old"] < 1000
    # Old re-checks are cut in proportion to what each source has due.
    assert abs(shares["a"].granted["old"] / 3000 - shares["b"].granted["old"] / 1000) < 0.01

    tighter = allocate(needs, RecheckPolicy(budget=700, discovery_share=0))
    assert total(tighter) == 700
    assert all(a.granted["old"] == 0 for a in tighter.values())
    assert sum(a.granted["walk"] for a in tighter.values()) < 1200  # the walk gave way next
    assert [tighter[s].granted["confirm"] for s in "ab"] == [20, 10]
    assert [tighter[s].granted["young"] for s in "ab"] == [300, 200]

    starved = allocate(needs, RecheckPolicy(budget=100, discovery_share=0))
    assert total(starved) == 100
    assert sum(a.granted["young"] for a in starved.values()) == 70  # after the 30 confirmations
    assert all(a.granted["walk"] == 0 and a.granted["old"] == 0 for a in starved.values())


def test_the_order_in_which_needs_give_way_is_documented():
    assert GIVE_ORDER == ("new", "confirm", "young", "reserve", "walk", "old", "spare")


def test_new_pages_are_counted_first_and_are_not_the_rechecks_to_spend():
    shares = allocate([SourceNeed("a", 20_000, new=30, young=100, old=2000)],
                      RecheckPolicy(budget=1000, discovery_share=0))
    assert shares["a"].granted["new"] == 30
    assert shares["a"].requests == 1000 - 30  # what re-checks, walk pages and polls may use
    assert shares["a"].granted["old"] == 1000 - 30 - 100 - signal_reserve(20_000, POLICY)


def test_the_allocation_is_deterministic_whatever_order_the_sources_come_in():
    needs = [SourceNeed(f"s{i}", 10_000 + 7 * i, young=100 + i, old=700 - i, walk=90 * (i % 3)) for i in range(7)]
    shares = allocate(needs, RecheckPolicy(budget=2_000))
    assert total(shares) == 1_980
    for seed in range(5):
        shuffled = needs[:]
        random.Random(seed).shuffle(shuffled)
        assert allocate(shuffled, RecheckPolicy(budget=2_000)) == shares


def test_a_source_with_no_walk_need_gets_no_walk_allowance():
    shares = allocate([SourceNeed("sitemap", 40_000, young=200, old=1500),
                       SourceNeed("listing", 10_000, old=300, walk=250)], POLICY)
    assert shares["sitemap"].walk == 0
    assert shares["listing"].walk == 250


def test_a_single_source_archive_gets_the_whole_budget_within_its_ceiling():
    shares = allocate([SourceNeed("only", 20_000, young=100, old=600, walk=500)], POLICY)
    assert archive_budget(20_000, POLICY) == 1000
    assert shares["only"].total == 990  # all but the discovery requests' 1%; below its 2,000 ceiling
    assert shares["only"].walk == 500
    assert shares["only"].granted["old"] == 990 - 100 - 500 - signal_reserve(20_000, POLICY)
    tiny = allocate([SourceNeed("tiny", 12, old=2, walk=2)], POLICY)
    assert tiny["tiny"].total == 99  # budget_min: a small archive is still looked after
    assert allocate([], POLICY) == {}


def test_budget_settings_are_archive_wide_and_the_new_ones_reach_the_policy(monkeypatch):
    policy = RecheckPolicy.from_settings({"SIARAN_RECHECK_BUDGET_SHARE": "0.04", "SIARAN_RECHECK_CEILING_SHARE": "0.2"})
    assert (policy.budget_share, policy.ceiling_share) == (0.04, 0.2)
    assert archive_budget(100_000, policy) == 4000
    assert source_ceiling(100_000, policy) == 20_000
    fixed = RecheckPolicy.from_settings({"SIARAN_RECHECK_BUDGET": "3000"})
    assert total(allocate([SourceNeed("a", 90_000, old=9000), SourceNeed("b", 90_000, old=9000)], fixed)) == 2970
    named = RecheckPolicy.from_settings({"SIARAN_RECHECK_WALK_PAGE_SIZE": "12", "SIARAN_RECHECK_COVERED_DAYS": "60"})
    assert (named.walk_page_size, named.covered_old_days) == (12, 60)


def test_every_recheck_setting_is_declared_in_the_scrapy_settings_module():
    """Scrapy settings come from scraper/settings.py (each read from the environment there); a setting the
    policy reads but the module does not declare would be silently ignored in a crawl."""
    import inspect

    import scraper.settings as project

    names = set(re.findall(r'"(SIARAN_[A-Z_]+)"', inspect.getsource(RecheckPolicy.from_settings)))
    assert names and not {n for n in names if not hasattr(project, n)}


def test_the_night_start_is_noon_in_jakarta():
    start = crawl_night_start(NIGHT)  # 02:00 WIB on May 2nd belongs to the night from noon May 1st
    assert start == datetime(2024, 5, 1, 5, 0, tzinfo=UTC)
    assert crawl_day(start) == crawl_day(NIGHT) == crawl_day(start + timedelta(hours=23, minutes=59))
    assert crawl_day(start - timedelta(seconds=1)) == crawl_day(NIGHT) - 1


# -- the walk need ---------------------------------------------------------------------------------
def source(*configs):
    return SimpleNamespace(discovery=list(configs))


def entry(kind, language="id", **options):
    return SimpleNamespace(kind=kind, language=language, options=options)


def test_consecutive_segments_share_a_page_so_a_night_requests_a_few_more():
    assert pages_for(2, 10) == 2  # one segment
    assert pages_for(9, 10) == 9
    assert pages_for(10, 10) == 10
    assert pages_for(11, 10) == 12
    assert pages_for(250, 10) == 277
    for distinct in (1, 5, 37, 250, 1000):
        pages = pages_for(distinct, 10)
        segments = walk_segments(1, pages, 10, 10_000)
        covered_pages = {s.start + i for s in segments for i in range(s.planned)}
        assert len(covered_pages) >= distinct
        assert pages == distinct or len({s.start + i for s in walk_segments(1, pages - 1, 10, 10_000)
                                         for i in range(s.planned)}) < distinct
    # 100 pages over 2 nights: 50 a night, and the page each night re-reads where the last one stopped
    assert walk_pages(100, spare=500, walk_nights=2, segment_pages=10) == pages_for(51, 10)


def test_a_listing_only_source_needs_its_whole_pager_every_walk_nights():
    listing = source(entry("listing"))
    assert walk_configs(listing) == listing.discovery
    # 10,000 releases at 20 a page: 500 pages, 250 a night over two nights, plus the page a night
    # re-reads where the last one stopped, plus shared pages.
    assert walk_need(listing, {"id": 9_000, None: 1_000}, 20, 2, 10) == pages_for(251, 10)
    assert walk_need(listing, {"id": 10_000}, 20, 2) == 251
    assert walk_need_pages(10_000, 20, 0) == 0  # no walk
    assert walk_need_pages(10_000, 20, 2, 0, rewalk_share=0.05) == 251 + 13  # room to walk failed segments again
    # A listing may say its page size.
    assert walk_need(source(entry("listing", page_size=50)), {"id": 10_000}, 20, 2) == 101
    # A WordPress source is walked 100 posts an answer (or its per_page).
    assert walk_need(source(entry("wp_api")), {"id": 10_000}, 20, 2) == 51
    assert walk_need(source(entry("wp_api", per_page=50)), {"id": 10_000}, 20, 2) == 101
    # An English listing counts the English releases and those of no detected language.
    bilingual = source(entry("listing", "id"), entry("listing", "en"))
    assert walk_need(bilingual, {"id": 8_000, "en": 1_960, None: 40}, 20, 2) == 202 + 51  # 402 and 100 pages


def test_sources_with_a_sitemap_or_another_way_in_need_no_walk():
    assert walk_configs(source(entry("listing"), entry("sitemap", None))) == []
    assert walk_need(source(entry("listing"), entry("sitemap", None)), {"id": 10_000}, 20, 2) == 0
    both = source(entry("listing"), entry("wp_api"))
    assert walk_configs(both) == [both.discovery[1]]  # the API's posts include what the listing shows
    assert walk_configs(source(entry("feed"))) == []
    assert walk_configs(source(entry("wp_api", categories=[7]))) == []


# -- the safety tier where a poll signals every edit ----------------------------------------------
def test_a_source_whose_poll_signals_every_edit_rechecks_old_releases_only_for_safety():
    relaxed = covered(POLICY)
    assert relaxed.tiers[:-1] == POLICY.tiers[:-1]  # first week, first month, three months unchanged
    assert age_cap_days(400, relaxed) == 90 and age_cap_days(400, POLICY) == 30
    assert age_cap_days(3, relaxed) == 1 and age_cap_days(20, relaxed) == 2 and age_cap_days(60, relaxed) == 7
    old = NIGHT - timedelta(days=400)
    for article_id in range(1, 200):
        due = next_check(NIGHT, article_id, published_at=old, first_seen=old, stable_checks=5, edited=False,
                         policy=relaxed)
        assert NIGHT < due <= NIGHT + timedelta(days=90)
    # Never shorter than the schedule's own cap, whatever the setting says.
    assert age_cap_days(400, covered(RecheckPolicy(covered_old_days=10))) == 30
