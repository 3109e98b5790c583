"""Benchmark the generic extraction: Siaran's cascade without selectors against plain ``trafilatura.extract``.

    .venv/bin/python benchmarks/bench_extraction.py [--rounds 15] [--variants 4]

The same pages go through both, in interleaved rounds (the order of the two alternates each round, so a
machine that gets busier during the run penalises both alike); the median CPU time per page (of this
process: robust on a shared machine) and the spread over rounds are reported, with the wall time, and
the ratio cascade / trafilatura (target <= 1.1x at equal or better quality). Pages, each with its true title, date and body:

* ``replicas``: the article pages of the local agency replicas in ``tests/replicas/`` (BNPT, BNPB, Polri,
  Setkab, Bank Indonesia), extracted without their selectors;
* ``variants``: the same releases rendered through generated templates of common Indonesian government
  site shapes (a portal with the site name in ``<title>`` and a logo ``<h1>``, a WordPress theme with
  ``<time>`` and a sidebar of other releases' dates, a legacy table layout with ``<br>`` text, a news
  service with a kicker, "Baca juga" links, a footer line inside the content area, and pages that state
  no date but mention years in their prose);
* ``unseen``: the unseen-site suite's pages (``tests/unseen/``), when present.

Quality: body token F1 (multiset of lower-cased word tokens, as in the public extraction benchmarks),
title exact, date exact (with the time when the page shows one; None when it states no date). For
trafilatura the body is its text output and title/date come from its own metadata step (not timed).
Results: printed, and a dated section appended to benchmarks/results/extraction.md.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura

from scraper.encoding import decode_body
from scraper.extraction.cascade import extract
from scraper.extraction.dates import parse_date
from tests.replicas.server import Request

RESULTS = ROOT / "benchmarks" / "results" / "extraction.md"
WIB = timezone(timedelta(hours=7))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass
class Page:
    group: str
    url: str
    html: str
    title: str
    date: datetime | None  # UTC
    has_time: bool
    body: list[str]
    month_first: bool = False


# -- pages ------------------------------------------------------------------------------------------------


def _req(path: str) -> Request:
    parts = urlsplit(path)
    return Request("GET", parts.path, parse_qs(parts.query), {"Host": "127.0.0.1:8000"})


def _expected(text: str | None, month_first: bool = False) -> tuple[datetime | None, bool]:
    parsed = parse_date(text, month_first=month_first) if text else None
    return (parsed.value, parsed.has_time) if parsed else (None, False)


def replica_pages() -> list[Page]:
    from tests.replicas.bi.site import BiSite
    from tests.replicas.bnpb.site import BnpbSite
    from tests.replicas.bnpt.site import BnptSite
    from tests.replicas.polri.site import PolriSite
    from tests.replicas.setkab.site import SetkabSite

    out: list[Page] = []

    def add(url: str, reply, r, month_first: bool = False) -> None:
        date, has_time = _expected(r.date, month_first)
        out.append(Page("replicas", url, reply.data().decode("utf-8"), r.title, date, has_time, r.paragraphs,
                        month_first))

    site = BnptSite()
    for r in site.releases():
        add(f"http://127.0.0.1:8000/{r.slug}", site.article(r), r)
    site = BnpbSite()
    for r in site.releases():
        add(f"http://127.0.0.1:8000/berita/{r.slug}", site.article(_req("/"), r), r)
    site = PolriSite()
    for r in site.releases():
        add(f"http://127.0.0.1:8000/news/detail/{r.extra['id']}-{r.slug}", site.article(r), r)
    site = SetkabSite()
    for lang in ("id", "en"):
        for r in site.releases(lang):
            add(f"http://127.0.0.1:8000/{r.slug}/", site.article(r), r)
    site = BiSite()
    for lang in ("id", "en"):
        for r in site.releases(lang):
            add(f"http://127.0.0.1:8000/{lang}/Pages/{r.slug}.aspx", site.article(lang, r.slug), r, True)
    return [p for p in out if p.body]


def _when(i: int) -> datetime:
    return datetime(2024, 1 + i % 12, 1 + i % 28, 7 + i % 11, (i * 7) % 60, tzinfo=WIB)


def _dateline(d: datetime, with_time: bool) -> str:
    text = f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
    return text + (f" | {d:%H:%M} WIB" if with_time else "")


def _paras(body: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in body)


def _portal(title: str, body: list[str], d: datetime | None, others: list[str]) -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>PORTAL BERITA PEMERINTAH :: {escape(title)}</title>
<meta property="og:site_name" content="Portal Berita Pemerintah"></head><body>
<div id="top"><h1 class="logo"><a href="/">PORTAL BERITA PEMERINTAH</a></h1>
<ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></div>
<div class="konten"><h2 class="judul">{escape(title)}</h2>
<div class="info">{_dateline(d, True) if d else ""} &middot; Admin</div>
<div class="isi">{_paras(body)}
<p>Hak Cipta &copy; 2024 Kementerian Komunikasi dan Informatika</p></div>
<div class="bagikan">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div></div>
<div class="sidebar"><h3>Berita Terbaru</h3><ul>{"".join(f"<li><a href='/b/{n}'>{escape(o)}</a></li>" for n, o in enumerate(others))}</ul></div>
<div class="footer"><p>Hak Cipta &copy; 2024 Kementerian Komunikasi dan Informatika</p>
<p>Jl. Medan Merdeka Barat No. 9, Jakarta Pusat 10110</p></div></body></html>"""


