"""The headline of an article page, from the agreement of the places a page states it.

A page names its headline up to four times: the visible ``<h1>``, ``og:title``, JSON-LD ``headline`` and
``<title>``. Each alone is unreliable: ``<title>`` carries the site name ("PORTAL BERITA PEMERINTAH ::
Bank Indonesia Pertahankan ..."), some themes put the site logo in the ``<h1>`` and the headline in an
``<h2>``, and some ``og:title`` tags repeat the site name on every page. The text that most of them agree
on is the headline. The site name is recognised as the part of ``<title>`` shared with ``og:site_name``
(or JSON-LD publisher, ``application-name``, the logo, a link to the home page, or a title part known to
recur on every page of the site), and as the part that no other candidate confirms.

``choose_headline`` is pure (candidate texts in, headline out); ``headline_candidates`` reads them from
an lxml tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scraper.extraction.html_text import line_key
from scraper.extraction.roles import Roles, element_roles

__all__ = ["HeadlineCandidates", "choose_headline", "headline_candidates", "is_site_chrome", "title_parts"]

# " | ", " - ", " :: ", " – ", " — ", " » ", " · " ...: only with spaces around, so "BI-Rate" and
# "5,00%: Sinergi" stay whole.
_SEPARATOR_RE = re.compile(r"(\s+(?:\|\||\||::|-{1,2}|–|—|»|«|·|•|~|/|\\)\s+)")
_MAX_PARTS = 6
# How much each kind of evidence is trusted when agreement ties: a page's JSON-LD and its visible <h1>
# are written for this article; og:title is often templated; <title> always carries the site.
_PRIORITY = {"jsonld": 4, "h1": 3, "og": 2, "heading": 1, "title": 0}
_CHROME_TOKENS = re.compile(
    r"(?:^|[\s_-])(logo|brand|navbar|masthead|site-?title|site-?name|sitename|site-?branding|topbar)(?:$|[\s_-])"
)
_ROOT_PATHS = {"/", "./", "index.php", "index.html", "/index.php", "/index.html", "/home", "/beranda", "/id", "/en",
               "/id/", "/en/"}


@dataclass
class HeadlineCandidates:
    """The texts a page offers as its headline (whitespace folded, entities decoded)."""

    h1: list[str] = field(default_factory=list)  # visible <h1> texts that are not the site logo
    headings: list[str] = field(default_factory=list)  # <h2>/<h3>/.title texts: confirm, never stand alone
    og_title: str | None = None
    jsonld: str | None = None
    title_tag: str | None = None
    site_names: list[str] = field(default_factory=list)  # og:site_name, publisher, logo text ...


def title_parts(title: str) -> list[str]:
    """Every run of consecutive parts of a title split at its separators, the whole title first.

    "A | B :: C" gives "A | B :: C", "A | B", "B :: C", "A", "B", "C": the headline is one of them
    wherever the site puts its name, and a headline holding a separator itself stays possible.
    """
    pieces = _SEPARATOR_RE.split(title.strip())
    words = pieces[0::2]
    if len(words) > _MAX_PARTS:  # a title that is a list of keywords: no structure to find
        return [title.strip()]
    out = []
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            text = "".join(pieces[2 * start: 2 * (start + size) - 1]).strip()
            if text:
                out.append(text)
    return out


def _is_site_name(key: str, site_keys: set[str]) -> bool:
    return key in site_keys


def choose_headline(found: HeadlineCandidates) -> str | None:
    """The candidate most sources agree on, never the site name; the visible text is returned."""
    site_keys = {line_key(s) for s in found.site_names if s} - {""}
    kinds: dict[str, set[str]] = {}
    shown: dict[str, tuple[int, str]] = {}  # key -> (display preference, text)

    def add(text: str | None, kind: str, display: int) -> None:
        key = line_key(text)
        if not key:
            return
        kinds.setdefault(key, set()).add(kind)
        if key not in shown or display > shown[key][0]:
            shown[key] = (display, " ".join(text.split()))

    for text in found.h1:
        add(text, "h1", 5)
    if found.og_title:
        for part in title_parts(found.og_title):
            add(part, "og", 3 if part == found.og_title.strip() else 1)
    add(found.jsonld, "jsonld", 4)
    for text in found.headings:
        add(text, "heading", 2)
    title_options: list[str] = title_parts(found.title_tag) if found.title_tag else []
    for part in title_options:
        add(part, "title", 0)
    # A title part with no other support is the site name when a sibling part is confirmed elsewhere.
    for key in list(kinds):
        if _is_site_name(key, site_keys):
            del kinds[key]
    scored = []
    for key, where in kinds.items():
        support = len(where)
        if where == {"heading"}:
            continue  # an <h2> alone is as likely a sidebar title as the headline
        full = bool(where & {"h1", "jsonld"}) or (found.og_title and key == line_key(found.og_title))
        scored.append((support, bool(full), max(_PRIORITY[k] for k in where), len(key), key))
    if not scored:
        return None
    best = max(scored)
    if best[0] == 1 and not best[1] and title_options:
        return _title_without_site(title_options, site_keys) or shown[best[-1]][1]
    return shown[best[-1]][1]


def _title_without_site(options: list[str], site_keys: set[str]) -> str | None:
    """With only a ``<title>`` to go on: drop parts naming the site, then keep the longest single part
    (a site name is shorter than a release headline)."""
    whole = options[0]
    singles = [p for p in options if not _SEPARATOR_RE.search(p)]
    kept = [p for p in singles if line_key(p) not in site_keys]
    if len(singles) == 1:
        return whole if line_key(whole) not in site_keys else None
    return max(kept, key=len) if kept else None


# -- reading the candidates from a page ---------------------------------------------------------------


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _attr_tokens(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_home_link(href: str, host: str | None) -> bool:
    """A link to the site's home page (``/``, ``index.php``, ``http://host/``), without URL joining:
    this runs for every link of every page."""
    href = href.strip()
    if href in _ROOT_PATHS:
        return True
    if not href:
        return False
    if "//" not in href[:8]:
        return False
    target = urlsplit(href)
    return bool(host) and target.netloc == host and target.path in (_ROOT_PATHS | {""}) and not target.query


def _links_home(el, url: str | None) -> bool:
    """An element that is (or wraps) a link to the site's home page: the logo of most templates."""
    host = urlsplit(url).netloc if url else None
    anchors = [el] if el.tag == "a" else []
    anchors += el.iterfind(".//a")
    return any(_is_home_link(a.get("href") or "", host) for a in anchors)


