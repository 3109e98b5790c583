"""Translation pairing (archive/pairing.py) on a hand-written labelled set and on small snippets."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive.pairing import (
    PAIR_MARGIN,
    PAIR_THRESHOLD,
    Pair,
    PairCandidate,
    _parse_number,
    content_score,
    link_pairs,
    pair_releases,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "translation_pairs.json"
WIB = timezone(timedelta(hours=7))


def load_set(*, with_metadata: bool) -> tuple[list[PairCandidate], set[tuple[int, int]]]:
    """The labelled releases; without metadata only content can pair them (the Setkab situation)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    items = [
        PairCandidate(
            id=r["id"],
            source=r["source"],
            language=r["language"],
            title=r["title"],
            body=r["body"],
            published_at=datetime.fromisoformat(r["published_at"]),
            url=r["url"],
            external_id=r["external_id"] if with_metadata else None,
            alternate_urls=dict(r["alternate_urls"]) if with_metadata else {},
        )
        for r in raw["releases"]
    ]
    return items, {tuple(p) for p in raw["pairs"]}


def precision_recall(pairs: list[Pair], gold: set[tuple[int, int]]) -> tuple[float, float]:
    predicted = {(p.id_release, p.en_release) for p in pairs}
    hits = len(predicted & gold)
    return (hits / len(predicted) if predicted else 1.0), hits / len(gold)


def release(
    id: int,
    language: str,
    title: str,
    body: str,
    day: int,
    *,
    source: str = "setkab",
    url: str | None = None,
    external_id: str | None = None,
    alternate_urls: dict[str, str] | None = None,
) -> PairCandidate:
    return PairCandidate(
        id=id,
        source=source,
        language=language,
        title=title,
        body=body,
        published_at=datetime(2024, 3, day, 10, tzinfo=WIB),
        url=url or f"https://example.go.id/{language}/{id}/",
        external_id=external_id,
        alternate_urls=alternate_urls or {},
    )


RATE_ID = (
    "BI-Rate Tetap 5,75%",
    (
        "No.25/14/DKom\n\nRapat Dewan Gubernur Bank Indonesia pada 15-16 Maret 2024 memutuskan mempertahankan "
        "BI-Rate sebesar 5,75%. Bank Indonesia menyiapkan uang tunai Rp 1,2 triliun dan 1.250 titik layanan."
    ),
)
RATE_EN = (
    "BI-Rate Held at 5.75%",
    (
        "No.25/14/DKom\n\nThe Bank Indonesia Board of Governors Meeting on March 15-16, 2024 decided to hold the "
        "BI-Rate at 5.75%. Bank Indonesia has prepared IDR 1.2 trillion in cash and 1,250 service points."
    ),
)
OTHER_RATE_EN = (
    "BI-Rate Held at 6.75%",
    (
        "No.25/44/DKom\n\nThe Bank Indonesia Board of Governors Meeting on April 17-18, 2024 decided to hold the "
        "BI-Rate at 6.75%. Bank Indonesia has prepared IDR 3.4 trillion in cash and 2,900 service points."
    ),
)


# ------------------------------------------------------------------------------------------ labelled set


def test_labelled_set_has_the_promised_shape():
    items, gold = load_set(with_metadata=True)
    paired = {i for pair in gold for i in pair}
    by_id = {it.id: it for it in items}
    assert len(gold) >= 40
    assert all(by_id[i].language == "id" and by_id[e].language == "en" for i, e in gold)
    assert any(it.language == "id" and it.id not in paired for it in items)
    assert any(it.language == "en" and it.id not in paired for it in items)
    lags = [(by_id[e].published_at - by_id[i].published_at).days for i, e in gold]
    assert max(lags) >= 6 and min(lags) == 0


def test_content_pairing_precision_is_at_least_95_percent():
    items, gold = load_set(with_metadata=False)
    pairs = pair_releases(items)
    precision, recall = precision_recall(pairs, gold)
    print(
        f"\ncontent only: precision={precision:.3f} recall={recall:.3f} ({len(pairs)} pairs, {len(gold)} true)"
    )
    assert precision >= 0.95
    assert recall >= 0.75
    assert all(p.method == "content" and PAIR_THRESHOLD <= p.score <= 1.0 for p in pairs)


