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
published_month     "YYYY-MM", Asia/Jakarta (facet: timeline by month; null when undated)
published_day       "YYYY-MM-DD", Asia/Jakarta (facet: timeline by day and week; null when undated)
published_words     month (Indonesian and English name) and year, Asia/Jakarta: "Juli July 2023"
                    (searchable, low rank: a query naming a month finds releases that state it nowhere)
url                 canonical URL of the release
has_translation     bool: a paired release in the other language exists (filter, facet)
translation_group   id shared by a release and its translations (filter)
translation_id      id of the paired release in the other language, or null
partner_title       title of that paired release ("" if none): searchable, lowest attribute rank, so a
                    query in the partner's language matches the release by words (issue 15: tuning
                    nDCG@10 keyword 0.787 -> 0.822, hybrid 0.874 -> 0.888)
is_duplicate        bool: a near-duplicate of another release (filter; hidden by default)
revision_count      int: stored versions of the release (1 = never edited)
edited              bool: the agency made a meaningful edit after publication (filter: ``edited = true``)
removed             bool: the agency's page is gone, confirmed on two nights (filter: ``removed = true``)
attachment_text     text of the PDFs the release links to, one element per page (searchable, lowest
                    rank; displayed only because Meilisearch reports ``_matchesPosition`` for displayed
                    attributes: searches retrieve ``attachment_pages`` instead, and the element index in
                    ``_matchesPosition.attachment_text[].indices`` names the page)
attachment_pages    for each element of ``attachment_text``: attachment_id, url, title, page (displayed)
==================  =====================================================================

Choices worth explaining:

* **rankingRules** are Meilisearch's built-in rules with ``sort`` moved up to second place, plus
  ``published_at_ts:desc`` last. ``sort`` right after ``words``: an analyst who asks for "newest first"
  gets the releases matching the most query words in date order (with the default order ``sort`` only
  broke ties, so "newest" looked random). Without a ``sort`` parameter the rule does nothing and
  relevance decides. ``published_at_ts:desc`` comes last, so it only orders releases that are equally
  relevant by every other rule; agencies publish many near-identical releases (monthly inflation,
  weekly disaster updates) and among equally good matches the newer one wins. An empty query (browse
  mode) is therefore newest first.
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
* **faceting.maxValuesPerFacet** is 10,000 so the timeline's ``published_day`` facet holds 27 years of
  days; facet counts are exact (not capped by maxTotalHits), which is why the timeline uses them. The
  page's own facets (source, language, year) have few values, so nothing else changes.
* **typoTolerance** keeps the default thresholds, turns typos off on numbers (years, article numbers,
  figures) and on agency/domain acronyms, where a one-letter change is a different body (BPS vs BSSN,
  OJK vs OKI).
* **stopWords** come from ``stopwords.txt``: one combined Indonesian + English list, since Meilisearch has
  one list per index. Negations and numbers are deliberately absent.
* **synonyms** are the mutual pairs of ``glossary.tsv`` (see ``search.glossary``), plus the same pairs
  *stemmed* (``pencegahan``/``prevention`` → ``cegah``/``prevent``). The query builder
  (search/queries.py) searches a query word's stem, which matches the stem fields of releases in the
  query's language; the stemmed pair carries it to the stem fields of the other language, so "cegah"
  also finds an English release about "preventing". A stemmed key already present as an original
  glossary term keeps its original synonyms only (``inflasi`` stays ``inflation``).
* **translation_group** is filterable so that a search can ask for ``distinct: translation_group``
  ("both languages" mode) per query; there is no index-wide ``distinctAttribute``, because the default
  result lists every release in every language.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from search.abbreviations import abbreviation_synonyms
from search.glossary import GLOSSARY_PATH, cap_synonyms, load_glossary, synonyms_from_glossary
from search.stemming import ACRONYMS, stem_text

__all__ = [
    "DISPLAYED_ATTRIBUTES",
    "FILTERABLE_ATTRIBUTES",
    "INDEX_UID",
    "PRIMARY_KEY",
    "SEARCHABLE_ATTRIBUTES",
    "SORTABLE_ATTRIBUTES",
    "index_settings",
    "load_stop_words",
    "settings_differ",
    "typo_free_words",
]

INDEX_UID = "releases"
PRIMARY_KEY = "id"

