"""The loanword key: an English word and its Indonesian loanword share one spelling (search/loanwords.py)."""

import pytest

from search.coverage import concept_forms, stated_concepts
from search.loanwords import loan_key


@pytest.mark.parametrize(("english", "indonesian"), [
    ("inflation", "inflasi"), ("national", "nasional"), ("dialogue", "dialog"), ("seismograph", "seismograf"),
    ("terrorism", "terorisme"), ("radicalism", "radikalisme"), ("deportation", "deportasi"),
    ("immigration", "imigrasi"), ("university", "universitas"), ("vaccination", "vaksinasi"),
    ("technology", "teknologi"), ("economy", "ekonomi"), ("subsidy", "subsidi"), ("public", "publik"),
    ("active", "aktif"), ("commission", "komisi"), ("television", "televisi"), ("concession", "konsesi"),
])
def test_an_english_word_and_its_loanword_share_a_key(english: str, indonesian: str) -> None:
    assert loan_key(english) == loan_key(indonesian) is not None


@pytest.mark.parametrize(("one", "other"), [("police", "polisi"), ("security", "keamanan"), ("flood", "banjir"),
                                            ("election", "pemilu")])
def test_words_that_are_not_spelt_alike_keep_different_keys(one: str, other: str) -> None:
    assert loan_key(one) != loan_key(other)


def test_short_words_and_words_with_digits_get_no_key() -> None:
    """Short words collide across the languages ("case", "can"); a code like "covid19" is no loanword."""
    assert loan_key("case") is None and loan_key("can") is None and loan_key("covid19") is None


def test_a_release_states_a_query_word_through_its_loanword() -> None:
    """An English query's "national dialogue" is stated by the Indonesian "dialog nasional", in the concept count
    the hybrid fusion orders its first ranks by."""
    concepts = concept_forms("national dialogue in Bima")
    assert stated_concepts(concepts, "Sekolah Damai di Bima: dialog nasional bersama pelajar") == 3
    assert stated_concepts(concepts, "Sekolah Damai di Bima bersama pelajar") == 1
