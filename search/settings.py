"""Meilisearch settings for the ``releases`` index.

Documents the indexer (search/indexer.py) is expected to send, one per release:

==================  =====================================================================
field               content
==================  =====================================================================
id                  primary key (string; stable across re-indexing)
source              agency key, e.g. "bnpt", "bi", "bps" (filter, facet)
source_name         agency display name (searchable, lowest attribute rank)
language            "id" or "en" (filter, facet)
title, subtitle     original text (searchable, highest attribute rank)
body                original text, paragraphs joined by a blank line (searchable)
title_stem          ``search.stemming.stem_text(title, language)`` (searchable, not displayed)
body_stem           ``search.stemming.stem_text(body, language)`` (searchable, not displayed)
tags                list of strings (searchable, filter, facet)
published_at        ISO 8601 UTC string, for display
published_at_ts     int, epoch seconds (filter ranges, sort, recency tie-breaker)
year                int, Asia/Jakarta calendar year (filter, facet)
url                 canonical URL of the release
has_translation     bool: a paired release in the other language exists (filter, facet)
translation_group   id shared by a release and its translations (filter)
translation_id      id of the paired release in the other language, or null
is_duplicate        bool: a near-duplicate of another release (filter; hidden by default)
==================  =====================================================================

Choices worth explaining:

* **rankingRules** keep Meilisearch's built-in order (words, typo, proximity, attribute, sort, exactness)
  and append ``published_at_ts:desc``. It comes last, so it never overrides relevance: it only orders
  documents that are equally relevant by every built-in rule, and then the newer release wins. Agencies
  publish many near-identical releases (monthly inflation, weekly disaster updates); among equally good
  matches an analyst nearly always wants the latest. ``sort`` stays in place so that an explicit
  ``sort=published_at_ts:asc|desc`` at search time still works (it needs the ``sort`` rule), and an empty
  query (browse mode) is ordered by the tie-breaker, i.e. newest first.
* **localizedAttributes** are left unset (``None`` resets them). A field here holds one language per
  document, but the same field (``title``, ``body``) holds Indonesian in some documents and English in
  others, so a per-field locale would be wrong for half of them, and ``["ind", "eng"]`` on every field
  only tells Meilisearch what it already guesses for Latin text (NOTES.md: for these languages it only
  steers detection away from German/Turkish guesses). If per-language fields (``body_id``/``body_en``)
  are ever added, give them patterns with one locale each.
* **proximityPrecision** is ``byWord``: quoted phrases ("kerja sama", "suku bunga") and the proximity
  rule stay exact. ``byAttribute`` indexes 3.7–5.4× faster, but turns a phrase into "all words in the
  same field", which is wrong for long release bodies. Ingestion is nightly and incremental, so indexing
  speed matters less than phrase accuracy.
* **pagination.maxTotalHits** is raised from 1,000 to 100,000 so paging and hit counts go past 1,000.
* **typoTolerance** keeps the default thresholds, turns typos off on numbers (years, article numbers,
  figures) and on agency/domain acronyms, where a one-letter change is a different body (BPS vs BSSN,
  OJK vs OKI).
* **stopWords** come from ``stopwords.txt``: one combined Indonesian + English list, since Meilisearch has
  one list per index. Negations and numbers are deliberately absent.
* **synonyms** are the mutual pairs of ``glossary.tsv`` (see ``search.glossary``).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from search.glossary import load_glossary, synonyms_from_glossary
from search.stemming import ACRONYMS

__all__ = [
    "DISPLAYED_ATTRIBUTES",
    "FILTERABLE_ATTRIBUTES",
    "INDEX_UID",
    "PRIMARY_KEY",
    "SEARCHABLE_ATTRIBUTES",
    "SORTABLE_ATTRIBUTES",
    "index_settings",
    "load_stop_words",
    "typo_free_words",
]

INDEX_UID = "releases"
PRIMARY_KEY = "id"

SEARCHABLE_ATTRIBUTES = ["title", "subtitle", "body", "title_stem", "body_stem", "tags", "source_name"]
FILTERABLE_ATTRIBUTES = [
    "source",
    "language",
    "published_at_ts",
    "year",
    "tags",
    "has_translation",
    "is_duplicate",
    "translation_group",
]
SORTABLE_ATTRIBUTES = ["published_at_ts"]
DISPLAYED_ATTRIBUTES = [
    "id",
    "source",
    "source_name",
    "language",
    "title",
    "subtitle",
    "body",
    "tags",
    "published_at",
    "published_at_ts",
    "year",
    "url",
    "has_translation",
    "translation_group",
    "translation_id",
    "is_duplicate",
]
RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness", "published_at_ts:desc"]


def load_stop_words() -> list[str]:
    """The combined stop-word list, lowercase, without comments or repeats, in file order."""
    text = resources.files("search").joinpath("stopwords.txt").read_text(encoding="utf-8")
    words: list[str] = []
    for line in text.splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#") and word not in words:
            words.append(word)
    return words


def typo_free_words() -> list[str]:
    """Acronyms Meilisearch must match exactly, as the lowercase words its tokenizer produces.

    A hyphenated acronym ("BI-Rate") is split like the tokenizer splits it; only its acronym parts
    ("bi") are listed, ordinary words ("rate") keep typo tolerance.
    """
    words: list[str] = []
    for acronym in ACRONYMS:
        parts = acronym.split("-")
        for part in parts:
            if len(parts) > 1 and part.upper() != part:
                continue
            word = part.lower()
            if word not in words:
                words.append(word)
    return words


def index_settings() -> dict[str, Any]:
    """The full settings object for ``PATCH /indexes/releases/settings`` (JSON-serialisable)."""
    return {
        "searchableAttributes": list(SEARCHABLE_ATTRIBUTES),
        "filterableAttributes": list(FILTERABLE_ATTRIBUTES),
        "sortableAttributes": list(SORTABLE_ATTRIBUTES),
        "displayedAttributes": list(DISPLAYED_ATTRIBUTES),
        "rankingRules": list(RANKING_RULES),
        "stopWords": load_stop_words(),
        "synonyms": synonyms_from_glossary(load_glossary()),
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            "disableOnNumbers": True,
            "disableOnWords": typo_free_words(),
            "disableOnAttributes": [],
        },
        "localizedAttributes": None,
        "faceting": {"maxValuesPerFacet": 200, "sortFacetValuesBy": {"*": "count"}},
        "pagination": {"maxTotalHits": 100_000},
        "proximityPrecision": "byWord",
    }
