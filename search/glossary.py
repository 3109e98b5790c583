"""Bilingual (Indonesian <-> English) domain glossary and the Meilisearch synonyms built from it.

``glossary.tsv`` holds one pair per line, ``indonesian<TAB>english``, after a header line. Terms may be
multi-word. ``query_vocabulary.tsv`` holds more pairs in the same form that everything reads except the index's
synonyms (:data:`QUERY_VOCABULARY_PATH`). An English term may have more than one Indonesian equivalent (``kerja sama`` and ``kerjasama``
both mean "cooperation"); the Indonesian side is unique.

Meilisearch limits that shape :func:`synonyms_from_glossary` (see /work/shared/NOTES.md):
- only query terms of 1-3 words trigger a synonym lookup, so longer terms are not used as keys (they may
  still appear as a synonym of a shorter term);
- at most 50 synonym phrases (and 100 words) are derived from one word, so each key keeps at most
  :data:`MAX_SYNONYMS_PER_KEY` phrases and :data:`MAX_WORDS_PER_KEY` words.

The same pairs also translate a query word for word (:func:`translate_query`): hybrid search embeds the
translation for the list of releases in the other language (search/queries.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = [
    "GLOSSARY_PATH",
    "MAX_KEY_WORDS",
    "MAX_SYNONYMS_PER_KEY",
    "MAX_WORDS_PER_KEY",
    "QUERY_VOCABULARY_PATH",
    "cap_synonyms",
    "load_glossary",
    "synonyms_from_glossary",
    "translate_query",
]

GLOSSARY_PATH = Path(str(resources.files("search").joinpath("glossary.tsv")))
# Pairs that translate queries, state concepts and correct typos, but are no Meilisearch synonyms: every synonym
# enlarges the query graph Meilisearch builds, and as synonyms the 2,005 pairs of the third and fourth vocabulary
# batches doubled query latency (keyword 60 -> 113 ms, hybrid 195 -> 330 ms per query) without changing a hybrid
# figure, which comes from the translated query and the concept count (benchmarks/results/relevance.md, session 10).
QUERY_VOCABULARY_PATH = Path(str(resources.files("search").joinpath("query_vocabulary.tsv")))
MAX_KEY_WORDS = 3
MAX_SYNONYMS_PER_KEY = 50
MAX_WORDS_PER_KEY = 100


def _normalise(term: str) -> str:
    return " ".join(term.lower().split())


def load_glossary(path: Path | str | None = None) -> list[tuple[str, str]]:
    """Return the pairs ``(indonesian, english)`` of ``path``, or of the glossary and the query vocabulary,
    lowercased, in file order, without repeats."""
    paths = [Path(path)] if path else [GLOSSARY_PATH, QUERY_VOCABULARY_PATH]
    pairs: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for source in paths:
        for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines()[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
                raise ValueError(f"{source}:{lineno}: expected 'indonesian<TAB>english'")
            pair = (_normalise(fields[0]), _normalise(fields[1]))
            if pair not in seen:
                seen.add(pair)
                pairs.append(pair)
    return pairs


def synonyms_from_glossary(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Mutual synonyms for Meilisearch: each side of a pair maps to the other(s).

    Keys are lowercase and 1-3 words long; values are unique, never the key itself, capped at 50
    phrases / 100 words per key. Keys and values are sorted so the settings are deterministic.
    """
    groups: dict[str, set[str]] = {}
    for indonesian, english in pairs:
        a, b = _normalise(indonesian), _normalise(english)
        if a == b:
            continue
        groups.setdefault(a, set()).add(b)
        groups.setdefault(b, set()).add(a)
    return cap_synonyms(groups)


def cap_synonyms(groups: dict[str, set[str]]) -> dict[str, list[str]]:
    """``groups`` within Meilisearch's limits: keys of 1-3 words, values sorted, never the key itself, at most
    50 phrases / 100 words per key; keys sorted so the settings are deterministic."""
    synonyms: dict[str, list[str]] = {}
    for key in sorted(groups):
        if len(key.split()) > MAX_KEY_WORDS:
            continue
        values: list[str] = []
        words = 0
        for value in sorted(groups[key] - {key}):
            n = len(value.split())
            if len(values) >= MAX_SYNONYMS_PER_KEY or words + n > MAX_WORDS_PER_KEY:
                break
            values.append(value)
            words += n
        if values:
            synonyms[key] = values
    return synonyms


@lru_cache(maxsize=1)
def _translations() -> dict[str, dict[str, str]]:
    """Per source language ('id', 'en'): glossary phrase -> its first equivalent in the other language, under
    the phrase as written and under its stemmed form (so "floods" and "banjirnya" find "flood", "banjir"), and
    the same for abbreviations and their long forms."""
    from search.abbreviations import load_abbreviations
    from search.stemming import stem_text

    table: dict[str, dict[str, str]] = {"id": {}, "en": {}}
    entries = [(lang, phrase, other) for indonesian, english in load_glossary()
               for lang, phrase, other in (("id", indonesian, english), ("en", english, indonesian))]
    # Then the abbreviations (search/abbreviations.py): a short form reads as the other language's long form,
    # and the long forms translate each other ("jabar", "jawa barat" -> "west java"). Glossary terms win.
    for entry in load_abbreviations():
        entries += [("id", entry.short, entry.english), ("en", entry.short, entry.indonesian),
                    ("id", entry.indonesian, entry.english), ("en", entry.english, entry.indonesian)]
    for lang, phrase, other in entries:  # every phrase as written first: a stem never shadows a glossary term
        table[lang].setdefault(phrase, other)
    for lang, phrase, other in entries:
        table[lang].setdefault(stem_text(phrase, lang), other)
    return table


def translate_query(words: list[str], language: str) -> str | None:
    """``words`` (a query's words, in order) with every glossary phrase of ``language`` replaced by its
    equivalent in the other language, longest phrase first; the other words (names, places, numbers) stay.
    None when no phrase matched: there is nothing to translate.

    A word-for-word, code-mixed translation ("floods in Solo" -> "banjir in Solo") is enough for a
    multilingual embedding model, which reads mixed text and keeps the names that carry the query.
    """
    table = _translations().get(language)
    if not table:
        return None
    from search.stemming import stem_text

    lowered = [w.lower() for w in words]
    stemmed = [stem_text(w, language) for w in words]
    longest = max((len(k.split()) for k in table), default=0)
    out: list[str] = []
    i, matched = 0, False
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(lowered[i:i + n])
            stems = " ".join(stemmed[i:i + n])
            if phrase in table or stems in table:
                out.append(table.get(phrase) or table[stems])
                i, matched = i + n, True
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out) if matched else None
