"""Abbreviations and their long forms (search/abbreviations.py): the file, the synonyms, the query's embedding
text and its word-for-word translation."""

from __future__ import annotations

import pytest

from search.abbreviations import abbreviation_synonyms, expand_abbreviations, load_abbreviations
from search.glossary import translate_query
from search.queries import embedding_text
from search.settings import index_settings

HEADER = "abbreviation\tindonesian\tenglish\n"


def test_every_province_of_indonesia_with_a_common_short_form_is_listed() -> None:
    shorts = {entry.short for entry in load_abbreviations()}
    assert {"jabar", "jateng", "jatim", "sumut", "sumbar", "sumsel", "kaltim", "kalbar", "kalsel", "kalteng",
            "kaltara", "sulsel", "sulteng", "sulut", "sultra", "sulbar", "ntb", "ntt", "kepri", "malut"} <= shorts


def test_the_agencies_siaran_crawls_are_listed_by_their_short_forms() -> None:
    by_short = {entry.short: entry for entry in load_abbreviations()}
    assert {"bnpt", "kemlu", "setkab", "bi", "bps", "bnpb", "polri"} <= set(by_short)
    assert by_short["bi"].english == "bank indonesia"
    assert expand_abbreviations("BI tahan suku bunga", "id") == "bank indonesia tahan suku bunga"


def test_no_short_form_is_an_ordinary_word_that_would_be_expanded_everywhere() -> None:
    # "as" (Amerika Serikat) and "sun" (Surat Utang Negara) would rewrite every English query holding them.
    shorts = {entry.short for entry in load_abbreviations()}
    assert not shorts & {"as", "sun", "in", "at", "on", "it", "us", "per", "dan", "di"}


@pytest.mark.parametrize("line, reason", [("jabar\tjawa barat\n", "expected"), ("ja bar\tjawa barat\twest java\n",
                                                                                   "one word")])
def test_a_malformed_line_names_its_line(tmp_path, line, reason) -> None:
    path = tmp_path / "abbreviations.tsv"
    path.write_text(HEADER + line, encoding="utf-8")
    with pytest.raises(ValueError, match=f"abbreviations.tsv:2: .*{reason}"):
        load_abbreviations(path)


def test_a_repeated_short_form_is_an_error(tmp_path) -> None:
    path = tmp_path / "abbreviations.tsv"
    path.write_text(HEADER + "jabar\tjawa barat\twest java\n# note\nJabar\tjawa barat\twest java\n", encoding="utf-8")
    with pytest.raises(ValueError, match="abbreviations.tsv:4: 'jabar' is listed twice"):
        load_abbreviations(path)


def test_each_form_is_a_synonym_of_the_other_two() -> None:
    groups = abbreviation_synonyms(load_abbreviations())
    assert groups["jabar"] == {"jawa barat", "west java"}
    assert groups["west java"] == {"jabar", "jawa barat"}
    assert groups["jawa barat"] == {"jabar", "west java"}


def test_the_index_settings_carry_the_abbreviations_beside_the_glossary() -> None:
    synonyms = index_settings()["synonyms"]
    assert synonyms["jabar"] == ["jawa barat", "west java"]
    assert "republik rakyat tiongkok" in synonyms["rrt"]
    assert "flood" in synonyms["banjir"]  # the glossary's own synonyms are still there
    for key, values in synonyms.items():  # Meilisearch's limits still hold
        assert len(key.split()) <= 3 and key not in values and len(values) <= 50
        assert sum(len(v.split()) for v in values) <= 100


def test_the_embedding_reads_the_long_form_in_the_query_language() -> None:
    assert expand_abbreviations("Banjir JABAR, juli 2024") == "Banjir jawa barat, juli 2024"
    assert expand_abbreviations("floods in jabar", "en") == "floods in west java"
    assert embedding_text("wisman asal RRT") == "wisatawan mancanegara asal republik rakyat tiongkok"
    assert embedding_text("Jabarkan banjir") == "Jabarkan banjir"  # whole words only


def test_the_translation_turns_short_and_long_forms_into_the_other_language() -> None:
    assert translate_query(["banjir", "jabar"], "id") == "flood west java"
    assert translate_query(["banjir", "di", "Jawa", "Barat"], "id") == "flood di west java"
    assert translate_query(["floods", "in", "West", "Java"], "en") == "banjir in jawa barat"
