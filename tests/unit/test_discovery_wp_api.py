"""WordPress REST API discovery: the URLs it asks for and when it stops paging."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from scraper.discovery.wp_api import has_next_page, post_links, posts_path, total_pages


def query(path: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(path).query)


def test_posts_path_asks_for_one_page_with_only_the_needed_fields():
    path = posts_path("/wp-json/wp/v2/posts", page=3, per_page=50)
    assert urlsplit(path).path == "/wp-json/wp/v2/posts"
    assert query(path) == {"per_page": ["50"], "page": ["3"], "_fields": ["id,link,date_gmt,modified_gmt,title"]}
    assert "_fields=id,link,date_gmt" in path  # commas left readable, as WordPress documents them


def test_posts_path_defaults_to_the_standard_route_and_100_per_page():
    path = posts_path(None, page=1)
    assert path.startswith("/wp-json/wp/v2/posts?")
    assert query(path)["per_page"] == ["100"]


def test_lang_prefix_targets_the_second_install():
    assert posts_path("/wp-json/wp/v2/posts", page=1, lang="en").startswith("/en/wp-json/wp/v2/posts?")
    assert posts_path("wp-json/wp/v2/posts", page=1, lang="/en/").startswith("/en/wp-json/wp/v2/posts?")


def test_lang_prefix_leaves_an_absolute_url_alone():
    path = posts_path("https://setkab.go.id/en/wp-json/wp/v2/posts", page=2, lang="en")
    assert path.startswith("https://setkab.go.id/en/wp-json/wp/v2/posts?")


def test_categories_one_or_many():
    assert query(posts_path(None, page=1, categories=7))["categories"] == ["7"]
    assert query(posts_path(None, page=1, categories=[7, 12]))["categories"] == ["7,12"]
    assert "categories" not in query(posts_path(None, page=1))


def test_total_pages_header():
    assert total_pages(b"4") == 4
    assert total_pages(" 12 ") == 12
    assert total_pages(None) is None
    assert total_pages(b"many") is None


def test_stops_at_a_page_of_known_posts():
    assert not has_next_page(1, any_new=False, full=False, total=10, max_pages=50)


def test_full_crawl_goes_past_known_posts():
    assert has_next_page(1, any_new=False, full=True, total=10, max_pages=50)


def test_stops_at_the_announced_last_page():
    assert has_next_page(2, any_new=True, full=False, total=3, max_pages=50)
    assert not has_next_page(3, any_new=True, full=False, total=3, max_pages=50)
    assert not has_next_page(3, any_new=True, full=True, total=3, max_pages=50)


def test_without_the_header_continues_until_max_pages():
    assert has_next_page(7, any_new=True, full=False, total=None, max_pages=50)
    assert not has_next_page(50, any_new=True, full=False, total=None, max_pages=50)


def test_post_links_skips_entries_without_a_link():
    payload = [{"id": 5, "link": "https://setkab.go.id/a/"}, {"id": 6}, {"id": "x", "link": " https://setkab.go.id/b/ "},
               "junk"]
    assert post_links(payload) == [("https://setkab.go.id/a/", 5), ("https://setkab.go.id/b/", None)]
    assert post_links({"code": "rest_post_invalid_page_number"}) == []


class FakeKnown:
    full = False
    last_listed = None  # no earlier crawl: no modified_after poll (tests/unit/test_recheck_wp_modified.py)

    def __init__(self, known: set[str]) -> None:
        self.known = known

    def is_known(self, url: str) -> bool:
        return url in self.known

    def saw_listed(self, urls: list[str]) -> set[int]:
        return set()

    def plan_walk(self, language, page_size):  # no walk here (tests/unit/test_recheck_walk.py)
        return []


class FakeSpider:
    """What a discovery strategy uses of the spider: known URLs, the article filter and request factory."""

    def __init__(self, known: set[str], full: bool = False) -> None:
        from types import SimpleNamespace

        self.source = SimpleNamespace(base_url="https://setkab.go.id", discovery=[])
        self.known = FakeKnown(known)
        self.full = full
        self.errors: list[tuple[str, str]] = []
        self.articles: list[tuple[str, dict | None]] = []

    def is_article_url(self, url: str) -> bool:
        return "/category/" not in url

    def article_request(self, url, *, language, referer=None, meta=None):
        from scrapy import Request

        self.articles.append((url, meta))
        return Request(url)

    def record_error(self, url: str, reason: str) -> None:
        self.errors.append((url, reason))

    def on_error(self, failure) -> None:  # pragma: no cover - not reached without a download
        pass


def api_response(url: str, posts: list[dict], pages: int | None):
    import json

    from scrapy.http import Request, TextResponse

    headers = {"X-WP-TotalPages": str(pages)} if pages is not None else {}
    return TextResponse(url, body=json.dumps(posts).encode(), headers=headers, encoding="utf-8",
                        request=Request(url))


def strategy(spider, **options):
    from scraper.discovery.wp_api import WordPressApiDiscovery
    from scraper.sources import Discovery

    config = Discovery(kind="wp_api", language="id", start="/wp-json/wp/v2/posts", options=options)
    return WordPressApiDiscovery(spider, config)


POSTS = [{"id": 3, "link": "https://setkab.go.id/c/"}, {"id": 2, "link": "https://setkab.go.id/b/"},
         {"id": 1, "link": "https://setkab.go.id/category/berita/"}]


def test_first_request_uses_the_options():
    spider = FakeSpider(set())
    (first,) = list(strategy(spider, per_page=20, lang="en").start())
    assert first.url.startswith("https://setkab.go.id/en/wp-json/wp/v2/posts?per_page=20&page=1&_fields=")
    assert first.cb_kwargs == {"page": 1}


def test_a_page_with_new_posts_hands_them_over_and_asks_for_the_next_page():
    spider = FakeSpider({"https://setkab.go.id/b/"})
    out = list(strategy(spider).parse_posts(api_response("https://setkab.go.id/wp-json/wp/v2/posts?page=1", POSTS, 3),
                                             page=1))
    assert [u for u, _ in spider.articles] == ["https://setkab.go.id/c/", "https://setkab.go.id/b/"]
    assert spider.articles[0][1] == {"siaran_external_id": "wp:3"}
    assert "page=2" in out[-1].url and out[-1].cb_kwargs == {"page": 2}


def test_a_page_of_known_posts_ends_the_walk():
    spider = FakeSpider({"https://setkab.go.id/c/", "https://setkab.go.id/b/"})
    out = list(strategy(spider).parse_posts(api_response("https://setkab.go.id/wp-json/wp/v2/posts", POSTS, 3), page=1))
    assert all("wp-json" not in r.url for r in out)


def test_the_last_announced_page_ends_the_walk():
    spider = FakeSpider(set())
    out = list(strategy(spider).parse_posts(api_response("https://setkab.go.id/wp-json/wp/v2/posts", POSTS, 2), page=2))
    assert all("wp-json" not in r.url for r in out)


def test_an_empty_first_page_is_reported():
    spider = FakeSpider(set())
    assert list(strategy(spider).parse_posts(api_response("https://setkab.go.id/wp-json/wp/v2/posts", [], 0), page=1)) == []
    assert spider.errors and "no posts" in spider.errors[0][1]
