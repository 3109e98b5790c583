"""Polri replica (humas.polri.go.id, the national police news portal); see AGENCY-SITES.md §7.

From the evidence: a server-rendered listing ``/news/all?page=N`` whose cards are ``section#content > a``
(title ``div.font-semibold.text-lg``) with the current page in ``nav[data-active-page]``, articles at
``/news/detail/{id}-{slug}`` with the body in ``div.text-sm.text-justify.space-y-4`` and the date in the
second ``div.flex.flex-row.items-center.gap-1``: Tailwind classes only. The "next" arrow of the pager,
the date text ("Jumat, 10 Juli 2026 01:42 WIB", regional units in WITA/WIT) and the infographic card
mixed into the news grid are inferred."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from tests.replicas.content import Release, ReleaseSite, paginate, paragraphs_html, template
from tests.replicas.server import Reply, Request

HERE = Path(__file__).parent
PER_PAGE = 3
ROBOTS = "User-agent: *\nDisallow: /admin\n"
ARTICLE_RE = re.compile(r"^/news/detail/(\d+)-([a-z0-9-]+)/?$")


def detail_path(release: Release) -> str:
    return f"/news/detail/{release.extra['id']}-{release.slug}"


def image(release: Release) -> str:
    return f"/storage/news/{release.extra['id']}/thumbnail.webp"


class PolriSite(ReleaseSite):
    name = "polri"

    here = HERE
    robots = ROBOTS

    def route(self, request: Request) -> Reply | None:
        if request.path in ("/news/all", "/news/all/"):
            page = request.arg("page", "1") or "1"
            return self.listing(int(page)) if page.isdigit() else None
        if m := ARTICLE_RE.match(request.path):
            release = next((r for r in self.releases() if str(r.extra["id"]) == m.group(1)), None)
            return self.article(release) if release else None
        return None

    def page(self, title: str, content: str) -> str:
        return template(HERE, "layout.html").substitute(page_title=escape(title), content=content)

    def card(self, release: Release) -> str:
        return template(HERE, "card.html").substitute(
            href=detail_path(release), image=image(release), author=escape(release.extra["author"]),
            title=escape(release.title), date=release.date)

    def listing(self, page: int) -> Reply | None:
        found = paginate(self.releases(), page, PER_PAGE)
        if found is None:
            return None
        shown, pages = found
        cards = [self.card(r) for r in shown]
        # An infographic tile sits in the same grid: a link that is not a news article.
        cards.insert(1, template(HERE, "card.html").substitute(
            href=f"/infografis/detail/{8800 + page}-waspada-penipuan-daring", image="/storage/infografis/tile.webp",
            author="Infografis", title="Waspada Penipuan Daring", date=shown[0].date))
        link = 'class="px-3 py-1 rounded{active}" href="/news/all?page={n}"'
        pager = "".join(f'  <a {link.format(active=" bg-yellow-500 text-white" if n == page else "", n=n)}>{n}</a>\n'
                        for n in range(1, pages + 1))
        if page < pages:
            pager += f'  <a class="px-3 py-1 rounded" href="/news/all?page={page + 1}" aria-label="Next">&rsaquo;</a>\n'
        content = template(HERE, "listing.html").substitute(cards="".join(cards), page=page, pager=pager)
        return Reply(body=self.page("Berita", content))

    def article(self, release: Release) -> Reply:
        x = release.extra
        tags = "".join(f'<a href="/news/tag/{escape(t.lower())}" class="text-xs bg-gray-100 px-2 py-1 rounded">'
                       f'#{escape(t)}</a>' for t in x.get("tags", []))
        others = "".join(self.card(r) for r in self.releases()[:3] if r.slug != release.slug)
        content = template(HERE, "article.html").substitute(
            title=escape(release.title), author=escape(x["author"]), date=release.date, views=x["views"],
            image=image(release), body=paragraphs_html([escape(p) for p in release.paragraphs]), tags=tags,
            others=others)
        return Reply(body=self.page(release.title, content))
