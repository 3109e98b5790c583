"""WordPress change signals (scraper/discovery/wp_api.py with scraper/incremental.py): ``modified_after``
as an edit signal (what is asked for, from when, which returned posts move up the re-check queue), and
the walk of all posts for takedowns (by page number, to ``X-WP-TotalPages``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from scrapy import Request
from scrapy.http import TextResponse

from scraper.discovery.wp_api import MODIFIED_MAX_PAGES, WordPressApiDiscovery, posts_path
from scraper.incremental import KnownArticles, KnownPage
from scraper.recheck import RecheckPolicy, age_cap_days
from scraper.sources import Discovery as DiscoveryConfig
from scraper.takedowns import poll_covers_edits
from scraper.walk import WalkSlice
from tests.unit.test_discovery_sitemap import FakeSpider

BASE = "https://warta.example.go.id"
NOW = datetime(2024, 5, 1, 19, 0, tzinfo=UTC)
LAST_CRAWL = NOW - timedelta(days=1)


class KnownSpider(FakeSpider):
    """A spider whose article requests go through the archive's real decision (fetch/recheck/skip)."""

    def __init__(self, known: KnownArticles) -> None:
        super().__init__()
        self.known = known
        self.decisions: dict[str, str] = {}

    def article_request(self, url, *, language, referer=None, meta=None, callback=None):
        self.decisions[url] = decision = self.known.decision(url, meta)
        return None if decision == "skip" else Request(url, meta=meta or {})


def archive(*, listed: datetime | None = LAST_CRAWL) -> KnownArticles:
    pages = {f"{BASE}/news/{n}": KnownPage(n, f"{BASE}/news/{n}", '"e"', None, "id",
                                            listed_lastmod="2023-01-01T00:00:00Z", last_listed_at=listed)
             for n in (1, 2, 3)}
    return KnownArticles(pages, full=False, now=NOW, policy=RecheckPolicy())


def discovery(known: KnownArticles) -> WordPressApiDiscovery:
    spider = KnownSpider(known)
    spider.source = spider.source.model_copy(update={"base_url": BASE})
    return WordPressApiDiscovery(spider, DiscoveryConfig(kind="wp_api", language="id", start="/wp-json/wp/v2/posts"))


def answer(request: Request, posts: list[dict], total: int = 1) -> TextResponse:
    return TextResponse(request.url, body=json.dumps(posts).encode(), encoding="utf-8",
                        headers={"X-WP-TotalPages": str(total)}, request=request)


def post(n: int, modified: str) -> dict:
    return {"id": n, "link": f"{BASE}/news/{n}", "modified_gmt": modified, "title": {"rendered": f"Warta {n}"}}


def test_posts_path_asks_for_posts_modified_since_most_recent_first():
    query = parse_qs(urlsplit(posts_path(None, page=2, modified_after=LAST_CRAWL)).query)
    assert query["modified_after"] == ["2024-04-30T19:00:00Z"]
    assert (query["orderby"], query["order"], query["page"]) == (["modified"], ["desc"], ["2"])


