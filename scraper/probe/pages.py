"""What one HTML page says about its site: feeds it announces, WordPress, languages, listing links, and
whether it is a JavaScript-only shell. Pure functions of (HTML, URL), tested on snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
# Words in a link's path or text that name a list of releases.
LISTING_WORDS = ("siaran-pers", "siaran_pers", "siaranpers", "press-release", "pressrelease", "rilis", "release",
                 "berita", "news", "warta", "kabar", "terkini", "artikel", "pengumuman", "publikasi", "media",
                 "informasi", "latest", "arsip", "index")
LANG_PREFIX = re.compile(r"^/(id|en)(?:/|$)")
# A link to a file (a release's PDF, a form, a photo) is never a list of releases, whatever its words.
FILE_PATH = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|zip|rar|7z|jpe?g|png|gif|webp|mp[34]|csv)$", re.IGNORECASE)


@dataclass(frozen=True)
class JsOnly:
    """Evidence that a page is an empty shell filled by JavaScript."""

    links: int
    scripts: int
    mount: str | None  # the empty element the app mounts on, e.g. 'div#app'

    def describe(self) -> str:
        where = f"an empty {self.mount}, " if self.mount else ""
        return f"{where}{self.scripts} script(s) and {self.links} link(s)"


def selector(html: str | Selector) -> Selector:
    return html if isinstance(html, Selector) else Selector(text=html or "<html></html>")


def site_links(html: str | Selector, url: str) -> list[str]:
    """Absolute same-host links of a page, in page order, without fragments."""
    sel = selector(html)
    host = urlsplit(url).netloc.lower()
    out = []
    for href in sel.xpath("//a/@href").getall():
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = urljoin(url, href).split("#")[0]
        if urlsplit(target).netloc.lower() == host and urlsplit(target).scheme in ("http", "https"):
            out.append(target)
    return list(dict.fromkeys(out))


def announced_feeds(html: str | Selector, url: str) -> list[str]:
    """RSS/Atom feeds a page announces with ``<link rel="alternate" type="application/rss+xml">``."""
    sel = selector(html)
    hrefs = [h for t in FEED_TYPES for h in sel.xpath(f"//link[@type='{t}']/@href").getall()]
    return list(dict.fromkeys(urljoin(url, h.strip()) for h in hrefs if h.strip()))


def is_wordpress(html: str | Selector) -> bool:
    sel = selector(html)
    return bool(sel.xpath("//link[@rel='https://api.w.org/'] | //meta[@name='generator'][starts-with(@content,"
                          " 'WordPress')]") or sel.xpath("//*[contains(@href, '/wp-content/') or "
                                                         "contains(@src, '/wp-content/')]"))


def html_lang(html: str | Selector) -> str | None:
    """The page's declared language as 'id' / 'en' / other two letters, or None."""
    lang = (selector(html).xpath("/html/@lang").get() or "").strip().lower()
    return lang[:2] or None


def hreflang_urls(html: str | Selector, url: str) -> dict[str, str]:
    """Language alternates the page declares (``<link rel=alternate hreflang>`` and switcher links)."""
    sel = selector(html)
    out: dict[str, str] = {}
    for node in sel.xpath("//link[@hreflang][@href] | //a[@hreflang][@href]"):
        lang = node.attrib["hreflang"].strip().lower()[:2]
        if lang in ("id", "en") and lang not in out:
            out[lang] = urljoin(url, node.attrib["href"].strip())
    return out


def language_sections(links: list[str]) -> set[str]:
    """Languages that have a path section on the site (``/en/...``, ``/id/...``)."""
    return {m.group(1) for u in links if (m := LANG_PREFIX.match(urlsplit(u).path))}


def js_only(html: str | Selector, url: str) -> JsOnly | None:
    """Evidence that the page is a JavaScript application shell, or None for an ordinary page.

    A shell has almost no links and little text of its own, and either an empty mount element or
    scripts that must run before anything shows.
    """
    sel = selector(html)
    links = len(site_links(sel, url))
    scripts = len(sel.xpath("//script"))
    text = " ".join(t.strip() for t in sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)"
                                                 " and not(ancestor::noscript)]").getall() if t.strip())
    mount = None
    for ident in ("app", "root", "__next", "__nuxt", "q-app", "main-app"):
        node = sel.xpath(f"//*[@id='{ident}']")
        if node and not node.xpath("./*") and not "".join(node.xpath(".//text()").getall()).strip():
            mount = f"{node[0].root.tag}#{ident}"
            break
    if links < 3 and len(text.split()) < 40 and (mount or scripts):
        return JsOnly(links, scripts, mount)
    return None


def listing_candidates(html: str | Selector, url: str, limit: int = 6) -> list[str]:
    """Links that probably open a list of releases (menu items such as "Berita", "Siaran Pers", "News"),
    most likely first."""
    sel = selector(html)
    host = urlsplit(url).netloc.lower()
    scored: dict[str, float] = {}
    for a in sel.xpath("//a[@href]"):
        target = urljoin(url, a.attrib["href"].strip()).split("#")[0]
        parts = urlsplit(target)
        if parts.netloc.lower() != host or parts.path.rstrip("/") in ("", "/index.php", "/index.html"):
            continue
        path = parts.path.lower()
        if FILE_PATH.search(path):
            continue  # "Siaran Pers 12 (PDF)": a file, not a section
        segs = [s for s in path.split("/") if s]
        if re.search(r"(?:^|&)(?:id|\w+_id|nid|sid)=\d+", parts.query):
            continue  # one item (berita.php?id=12), not a list
        if len(segs) > 3 or any(len(re.split(r"[-_]", s)) >= 4 for s in segs):
            continue  # an article, not a section
        text = " ".join(a.xpath(".//text()").getall()).lower()
        score = 0.0
        for rank, word in enumerate(LISTING_WORDS):
            weight = 1.0 - rank / (2 * len(LISTING_WORDS))
            if word in path:
                score = max(score, 2 * weight)
            elif word.replace("-", " ") in text:
                score = max(score, weight)
        if "category" in path or "kategori" in path:
            score += 0.5
        if score:
            scored[target] = max(scored.get(target, 0.0), score - 0.05 * len(segs))
    return [u for u, _ in sorted(scored.items(), key=lambda kv: -kv[1])][:limit]


def site_name(html: str | Selector) -> str | None:
    """The site's name: ``og:site_name``, ``application-name``, else the home page's ``<title>`` up to its
    first separator."""
    sel = selector(html)
    for xpath in ("//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content"):
        value = (sel.xpath(xpath).get() or "").strip()
        if value:
            return value
    title = " ".join((sel.xpath("//title/text()").get() or "").split())
    parts = [p.strip() for p in re.split(r"\s+[|–—:-]{1,2}\s+|\s+::\s+", title) if p.strip()]
    return parts[0] if parts else None
