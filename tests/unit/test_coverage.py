"""The query concepts a release states (search/coverage.py): what hybrid fusion breaks ties of rank with."""

from search.coverage import concept_forms, stated_concepts
from search.documents import LEAD_CHARS, lead_of


def test_a_glossary_phrase_is_one_concept_with_its_translation_and_function_words_are_none() -> None:
    concepts = concept_forms("korban tanah longsor di Ambon")
    assert len(concepts) == 3  # korban, tanah longsor, ambon; "di" is a function word
    assert ["landslide"] in concepts[1] and ["tanah", "longsor"] in concepts[1]
    assert concepts[2] == [["ambon"]]


def test_a_release_states_a_concept_in_either_language_and_in_any_inflection() -> None:
    concepts = concept_forms("longsor di ambon")
    english = "Search Teams Look for 12 Landslide Victims in Ambon"
    other_place = "Tim SAR Gabungan Cari 3 Korban Tanah Longsor di Dumai"
    assert stated_concepts(concepts, english) == 2
    assert stated_concepts(concepts, other_place) == 1
    assert stated_concepts(concept_forms("mengevakuasi warga"), "Evakuasi Warga Terdampak Banjir") == 2


def test_abbreviations_and_months_are_stated_by_their_long_forms_in_both_languages() -> None:
    assert stated_concepts(concept_forms("banjir jabar"), "Floods in West Java") == 2
    assert stated_concepts(concept_forms("inflasi juli 2023"), "Inflation eases, July 2023") == 2
    assert stated_concepts(concept_forms("inflasi juli 2023"), "Inflation eases, June 2023") == 1


def test_a_month_and_its_year_are_one_concept_stated_only_together() -> None:
    concepts = concept_forms("inflasi februari 2025")
    assert len(concepts) == 2
    assert stated_concepts(concepts, "Inflasi Februari February 2025") == 2
    assert stated_concepts(concepts, "Inflasi Februari February 2023") == 1  # the month alone states no date
    assert stated_concepts(concepts, "Inflasi Oktober October 2025") == 1  # nor does the year alone
    assert len(concept_forms("banjir 2025")) == 2 and len(concept_forms("2025 februari")) == 2  # a year alone stays


def test_a_word_only_in_part_of_a_phrase_does_not_state_the_phrase() -> None:
    concepts = concept_forms("suku bunga")  # interest rate
    assert stated_concepts(concepts, "Suku Dayak merayakan") == 0
    assert stated_concepts(concepts, "BI holds its interest rate") == 1


def test_the_lead_is_the_body_head_cut_at_a_word() -> None:
    body = "kata " * 200
    lead = lead_of(body)
    assert len(lead) <= LEAD_CHARS and lead.endswith("kata") and body.startswith(lead)
    assert lead_of("pendek") == "pendek"