def test_each_night_polls_from_the_last_crawl_less_the_overlap_and_counts_the_request():
    known = archive()
    requests = list(discovery(known).start())
    assert len(requests) == 2  # the newest posts, and the posts modified since the last crawl
    since = parse_qs(urlsplit(requests[1].url).query)["modified_after"]
    assert since == [(LAST_CRAWL - timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%SZ")]
    assert known.spent == 1


def test_no_poll_on_a_first_crawl():
    assert len(list(discovery(archive(listed=None)).start())) == 1


def test_an_old_post_modified_since_is_rechecked_and_an_unchanged_stamp_is_not():
    known = archive()
    strategy = discovery(known)
    poll = list(strategy.start())[1]
    out = list(poll.callback(answer(poll, [post(2, "2024-04-30T08:00:00"), post(3, "2023-01-01T00:00:00")]),
                             **poll.cb_kwargs))
    assert [r.url for r in out] == [f"{BASE}/news/2"]
    assert strategy.spider.decisions == {f"{BASE}/news/2": "recheck", f"{BASE}/news/3": "skip"}
    assert known.notes.signalled == {2} and known.notes.listed == {2, 3}


def test_the_poll_pages_on_but_not_past_its_cap():
    known = archive()
    strategy = discovery(known)
    poll = list(strategy.start())[1]
    out = list(poll.callback(answer(poll, [post(1, "2024-04-30T08:00:00")], total=9), **poll.cb_kwargs))
    follow = [r for r in out if "modified_after" in r.url]
    assert len(follow) == 1 and parse_qs(urlsplit(follow[0].url).query)["page"] == ["2"]
    last = strategy.page_request(MODIFIED_MAX_PAGES, modified_after=LAST_CRAWL)
    out = list(last.callback(answer(last, [post(1, "2024-04-30T08:00:00")], total=9), **last.cb_kwargs))
    assert not [r for r in out if "modified_after" in r.url]


def test_a_wordpress_that_ignores_modified_after_is_not_paged_through():
    strategy = discovery(archive())
    poll = list(strategy.start())[1]
    ignored = [post(1, "2024-04-30T08:00:00"), post(2, "2023-01-01T00:00:00")]  # 2: modified long before
    out = list(poll.callback(answer(poll, ignored, total=9), **poll.cb_kwargs))
    assert not [r for r in out if "modified_after" in r.url]


# -- the walk of all posts (scraper/walk.py) -------------------------------------------------------
def walking(walk: WalkSlice) -> WordPressApiDiscovery:
    strategy = discovery(archive())
    strategy.spider.source = SimpleNamespace(base_url=BASE, discovery=[strategy.config])  # nothing else speaks
    strategy.spider.walks_listings = True
    strategy.spider.known.plan_walk = lambda language, page_size: [walk]
    return strategy


def test_the_walk_reads_its_slice_by_page_number_to_the_announced_last_page():
    walk = WalkSlice(start=3, planned=5, expected_pages=4)
    strategy = walking(walk)
    first = strategy.page_request(1)
    out = list(first.callback(answer(first, [post(1, "2023-01-01T00:00:00")], total=4), **first.cb_kwargs))
    (third,) = [r for r in out if r.callback == strategy.parse_walk]
    assert parse_qs(urlsplit(third.url).query)["page"] == ["3"]
    (fourth,) = [r for r in third.callback(answer(third, [post(2, "2023-01-01T00:00:00")], total=4),
                                           **third.cb_kwargs) if r.callback == strategy.parse_walk]
    assert list(fourth.callback(answer(fourth, [post(3, "2023-01-01T00:00:00")], total=4), **fourth.cb_kwargs)) == []
    assert walk.complete and walk.to_the_end and walk.listed == {2, 3}
    assert strategy.spider.known.spent == 2  # two walk pages, counted in the budget (page 1 is read anyway)


def test_an_empty_walk_answer_proves_nothing_and_the_pages_after_it_are_read_by_number():
    walk = WalkSlice(start=3, planned=2, expected_pages=4)
    strategy = walking(walk)
    request = strategy.walk_request(3, walk)
    (fourth,) = list(request.callback(answer(request, [], total=4), **request.cb_kwargs))
    assert walk.failed and not walk.complete
    assert parse_qs(urlsplit(fourth.url).query)["page"] == ["4"]
    rest = fourth.cb_kwargs["walk"]
    assert (rest.start, rest.planned, rest.resumed) == (4, 1, True)
    assert list(fourth.callback(answer(fourth, [post(3, "2023-01-01T00:00:00")], total=4), **fourth.cb_kwargs)) == []
    assert rest.complete and rest.to_the_end and rest.listed == {3}


def test_a_failed_walk_request_goes_on_with_the_next_page_but_not_after_two_failures_in_a_row():
    walk = WalkSlice(start=2, planned=4, expected_pages=6)
    strategy = walking(walk)
    request = strategy.walk_request(2, walk)
    failure = SimpleNamespace(request=request, value=ConnectionRefusedError("refused"),
                              getErrorMessage=lambda: "refused")
    strategy.spider.on_error = lambda failure: None
    (third,) = request.errback(failure)
    assert parse_qs(urlsplit(third.url).query)["page"] == ["3"] and walk.failed
    failure.request = third
    assert third.errback(failure) == []  # the resumed slice's first page failed too: the site is down


# -- a poll that names every edit: old releases need only the safety re-check (recheck.covered) ------
def poll_answer(posts: list[dict], *, total: int = 1, page: int = 1, status: int = 200,
                since: datetime = LAST_CRAWL) -> TextResponse:
    url = BASE + posts_path("/wp-json/wp/v2/posts", page=page, modified_after=since)
    return TextResponse(url, status=status, body=json.dumps(posts).encode(), encoding="utf-8",
                        headers={"X-WP-TotalPages": str(total)}, request=Request(url))


def test_a_poll_answer_covers_every_edit_only_when_it_names_them_all():
    fresh = [post(1, "2024-05-01T08:00:00"), post(2, "2024-04-30T22:00:00")]
    assert poll_covers_edits(poll_answer(fresh))
    assert poll_covers_edits(poll_answer([]))  # nothing edited since the last crawl
    assert not poll_covers_edits(poll_answer(fresh, total=MODIFIED_MAX_PAGES + 1))  # more than the poll reads
    assert not poll_covers_edits(poll_answer(fresh, status=500))
    assert not poll_covers_edits(poll_answer(fresh, page=2))  # only the first answer decides
    # WordPress < 5.7 ignores modified_after: an answer with an older post names nothing for sure.
    assert not poll_covers_edits(poll_answer([*fresh, post(3, "2023-01-01T00:00:00")]))
    walk_page = TextResponse(BASE + posts_path("/wp-json/wp/v2/posts", page=2), body=b"[]", encoding="utf-8")
    assert not poll_covers_edits(walk_page)  # not a poll
    garbled = TextResponse(poll_answer(fresh).url, body=b"<html>maintenance</html>", encoding="utf-8")
    assert not poll_covers_edits(garbled)


def test_outcomes_are_scheduled_with_the_safety_tier_only_on_a_night_the_poll_covered():
    known = archive()
    assert known.schedule_policy() == known.policy
    known.edits_signalled = True
    relaxed = known.schedule_policy()
    assert age_cap_days(400, relaxed) == known.policy.covered_old_days == 90
    assert age_cap_days(400, known.policy) == 30
    assert age_cap_days(10, relaxed) == age_cap_days(10, known.policy)  # young releases unchanged