def test_same_template_monthly_releases_are_told_apart_in_a_wide_window():
    # With a window of a year every BI rate decision competes with every other one; numbers, dates and
    # release numbers must still pick the right month.
    items, gold = load_set(with_metadata=False)
    pairs = pair_releases(items, max_days=400)
    precision, recall = precision_recall(pairs, gold)
    print(f"\nwide window: precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.95


def test_template_sibling_is_not_taken_when_the_translation_is_missing():
    items, gold = load_set(with_metadata=False)
    by_id = {it.id: it for it in items}
    january = next(i for i, e in gold if by_id[i].source == "bi" and "16-17 Januari 2024" in by_id[i].body)
    january_en = dict(gold)[january]
    rest = [it for it in items if it.id != january_en]
    pairs = pair_releases(rest, max_days=45)
    assert all(p.id_release != january for p in pairs)


def test_releases_without_a_translation_stay_unpaired():
    items, gold = load_set(with_metadata=False)
    unpartnered = {it.id for it in items} - {i for pair in gold for i in pair}
    pairs = pair_releases(items)
    in_pairs = {p.id_release for p in pairs} | {p.en_release for p in pairs}
    assert len(unpartnered) >= 8
    assert not unpartnered & in_pairs


def test_metadata_pairs_the_whole_set_with_their_own_method():
    items, gold = load_set(with_metadata=True)
    pairs = pair_releases(items)
    precision, recall = precision_recall(pairs, gold)
    methods = {p.method for p in pairs}
    assert precision == 1.0 and recall == 1.0
    assert {"link", "external_id", "content"} <= methods
    by_id = {it.id: it for it in items}
    assert all(p.method == "external_id" for p in pairs if by_id[p.id_release].source == "bi")


@pytest.mark.parametrize("threshold,margin", [(0.0, 0.0), (PAIR_THRESHOLD, PAIR_MARGIN)])
def test_each_release_is_in_at_most_one_pair(threshold, margin):
    items, _ = load_set(with_metadata=False)
    pairs = pair_releases(items, threshold=threshold, margin=margin, max_days=60)
    ids = [p.id_release for p in pairs]
    ens = [p.en_release for p in pairs]
    assert pairs
    assert len(ids) == len(set(ids)) and len(ens) == len(set(ens))


# ------------------------------------------------------------------------------------------- link stage


def test_link_pair_wins_over_a_better_content_match():
    original = release(1, "id", *RATE_ID, 1, alternate_urls={"en": "https://example.go.id/en/2"})
    linked = release(2, "en", *OTHER_RATE_EN, 3, url="https://example.go.id/en/2/")
    lookalike = release(3, "en", *RATE_EN, 3)
    pairs = pair_releases([original, linked, lookalike])
    assert pairs == [Pair(1, 2, "link", 1.0)]


def test_link_from_the_english_side_alone_is_enough():
    original = release(1, "id", *RATE_ID, 1, url="http://www.example.go.id/id/berita/1")
    translation = release(
        2, "en", *OTHER_RATE_EN, 5, alternate_urls={"id": "https://example.go.id/id/berita/1/"}
    )
    assert link_pairs([original, translation]) == [Pair(1, 2, "link", 1.0)]


def test_equal_external_id_pairs_only_within_one_source():
    a = release(1, "id", *RATE_ID, 1, source="bi", external_id="sp_2601424")
    b = release(2, "en", *OTHER_RATE_EN, 8, source="bi", external_id="sp_2601424")
    c = release(3, "en", *RATE_EN, 8, source="bps", external_id="sp_2601424")
    assert link_pairs([a, b, c]) == [Pair(1, 2, "external_id", 1.0)]


def test_two_releases_linking_the_same_translation_are_not_linked():
    a = release(1, "id", "A", "satu", 1, alternate_urls={"en": "https://example.go.id/en/3/"})
    b = release(2, "id", "B", "dua", 1, alternate_urls={"en": "https://example.go.id/en/3/"})
    c = release(3, "en", "C", "three", 2)
    assert link_pairs([a, b, c]) == []


def test_shared_external_ids_rule_out_content_pairs_with_other_ids():
    # In a source that reuses its key across languages, a different key means a different release, even
    # when the text is a perfect match.
    anchor_id = release(
        10,
        "id",
        "Cadangan Devisa",
        "Cadangan devisa 140,2 miliar dolar AS",
        1,
        source="bi",
        external_id="sp_1",
    )
    anchor_en = release(
        11, "en", "Reserve Assets", "Reserve assets USD140.2 billion", 2, source="bi", external_id="sp_1"
    )
    original = release(1, "id", *RATE_ID, 1, source="bi", external_id="sp_2")
    stranger = release(2, "en", *RATE_EN, 3, source="bi", external_id="sp_3")
    pairs = pair_releases([anchor_id, anchor_en, original, stranger])
    assert [(p.id_release, p.en_release) for p in pairs] == [(10, 11)]


def test_release_pointing_to_an_uncrawled_translation_is_not_content_paired():
    original = release(1, "id", *RATE_ID, 1, alternate_urls={"en": "https://example.go.id/en/not-crawled/"})
    lookalike = release(2, "en", *RATE_EN, 3)
    assert pair_releases([original, lookalike]) == []


# ----------------------------------------------------------------------------------------- content stage


@pytest.mark.parametrize(
    "raw,language,value",
    [
        ("5,75", "id", 5.75),
        ("5.75", "en", 5.75),
        ("5,75", "en", 5.75),  # an Indonesian office writing English keeps its decimal comma
        ("1.234.567", "id", 1234567.0),
        ("1,234,567", "en", 1234567.0),
        ("1.234,5", "id", 1234.5),
        ("1.200", "id", 1200.0),
        ("1,200", "en", 1200.0),
        ("1,2", "id", 1.2),
        ("1.2", "en", 1.2),
    ],
)
def test_numbers_are_read_with_the_language_decimal_mark(raw, language, value):
    assert _parse_number(raw, language) == value


def test_decimal_comma_and_scale_words_match_their_english_form():
    id_text = release(1, "id", "Data", "Inflasi 5,75% dan anggaran Rp 1,2 triliun untuk 1.250 desa.", 1)
    same = release(
        2, "en", "Data", "Inflation of 5.75% and a budget of IDR 1.2 trillion for 1,250 villages.", 1
    )
    different = release(
        3, "en", "Data", "Inflation of 6.75% and a budget of IDR 2.1 trillion for 1,520 villages.", 1
    )
    assert content_score(id_text, same) >= PAIR_THRESHOLD
    assert content_score(id_text, same) - content_score(id_text, different) > 0.3


def test_indonesian_and_english_dates_match():
    id_text = release(1, "id", "Rapat", "Rapat digelar pada 16-17 Januari 2024 di Jakarta (09/01/2024).", 1)
    en_text = release(
        2, "en", "Meeting", "The meeting was held on January 16-17, 2024 in Jakarta (01/09).", 1
    )
    other = release(3, "en", "Meeting", "The meeting was held on February 20-21, 2024 in Jakarta (02/12).", 1)
    assert content_score(id_text, en_text) > content_score(id_text, other) + 0.2


def test_release_numbers_and_names_separate_lookalikes():
    original = release(1, "id", *RATE_ID, 1)
    assert content_score(original, release(2, "en", *RATE_EN, 3)) > 0.8
    assert content_score(original, release(3, "en", *OTHER_RATE_EN, 3)) < PAIR_THRESHOLD


def test_content_score_is_symmetric_and_bounded():
    items, _ = load_set(with_metadata=False)
    sample = items[:12]
    for a in sample:
        for b in sample:
            s = content_score(a, b)
            assert 0.0 <= s <= 1.0
            assert s == pytest.approx(content_score(b, a))


def test_two_equally_good_candidates_leave_the_release_unpaired():
    original = release(1, "id", *RATE_ID, 1)
    copy_a = release(2, "en", *RATE_EN, 3)
    copy_b = release(3, "en", *RATE_EN, 3)
    assert pair_releases([original, copy_a, copy_b]) == []
    assert [p.en_release for p in pair_releases([original, copy_a])] == [2]


def test_translation_outside_the_date_window_is_not_considered():
    original = release(1, "id", *RATE_ID, 1)
    late = replace(release(2, "en", *RATE_EN, 1), published_at=datetime(2024, 4, 20, tzinfo=WIB))
    assert pair_releases([original, late], max_days=14) == []
    assert len(pair_releases([original, late], max_days=60)) == 1


def test_releases_of_different_sources_are_never_content_paired():
    original = release(1, "id", *RATE_ID, 1, source="bi")
    translation = release(2, "en", *RATE_EN, 3, source="setkab")
    assert pair_releases([original, translation]) == []


def test_a_few_thousand_releases_per_source_pair_quickly():
    # 3,000 releases over two years (about 4 a day): blocking by date keeps this far from quadratic.
    start = datetime(2022, 1, 1, tzinfo=WIB)
    items = []
    for n in range(1500):
        when = start + timedelta(hours=11 * n)
        idr = f"{n // 100},{n % 100:02d}"
        en = f"{n // 100}.{n % 100:02d}"
        items.append(
            PairCandidate(
                n * 2,
                "setkab",
                "id",
                f"Rilis {n}",
                f"Anggaran Rp {idr} triliun untuk {n + 1000} desa di Kabupaten Kota{n}.",
                when,
                f"https://example.go.id/{n}",
            )
        )
        items.append(
            PairCandidate(
                n * 2 + 1,
                "setkab",
                "en",
                f"Release {n}",
                f"A budget of IDR {en} trillion for {n + 1000} villages in Kota{n} regency.",
                when + timedelta(days=2),
                f"https://example.go.id/en/{n}",
            )
        )
    began = time.perf_counter()
    pairs = pair_releases(items)
    elapsed = time.perf_counter() - began
    print(f"\n3000 releases paired in {elapsed:.2f}s")
    assert len(pairs) > 1000
    assert all(p.en_release == p.id_release + 1 for p in pairs)
