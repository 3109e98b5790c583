"""Indonesian abbreviations and their long forms in both languages (``abbreviations.tsv``).

Why: analysts type the short forms every Indonesian reader knows ("banjir jabar", "wisman asal RRT",
"IHK maret 2022"), while releases often spell the name out ("Jawa Barat", "Republik Rakyat Tiongkok",
"Indeks Harga Konsumen"), and an English release spells it out in English ("West Java"). Neither typo
tolerance, stemming nor the embedding model bridges an abbreviation to its long form, so each line of the file
ties three forms together:

* as Meilisearch synonyms, each form maps to the other two (:func:`abbreviation_synonyms`), so a keyword
  search for any of them finds releases that use another, in either language;
* the embedding of a query reads the long form in the query's language (:func:`expand_abbreviations`):
  a multilingual model knows "Jawa Barat" and "West Java" are one place, not what "jabar" is;
* a query's word-for-word translation (search/glossary.py) turns the short form into the other language's
  long form.

The file is general knowledge written as a whole (all provinces, common state bodies and statistics), never
entries picked from judged queries. Short forms that are also ordinary words in either language stay out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from search.stemming import TOKEN_RE

__all__ = ["ABBREVIATIONS_PATH", "Abbreviation", "abbreviation_synonyms", "expand_abbreviations",
           "load_abbreviations"]

ABBREVIATIONS_PATH = Path(str(resources.files("search").joinpath("abbreviations.tsv")))


@dataclass(frozen=True)
class Abbreviation:
    short: str  # lowercase, one word
    indonesian: str  # the long form, lowercase
    english: str

    def long_form(self, language: str | None) -> str:
        """The long form in ``language`` ('en' or anything else: Indonesian, the short forms' own language)."""
        return self.english if language == "en" else self.indonesian


def load_abbreviations(path: Path | str | None = None) -> list[Abbreviation]:
    """The file's entries in order; a malformed line is an error naming the line, a repeated short form too."""
    source = Path(path or ABBREVIATIONS_PATH)
    entries: list[Abbreviation] = []
    seen: set[str] = set()
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [" ".join(f.lower().split()) for f in line.split("\t")]
        if len(fields) != 3 or not all(fields) or " " in fields[0]:
            raise ValueError(f"{source}:{lineno}: expected 'abbreviation<TAB>indonesian<TAB>english', "
                             "the abbreviation one word")
        if fields[0] in seen:
            raise ValueError(f"{source}:{lineno}: {fields[0]!r} is listed twice")
        seen.add(fields[0])
        entries.append(Abbreviation(*fields))
    return entries


@lru_cache(maxsize=1)
def _by_short() -> dict[str, Abbreviation]:
    return {entry.short: entry for entry in load_abbreviations()}


def abbreviation_synonyms(entries: list[Abbreviation] | None = None) -> dict[str, set[str]]:
    """Each form of each entry mapped to the entry's other forms (mutual synonyms, lowercase)."""
    groups: dict[str, set[str]] = {}
    for entry in entries if entries is not None else load_abbreviations():
        forms = {entry.short, entry.indonesian, entry.english}
        for form in forms:
            groups.setdefault(form, set()).update(forms - {form})
    return groups


def expand_abbreviations(q: str, language: str | None = None) -> str:
    """``q`` with every listed short form replaced by its long form in ``language`` (the query's language,
    Indonesian when unknown); other words, spacing and punctuation stay as typed."""
    table = _by_short()

    def replace(match: re.Match) -> str:
        entry = table.get(match.group().lower())
        return entry.long_form(language) if entry is not None else match.group()

    return TOKEN_RE.sub(replace, q or "")
