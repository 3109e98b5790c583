"""What pairing reads and what it decides: a stored release as pairing sees it, and a pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PairCandidate:
    """A stored release as the pairing logic sees it."""

    id: int
    source: str
    language: str  # 'id' | 'en'
    title: str
    body: str
    published_at: datetime | None
    url: str
    external_id: str | None = None
    # lang -> url, from hreflang or the page's language switcher
    alternate_urls: dict[str, str] = field(default_factory=dict)
    # The source republishes other sources' releases (a news service, an aggregator; ``sources.republishes``):
    # only such a source's releases are paired with another source's.
    republishes: bool = False


@dataclass(frozen=True)
class Pair:
    id_release: int
    en_release: int
    method: str  # 'link' | 'external_id' | 'content' | 'content+semantic'
    score: float


def other_language(lang: str) -> str:
    return "en" if lang == "id" else "id"
