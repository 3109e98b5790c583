"""Bank Indonesia replica (www.bi.go.id, Siaran Pers / News Release); see AGENCY-SITES.md §4.

Reproduced from the evidence: a SharePoint (ASP.NET WebForms) site whose listing
``/{id,en}/publikasi/ruang-media/news-release/default.aspx`` answers every ``?page=`` with page 1 (the
"next" button is a postback), rows ``div.media.media--pers`` with ``a.media__title``, a date cell
``10 September 2026`` + NBSP + ``Hits 2094`` and an abstract that starts with the release number;
articles at ``Pages/sp_{vol}{seq:03d}{yy}.aspx`` with ``#layout-title`` (headline plus a "Siaran Pers"
label), ``#layout-date`` in M/D/YYYY 12-hour form, ``#layout-page-content`` with zero-width characters
from the SharePoint editor, ``#layout-lampiran`` and ``#layout-sumber-data``. A number that does not
exist answers HTTP 200 with the full chrome and no ``#layout-title`` (the soft 404). English pages share
the file name under ``/en/`` and lag the Indonesian ones. Markup around those ids is inferred."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from pathlib import Path

from tests.replicas import pdfs
from tests.replicas.content import Release, load_releases
from tests.replicas.server import Reply, Request, Site

HERE = Path(__file__).parent
PER_PAGE = 5
ROBOTS = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n"
SECTION = "/publikasi/ruang-media/news-release/"
ARTICLE_RE = re.compile(r"^/(id|en)" + SECTION + r"Pages/(sp_\d{7})\.aspx$")
DOCUMENT_RE = re.compile(r"^/(id|en)" + SECTION + r"Documents/SP_\d{7}\.pdf$")
LABELS = {
    "id": {"label": "Siaran Pers", "home": "Beranda", "media": "Ruang Media", "list": "Siaran Pers",
           "attach": "Lampiran", "source": "Sumber Data", "share": "Bagikan", "notfound":
           "Maaf, halaman yang Anda cari tidak tersedia atau telah dipindahkan."},
    "en": {"label": "News Release", "home": "Home", "media": "Media Room", "list": "News Release",
           "attach": "Attachment", "source": "Data Source", "share": "Share", "notfound":
           "Sorry, the page you are looking for is not available or has been moved."},
}
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1MmRkJ2x0ZXN0LXZpZXdzdGF0ZS1yZXBsaWNhLW9ubHk="


def chrome(lang: str, title: str, content: str) -> str:
    """The SharePoint master page every answer shares, soft 404s included."""
    other = "en" if lang == "id" else "id"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="{'id-ID' if lang == 'id' else 'en-US'}"><head><meta charset="utf-8">
<title>{escape(title)}</title><link rel="stylesheet" href="/_layouts/15/BI/css/main.css"></head>
<body><form method="post" action="./default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">
<header class="header"><a class="header__logo" href="/{lang}/default.aspx">Bank Indonesia</a>
<nav class="navbar"><ul><li><a href="/{lang}/tentang-bi/default.aspx">Tentang BI</a></li>
<li><a href="/{lang}/fungsi-utama/moneter/default.aspx">Moneter</a></li>
<li><a href="/{lang}/publikasi/default.aspx">Publikasi</a></li>
<li><a href="/{lang}{SECTION}default.aspx">{LABELS[lang]['list']}</a></li></ul>
<a class="lang-switch" href="/{other}/default.aspx">{other.upper()}</a></nav></header>
<main id="ctl00_PlaceHolderMain">{content}</main>
<footer class="footer"><p>Bank Indonesia, Jl. M.H. Thamrin No.2, Jakarta 10350. Contact Center BICARA 131.</p>
<p>&copy; Bank Indonesia 2026</p></footer></form></body></html>"""


SCANNED = "SP_2818326.pdf"


@lru_cache(maxsize=32)
def _document(name: str) -> bytes | None:
    """Built once per process, so every answer (and its ETag) for a file is the same."""
    if name == "SP_2818426.pdf":
        return pdfs.monetary_statement()
    if name == SCANNED:
        return pdfs.scanned_letter()
    release = next((r for r in load_releases(HERE) if f"Documents/{name}" in r.extra.get("attachments", [])), None)
    if release is None:
        return None
    return pdfs.release_pdf(release.title, [release.extra["number"], *release.paragraphs])