SEARCHABLE_ATTRIBUTES = ["title", "subtitle", "body", "title_stem", "body_stem", "tags", "source_name",
                         "partner_title", "published_words", "attachment_text"]
FILTERABLE_ATTRIBUTES = [
    "source",
    "language",
    "published_at_ts",
    "year",
    "tags",
    "has_translation",
    "is_duplicate",
    "translation_group",
    "edited",  # changed by the agency after publication (a meaningful edit; search/documents.py)
    "removed",  # taken down from the agency's site (archive/changes.py)
    "published_month",  # timeline facets (search/timeline.py): uncapped counts per month / day
    "published_day",
    "id",  # saved searches look only at the releases new since their last run (archive/watches.py)
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
    "lead",
    "tags",
    "published_at",
    "published_at_ts",
    "year",
    "url",
    "has_translation",
    "translation_group",
    "translation_id",
    "translation_url",
    "is_duplicate",
    "revision_count",
    "edited",
    "removed",
    "attachment_pages",
    "attachment_text",  # for _matchesPosition; not in the attributes searches retrieve (search/queries.py)
]
RANKING_RULES = ["words", "sort", "typo", "proximity", "attribute", "exactness", "published_at_ts:desc"]


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


def stemmed_synonyms(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Glossary synonyms plus the stemmed glossary pairs (see module docstring), deterministic."""
    synonyms = synonyms_from_glossary(pairs)
    stemmed = [(stem_text(i, "id"), stem_text(e, "en")) for i, e in pairs]
    for key, values in synonyms_from_glossary([(i, e) for i, e in stemmed if i and e]).items():
        if key not in synonyms:
            synonyms[key] = values
    return dict(sorted(synonyms.items()))


def index_synonyms() -> dict[str, list[str]]:
    """The index's synonyms: :func:`stemmed_synonyms` of the glossary (not the query vocabulary, whose cost
    :data:`search.glossary.QUERY_VOCABULARY_PATH` explains), joined by the abbreviations' groups
    (search/abbreviations.py), under the same Meilisearch limits (keys of 1-3 words, 50 phrases / 100 words)."""
    groups = {key: set(values) for key, values in stemmed_synonyms(load_glossary(GLOSSARY_PATH)).items()}
    for key, values in abbreviation_synonyms().items():
        groups.setdefault(key, set()).update(values)
    return cap_synonyms(groups)


ORDERED_SETTINGS = frozenset({"searchableAttributes", "rankingRules", "displayedAttributes"})


def _canonical(value: Any, ordered: bool) -> Any:
    if isinstance(value, dict):
        return {k: _canonical(v, k in ORDERED_SETTINGS) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v, False) for v in value]
        return items if ordered or not all(isinstance(v, str) for v in items) else sorted(items)
    return value


def settings_differ(wanted: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """The setting names whose current value differs from ``wanted``.

    Meilisearch returns set-like settings (stop words, filterable attributes, typo-free words, synonym
    lists) sorted, so lists are compared as sets except where order means something (ranking rules,
    searchable attribute weights, displayed order). Comparing naively would re-send settings on every
    ``ensure_index`` and re-index the whole archive each time.
    """
    return [key for key, value in wanted.items()
            if _canonical(current.get(key), key in ORDERED_SETTINGS) != _canonical(value, key in ORDERED_SETTINGS)]


def index_settings() -> dict[str, Any]:
    """The full settings object for ``PATCH /indexes/releases/settings`` (JSON-serialisable)."""
    return {
        "searchableAttributes": list(SEARCHABLE_ATTRIBUTES),
        "filterableAttributes": list(FILTERABLE_ATTRIBUTES),
        "sortableAttributes": list(SORTABLE_ATTRIBUTES),
        "displayedAttributes": list(DISPLAYED_ATTRIBUTES),
        "rankingRules": list(RANKING_RULES),
        "stopWords": load_stop_words(),
        "synonyms": index_synonyms(),
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            "disableOnNumbers": True,
            "disableOnWords": typo_free_words(),
            "disableOnAttributes": [],
        },
        "localizedAttributes": None,
        "faceting": {"maxValuesPerFacet": 10_000, "sortFacetValuesBy": {"*": "count"}},
        "pagination": {"maxTotalHits": 100_000},
        "proximityPrecision": "byWord",
    }
