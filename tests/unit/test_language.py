"""Language identification: Indonesian, English, mixed or unknown; and the LanguagePipeline."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipelines.language import LANGUAGES, LanguagePipeline, detect_language
from tests.fakes import FakeStats

LABELLED = Path(__file__).resolve().parents[1] / "data" / "langid_paragraphs.tsv"


def load_labelled() -> list[tuple[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as f:
        return [(row["label"], row["text"]) for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


ROWS = load_labelled()

# From the seed release: Indonesian prose carrying long English event and institution names.
SEED_EXCERPT = (
    "Surabaya – Perwakilan Badan Nasional Penanggulangan Terorisme (BNPT)RI hadir dan berpartisipasi aktif "
    "dalam lokakarya internasional “Enhancing National-Local Coordination on Prevention, Preparedness and "
    "Response to Radicalization and Terrorist Attacks” yang diselenggarakan oleh International Institute "
    "for Justice and the Rule of Law (IIJ) yang bekerjasama dengan Strong Cities Network (SCN) di Surabaya, "
    "pada tanggal 26 -28 Juli 2022.\n\n"
    "Acara dibuka oleh Thomas Wuchte, Executive Secretary of the IIJ, yang menjelaskan dalam sambutannya "
    "bahwa lokakarya ini dapat meningkatkan kolaborasi dan koordinasi antara pemangku kepentingan baik di "
    "tingkat nasional dan daerah dalam mengantisipasi terjadinya serangan teror hingga menangani dampak "
    "pasca teror."
)


def texts(label: str, max_words: int | None = None, min_words: int | None = None) -> list[str]:
    out = [t for lab, t in ROWS if lab == label]
    if max_words is not None:
        out = [t for t in out if len(t.split()) <= max_words]
    if min_words is not None:
        out = [t for t in out if len(t.split()) >= min_words]
    return out


# --- the labelled set ----------------------------------------------------------------------------------


def test_labelled_set_has_the_expected_composition():
    counts: dict[str, int] = {}
    for label, _ in ROWS:
        counts[label] = counts.get(label, 0) + 1
    assert len(ROWS) >= 220
    assert counts["id"] >= 100 and counts["en"] >= 90 and counts["mixed"] >= 10 and counts["ms"] >= 10
    assert len(texts("id", max_words=8)) >= 15 and len(texts("en", max_words=8)) >= 15
    assert len({t for _, t in ROWS}) == len(ROWS), "duplicate texts in the labelled set"


def test_accuracy_on_labelled_indonesian_english_and_mixed_is_at_least_99_percent():
    scored = [(label, text) for label, text in ROWS if label in ("id", "en", "mixed")]
    errors = [(label, detect_language(text), text[:80]) for label, text in scored]
    errors = [e for e in errors if e[0] != e[1]]
    accuracy = 1 - len(errors) / len(scored)
    print(f"\nlanguage id accuracy: {accuracy:.2%} on {len(scored)} labelled texts; errors: {errors}")
    assert accuracy >= 0.99


def test_malay_is_reported_as_indonesian_and_never_as_english():
    results = [detect_language(t) for t in texts("ms")]
    assert "en" not in results
    assert set(results) == {"id"}


# --- short texts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Inflasi Juli Terkendali", "BI Pertahankan Suku Bunga Acuan",
                                   "Kepala BNPT Kunjungi Poso", "Jokowi Kunjungi Papua"])
def test_short_indonesian_titles(title):
    assert detect_language(title) == "id"


@pytest.mark.parametrize("title", ["Inflation Remains Under Control", "Bank Indonesia Holds Policy Rate",
                                   "BNPT Chief Visits Bali", "Jokowi Visits Papua"])
def test_short_english_titles(title):
    assert detect_language(title) == "en"


def test_every_labelled_title_gets_its_language():
    for label in ("id", "en"):
        for title in texts(label, max_words=8):
            assert detect_language(title) == label, title


@pytest.mark.parametrize("text", ["", "   \n\n ", "\u200b", "2024", "12/03/2024 14:30 WIB", "Rp 1.234.567",
                                  "BNPT", "Siaran", "– * –"])
def test_empty_numeric_or_one_word_text_is_unknown(text):
    assert detect_language(text) == "unknown"


def test_result_is_always_one_of_the_four_labels():
    samples = [t for _, t in ROWS[::10]] + ["", "OK", "Jakarta, 12 Maret 2024"]
    assert {detect_language(t) for t in samples} <= set(LANGUAGES)


# --- longer texts and "mixed" ------------------------------------------------------------------------


def test_indonesian_release_with_english_names_is_indonesian_not_mixed():
    assert detect_language(SEED_EXCERPT) == "id"


def test_release_with_one_english_quote_among_indonesian_paragraphs_stays_indonesian():
    body = "\n\n".join(texts("id", min_words=25)[:5] + texts("en", min_words=25)[:1])
    assert detect_language(body) == "id"


def test_release_with_one_indonesian_paragraph_among_english_ones_stays_english():
    body = "\n\n".join(texts("id", min_words=25)[:1] + texts("en", min_words=25)[:5])
    assert detect_language(body) == "en"


def test_bilingual_release_with_both_versions_is_mixed():
    body = "\n\n".join(texts("id", min_words=25)[10:13] + texts("en", min_words=25)[10:13])
    assert detect_language(body) == "mixed"


# --- LanguagePipeline ----------------------------------------------------------------------------------


class FakeCrawler:
    def __init__(self) -> None:
        self.stats = FakeStats()


class FakeSpider:
    def __init__(self) -> None:
        self.crawler = FakeCrawler()


def make_item(**fields):
    item = {"url": "https://bnpt.go.id/x", "title": "Inflasi Juli Terkendali", "language": "id",
            "body": texts("id", min_words=25)[0], "detected_language": None}
    item.update(fields)
    return item


def test_pipeline_sets_detected_language_from_title_and_body():
    item = LanguagePipeline().process_item(make_item(), FakeSpider())
    assert item["detected_language"] == "id"


def test_pipeline_fills_in_a_missing_declared_language():
    item = LanguagePipeline().process_item(
        make_item(language=None, title="Inflation Remains Under Control", body=texts("en", min_words=25)[0])
    )
    assert item["language"] == "en"


def test_pipeline_leaves_missing_language_unset_when_detection_is_unknown():
    item = LanguagePipeline().process_item(make_item(language=None, title="2024", body="12/03/2024"))
    assert item["detected_language"] == "unknown"
    assert item["language"] is None


def test_pipeline_counts_a_disagreement_with_the_declared_language():
    spider = FakeSpider()
    item = LanguagePipeline().process_item(make_item(language="en"), spider)
    assert item["language"] == "en"  # the declared value is kept; the disagreement is only counted
    assert spider.crawler.stats.values == {"siaran/language_mismatch": 1}


def test_pipeline_does_not_count_agreement():
    spider = FakeSpider()
    LanguagePipeline().process_item(make_item(language="id"), spider)
    assert spider.crawler.stats.values == {}


def test_pipeline_uses_stats_from_from_crawler_without_a_spider():
    crawler = FakeCrawler()
    LanguagePipeline.from_crawler(crawler).process_item(make_item(language="en"))
    assert crawler.stats.values == {"siaran/language_mismatch": 1}


def test_pipeline_works_on_the_release_item_dataclass():
    from scraper.items import ReleaseItem

    item = ReleaseItem(source="bi", url="https://bi.go.id/x", title="Bank Indonesia Holds Policy Rate",
                       body=texts("en", min_words=25)[3])
    LanguagePipeline().process_item(item)
    assert (item.detected_language, item.language) == ("en", "en")
