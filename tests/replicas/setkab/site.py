"""Setkab replica (setkab.go.id), a WordPress site; see AGENCY-SITES.md §3.

Reproduced from the evidence: category listings ``/category/berita/page/N/`` and ``/en/category/news/``
with ``a.next.page-numbers``, cards ``article.card_search``, the RSS feed ``/feed/``, articles at
``/{slug}/`` and ``/en/{slug}/`` with the body in ``div.reading_text``, the meta block ("Dipublikasikan
pada 25 Februari 2016"; on English pages "Date 5 Februari 2022", Indonesian month names), English pages
ending with "Translated by: … Reviewed by: …", the photo caption at the top of the body and a "Latest
News" block. English pages are a translated subset published days later, with no link to the original.
The REST API (``/wp-json/wp/v2/posts``) follows WordPress's documented behaviour; that Setkab exposes it
is only claimed by one write-up."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

from tests.replicas.content import Release, load_releases, paginate, paragraphs_html, template
from tests.replicas.server import Reply, Request, Site

HERE = Path(__file__).parent
PER_PAGE = 3
ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /wp-sitemap.xml\n"
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                      "september", "oktober", "november", "desember"], 1)}
LABELS = {
    "id": {"l_home": "Beranda", "l_news": "Berita", "l_speech": "Transkrip Pidato", "l_regulation": "Peraturan",
           "l_category_slug": "berita", "l_by": "Oleh", "l_date": "Dipublikasikan pada", "l_category": "Kategori",
           "l_read": "Dibaca", "l_views": "Kali", "l_latest": "Berita Terkini"},
    "en": {"l_home": "Home", "l_news": "News", "l_speech": "Speech Transcript", "l_regulation": "Regulation",
           "l_category_slug": "news", "l_by": "By", "l_date": "Date", "l_category": "Category", "l_read": "Read",
           "l_views": "Views", "l_latest": "Latest News"},
}
LISTING_RE = re.compile(r"^(/en)?/category/(berita|news)/(?:page/(\d+)/)?$")
ARTICLE_RE = re.compile(r"^(/en)?/([a-z0-9][a-z0-9-]*)(/?)$")


def display_date(text: str) -> date:
    """'14 Oktober 2025' -> date(2025, 10, 14): Setkab prints Indonesian month names in both languages."""
    day, month, year = text.split()
    return date(int(year), MONTHS[month.lower()], int(day))


class SetkabSite(Site):
    name = "setkab"

    def __init__(self, state: str = "v1", api_max_per_page: int = 100) -> None:
        self.state = state
        self.api_max_per_page = api_max_per_page  # WordPress caps per_page at 100; tests lower it to page

    def releases(self, language: str) -> list[Release]:
        return [r for r in load_releases(HERE, self.state) if r.language == language]

    def handle(self, request: Request) -> Reply | None:
        origin = "http://" + request.headers.get("Host", "setkab.go.id")
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        if request.path in ("/feed/", "/feed"):
            return self.feed(origin)
        if request.path in ("/wp-json/wp/v2/posts", "/en/wp-json/wp/v2/posts"):
            return self.api(request, origin, "en" if request.path.startswith("/en/") else "id")
        if request.path == "/" and request.arg("p"):
            return self.shortlink(int(request.arg("p")))
        if m := LISTING_RE.match(request.path):
            language = "en" if m.group(1) else "id"
            if m.group(2) != LABELS[language]["l_category_slug"]:
                return None
            return self.listing(language, int(m.group(3) or 1))
        if m := ARTICLE_RE.match(request.path):
            language = "en" if m.group(1) else "id"
            release = next((r for r in self.releases(language) if r.slug == m.group(2)), None)
            if release is None:
                return None
            if not m.group(3):  # WordPress adds the trailing slash with a redirect
                return Reply(301, headers={"Location": request.path + "/"})
            return self.article(release)
        return None

    # -- pages ----------------------------------------------------------------------------------
    def page(self, language: str, title: str, content: str, body_class: str) -> str:
        return template(HERE, "layout.html").substitute(
            lang_attr="id-ID" if language == "id" else "en-US", page_title=escape(title), head="",
            body_class=body_class, prefix=self.prefix(language), content=content, **LABELS[language])

    @staticmethod
    def prefix(language: str) -> str:
        return "/en" if language == "en" else ""

    def path(self, release: Release) -> str:
        return f"{self.prefix(release.language)}/{release.slug}/"

    def listing(self, language: str, page: int) -> Reply | None:
        found = paginate(self.releases(language), page, PER_PAGE)
        if found is None:
            return None
        releases, pages = found
        card = template(HERE, "card.html")
        cards = "".join(card.substitute(href=self.path(r), slug=r.slug, title=escape(r.title), date=r.date)
                        for r in releases)
        if page == 1 and language == "id":  # a pinned announcement card that is not a release
            cards = card.substitute(href="/category/pengumuman/", slug="pengumuman", title="Pengumuman Seleksi CPNS",
                                    date=releases[0].date) + cards
        base = f"{self.prefix(language)}/category/{LABELS[language]['l_category_slug']}/"
        pager = "".join(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page else
                        f'<a class="page-numbers" href="{base}page/{n}/">{n}</a>' for n in range(1, pages + 1))
        if page < pages:
            pager += f'<a class="next page-numbers" href="{base}page/{page + 1}/">Next &raquo;</a>'
        heading = LABELS[language]["l_news"]
        content = template(HERE, "listing.html").substitute(heading=heading, cards=cards, pager=pager)
        return Reply(body=self.page(language, heading, content, "archive category"))

    def article(self, release: Release) -> Reply:
        language = release.language
        x = release.extra
        latest = "".join(f'<li><a href="{self.path(r)}">{escape(r.title)}</a></li>'
                         for r in self.releases(language)[:4] if r.slug != release.slug)
        content = template(HERE, "article.html").substitute(
            title=escape(release.title), author=escape(x["author"]), date=release.date, category=x["category"],
            views=x["views"], id=x["id"], slug=release.slug, caption=escape(x["caption"]),
            body=paragraphs_html([escape(p) for p in release.paragraphs]), latest=latest,
            prefix=self.prefix(language), **LABELS[language])
        return Reply(body=self.page(language, release.title, content, f"single postid-{x['id']}"))

    def shortlink(self, post_id: int) -> Reply | None:
        release = next((r for r in self.releases("id") if r.extra["id"] == post_id), None)
        return Reply(301, headers={"Location": self.path(release)}) if release else None

    # -- feed and REST API ----------------------------------------------------------------------
    @staticmethod
    def published(release: Release) -> datetime:
        """Posts go out at 09:00 WIB, i.e. 02:00 UTC, on the displayed day."""
        return datetime.combine(display_date(release.date), datetime.min.time(), UTC).replace(hour=2)

    def feed(self, origin: str) -> Reply:
        item = template(HERE, "feed_item.xml")
        items = "".join(item.substitute(
            title=escape(r.title), link=origin + self.path(r), origin=origin, id=r.extra["id"],
            pub_date=format_datetime(self.published(r)).replace("-0000", "+0000"),
            excerpt=r.paragraphs[0][:200]) for r in self.releases("id")[:10])
        return Reply(body=template(HERE, "feed.xml").substitute(origin=origin, items=items),
                     content_type="application/rss+xml; charset=UTF-8")

    def api(self, request: Request, origin: str, language: str) -> Reply:
        per_page = min(self.api_max_per_page, int(request.arg("per_page", "10")))
        releases = self.releases(language)
        found = paginate(releases, int(request.arg("page", "1")), per_page)
        if found is None:
            error = {"code": "rest_post_invalid_page_number", "data": {"status": 400},
                     "message": "The page number requested is larger than the number of pages available."}
            return Reply(400, json.dumps(error), content_type="application/json; charset=UTF-8")
        posts, pages = found
        payload = [{"id": r.extra["id"], "link": origin + self.path(r),
                    "date_gmt": self.published(r).strftime("%Y-%m-%dT%H:%M:%S"),
                    "modified_gmt": self.published(r).strftime("%Y-%m-%dT%H:%M:%S"),
                    "title": {"rendered": escape(r.title)}} for r in posts]
        return Reply(body=json.dumps(payload), content_type="application/json; charset=UTF-8",
                     headers={"X-WP-Total": str(len(releases)), "X-WP-TotalPages": str(pages)})
