"""Typo correction of query words towards glossary terms (search/spelling.py)."""

from __future__ import annotations

from search.spelling import correct_query, correction_for, glossary_vocabulary


def never_used(forms: list[str]) -> dict[str, int]:
    return dict.fromkeys(forms, 0)


def test_a_typo_one_edit_from_one_glossary_term_is_corrected() -> None:
    assert {"banjir", "kekeringan", "earthquake", "flood"} <= glossary_vocabulary()
    assert correction_for("bnajir") == "banjir"  # a transposition is one edit
    assert correction_for("kekeringn") == "kekeringan"
    assert correction_for("eartquake") == "earthquake"
    assert correct_query("Bnajir di Poso, 2023", never_used) == "banjir di Poso, 2023"


def test_short_words_terms_and_far_or_ambiguous_words_stay() -> None:
    assert correction_for("gemp") is None  # under 5 letters: Meilisearch allows no typo either
    assert correction_for("banjir") is None  # a term itself
    assert correction_for("survivors") is None  # an inflection of the term "survivor", not a typo
    assert correction_for("perakitan") is None  # two edits from "perwakilan" at 9 letters: too far to replace
    assert correction_for("xanjir") is None  # a first-letter change is never corrected
    assert correction_for("bantuan2") is None  # not a plain word


def test_a_word_the_archive_uses_in_any_form_is_never_corrected() -> None:
    asked: list[list[str]] = []

    def archive_has_stem(forms: list[str]) -> dict[str, int]:
        asked.append(forms)
        return {f: (3 if f == "bnajir" else 0) for f in forms}

    assert correct_query("bnajir solo", archive_has_stem) == "bnajir solo"
    assert asked and "bnajir" in asked[0]


def test_no_request_is_made_when_no_word_has_a_candidate() -> None:
    def fail(forms: list[str]) -> dict[str, int]:
        raise AssertionError(f"asked for {forms}")

    # place names far from every glossary term ("Medan" is one edit from the vocabulary's "medal")
    assert correct_query("Makassar Jayapura 2023", fail) == "Makassar Jayapura 2023"