def _wordpress(title: str, body: list[str], d: datetime | None, others: list[str]) -> str:
    time_el = (f'<time class="entry-date published" datetime="{d.isoformat()}">{_dateline(d, False)}</time>'
               if d else "")
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{escape(title)}", "datePublished": "{d:%Y-%m-%d}"}}</script>' if d else "")
    sidebar = "".join(f"<li><a href='/b/{n}'>{escape(o)}</a> <span class='date'>{_dateline(_when(n + 3), False)}</span></li>"
                      for n, o in enumerate(others))
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{escape(title)} &#8211; Badan Riset Nasional</title>
<meta property="og:title" content="{escape(title)}">{ld}</head><body class="single">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Badan Riset Nasional</a></p>
<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="/category/siaran-pers/">Siaran Pers</a></li></ul></nav></header>
<div id="content"><main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{escape(title)}</h1>
<div class="entry-meta">Diposting pada {time_el} oleh <span class="author">Humas</span></div></header>
<div class="entry-content">{_paras(body)}</div>
<footer class="entry-footer"><span class="cat-links">Kategori: <a href="/category/siaran-pers/">Siaran Pers</a></span></footer>
</article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Terbaru</h2><ul>{sidebar}</ul></section></aside></div>
<footer id="colophon"><div class="site-info">&copy; 2024 Badan Riset Nasional</div></footer></body></html>"""


def _legacy(title: str, body: list[str], d: datetime | None, others: list[str]) -> str:
    text = "<br><br>\n".join(escape(p) for p in body)
    when = f"{HARI[d.weekday()]}, {d:%d-%m-%Y %H:%M:%S}" if d else ""
    related = "".join(f"<tr><td class='judulberita'><a href='berita.php?id={n}'>{escape(o)}</a> "
                      f"<font size='1'>{_when(n + 5):%d-%m-%Y}</font></td></tr>" for n, o in enumerate(others))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<title>DINAS KOMUNIKASI DAN INFORMATIKA :: {escape(title)}</title></head><body>
<table width="900"><tr><td colspan="2"><img src="banner.jpg" alt="DINAS KOMUNIKASI DAN INFORMATIKA"></td></tr>
<tr><td width="180" valign="top"><table><tr><td class="menuhead">MENU UTAMA</td></tr>
<tr><td><a href="index.php">Beranda</a></td></tr><tr><td><a href="berita.php">Berita</a></td></tr></table></td>
<td width="720" valign="top"><table width="100%">
<tr><td class="judul"><b>{escape(title)}</b></td></tr>
<tr><td class="tgl"><font size="1">{when} | Dibaca: 312 kali</font></td></tr>
<tr><td class="isi"><img src="foto.jpg" align="left">
{text}</td></tr></table>
<p class="subjudul">BERITA LAINNYA</p><table>{related}</table></td></tr>
<tr><td colspan="2" class="footer">Copyright &copy; 2010 - 2024 Diskominfo. All Rights Reserved.</td></tr>
</table></body></html>"""


def _news(title: str, body: list[str], d: datetime | None, others: list[str]) -> str:
    paras = [f"<p>{escape(p)}</p>" for p in body]
    if others:
        paras.insert(1, f"<p><strong>Baca Juga:</strong> <a href='/baca/1'>{escape(others[0])}</a></p>")
    meta = f'<meta property="article:published_time" content="{d.isoformat()}">' if d else ""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)} | Warta Nusantara</title>
