"""Step 2 of the cascade: structured data the page declares (JSON-LD, OpenGraph, ``<meta>``, hreflang)."""

from __future__ import annotations

import json

from parsel import Selector

ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "Report", "PressRelease", "WebPage"}


def _jsonld_objects(sel: Selector) -> list[dict]:
    objects: list[dict] = []
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
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


def _meta(sel: Selector, *names: str) -> str | None:
    for name in names:
        value = sel.css(f'meta[property="{name}"]::attr(content), meta[name="{name}"]::attr(content)').get()
        if value and value.strip():
            return value.strip()
    return None


def extract_structured(sel: Selector) -> dict:
    """Field values from JSON-LD first, then OpenGraph/``<meta>``; absent fields are left out."""
    found: dict = {}
    for obj in _jsonld_objects(sel):
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if not types & ARTICLE_TYPES:
            continue
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
    meta_fields = {
        "title": ("og:title", "twitter:title"),
        "subtitle": ("og:description", "description"),
        "date": ("article:published_time", "datePublished", "pubdate", "date", "dc.date"),
        "updated": ("article:modified_time", "og:updated_time"),
        "author": ("author", "article:author"),
        "image": ("og:image", "twitter:image"),
        "language_meta": ("og:locale", "language", "content-language"),
    }
    for field, names in meta_fields.items():
        if field not in found:
            value = _meta(sel, *names)
            if value:
                found[field] = value
    tags = sel.css('meta[property="article:tag"]::attr(content)').getall()
    if tags and "tags" not in found:
        found["tags"] = [t.strip() for t in tags if t.strip()]
    canonical = sel.css('link[rel="canonical"]::attr(href)').get()
    if canonical:
        found["canonical"] = canonical.strip()
    alternates = {}
    for link in sel.css('link[rel="alternate"][hreflang]'):
        lang = (link.attrib.get("hreflang") or "").lower()[:2]
        if lang in {"id", "en"} and link.attrib.get("href"):
            alternates[lang] = link.attrib["href"].strip()
    if alternates:
        found["alternates"] = alternates
    html_lang = sel.xpath("/html/@lang").get()
    if html_lang:
        found["html_lang"] = html_lang.strip().lower()[:2]
    return found
