"""BNPB replica (bnpb.go.id, Berita); see AGENCY-SITES.md §6.

From the evidence: the listing ``/berita/`` then ``/berita/page/N`` with blocks ``.berita-terkini .block``
(``.title a``, ``.date`` "10 Mei 2025 | 13:13 WIB"), articles at ``/berita/{slug}`` that also answer at
``/index.php/berita/{slug}`` and on both ``www.`` and the apex host, a slug starting with ``-`` for an
"[UPDATE]" title, and an old body with pasted MS Word junk as visible text. The article template is
inferred.

Links to the other host form are only written when the replica is reached by a host name (a test routes
``bnpb.go.id`` and ``www.bnpb.go.id`` to it through an HTTP proxy); reached as 127.0.0.1 it cannot name a
``www.`` twin, so those links stay host-relative there."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from tests.replicas.content import Release, ReleaseSite, paginate, paragraphs_html, template
from tests.replicas.server import Reply, Request

HERE = Path(__file__).parent
PER_PAGE = 3
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
LISTING_RE = re.compile(r"^(?:/index\.php)?/berita(?:/page/(\d+))?/?$")
ARTICLE_RE = re.compile(r"^(?:/index\.php)?/berita/(-?[a-z0-9][a-z0-9-]*)/?$")


def hosts(request: Request) -> tuple[str, str]:
    """Origins of the apex and the www. host as the client named them, or ('', '') for an IP address."""
    host = request.headers.get("Host", "")
    if not host or host.split(":")[0].replace(".", "").isdigit() or host.startswith("localhost"):
        return "", ""
    apex = host.removeprefix("www.")
    return f"http://{apex}", f"http://www.{apex}"


class BnpbSite(ReleaseSite):
    name = "bnpb"

    here = HERE
    robots = ROBOTS

    def route(self, request: Request) -> Reply | None:
        if m := LISTING_RE.match(request.path):
            return self.listing(request, int(m.group(1) or 1))
        if m := ARTICLE_RE.match(request.path):
            release = next((r for r in self.releases() if r.slug == m.group(1)), None)
            return self.article(request, release) if release else None
        return None

    def href(self, request: Request, release: Release, form: str | None = None) -> str:
        """The link to a release in one of the forms the real site mixes: plain, www., index.php."""
        apex, www = hosts(request)
        form = form or release.extra.get("link", "plain")
        origin = www if form.startswith("www") else apex
        front = "/index.php" if form.endswith("index.php") else ""
        return f"{origin}{front}/berita/{release.slug}"

    def page(self, title: str, content: str) -> str:
        return template(HERE, "layout.html").substitute(page_title=escape(title), content=content)

    def listing(self, request: Request, page: int) -> Reply | None:
        releases = self.releases()
        found = paginate(releases, page, PER_PAGE)
        if found is None:
            return None
        shown, pages = found
        block = template(HERE, "block.html")

        def render(r: Release, form: str | None = None, extra_class: str = "") -> str:
            return block.substitute(href=self.href(request, r, form), slug=r.slug, title=escape(r.title),
                                    date=r.date, extra_class=extra_class)

        # The highlighted release heads every page, linked as www. + index.php; it also has its own slot.
        featured = "".join(render(r, "www-index.php", " featured") for r in releases if r.extra.get("featured"))
        blocks = featured + "".join(render(r) for r in shown)
        pager = "".join(f'      <li class="page-item{" active" if n == page else ""}">'
                        f'<a class="page-link" href="/berita/page/{n}">{n}</a></li>\n' for n in range(1, pages + 1))
        if page < pages:
            pager += f'      <li class="page-item"><a class="page-link" href="/berita/page/{page + 1}" rel="next">&rsaquo;</a></li>\n'
        content = template(HERE, "listing.html").substitute(blocks=blocks, pager=pager)
        return Reply(body=self.page("Berita", content))

    def article(self, request: Request, release: Release) -> Reply:
        popular = "".join(f'<li><a href="{self.href(request, r, "index.php")}">{escape(r.title)}</a></li>'
                          for r in self.releases()[:4] if r.slug != release.slug)
        tags = " ".join(f'<a href="/berita?tag={escape(t)}">{escape(t)}</a>' for t in release.extra.get("tags", []))
        content = template(HERE, "article.html").substitute(
            title=escape(release.title), date=release.date, slug=release.slug, tags=tags, popular=popular,
            body=paragraphs_html([escape(p) for p in release.paragraphs]))
        return Reply(body=self.page(release.title, content))
