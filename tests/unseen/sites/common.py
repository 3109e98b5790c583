"""What the unseen mock sites share: their releases come from ``tests/unseen/expected/<site>.json`` (the
expectations written before any crawl), rendered through each site's own templates and furniture."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

from tests.replicas.server import Reply, Request, Site

EXPECTED = Path(__file__).resolve().parent.parent / "expected"


def load_expected(site: str) -> dict:
    return json.loads((EXPECTED / f"{site}.json").read_text("utf-8"))


def when(article: dict) -> datetime | None:
    """The article's publication time (aware), or None for an undated article."""
    value = article.get("date")
    if not value:
        return None
    if "T" not in value:
        value += "T00:00+07:00"
    return datetime.fromisoformat(value)


def iso_utc(article: dict) -> str:
    return when(article).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def rfc822(article: dict) -> str:
    return format_datetime(when(article).astimezone(UTC))


def paragraphs(article: dict, *, skip_last: bool = False) -> list[str]:
    body = article["body"][:-1] if skip_last else article["body"]
    return [escape(p, quote=False) for p in body]


def p_tags(items: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in items)


def full_path(request: Request) -> str:
    """Path with the query string in the order the site writes it (``?p=..&id=..``)."""
    if not request.query:
        return request.path
    return request.path + "?" + "&".join(f"{k}={v[0]}" for k, v in request.query.items())


class UnseenSite(Site):
    """A mock site: robots.txt, absolute links built from the Host header, articles by path."""

    name = "unseen"
    robots = "User-agent: *\nDisallow:\n"

    def __init__(self) -> None:
        self.data = load_expected(self.name)
        self.articles: list[dict] = self.data["articles"]
        self.by_path = {a["path"]: a for a in self.articles}
        self.base = ""

    def handle(self, request: Request) -> Reply | None:
        self.base = "http://" + request.headers.get("Host", "127.0.0.1")
        if request.path == "/robots.txt":
            return Reply(body=self.robots.replace("{base}", self.base), content_type="text/plain")
        return self.route(request)

    def route(self, request: Request) -> Reply | None:
        raise NotImplementedError

    def page_of(self, items: list, page: int, per_page: int) -> list | None:
        start = (page - 1) * per_page
        if page < 1 or (start >= len(items) and page > 1):
            return None
        return items[start:start + per_page]

    def pages(self, per_page: int) -> int:
        return max(1, -(-len(self.articles) // per_page))
