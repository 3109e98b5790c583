"""Step 2 of the cascade: structured data the page declares (JSON-LD, OpenGraph, ``<meta>``, hreflang).

The ``<meta>`` tags are read in one pass into a map (``meta_map``) rather than one tree search per name:
the cascade runs on every page of a crawl and the generic path must cost little more than the
main-content extraction itself.
"""

from __future__ import annotations

import json

from parsel import Selector

ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "Report", "PressRelease", "WebPage", "ReportageNewsArticle",
                 "AnalysisNewsArticle", "GovernmentArticle"}
SITE_TYPES = {"WebSite", "Organization", "GovernmentOrganization", "NewsMediaOrganization"}

# <meta> names whose content is the publication date (lower-cased). All are "metadata" evidence.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "sailthru.date",
    "parsely-pub-date", "release_date",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")


TAGS_KEY = "article:tag*"  # in a meta_map: every article:tag, as a list


def meta_map(tree) -> dict:
    """``<meta>`` name/property/itemprop (lower-cased) -> content, the first non-empty one of each (and
    under ``TAGS_KEY`` the list of every ``article:tag``)."""
    found: dict = {TAGS_KEY: []}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content
            if key == "article:tag":
                found[TAGS_KEY].append(content)
    return found


def jsonld_objects(tree) -> list[dict]:
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # Broken JSON-LD is common; the other steps still run.
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                if "@graph" in obj and isinstance(obj["@graph"], list):
                    stack.extend(obj["@graph"])
                objects.append(obj)
    return objects


def _first_str(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return _first_str(value[0])
    if isinstance(value, dict):
        return _first_str(value.get("name") or value.get("url"))
    return None


def _types(obj: dict) -> set:
    types = obj.get("@type")
    return set(types) if isinstance(types, list) else {types}


def _first_meta(meta: dict[str, str], names) -> str | None:
    return next((meta[n] for n in names if meta.get(n)), None)


def extract_structured(sel: Selector | object, meta: dict[str, str] | None = None) -> dict:
    """Field values from JSON-LD first, then OpenGraph/``<meta>``; absent fields are left out.

    Besides the merged ``title`` and ``date``, the JSON-LD headline is kept as ``title_jsonld`` (the
    headline step weighs it against the other candidates) and site names as ``site_names``."""
    tree = sel.root if isinstance(sel, Selector) else sel
    meta = meta_map(tree) if meta is None else meta
    found: dict = {}
    site_names: list[str] = []
    for obj in jsonld_objects(tree):
        types = _types(obj)
        if types & SITE_TYPES and _first_str(obj.get("name")):
            site_names.append(_first_str(obj.get("name")))
        if not types & ARTICLE_TYPES:
            continue
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and _first_str(publisher.get("name")):
            site_names.append(_first_str(publisher.get("name")))
        for key, field in (("headline", "title"), ("datePublished", "date"), ("dateModified", "updated"),
                           ("author", "author"), ("image", "image"), ("description", "subtitle")):
            value = _first_str(obj.get(key))
            if value and field not in found:
                found[field] = value
        if obj.get("keywords") and "tags" not in found:
            kw = obj["keywords"]
            found["tags"] = [t.strip() for t in (kw.split(",") if isinstance(kw, str) else kw) if t.strip()]
        if obj.get("inLanguage") and "language" not in found:
            found["language"] = _first_str(obj["inLanguage"])
    if found.get("title"):
        found["title_jsonld"] = found["title"]
    if site_names:
        found["site_names"] = site_names
    meta_fields = {
        "title": ("og:title", "twitter:title"),
        "subtitle": ("og:description", "description"),
        "date": PUBLISHED_META,
        "updated": MODIFIED_META,
        "author": ("author", "article:author"),
        "image": ("og:image", "twitter:image"),
        "language_meta": ("og:locale", "language", "content-language"),
    }
    for field, names in meta_fields.items():
        if field not in found:
            value = _first_meta(meta, names)
            if value:
                found[field] = value
    if meta.get(TAGS_KEY) and "tags" not in found:
        found["tags"] = list(meta[TAGS_KEY])
    alternates = {}
    for link in tree.iter("link"):
        rel, href = (link.get("rel") or "").strip().lower(), (link.get("href") or "").strip()
        if rel == "canonical" and href and "canonical" not in found:
            found["canonical"] = href
        elif rel == "alternate" and link.get("hreflang") and href:
            lang = link.get("hreflang").lower()[:2]
            if lang in {"id", "en"}:
                alternates[lang] = href
    if alternates:
        found["alternates"] = alternates
    root = tree.getroottree().getroot()
    if root.tag == "html" and root.get("lang"):
        found["html_lang"] = root.get("lang").strip().lower()[:2]
    return found
