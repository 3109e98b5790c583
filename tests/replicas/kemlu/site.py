"""Kemlu replica (kemlu.go.id + backpanel.kemlu.go.id); see AGENCY-SITES.md §2.

The new site is a Vue single-page app: every page route, ``/berita/{slug}`` included, answers HTTP 200
with the same loading shell. The content comes from the public content API, served here on the same
server: ``/public-content-service/api/contentMenu?type=menu&slug[]=berita&portal=pusat&page=N&limit=L
&order_dir=desc&order_by=publish_date&lang=id`` returns ``data.publication`` (slug, title, title_eng,
publish_date "YYYY-MM-DD HH:MM:SS", content_detail HTML) and ``data.meta.filtered`` (the total), and
``content/publication?portal=pusat&slug=S`` returns one record. English statements sit in the same
stream as Indonesian releases. The envelope (``status``, ``message``) and ``meta`` keys other than
``filtered`` are inferred. The replica caps ``limit`` at 5 so that paging is exercised; the real API
accepted 100."""

from __future__ import annotations

import json
import zlib
from html import escape
from pathlib import Path

from tests.replicas.content import Release, load_releases, paginate
from tests.replicas.server import Reply, Request, Site

HERE = Path(__file__).parent
MAX_LIMIT = 5
API = "/public-content-service/api/"
SPA_SHELL = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Kementerian Luar Negeri Republik Indonesia</title>
<link href="/css/app.3f1c2a.css" rel="stylesheet"></head>
<body><noscript><strong>We're sorry but this site doesn't work properly without JavaScript enabled.
Please enable it to continue.</strong></noscript><div id="app"></div>
<script src="/js/chunk-vendors.8a41e0.js"></script><script src="/js/app.3f1c2a.js"></script></body></html>"""


def api_record(release: Release) -> dict:
    body = "".join(f"<p>{escape(p)}</p>" for p in release.paragraphs)
    return {
        "id": zlib.crc32(release.slug.encode()) % 90000 + 10000,
        "slug": release.slug,
        "title": release.title,
        "title_eng": release.extra.get("title_eng", ""),
        "publish_date": release.date,
        "content_detail": body,
        "thumbnail": f"/sites/pusat/PublishingImages/berita/{release.slug[:40]}.jpg",
        "portal": "pusat",
        "category": "berita",
    }


def envelope(data: dict) -> Reply:
    return Reply(body=json.dumps({"status": 200, "message": "success", "data": data}),
                 content_type="application/json")


class KemluSite(Site):
    name = "kemlu"

    def releases(self) -> list[Release]:
        return load_releases(HERE)

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nAllow: /\n", content_type="text/plain")
        if request.path == API + "contentMenu":
            return self.content_menu(request)
        if request.path == API + "content/publication":
            return self.publication(request.arg("slug", ""))
        if request.path.startswith(API):
            return Reply(404, json.dumps({"status": 404, "message": "not found"}), "application/json")
        return Reply(body=SPA_SHELL)  # the SPA answers every route with its shell

    def content_menu(self, request: Request) -> Reply:
        if request.arg("slug[]") != "berita":
            return envelope({"publication": [], "meta": {"total": 0, "filtered": 0}})
        page = max(1, int(request.arg("page", "1") or 1))
        limit = min(MAX_LIMIT, max(1, int(request.arg("limit", "10") or 10)))
        releases = self.releases()
        rows, _ = paginate(releases, page, limit) or ([], 0)
        meta = {"total": len(releases), "filtered": len(releases), "page": page, "limit": limit}
        return envelope({"publication": [api_record(r) for r in rows], "meta": meta})

    def publication(self, slug: str) -> Reply:
        for release in self.releases():
            if release.slug == slug:
                return envelope(api_record(release))
        return Reply(404, json.dumps({"status": 404, "message": "content not found"}), "application/json")
