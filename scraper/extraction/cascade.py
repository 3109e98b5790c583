"""The extraction cascade: site selectors -> structured data -> generic main-content extraction.

Each step returns the raw values it found; the cascade takes, field by field, the first step that found
a value, then parses dates and resolves URLs. ``Extracted.missing`` names the selectors that found
nothing, which is how ``siaran sources check`` notices a redesigned site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from parsel import Selector

from scraper.extraction.dates import parse_date
from scraper.extraction.generic import extract_generic
from scraper.extraction.selectors import extract_with_selectors
from scraper.extraction.structured import extract_structured
from scraper.sources import Selectors

TEXT_FIELDS = ("title", "subtitle", "author", "image", "alternate")


@dataclass
class Extracted:
    title: str | None = None
    subtitle: str | None = None
    published_at: datetime | None = None
    published_has_time: bool = False
    updated_at: datetime | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    alternate_urls: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    extractor: str = "none"
    raw_date: str | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _merge(steps: list[tuple[str, dict]]) -> tuple[dict, dict]:
    merged: dict = {}
    origin: dict = {}
    for name, found in steps:
        for key, value in found.items():
            if key not in merged and value:
                merged[key] = value
                origin[key] = name
    return merged, origin


def extract(html: str, url: str, selectors: Selectors | None = None, *, language: str | None = None,
            month_first: bool = False, now: datetime | None = None) -> Extracted:
    """Extract one article page. Pure: the same HTML and URL always give the same fields."""
    sel = Selector(text=html)
    steps: list[tuple[str, dict]] = []
    missing: list[str] = []
    if selectors is not None:
        found = extract_with_selectors(sel, selectors)
        steps.append(("selectors", found))
        missing = [name for name in selectors.required if name not in found and getattr(selectors, name)]
    steps.append(("structured", extract_structured(sel)))
    merged, origin = _merge(steps)
    if "body" not in merged or "title" not in merged:
        # Generic extraction is the slowest step: only run it when the cheaper ones left a gap.
        merged, origin = _merge(steps + [("generic", extract_generic(html, url))])

    out = Extracted(missing=missing, extractor=origin.get("body", "none"))
    out.title = merged.get("title")
    out.subtitle = merged.get("subtitle")
    out.author = merged.get("author")
    out.tags = list(merged.get("tags") or [])
    out.captions = list(merged.get("captions") or [])
    out.paragraphs = list(merged.get("body") or [])
    if merged.get("image"):
        out.image_url = urljoin(url, merged["image"])
    out.attachments = [urljoin(url, a) for a in merged.get("attachments") or []]
    if merged.get("canonical"):
        out.canonical_url = urljoin(url, merged["canonical"])
    out.alternate_urls = {k: urljoin(url, v) for k, v in (merged.get("alternates") or {}).items()}
    if merged.get("alternate"):
        other = "en" if language == "id" else "id"
        out.alternate_urls.setdefault(other, urljoin(url, merged["alternate"]))
    out.language = language or (merged.get("language") or merged.get("html_lang") or "")[:2] or None
    if merged.get("date"):
        out.raw_date = merged["date"]
        parsed = parse_date(merged["date"], month_first=month_first, now=now)
        if parsed:
            out.published_at, out.published_has_time = parsed.value, parsed.has_time
    if merged.get("updated"):
        parsed = parse_date(merged["updated"], month_first=month_first, now=now)
        if parsed:
            out.updated_at = parsed.value
    return out