def is_site_chrome(el, url: str | None = None) -> bool:
    """Whether an element belongs to the site's own banner (logo, brand, top header, navigation) rather
    than to the article: an ancestor ``<header>``/``<nav>`` outside any ``<article>``/``<main>``, a
    logo/brand class, or a link to the home page."""
    in_article = False
    for node in el.iterancestors():
        if node.tag in ("article", "main"):
            in_article = True
    for node in [el, *el.iterancestors()]:
        tag = node.tag if isinstance(node.tag, str) else ""
        if _CHROME_TOKENS.search(_attr_tokens(node)):
            return True
        if tag in ("header", "nav") and not in_article:
            return True
    return _links_home(el, url)


def _site_names(tree, meta: dict, url: str | None, logos: list) -> list[str]:
    names = [meta.get(k) for k in ("og:site_name", "application-name", "twitter:site", "publisher")]
    host = urlsplit(url).netloc if url else None
    # Only links whose address could be the home page are looked at (one XPath pass, not every link).
    for a in tree.xpath("//a[@href][string-length(normalize-space(@href)) < 12 or contains(@href, '//')]"):
        if _is_home_link(a.get("href") or "", host):
            text = _text(a)
            if text:
                names.append(text)
            names += [img.get("alt") or "" for img in a.iterfind(".//img")]
    for el in logos:
        if len(el) < 8:  # a logo block, not a wrapper that happens to carry the word
            names.append(_text(el))
    return [n.strip().lstrip("@") for n in names if n and n.strip()]


def headline_candidates(tree, meta: dict, jsonld_headline: str | None, url: str | None = None,
                        known_site_names: set[str] | frozenset[str] = frozenset(),
                        roles: Roles | None = None) -> HeadlineCandidates:
    """Read the candidates from a parsed page. ``meta`` maps lower-cased ``<meta>`` names/properties to
    their content (``structured.meta_map``); ``known_site_names`` are title parts learnt to recur on the
    site's pages during this run; ``roles`` is the page's ``element_roles`` (read here when not given)."""
    roles = roles if roles is not None else element_roles(tree)
    found = HeadlineCandidates(og_title=meta.get("og:title") or meta.get("twitter:title"), jsonld=jsonld_headline)
    title = tree.find(".//title")
    if title is not None:
        found.title_tag = _text(title) or None
    site_names = _site_names(tree, meta, url, roles.logo)
    for h1 in tree.iterfind(".//h1"):
        text = _text(h1)
        if not text:
            continue
        if is_site_chrome(h1, url):
            site_names.append(text)
        else:
            found.h1.append(text)
    for el in [*tree.iter("h2", "h3"), *roles.titled]:
        if el.tag != "h2" and el.tag != "h3" and (el.find(".//h1") is not None or _inside_h1(el)):
            continue  # the wrapper of the <h1> (or a part of it) only repeats it
        text = _text(el)
        if text and len(text) <= 300:
            found.headings.append(text)
    found.site_names = [*site_names, *known_site_names]
    return found


def _inside_h1(el) -> bool:
    return any(a.tag == "h1" for a in el.iterancestors())


def find_headline_element(tree, headline: str | None, url: str | None = None):
    """The element showing ``headline`` (an ``<h1>``-``<h4>``, else any element whose text it is), the
    anchor near which the dateline is looked for; None when the page does not show it."""
    key = line_key(headline)
    if not key:
        return None
    for el in tree.iter("h1", "h2", "h3", "h4"):
        if line_key(_text(el)) == key and not is_site_chrome(el, url):
            return el
    body = tree.find(".//body")
    for el in (body if body is not None else tree).iter("div", "span", "p", "td", "strong", "b", "font", "a"):
        if len(el) <= 3 and line_key(_text(el)) == key:
            return el
    return None
