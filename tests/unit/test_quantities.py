"""Conditions on numbers in queries and the numbers releases state (search/quantities.py), and how the fusion's
concept count uses them (search/coverage.py)."""

import pytest

from search.coverage import concept_forms, stated_concepts
from search.quantities import Comparison, find_comparisons, parse_number, quantities


@pytest.mark.parametrize(("written", "value"), [
    (("10.000", None, None), 10000.0), (("10,000", None, None), 10000.0), (("3,5", None, None), 3.5),
    (("3.5", None, None), 3.5), (("1.250.000", None, None), 1250000.0), (("5,2", None, "miliar"), 5.2e9),
    ((None, "lima", None), 5.0), ((None, "a", "million"), 1e6), ((None, "a", None), None),
])
def test_numbers_are_read_in_both_notations(written, value) -> None:
    assert parse_number(*written) == value


def test_comparisons_in_either_language_with_their_operator() -> None:
    assert [c for _, _, c in find_comparisons("floods that displaced more than 10,000 people")] == [
        Comparison(">", 10000.0, False)]
    assert [c.operator for _, _, c in find_comparisons("inflasi di bawah 2 persen, sedikitnya 5 orang")] == ["<", ">="]
    assert [(c.value, c.currency) for _, _, c in find_comparisons("dana lebih dari Rp5 miliar")] == [(5e9, True)]
    assert find_comparisons("banjir bandang 2024 lebih parah") == []  # no number after the comparator


def test_a_release_states_numbers_with_the_words_after_them_but_no_date_parts() -> None:
    found = quantities("Jakarta, Senin (14/10/2024) – Banjir pada 12 Oktober 2024 membuat 12.500 jiwa mengungsi.")
    assert [(q.value, q.following[0]) for q in found] == [(12500.0, "jiwa")]


def test_a_comparison_is_one_concept_stated_by_a_number_that_satisfies_it_with_the_unit() -> None:
    concepts = concept_forms("floods that displaced more than 10,000 people")
    comparison = next(c for c in concepts if isinstance(c, Comparison))
    assert comparison.value == 10000.0 and ("people",) in comparison.unit
    # the unit is a person count in either language; the number must hold and stand before the unit
    assert stated_concepts([comparison], "Banjir di Bekasi membuat 12.500 warga mengungsi") == 1
    assert stated_concepts([comparison], "Banjir di Bekasi membuat 8.500 warga mengungsi") == 0
    assert stated_concepts([comparison], "Banjir merendam 12.500 rumah dan 300 warga mengungsi") == 0
    assert stated_concepts([comparison], "Floods displaced more than 15,000 residents in Bekasi") == 1


def test_the_digits_of_a_threshold_no_longer_count_as_words() -> None:
    concepts = concept_forms("kebakaran lahan lebih dari 10.000 hektare")
    # before, "10" and "000" were two concepts: a release with "kurang dari 10.000 hektare" stated both
    assert stated_concepts(concepts, "Kebakaran lahan 12.400 hektare di Riau") == 3
    assert stated_concepts(concepts, "Kebakaran lahan kurang dari 10.000 hektare di Riau") == 2


def test_money_needs_a_currency_and_a_threshold_at_the_end_takes_the_word_before_as_unit() -> None:
    money = next(c for c in concept_forms("dana teror lebih dari Rp5 miliar dibekukan") if isinstance(c, Comparison))
    assert money.unit == ()
    assert stated_concepts([money], "PPATK membekukan dana Rp7,2 miliar milik jaringan teror") == 1
    assert stated_concepts([money], "PPATK memeriksa 7 miliar transaksi") == 0
    bare = next(c for c in concept_forms("NTP di bawah 110") if isinstance(c, Comparison))
    assert stated_concepts([bare], "NTP Mei 2024 sebesar 116,71") == 0
    assert stated_concepts([bare], "NTP Mei 2024 sebesar 108,4") == 1
    assert stated_concepts([bare], "NTP naik; inflasi Mei 2024 sebesar 2,8 persen") == 0  # 2.8 is no NTP
    rupiah = next(c for c in concept_forms("fraud losses above 1 trillion rupiah") if isinstance(c, Comparison))
    assert rupiah.currency and stated_concepts([rupiah], "kerugian mencapai Rp1,8 triliun dari 25.000 anggota") == 1


def test_a_unit_between_comparator_and_number_and_victims_as_people() -> None:
    magnitude = next(c for c in concept_forms("gempa di atas magnitudo 6") if isinstance(c, Comparison))
    assert magnitude.unit == (("magnitudo",),)
    assert stated_concepts([magnitude], "Gempa bumi magnitudo 6,2 mengguncang Majene") == 1
    assert stated_concepts([magnitude], "Gempa magnitudo 5,6 di kedalaman 10 km") == 0
    killed = next(c for c in concept_forms("landslides that killed more than 25 people") if isinstance(c, Comparison))
    assert stated_concepts([killed], "Longsor: 27 korban meninggal di Gorontalo") == 1


def test_a_percent_sign_is_the_unit_percent_in_query_and_release() -> None:
    rate = next(c for c in concept_forms("suku bunga acuan BI di bawah 6 persen") if isinstance(c, Comparison))
    assert stated_concepts([rate], "BI-Rate Turun Menjadi 5,75%") == 1
    assert stated_concepts([rate], "BI-Rate Naik Menjadi 6,25%") == 0
    signed = next(c for c in concept_forms("inflasi di atas 3%") if isinstance(c, Comparison))
    assert stated_concepts([signed], "Inflasi Maret 2024 sebesar 3,05 persen") == 1


def test_a_number_the_query_names_is_one_value_in_either_notation_not_its_digits() -> None:
    concepts = concept_forms("inflasi agustus 2024 2,12 persen")
    number = next(c for c in concepts if isinstance(c, Comparison))
    assert (number.operator, number.value) == ("=", 2.12) and ("percent",) in number.unit
    assert [["2"]] not in concepts and [["12"]] not in concepts  # "2,12" is not the words 2 and 12
    assert stated_concepts([number], "Inflation in August 2024 was 2.12% year on year") == 1
    assert stated_concepts([number], "Inflasi Agustus 2024 tercatat 2,12 persen (yoy)") == 1
    # a release with a 2 and a 12 somewhere, or with 2,12 of another unit, does not state it
    assert stated_concepts([number], "inflasi 2 persen di 12 kota; harga naik Rp2,12 ribu") == 0


def test_amounts_and_counts_in_words_equal_their_figures_and_years_stay_dates() -> None:
    money = next(c for c in concept_forms("kewajiban Rp412 miliar") if isinstance(c, Comparison))
    assert money == Comparison("=", 412e9, True)
    assert stated_concepts([money], "liabilities of IDR 412 billion") == 1
    assert stated_concepts([money], "liabilities of IDR 41.2 billion") == 0
    count = next(c for c in concept_forms("180 ribu konten radikal") if isinstance(c, Comparison))
    assert stated_concepts([count], "BNPT menurunkan 180.000 konten bermuatan radikal") == 1
    # a year and a day of the month are no numbers to compare: they stay words, the year joined to its month
    assert not any(isinstance(c, Comparison) for c in concept_forms("banjir 17 agustus 2024"))
