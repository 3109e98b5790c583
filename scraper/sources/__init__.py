"""Sources as data: one TOML file per agency, validated at load.

An entry says where an agency publishes (base URL), how releases are discovered (listing pages,
RSS/Atom feeds, sitemaps, the WordPress REST API, a JSON API, an id walk), in which languages, and
optionally which CSS/XPath selectors pick the fields. The generic spider engine reads these entries;
adding an agency means adding a file here, not touching the engine.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SOURCES_DIR = Path(__file__).parent


class SourceError(ValueError):
    """An invalid source entry; the message names the file and the field."""


class Selectors(BaseModel):
    """CSS (or XPath when prefixed with ``xpath:``) selectors for an article page."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    updated: str | None = None
    author: str | None = None
    tags: str | None = None
    image: str | None = None
    body: str | None = None
    captions: str | None = None
    attachments: str | None = None
    alternate: str | None = None  # language switcher link
    remove: list[str] = Field(default_factory=list)  # elements stripped from the body first
    required: list[str] = Field(default_factory=lambda: ["title", "date", "body"])


class Discovery(BaseModel):
    """One way to find release URLs: the ``kind`` picks the strategy in ``scraper.discovery``."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["listing", "feed", "sitemap", "wp_api", "json_api", "id_walk"]
    language: str | None = None
    start: str  # path (relative to base_url) or absolute URL
    # listing: selector of article links; omitted = every link matching the source's article_url_pattern
    links: str | None = None
    # listing: selector of the next-page link, or ``page_param`` (?param=N); with neither, the page's own
    # pager is recognised (rel=next, a "next" class, "Selanjutnya"/"Next"/"»" links, numbered links)
    next: str | None = None
    page_param: str | None = None
    max_pages: int = 50
    # json_api / wp_api / id_walk options are read by their strategies.
    options: dict = Field(default_factory=dict)


class SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    base_url: str
    languages: list[Literal["id", "en"]]
    discovery: list[Discovery]
    selectors: Selectors = Field(default_factory=Selectors)
    selectors_en: Selectors | None = None  # when the English pages use another template
    month_first_dates: bool = False  # e.g. Bank Indonesia article pages: 9/17/2026 7:00 PM
    article_url_pattern: str | None = None  # regex an article URL must match (others are skipped)
    soft_404_without: str | None = None  # a selector whose absence means "not found" despite HTTP 200
    spider: str | None = None  # dotted path of a small spider subclass, only where code is needed
    schedule: str | None = None  # crontab (Asia/Jakarta) of the nightly crawl; default "0 2 * * *"
    verified_live: bool = False
    # An aggregator that republishes other agencies' releases: among duplicates, its copy is never
    # preferred as the original over the publishing agency's own page.
    republishes: bool = False
    # The agency publishes some releases only as files: a discovered link to a .pdf (that matches
    # article_url_pattern, when set) is a release, made from the document (scraper/pdf_release.py).
    # Off by default: on most sites a .pdf link in a listing is an annual report or a form, not a release.
    pdf_releases: bool = False
    notes: str = ""

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not v.isidentifier() or v.lower() != v:
            raise ValueError("must be a lower-case identifier such as 'bnpt'")
        return v

    @field_validator("base_url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v.rstrip("/")

    def with_base_url(self, base_url: str) -> SourceConfig:
        return self.model_copy(update={"base_url": base_url.rstrip("/")})


def load_source_file(path: Path) -> SourceConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path}: invalid TOML: {exc}") from None
    try:
        source = SourceConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(entry)"
        raise SourceError(f"{path}: field '{where}': {first['msg']}") from None
    if source.id != path.stem:
        raise SourceError(f"{path}: field 'id': '{source.id}' must match the file name '{path.stem}'")
    return source


@lru_cache(maxsize=4)
def _load_all(directory: Path) -> dict[str, SourceConfig]:
    return {p.stem: load_source_file(p) for p in sorted(directory.glob("*.toml"))}


def extra_source_dirs() -> list[Path]:
    """Directories named by ``SIARAN_SOURCES_DIRS`` (``os.pathsep``-separated), read after the built-in one.

    This is how sources that must not ship to users (test replicas, an operator's private mirrors) are
    added without touching ``scraper/sources/``.
    """
    raw = os.environ.get("SIARAN_SOURCES_DIRS", "")
    return [Path(part).resolve() for part in raw.split(os.pathsep) if part.strip()]


def load_sources(directory: Path = SOURCES_DIR, overrides: dict[str, str] | None = None) -> dict[str, SourceConfig]:
    """All sources (built-in plus ``SIARAN_SOURCES_DIRS``), base URLs replaced by ``overrides``
    (``SIARAN_SOURCE_URL_<ID>``)."""
    if overrides is None:
        from siaran.config import load_settings

        overrides = load_settings().source_urls
    sources = dict(_load_all(directory))
    for extra in extra_source_dirs():
        if not extra.is_dir():
            raise SourceError(f"SIARAN_SOURCES_DIRS: {extra} is not a directory")
        for sid, source in _load_all(extra).items():
            if sid in sources:
                raise SourceError(f"{extra / (sid + '.toml')}: source '{sid}' is already defined elsewhere")
            sources[sid] = source
    for sid, url in overrides.items():
        if sid in sources:
            sources[sid] = sources[sid].with_base_url(url)
    return sources


def get_source(source_id: str, overrides: dict[str, str] | None = None) -> SourceConfig:
    sources = load_sources(overrides=overrides)
    if source_id not in sources:
        raise SourceError(f"unknown source '{source_id}'; known: {', '.join(sorted(sources))}")
    return sources[source_id]
