"""The listing walk (scraper/walk.py): where a night's slice starts, how long it is, and which releases a
slice proves absent. Only the pages that answered prove anything, each run of them within one night's
segment: a failed page, the boundary above it and pages of different segments or nights never signal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from scraper.recheck import RecheckPolicy, walk_spare
from scraper.walk import (
    Listable,
    WalkSlice,
    absent_from_walk,
    gap_segments,
    page_url,
    plan_walk_segments,
    rest_after_failure,
    resume_page,
    walk_pages,
    walk_segments,
    walkable,
)

NOW = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)
LAST_NIGHT = NOW - timedelta(days=1)
LONG_AGO = NOW - timedelta(days=40)


def archive(count: int = 30, *, listed: datetime | None = LONG_AGO, checked: datetime | None = None) -> list[Listable]:
    """``count`` releases, id 1 the newest, one a day; all last listed ``listed``, checked ``checked``."""
    return [Listable(i, NOW - timedelta(days=i), listed, checked) for i in range(1, count + 1)]


def slice_showing(ids: range | list[int], *, start: int, pages: int, end: bool = False,
                  expected: int = 3) -> WalkSlice:
    walk = WalkSlice(start=start, planned=pages, expected_pages=expected)
    for _ in range(pages):
        walk.page_shown(set())
    walk.listed = set(ids)
    walk.reached_end = end
    return walk


# -- what a slice proves -------------------------------------------------------------------------
def test_a_release_missing_between_two_shown_neighbours_is_absent():
    walk = slice_showing([i for i in range(11, 21) if i != 15], start=2, pages=1)
    assert absent_from_walk(archive(), walk) == [15]


def test_releases_outside_the_slice_are_not_absent():
    walk = slice_showing(range(11, 21), start=2, pages=1)  # page 2 of 3: 1-10 and 21-30 are elsewhere
    assert absent_from_walk(archive(), walk) == []


def test_a_slice_from_page_one_covers_the_newest_and_one_to_the_end_the_oldest():
    top = slice_showing(range(2, 11), start=1, pages=1)  # release 1, the newest, is gone
    assert absent_from_walk(archive(), top) == [1]
    bottom = slice_showing(range(21, 29), start=3, pages=1, end=True)  # 29 and 30 are gone
    assert absent_from_walk(archive(), bottom) == [29, 30]


@pytest.mark.parametrize("broken", ["nothing_fetched", "nothing_listed"])
def test_a_slice_no_page_of_which_answered_never_signals(broken):
    walk = slice_showing([i for i in range(11, 21) if i != 15], start=2, pages=2)
    if broken == "nothing_fetched":  # its first page failed
        walk.fetched, walk.failed = 0, True
    else:
        walk.listed = set()
    assert not walk.answered
    assert absent_from_walk(archive(), walk) == []


def walk_site(listing: list[int], *, start: int, planned: int, size: int, fail_at: int | None = None,
              expected: int = 10) -> WalkSlice:
    """A segment walked as the crawler walks it over a site that lists ``listing`` (ids, newest first),
    ``size`` a page: page after page from ``start``; a failed page (``fail_at``) ends it."""
    walk = WalkSlice(start=start, planned=planned, expected_pages=expected)
    page = start
    while walk.wants_more():
        if page == fail_at:
            walk.failed = True
            break
        shown = listing[(page - 1) * size: page * size]
        if not shown:
            walk.reached_end = True
            break
        walk.page_shown(set(shown))
        walk.reached_end = page * size >= len(listing)
        page += 1
    return walk


def test_a_failed_page_costs_only_its_own_range_not_its_segment():
    # Five a page, the segment planned over pages 2-6 (releases 6-30); page 4 fails. 8 and 16 are gone
    # from the ranges pages 2 and 3 span; 18 is gone from the boundary between page 3 (its last entry:
    # 17) and the failed page; 21 from the failed page's own range.
    releases = archive(50)
    listing = [i for i in range(1, 51) if i not in (8, 16, 18, 21)]
    walk = walk_site(listing, start=2, planned=5, size=5, fail_at=4)
    assert walk.failed and not walk.complete and walk.fetched == 2
    assert walk.listed == {6, 7, 9, 10, 11, 12, 13, 14, 15, 17}  # the pages that answered: what gets listed
    assert absent_from_walk(releases, walk) == [8, 16]  # not 18 (at the failed boundary) nor 21
    # Had page 4 answered, the boundary and its range would have been proved too.
    whole = walk_site(listing, start=2, planned=5, size=5)
    assert whole.complete and absent_from_walk(releases, whole) == [8, 16, 18, 21]


def test_a_failed_page_right_after_page_one_proves_only_what_page_one_spans():
    releases = archive(50)
    listing = [i for i in range(1, 51) if i not in (1, 3, 12)]  # 12 is on page 2 (fails) tonight
    walk = walk_site(listing, start=1, planned=4, size=5, fail_at=2)
    assert absent_from_walk(releases, walk) == [1, 3]  # page 1 is newer than all: 1 counts, 12 does not


def test_a_shifted_pager_does_not_signal():
    # Last night's walk showed pages 2-3 (releases 6-15). Since then 2 and 3 left the site, so every
    # entry moved up two places: tonight's page 4 (five a page) begins at 18, and 16 and 17 now sit on
    # page 3, which tonight's segment did not read. Only tonight's own pages prove anything.
    releases = [Listable(r.article_id, r.published_at, LAST_NIGHT, None) for r in archive(50)]
    listing = [i for i in range(1, 51) if i not in (2, 3)]
    walk = walk_site(listing, start=4, planned=3, size=5, fail_at=6)
    assert min(walk.listed) == 18 and walk.failed
    assert absent_from_walk(releases, walk) == []
    # New releases pushing entries down (three published since) show some twice, miss none.
    pushed = walk_site([-3, -2, -1, *range(1, 51)], start=4, planned=3, size=5)
    assert absent_from_walk(releases, pushed) == []


def test_a_pager_that_stops_long_before_the_predicted_end_proves_nothing_below_it():
    releases = archive(40)  # four pages of ten
    cut = slice_showing(range(11, 21), start=2, pages=1, end=True, expected=4)  # no page 3 offered
    assert cut.complete and not cut.to_the_end
    assert absent_from_walk(releases, cut) == []  # 21-40 are hidden by the pager, not taken down
    last = slice_showing(range(11, 39), start=2, pages=2, end=True, expected=4)  # within a page of the end
    assert last.to_the_end and absent_from_walk(releases, last) == [39, 40]


def test_a_release_that_went_missing_since_the_last_pass_is_absent_even_if_checked_in_between():
    # Listed with its neighbours on the last pass (40 days ago), re-checked (alive) last night, gone now.
    releases = [r if r.article_id != 15 else Listable(15, r.published_at, LONG_AGO, LAST_NIGHT) for r in archive()]
    walk = slice_showing([i for i in range(11, 21) if i != 15], start=2, pages=1)
    assert absent_from_walk(releases, walk) == [15]


def test_a_release_already_missing_on_the_last_pass_and_looked_at_since_is_not_asked_about_again():
    previous_pass = NOW - timedelta(days=10)
    releases = [Listable(r.article_id, r.published_at, previous_pass, None) for r in archive()]
    # Off the listing since before the last pass, which had it re-checked: still online, not a takedown.
    releases[14] = Listable(15, releases[14].published_at, LONG_AGO, previous_pass + timedelta(hours=1))
    walk = slice_showing([i for i in range(11, 21) if i != 15], start=2, pages=1)
    assert absent_from_walk(releases, walk) == []
    never_listed = [r if r.article_id != 15 else Listable(15, r.published_at, None, None) for r in releases]
    assert absent_from_walk(never_listed, walk) == []  # no listing ever showed it: nothing left


def test_undated_releases_are_never_placed_or_signalled():
    releases = [*archive(), Listable(99, None, LONG_AGO, None)]
    walk = slice_showing(range(2, 11), start=1, pages=1)
    assert 99 not in absent_from_walk(releases, walk)


# -- where and how far tonight's slice goes ------------------------------------------------------
def test_the_walk_resumes_on_the_page_of_the_deepest_release_the_last_crawl_listed():
    releases = [Listable(r.article_id, r.published_at, LAST_NIGHT if r.article_id <= 17 else LONG_AGO, None)
                for r in archive(50)]
    assert resume_page(releases, 10) == 2  # release 17 sits on page 2: start there (one page overlap)
    releases = [Listable(r.article_id, r.published_at, LAST_NIGHT if r.article_id <= 45 else LONG_AGO, None)
                for r in archive(50)]
    assert resume_page(releases, 10) == 1  # the last walk reached the last page: start again at the top
    assert resume_page(archive(50, listed=None), 10) == 1  # nothing ever listed


def test_a_walk_that_reached_the_end_and_went_on_from_the_top_resumes_below_what_it_showed_there():
    # Five a page, ten pages: last night walked pages 8-10 (releases 36-50), then pages 1-4 (1-20).
    def last_night(ids, gap=None, checked=None):
        return [Listable(r.article_id, r.published_at,
                         LAST_NIGHT if r.article_id in ids and r.article_id != gap else LONG_AGO,
                         checked if r.article_id == gap else None) for r in archive(50)]

    walked = set(range(1, 21)) | set(range(36, 51))
    assert resume_page(last_night(walked), 5) == 4  # release 20 is on page 4
    # A release the top part did not show, never re-checked since: the walk resumes at the gap.
    assert resume_page(last_night(walked, gap=12), 5) == 3
    # One a re-check has looked at since it left the listing is off the listing, not a gap.
    assert resume_page(last_night(walked, gap=12, checked=LAST_NIGHT + timedelta(hours=1)), 5) == 4


def test_a_failed_first_segment_from_the_top_does_not_start_the_top_part_over():
    # Five a page, twenty pages, segments of three: the night before last walked pages 1-16 (releases
    # 1-80); last night pages 16-20 (76-100), then from the top: its segment over pages 1-3 failed on
    # page 2 (6-10 unread), the next one showed pages 3-5 (11-25).
    stamps = {range(1, 6): LAST_NIGHT, range(6, 11): N1, range(11, 26): LAST_NIGHT, range(26, 76): N1,
              range(76, 101): LAST_NIGHT}
    releases = [Listable(r.article_id, r.published_at, next(s for ids, s in stamps.items() if r.article_id in ids),
                         None) for r in archive(100)]
    assert resume_page(releases, 5, segment_pages=3) == 5  # below what it showed, not page 1 again
    # ... and the stretch the failed page left right below page 1 is walked again.
    assert [(g.start, g.planned) for g in gap_segments(releases, 5, segment_pages=3, expected_pages=20)] == [(1, 3)]


def test_the_slice_takes_a_whole_pager_over_walk_nights_within_the_spare_budget():
    policy = RecheckPolicy(walk_nights=2)
    assert walk_pages(100, spare=500, walk_nights=policy.walk_nights) == 51  # + the page re-read where it resumes
    assert walk_pages(100, spare=20, walk_nights=policy.walk_nights) == 20
    assert walk_pages(100, spare=0, walk_nights=policy.walk_nights) == 0
    # The spare budget: what the schedule has due and the signal reserve come first.
    assert walk_spare(1000, spent=10, due=800, policy=policy) == 1000 - 10 - 800 - 50
    assert walk_spare(1000, spent=10, due=990, policy=policy) == 0
    assert walk_spare(1000, spent=0, due=0, policy=RecheckPolicy(walk_nights=0)) == 0


def test_a_night_of_pages_is_walked_in_segments_that_share_their_boundary_pages():
    segments = walk_segments(start=5, pages=25, segment_pages=10, expected_pages=100)
    assert [(w.start, w.planned) for w in segments] == [(5, 10), (14, 10), (23, 5)]
    assert sum(w.planned for w in segments) == 25  # the budget's pages, no more
    near_end = walk_segments(start=95, pages=25, segment_pages=10, expected_pages=100)
    # None runs past the predicted end (but for one page of margin); the rest goes on from the top.
    assert [(w.start, w.planned) for w in near_end] == [(95, 7), (1, 10), (10, 8)]
    assert sum(w.planned for w in near_end) == 25
    assert [(w.start, w.planned) for w in walk_segments(start=3, pages=25, segment_pages=10, expected_pages=8)] == [
        (3, 7), (1, 3)]  # a short pager: from the top down to where tonight's walk began, no further
    assert walk_segments(start=1, pages=0, segment_pages=10, expected_pages=100) == []


def test_a_failed_segment_costs_only_itself():
    releases = archive(30)
    good = slice_showing([i for i in range(1, 11) if i != 5], start=1, pages=1)
    bad = walk_site([i for i in range(1, 31) if i != 15], start=2, planned=2, size=10, fail_at=2)
    assert absent_from_walk(releases, good) == [5] and absent_from_walk(releases, bad) == []


@pytest.mark.parametrize(("first", "second", "page", "expected"), [
    ("http://x.id/berita", "http://x.id/berita?page=2", 7, "http://x.id/berita?page=7"),
    ("http://x.id/news/all?page=1", "http://x.id/news/all?page=2", 7, "http://x.id/news/all?page=7"),
    ("http://x.id/category/berita/", "http://x.id/category/berita/page/2/", 7, "http://x.id/category/berita/page/7/"),
    ("http://x.id/berita", "http://x.id/berita/2", 7, "http://x.id/berita/7"),
    ("http://x.id/berita", "http://x.id/berita?start=20", 7, None),
])
def test_a_page_is_addressed_like_page_two(first, second, page, expected):
    assert page_url(first, second, page) == expected


def spider_of(*discovery, walks: bool = True) -> SimpleNamespace:
    return SimpleNamespace(source=SimpleNamespace(discovery=list(discovery)), walks_listings=walks)


def test_only_listings_nothing_else_can_speak_for_are_walked():
    listing = SimpleNamespace(kind="listing", language="id")
    english = SimpleNamespace(kind="listing", language="en")
    alone = spider_of(listing, english, SimpleNamespace(kind="feed", language="id"))
    assert walkable(alone, listing) and walkable(alone, english)
    assert not walkable(spider_of(listing, walks=False), listing)  # distributed: other workers parse pages
    with_sitemap = spider_of(listing, SimpleNamespace(kind="sitemap", language="id"))
    assert not walkable(with_sitemap, listing)  # the sitemap already tells what left
    api = SimpleNamespace(kind="wp_api", language="id", options={})
    with_api = spider_of(listing, api)
    assert not walkable(with_api, listing)  # the API finds releases this listing never shows
    assert walkable(with_api, api)  # all posts include what a category listing shows
    category = SimpleNamespace(kind="wp_api", language="id", options={"categories": [7]})
    assert not walkable(spider_of(category), category)  # only some posts


def test_the_walk_settings_reach_the_policy():
    policy = RecheckPolicy.from_settings({"SIARAN_RECHECK_WALK_NIGHTS": "0", "SIARAN_RECHECK_WALK_RESERVE": "0.1"})
    assert (policy.walk_nights, policy.walk_reserve_share) == (0, 0.1)
    assert walk_spare(1000, spent=0, due=0, policy=policy) == 0  # 0 nights: no walk
    assert RecheckPolicy.from_settings({}).walk_nights == 2


# -- walking again what failed --------------------------------------------------------------------
N0, N1, N2 = NOW - timedelta(days=3), NOW - timedelta(days=2), LAST_NIGHT


def stamped(stamps: dict[range, datetime], count: int = 50, checked: dict[int, datetime] | None = None):
    """``count`` releases (id 1 the newest), each last listed at the stamp of the id range holding it."""
    def stamp(i):
        return next((s for ids, s in stamps.items() if i in ids), LONG_AGO)
    return [Listable(i, NOW - timedelta(days=i), stamp(i), (checked or {}).get(i)) for i in range(1, count + 1)]


def test_a_stretch_a_failed_segment_left_behind_is_walked_again():
    # Five a page: the night before last walked pages 2-5, last night pages 5-10, but its segment over
    # pages 7-8 (releases 31-40) failed: they were last listed a pass earlier.
    releases = stamped({range(1, 26): N1, range(21, 31): N2, range(31, 41): N0, range(41, 51): N2})
    gaps = gap_segments(releases, 5, segment_pages=10, expected_pages=10)
    assert [(g.start, g.planned) for g in gaps] == [(6, 4)]  # a page above and below the stretch


def test_a_walk_that_went_well_leaves_no_gap():
    assert gap_segments(stamped({range(1, 26): N1, range(21, 51): N2}), 5, 10, 10) == []
    # The stretch the pass has not reached yet (older than what is above it, as old as what follows)
    # is not a gap.
    assert gap_segments(stamped({range(1, 21): N2, range(21, 51): N0}), 5, 10, 10) == []
    # A release off the listing (re-checked since its last listing) is no gap either.
    off = stamped({range(1, 26): N1, range(21, 51): N2, range(33, 34): N0}, checked={33: N1})
    assert gap_segments(off, 5, 10, 10) == []


def test_tonights_walk_takes_the_gaps_with_what_its_allowance_leaves():
    releases = stamped({range(1, 26): N1, range(21, 31): N2, range(31, 41): N0, range(41, 51): N2})
    # Resume at the end of the pager (release 50 on page 10, listed last night): from page 1, 5 pages
    # (a third of the pager, plus the page a night re-reads where it resumes).
    plain = plan_walk_segments(releases, 5, allowance=5, walk_nights=3, segment_pages=10)
    assert [(s.start, s.planned) for s in plain] == [(1, 5)]
    more = plan_walk_segments(releases, 5, allowance=9, walk_nights=3, segment_pages=10)
    assert [(s.start, s.planned) for s in more] == [(1, 5), (6, 4)]
    # A gap tonight's pass covers anyway is not walked twice.
    covering = plan_walk_segments(releases, 5, allowance=30, walk_nights=1, segment_pages=10)
    pages = [s.start + i for s in covering for i in range(s.planned)]
    assert len(pages) == len(set(pages)) + (len(covering) - 1)  # only the shared first pages repeat


def test_what_the_last_walk_read_again_further_down_is_not_where_its_pass_stopped():
    # Five a page, forty pages, segments of three: last night's pass showed pages 5-20 (releases
    # 21-100), and it walked again pages 30-32 (146-160), a stretch an earlier failed page left behind.
    releases = stamped({range(21, 101): N2, range(146, 161): N2}, count=200)
    releases = [r if r.last_listed_at == N2 else Listable(r.article_id, r.published_at, N1, None) for r in releases]
    assert resume_page(releases, 5, segment_pages=3) == 20  # not 32: pages 21-29 wait for no other pass


def test_a_gap_a_few_pages_below_where_tonights_pass_ends_is_left_to_tomorrows_pass():
    # Five a page, forty pages, segments of three, a whole pager every four nights: last night's pass
    # ended on page 10; two earlier failed pages left pages 26-27 and 35-36 unread.
    def plan(gap_pages):
        stamps = {range(6, 51): N2}
        for page in gap_pages:
            stamps[range(page * 5 - 4, page * 5 + 1)] = N0
        releases = [Listable(r.article_id, r.published_at, r.last_listed_at if r.last_listed_at != LONG_AGO else N1,
                             None) for r in stamped(stamps, count=200)]
        return plan_walk_segments(releases, 5, allowance=40, walk_nights=4, segment_pages=3)

    pass_only = plan([])
    frontier = pass_only[-1].start + pass_only[-1].planned - 1
    near = plan([frontier + 3])  # within a segment below where tonight's pass ends: tomorrow's pass reads it
    assert [(s.start, s.planned) for s in near] == [(s.start, s.planned) for s in pass_only]
    far = plan([frontier + 12])
    assert [(s.start, s.planned) for s in far][-1] == (frontier + 11, 3)  # a page of margin above and below


def test_a_two_page_pager_walked_every_two_nights_still_moves_on():
    """A night resumes on the last page the previous night showed; one page a night would be that page
    every night (seen on a two-page API list that never reached page 2)."""
    assert walk_pages(2, spare=100, walk_nights=2) == 2
    assert walk_pages(1, spare=100, walk_nights=2) == 1
    assert walk_pages(4, spare=100, walk_nights=2) == 3  # two new pages a night, and the one it resumes on
    assert walk_pages(2, spare=1, walk_nights=2) == 1  # the budget still decides


# -- after a failed page: the rest of the segment by page number -------------------------------------
def test_the_rest_of_a_segment_after_a_failed_page_is_a_slice_of_its_own():
    walk = WalkSlice(start=5, planned=10, expected_pages=40)
    walk.page_shown({1})
    rest = rest_after_failure(walk, 7)  # pages 5-6 answered, 7 failed
    assert (rest.start, rest.planned, rest.expected_pages, rest.resumed) == (8, 7, 40, True)
    assert rest_after_failure(walk, 14) is None  # the segment's last page: nothing left
    walk.reached_end = True
    assert rest_after_failure(walk, 7) is None


def test_a_resumed_slice_whose_first_page_fails_too_stops_the_night():
    rest = WalkSlice(start=8, planned=7, expected_pages=40, resumed=True)
    assert rest_after_failure(rest, 8) is None  # two failed pages in a row: the site is down
    rest.page_shown({2})
    again = rest_after_failure(rest, 9)  # one page answered after the first failure: go on once more
    assert (again.start, again.planned) == (10, 5)


def test_evidence_of_a_resumed_slice_starts_below_its_first_page():
    releases = archive(30, listed=LAST_NIGHT)
    rest = WalkSlice(start=3, planned=2, expected_pages=3, resumed=True)  # 10 a page; page 2 failed
    rest.page_shown({21, 22, 24, 25, 26, 27, 28, 29, 30})  # 23 is gone; page 3 is the end
    rest.reached_end = True
    assert absent_from_walk(releases, rest) == [23]  # nothing above the first page it read (page 2's) counts
