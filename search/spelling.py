"""Typo correction of query words towards the glossary's terms, before the query is searched.

Why: Meilisearch's typo tolerance already lets "kekeringn" match "kekeringan" in a release's text, but
nothing downstream of the typed word sees that: the glossary's synonyms and the query's word-for-word
translation (search/glossary.py) look up the word as typed, so "flods poso" never reaches an Indonesian
release about "banjir", and the embedding model reads a word it does not know. Correcting the word first puts
all three back to work.

A word is corrected only when every test holds, so that names and rare real words stay as typed:

* it is at least 5 letters long, not itself a glossary or abbreviation term, and not an inflection of one
  (its stem is not a term: "survivors" is left to the stem fields);
* exactly one such term is nearest to it within a typo budget (1 edit from 5 letters, 2 from 12: stricter
  than Meilisearch's 2 from 9, since a correction replaces the word; a transposition is one edit), starting
  with the same letter, as Meilisearch charges a first-letter typo double;
* the archive never uses the word, in any form: an exact (phrase) search for it and for its stems finds no
  release. "tangkap" is near "tanggap" but releases have it in their stem fields, so it stays.

Measured on the judged sets (benchmarks/results/relevance.md).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from search.stemming import TOKEN_RE

__all__ = ["MIN_WORD_LENGTH", "correct_query", "correction_for", "glossary_vocabulary"]

MIN_WORD_LENGTH = 5  # Meilisearch's minWordSizeForTypos.oneTypo (search/settings.py)
# Two edits only from 12 letters, not Meilisearch's 9: matching a release with two typos costs a little rank,
# correcting a word changes what is searched ("perakitan" is two edits from "perwakilan").
TWO_TYPOS_LENGTH = 12


@lru_cache(maxsize=1)
def glossary_vocabulary() -> frozenset[str]:
    """Every word of the glossary's and the abbreviations' terms, in both languages (lowercase, 4+ letters)."""
    from search.abbreviations import load_abbreviations
    from search.glossary import load_glossary

    words: set[str] = set()
    for indonesian, english in load_glossary():
        words.update(indonesian.replace("-", " ").split())
        words.update(english.replace("-", " ").split())
    for entry in load_abbreviations():
        words.add(entry.short)
        words.update(entry.indonesian.replace("-", " ").split())
        words.update(entry.english.replace("-", " ").split())
    return frozenset(w for w in words if len(w) >= 4)


@lru_cache(maxsize=4096)
def correction_for(word: str) -> str | None:
    """The one glossary word nearest to ``word`` within Meilisearch's typo budget, or None (module docstring)."""
    from search.stemming import stem_text

    word = word.lower()
    vocabulary = glossary_vocabulary()
    if len(word) < MIN_WORD_LENGTH or word in vocabulary or not word.isalpha():
        return None
    if stem_text(word, "en") in vocabulary or stem_text(word, "id") in vocabulary:
        return None  # an inflected term ("survivors", "banjirnya"): the stem fields and the glossary's stems match it
    budget = 1 if len(word) < TWO_TYPOS_LENGTH else 2
    best: list[str] = []
    best_distance = budget + 1
    for term in vocabulary:
        if term[0] != word[0] or abs(len(term) - len(word)) > budget:
            continue
        distance = DamerauLevenshtein.distance(word, term, score_cutoff=budget)  # budget + 1 when beyond it
        if distance > budget:
            continue
        if distance < best_distance:
            best, best_distance = [term], distance
        elif distance == best_distance:
            best.append(term)
    return best[0] if len(best) == 1 else None


def correct_query(q: str, exact_counts) -> str:
    """``q`` with each correctable word replaced by its glossary term; other text stays as typed.

    ``exact_counts(forms)`` returns, for each form, how many releases contain it exactly (see
    search/queries.py :func:`exact_counts`); it is called once, and only when some word has a candidate.
    """
    from search.stemming import stem_text

    candidates = {m.group().lower(): term for m in TOKEN_RE.finditer(q or "")
                  if (term := correction_for(m.group())) is not None}
    if not candidates:
        return q
    forms = {word: {f for f in (word, stem_text(word, "id"), stem_text(word, "en")) if f} for word in candidates}
    counts = exact_counts(sorted(set().union(*forms.values())))
    unused = {word: term for word, term in candidates.items() if not any(counts.get(f, 0) for f in forms[word])}
    if not unused:
        return q
    return TOKEN_RE.sub(lambda m: unused.get(m.group().lower(), m.group()), q)