<meta property="og:title" content="{escape(title)} | Warta Nusantara">{meta}</head><body>
<header class="masthead"><div class="logo"><a href="/">WARTA NUSANTARA</a></div>
<nav class="kanal"><a href="/">Beranda</a> <a href="/terkini">Terkini</a></nav></header>
<div class="wrapper"><div class="detail"><div class="kanal-label">Rilis Instansi</div>
<h1 class="detail-title">{escape(title)}</h1>
<div class="detail-info"><span class="author">Redaksi</span> &middot; <span class="date">{_dateline(d, True) if d else ""}</span></div>
<div class="detail-text">{"".join(paras)}</div>
<div class="tags">Tag: <a href="/tag/pemerintah">pemerintah</a></div></div></div>
<footer class="foot"><p>&copy; 2024 Warta Nusantara. Seluruh hak cipta dilindungi.</p></footer></body></html>"""


TEMPLATES = {"portal": _portal, "wordpress": _wordpress, "legacy": _legacy, "news": _news}
PROSE = "Sejak 2020, program ini telah menjangkau lebih dari dua juta penerima manfaat di seluruh Indonesia."


def variant_pages(releases: list[Page], count: int) -> list[Page]:
    """Each release through ``count`` templates; every fifth page states no date and mentions a year."""
    out: list[Page] = []
    titles = [p.title for p in releases]
    names = list(TEMPLATES)[:count]
    for i, page in enumerate(releases):
        for k, name in enumerate(names):
            n = i * len(names) + k
            undated = n % 5 == 4
            d = None if undated else _when(n)
            body = [*page.body[:1], PROSE, *page.body[1:]] if undated else page.body
            others = [t for t in titles if t != page.title][n % 5:n % 5 + 3]
            html = TEMPLATES[name](page.title, body, d, others)
            out.append(Page("variants", f"http://{name}.example/berita/{n}", html, page.title,
                            d.astimezone(UTC) if d else None, d is not None, body))
    return out


def unseen_pages() -> list[Page]:
    try:
        from tests.unseen.sites.registry import SITES
    except ImportError:
        return []
    out: list[Page] = []
    for sid, cls in SITES.items():
        site = cls(origins={}) if sid == "wartanusa" else cls()
        for a in site.articles:
            reply = site.handle(_req(a["path"]))
            if reply is None or reply.status != 200:
                continue
            m = re.search(r"charset=([\w-]+)", reply.content_type)
            html = decode_body(reply.data(), m.group(1) if m else None).text
            value = a.get("date")
            date = None
            if value:
                date = datetime.fromisoformat(value if "T" in value else value + "T00:00+07:00").astimezone(UTC)
            out.append(Page("unseen", "http://127.0.0.1:8000" + a["path"], html, a["title"], date,
                            bool(value and "T" in value), a["body"]))
    return out


# -- measuring ---------------------------------------------------------------------------------------------


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def f1(got: str, want: str) -> float:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    if not g and not w:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def run_cascade(pages: list[Page]) -> list:
    return [extract(p.html, p.url, None, month_first=p.month_first) for p in pages]


def run_trafilatura(pages: list[Page]) -> list:
    return [trafilatura.extract(p.html, url=p.url) for p in pages]


def timed(fn, pages) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds). The ratio is taken on CPU time: on a shared machine
    the wall time of a round mostly measures the other processes."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn(pages)
    return time.process_time() - cpu, time.perf_counter() - wall


def quality(pages: list[Page]) -> dict:
    out: dict = {}
    for group in sorted({p.group for p in pages}):
        sub = [p for p in pages if p.group == group]
        ours = run_cascade(sub)
        theirs = run_trafilatura(sub)
        meta = [trafilatura.bare_extraction(p.html, url=p.url, with_metadata=True) for p in sub]
        f_ours = [f1("\n".join(o.paragraphs), "\n".join(p.body)) for o, p in zip(ours, sub, strict=True)]
        f_theirs = [f1(t or "", "\n".join(p.body)) for t, p in zip(theirs, sub, strict=True)]

        def date_ok(value, has_time, page):
            if page.date is None:
                return value is None
            return value == page.date and has_time == page.has_time

        def traf_date(doc, page):
            raw = getattr(doc, "date", None) if doc is not None else None
            parsed = parse_date(raw) if raw else None
            return date_ok(parsed.value if parsed else None, parsed.has_time if parsed else False, page)

        out[group] = {
            "pages": len(sub),
            "f1_ours": (statistics.mean(f_ours), min(f_ours)),
            "f1_theirs": (statistics.mean(f_theirs), min(f_theirs)),
            "title_ours": sum(o.title == p.title for o, p in zip(ours, sub, strict=True)) / len(sub),
            "title_theirs": sum(getattr(m, "title", None) == p.title for m, p in zip(meta, sub, strict=True))
            / len(sub),
            "date_ours": sum(date_ok(o.published_at, o.published_has_time, p) for o, p in zip(ours, sub, strict=True))
            / len(sub),
            "date_theirs": sum(traf_date(m, p) for m, p in zip(meta, sub, strict=True)) / len(sub),
            "undated": sum(p.date is None for p in sub),
            "invented": sum(p.date is None and o.published_at is not None for o, p in zip(ours, sub, strict=True)),
            "invented_theirs": sum(p.date is None and getattr(m, "date", None) is not None
                                   for m, p in zip(meta, sub, strict=True)),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--variants", type=int, default=4, help="generated templates per replica release (max 4)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    replicas = replica_pages()
    pages = replicas + variant_pages(replicas, args.variants) + unseen_pages()
    print(f"{len(pages)} pages: " + ", ".join(f"{g} {sum(p.group == g for p in pages)}"
                                              for g in ("replicas", "variants", "unseen")), flush=True)
    run_cascade(pages), run_trafilatura(pages)  # warm-up: imports, caches
    ours, theirs = [], []
    for r in range(args.rounds):
        if r % 2:
            theirs.append(timed(run_trafilatura, pages))
            ours.append(timed(run_cascade, pages))
        else:
            ours.append(timed(run_cascade, pages))
            theirs.append(timed(run_trafilatura, pages))
        print(f"round {r + 1}: cascade {ours[-1][0]:.3f} s CPU ({ours[-1][1]:.3f} s wall), "
              f"trafilatura {theirs[-1][0]:.3f} s CPU ({theirs[-1][1]:.3f} s wall)", flush=True)
    ratios = [o[0] / t[0] for o, t in zip(ours, theirs, strict=True)]
    wall_ratios = [o[1] / t[1] for o, t in zip(ours, theirs, strict=True)]
    per_page = {name: ([x[0] / len(pages) * 1000 for x in xs], [x[1] / len(pages) * 1000 for x in xs])
                for name, xs in (("cascade", ours), ("trafilatura", theirs))}
    q = quality(pages)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"## {datetime.now(UTC).isoformat(timespec='seconds')} - {len(pages)} pages, {args.rounds} rounds",
        "",
        (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, trafilatura {trafilatura.__version__}; "
        f"1-min load average at the end: {load:.2f}."),
        "",
        "| extractor | CPU ms/page, median | CPU spread over rounds (min - max) | wall ms/page, median |",
        "|---|---|---|---|",
    ]
    for name, (cpu, wall) in per_page.items():
        lines.append(f"| {name} | {statistics.median(cpu):.2f} | {min(cpu):.2f} - {max(cpu):.2f} | "
                     f"{statistics.median(wall):.2f} |")
    lines += [
        "",
        (f"**Ratio cascade / trafilatura.extract: {statistics.median(ratios):.2f}x CPU** (median of per-round "
         f"ratios; range {min(ratios):.2f} - {max(ratios):.2f}; wall-time ratio {statistics.median(wall_ratios):.2f}x; "
         "target <= 1.1x)."),
        "",
        ("| pages | n | body F1 cascade (mean / min) | body F1 trafilatura (mean / min) | title exact cascade / traf."
        " | date exact cascade / traf. | undated pages: dated by cascade / traf. |"),
        "|---|---|---|---|---|---|---|",
    ]
    for group, g in q.items():
        lines.append(
            f"| {group} | {g['pages']} | {g['f1_ours'][0]:.4f} / {g['f1_ours'][1]:.3f} | "
            f"{g['f1_theirs'][0]:.4f} / {g['f1_theirs'][1]:.3f} | {g['title_ours']:.0%} / {g['title_theirs']:.0%} | "
            f"{g['date_ours']:.0%} / {g['date_theirs']:.0%} | {g['invented']} / {g['invented_theirs']} of {g['undated']} |")
    lines.append("")
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        if not RESULTS.exists():
            RESULTS.write_text("# Generic extraction benchmark\n\nProduced by `benchmarks/bench_extraction.py`; one "
                               "section per run. Target: the cascade without selectors at most 1.1x the time of "
                               "plain `trafilatura.extract` on the same pages, at equal or better quality.\n\n",
                               encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(report + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
