"""BNPT replica (www.bnpt.go.id). What is known of the real site is thin (see AGENCY-SITES.md §1):
articles at root-level slugs, an October CMS media layout. The listing at ``/berita?page=N`` and the
article template are inferred, not observed."""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.replicas.content import ReleaseSite, paragraphs_html, template
from tests.replicas.server import Reply, Request

HERE = Path(__file__).parent
PER_PAGE = 4
ROBOTS = "User-agent: *\nDisallow: /backend/\nDisallow: /search\n"


class BnptSite(ReleaseSite):
    name = "bnpt"

    here = HERE
    robots = ROBOTS

    def page(self, title: str, content: str, head: str = "") -> str:
        return template(HERE, "layout.html").substitute(page_title=escape(title), head=head, content=content)

    def route(self, request: Request) -> Reply | None:
        if request.path in ("/berita", "/berita/"):
            return self.listing(int(request.arg("page", "1") or 1))
        slug = request.path.strip("/")
        for release in self.releases():
            if release.slug == slug:
                return self.article(release)
        return None

    def listing(self, page: int) -> Reply | None:
        releases = self.releases()
        pages = max(1, -(-len(releases) // PER_PAGE))
        if page < 1 or page > pages:
            return None
        item = template(HERE, "listing_item.html")
        items = "".join(
            item.substitute(slug=r.slug, title=escape(r.title), date=r.date,
                            excerpt=escape((r.paragraphs or [""])[0][:160]))
            for r in releases[(page - 1) * PER_PAGE: page * PER_PAGE]
        )
        pager = "".join(f'      <li class="{"active" if n == page else ""}"><a href="/berita?page={n}">{n}</a></li>\n'
                        for n in range(1, pages + 1))
        if page < pages:
            pager += f'      <li><a href="/berita?page={page + 1}" rel="next">&raquo;</a></li>\n'
        content = template(HERE, "listing.html").substitute(items=items, pager=pager)
        return Reply(body=self.page("Berita", content))

    def article(self, release) -> Reply:
        releases = self.releases()
        at = next(i for i, r in enumerate(releases) if r.slug == release.slug)
        # The next older releases, like a "previous posts" block: a page must not change when newer ones
        # are published, or no re-check could ever get a 304.
        others = (releases[at + 1:] + releases[:at])[:3]
        related = "".join(f'<li><a href="/{r.slug}">{escape(r.title)}</a></li>' for r in others)
        tags = " ".join(f'<a class="tag" href="/berita?tag={escape(t)}">{escape(t)}</a>' for t in release.extra.get("tags", []))
        body = paragraphs_html([escape(p) for p in release.paragraphs])
        if release.paragraphs:
            body = body.replace("</p>\n", '</p>\n<p class="baca-juga"><strong>Baca juga:</strong> <a href="/'
                                + (others[0].slug if others else "") + '">Berita lainnya</a></p>\n', 1)
        head = (f'<meta property="og:title" content="{escape(release.title)}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<link rel="canonical" href="/{release.slug}">')
        content = template(HERE, "article.html").substitute(
            title=escape(release.title), date=release.date, author=escape(release.extra.get("author", "")),
            slug=release.slug, body=body, tags=tags, related=related)
        return Reply(body=self.page(release.title, content, head))
