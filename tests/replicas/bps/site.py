"""BPS replica (www.bps.go.id + webapi.bps.go.id); see AGENCY-SITES.md §5.

Every ``www`` path answers the Cloudflare interactive challenge: HTTP 403, ``cf-mitigated: challenge``,
a "Just a moment..." page. The WebAPI answers
``/v1/api/list/model/pressrelease/lang/{ind,eng}/domain/0000/key/{KEY}/page/{n}`` with
``{"status": "OK", "data-availability": "available", "data": [{page, pages, per_page, count, total},
[rows]]}``; rows carry ``brs_id, subj_id, subj, title, abstract (HTML), rl_date, updt_date, pdf, size,
slide``, and the ``pdf``/``slide`` links are ``download.php?f={token}`` with a token re-signed on every
answer. The one-record ``view`` endpoint
``/v1/api/view/domain/0000/model/pressrelease/lang/{ind,eng}/key/{KEY}/id/{brs_id}`` answers
``{"status": "OK", "data-availability": "available", "data": {row}}``, and an unknown id HTTP 200 with
``"data-availability": "not-available"`` and no ``data`` (as BPS SDKs read it; not observed live). JSON is
sent as ``application/json`` without a charset, as the real API does. The envelope of a wrong-key answer is
inferred. The replica serves 4 rows a page (the real default is 10) so that paging is
exercised. ID and EN rows share the ``brs_id``; one release has no English translation."""

from __future__ import annotations

import json
import re
import secrets
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import ClassVar

from tests.replicas import pdfs
from tests.replicas.content import Release, load_releases, paginate
from tests.replicas.server import Reply, Request, Site

HERE = Path(__file__).parent
PER_PAGE = 4
API_KEY = "replica0bps0key0a1b2c3d4e5f60718"
LIST_RE = re.compile(r"^/v1/api/list/model/pressrelease/lang/(ind|eng)/domain/(\d{4})/key/([^/]+)/page/(\d+)/?$")
VIEW_RE = re.compile(r"^/v1/api/view/domain/(\d{4})/model/pressrelease/lang/(ind|eng)/key/([^/]+)/id/(\d+)/?$")
WRONG_KEY = {"status": "Error", "data-availability": "not-available", "message": "Invalid key or key has been expired"}
CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper" role="main">
<div class="main-content"><h1 class="zone-name-title h1">www.bps.go.id</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
</div></div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>"""


def api_json(payload: dict) -> Reply:
    return Reply(body=json.dumps(payload, ensure_ascii=False).encode("utf-8"), content_type="application/json")


@lru_cache(maxsize=64)
def document(slug: str, kind: str) -> bytes:
    """The release's PDF (``pdf``: the inflation release is a statistical table, the others their text) or
    its slide deck (``slide``: a title page); built once per process so the same file has the same bytes."""
    release = next(r for r in load_releases(HERE) if r.slug == slug)
    if kind == "slide":
        return pdfs.text_pdf([pdfs.Page(["Badan Pusat Statistik", release.extra["subj"]], heading=release.title)],
                             title=f"Bahan Paparan: {release.title}")
    if slug == "2619":
        return pdfs.inflation_release()
    return pdfs.release_pdf(release.title, release.paragraphs, heading="Berita Resmi Statistik")


class BpsSite(Site):
    name = "bps"
    env: ClassVar[dict[str, str]] = {"SIARAN_BPS_API_KEY": API_KEY}  # what the demo sets so the replica accepts the crawl

    def __init__(self) -> None:
        # Download tokens are re-signed on every answer, as on the real API; the replica remembers which
        # file each token it handed out stands for.
        self.tokens: dict[str, tuple[str, str]] = {}

    def token(self, slug: str, kind: str) -> str:
        token = secrets.token_urlsafe(48)
        self.tokens[token] = (slug, kind)
        return token

    def releases(self, lang: str) -> list[Release]:
        out = []
        for r in load_releases(HERE):
            if lang == "ind":
                out.append(r)
            elif "en" in r.extra:
                out.append(Release(slug=r.slug, title=r.extra["en"]["title"], date=r.date,
                                   paragraphs=r.extra["en"]["paragraphs"], language="en", extra=r.extra))
        return out

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":  # the WebAPI host's robots.txt
            return Reply(body="User-agent: *\nAllow: /\n", content_type="text/plain")
        m = LIST_RE.match(request.path)
        if m:
            lang, _domain, key, page = m.groups()
            if key != API_KEY:
                return api_json(WRONG_KEY)
            return self.page(lang, int(page), "http://" + request.headers.get("Host", "webapi.bps.go.id"))
        m = VIEW_RE.match(request.path)
        if m:
            _domain, lang, key, brs_id = m.groups()
            if key != API_KEY:
                return api_json(WRONG_KEY)
            return self.view(lang, brs_id, "http://" + request.headers.get("Host", "webapi.bps.go.id"))
        if request.path == "/download.php" and request.arg("f") in self.tokens:
            return Reply(body=document(*self.tokens[request.arg("f")]), content_type="application/pdf")
        if request.path.startswith(("/v1/", "/download.php")):
            return api_json({"status": "Error", "message": "Not Found"})
        return Reply(403, CHALLENGE, headers={"cf-mitigated": "challenge", "Server": "cloudflare"},
                     validators=False)

    def page(self, lang: str, page: int, origin: str) -> Reply:
        releases = self.releases(lang)
        found = paginate(releases, page, PER_PAGE)
        if found is None:
            return api_json({"status": "OK", "data-availability": "list-not-available"})
        rows, pages = found
        paging = {"page": page, "pages": pages, "per_page": PER_PAGE, "count": len(rows), "total": len(releases)}
        return api_json({"status": "OK", "data-availability": "available",
                         "data": [paging, [self.row(r, origin) for r in rows]]})

    def view(self, lang: str, brs_id: str, origin: str) -> Reply:
        release = next((r for r in self.releases(lang) if r.slug == brs_id), None)
        if release is None:
            return api_json({"status": "OK", "data-availability": "not-available"})
        return api_json({"status": "OK", "data-availability": "available", "data": self.row(release, origin)})

    def row(self, release: Release, origin: str) -> dict:
        abstract = "".join(f"<p>{escape(p)}</p>" for p in release.paragraphs)
        return {
            "brs_id": int(release.slug),
            "subj_id": release.extra["subj_id"],
            "subj": release.extra["subj"],
            "title": release.title,
            "abstract": abstract,
            "rl_date": release.date,
            "updt_date": release.extra["updt_date"],
            "pdf": f"{origin}/download.php?f={self.token(release.slug, 'pdf')}",  # re-signed on every answer
            "size": release.extra["size"],
            "slide": f"{origin}/download.php?f={self.token(release.slug, 'slide')}",
        }