class BiSite(Site):
    name = "bi"

    def releases(self, lang: str) -> list[Release]:
        """Newest first; English only where a translation exists (it lags the Indonesian one)."""
        out = []
        for r in load_releases(HERE):
            if lang == "id":
                out.append(r)
            elif "en" in r.extra:
                en = r.extra["en"]
                out.append(Release(slug=r.slug, title=en["title"], date=en["date"], paragraphs=en["paragraphs"],
                                   language="en", extra={**r.extra, "listing_date": en["listing_date"]}))
        return out

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body=ROBOTS, content_type="text/plain")
        for lang in ("id", "en"):
            if request.path in (f"/{lang}{SECTION}default.aspx", f"/{lang}{SECTION}"):
                return self.listing(lang)  # ?page=, ?Page=, ?PageIndex= ... all give page 1
        m = ARTICLE_RE.match(request.path)
        if m:
            return self.article(m.group(1), m.group(2))
        if DOCUMENT_RE.match(request.path):
            return self.document(request.path.rsplit("/", 1)[1])
        return None

    def document(self, name: str) -> Reply | None:
        """A release's PDF (the same file under /id/ and /en/): the rate decision is a two-page statement,
        the balance-of-payments release a scanned letter, the others their own text as a PDF."""
        data = _document(name)
        return Reply(body=data, content_type="application/pdf") if data else None

    def listing(self, lang: str) -> Reply:
        rows = "".join(f"""
<div class="media media--pers"><div class="media__body">
 <a class="media__title ellipsis--two-line" href="Pages/{r.slug}.aspx" title="{escape(r.title)}">{escape(r.title)}</a>
 <div class="media__subtitle">{r.extra['listing_date']}&nbsp;<span>Hits {r.extra.get('hits', 0)}</span></div>
 <p class="ellipsis--three-line">{r.extra['number']} {escape(r.paragraphs[0][:180])}</p>
</div></div>""" for r in self.releases(lang)[:PER_PAGE])
        pager = ('<div class="pagination"><input type="submit" name="ctl00$PlaceHolderMain$g_1$btnNext" '
                 'value="" class="next" onclick="__doPostBack(\'ctl00$PlaceHolderMain$g_1$btnNext\',\'\')"></div>')
        content = f'<h1 class="page-title">{LABELS[lang]["list"]}</h1><div class="media-list">{rows}</div>{pager}'
        return Reply(body=chrome(lang, f"{LABELS[lang]['list']} - Bank Indonesia", content))

    def article(self, lang: str, file: str) -> Reply:
        release = next((r for r in self.releases(lang) if r.slug == file), None)
        labels = LABELS[lang]
        if release is None:  # the soft 404: a 200 with the whole chrome and no #layout-title
            return Reply(body=chrome(lang, "Bank Indonesia", f'<div class="error-page"><p>{labels["notfound"]}</p></div>'))
        body = "".join(f"<p>{escape(p)}</p>" for p in release.paragraphs)
        attachments = "".join(f'<a href="../{a}" target="_blank">{escape(a.rsplit("/", 1)[-1])}</a>'
                              for a in release.extra.get("attachments", []))
        content = f"""
<div class="layout-article">
 <div id="layout-title" class="layout-title">
  <h2 class="title">{escape(release.title)}</h2>
  <span class="badge badge--pers">{labels['label']}</span>
 </div>
 <div id="layout-date" class="layout-date">{release.date}</div>
 <div class="layout-share"><span>{labels['share']}</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
 <div id="layout-page-content"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField"
  class="ms-rtestate-field">{body}</div></div>
 <div id="layout-lampiran"><h3>{labels['attach']}</h3>{attachments}</div>
 <div id="layout-sumber-data"><span>{labels['source']}:</span> {escape(release.extra.get('source', ''))}</div>
</div>"""
        return Reply(body=chrome(lang, f"{release.title} - Bank Indonesia", content))
