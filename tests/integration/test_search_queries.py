"""Search requests against a real Meilisearch: filters, facets, sort, highlights, deep pagination, the
"both languages" mode and filter injection. Releases are stored in SQLite and indexed by the real
indexer, so the documents are the ones production sends."""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import meilisearch
import pytest

from archive.db import Database
from archive.models import Article, IndexOutbox, Source
from search.indexer import Indexer
from search.queries import SearchRequest, day_start, run_search
from tests.integration.test_relevance import DATA, load_jsonl, seed_corpus

pytestmark = pytest.mark.timeout(120)
CORPUS = load_jsonl(DATA / "corpus.jsonl")


@pytest.fixture(scope="module")
def client(meili):
    return meilisearch.Client(meili["url"], meili["key"])


@pytest.fixture(scope="module")
def corpus_index(client, tmp_path_factory):
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('queries') / 'siaran.db'}")
    seed_corpus(db, CORPUS)
    uid = f"queries_{uuid.uuid4().hex[:8]}"
    Indexer(db, client, uid).drain()
    yield uid
    client.delete_index(uid)


def search(client, uid, **kwargs) -> dict:
    return run_search(client, uid, SearchRequest(**kwargs))


def test_source_language_and_tag_filters_narrow_results(client, corpus_index) -> None:
    hits = search(client, corpus_index, q="inflasi", sources=["bps"], languages=["id"], per_page=100)["hits"]
    assert hits and all(h["source"] == "bps" and h["language"] == "id" for h in hits)
    tagged = search(client, corpus_index, tags=["BI-Rate"], per_page=100)["hits"]
    assert {h["id"] for h in tagged} == {d["id"] for d in CORPUS if "BI-Rate" in d["tags"]}


def test_date_range_is_inclusive_in_jakarta_days(client, corpus_index) -> None:
    result = search(client, corpus_index, since=date(2022, 11, 21), until=date(2022, 11, 22), per_page=100)
    assert {h["id"] for h in result["hits"]} == {13, 14, 25}
    assert all(day_start(date(2022, 11, 21)) <= datetime.fromisoformat(h["published_at"]).timestamp()
               for h in result["hits"])


def test_has_translation_filter(client, corpus_index) -> None:
    paired = search(client, corpus_index, has_translation=True, per_page=200)
    assert paired["totalHits"] == sum(1 for d in CORPUS if d["pair"])
    unpaired = search(client, corpus_index, has_translation=False, per_page=200)
    assert unpaired["totalHits"] == sum(1 for d in CORPUS if not d["pair"])


def test_facets_count_source_language_and_year(client, corpus_index) -> None:
    facets = search(client, corpus_index)["facetDistribution"]
    assert facets["source"] == dict(Counter(d["source"] for d in CORPUS))
    assert facets["language"] == dict(Counter(d["language"] for d in CORPUS))
    assert facets["year"] == {str(k): v for k, v in Counter(int(d["published_at"][:4]) for d in CORPUS).items()}


def test_sort_by_date_and_by_relevance(client, corpus_index) -> None:
    newest = [h["published_at"] for h in search(client, corpus_index, q="inflasi", sort="newest", per_page=50)["hits"]]
    assert len(newest) > 5 and newest == sorted(newest, reverse=True)
    oldest = [h["published_at"] for h in search(client, corpus_index, q="inflasi", sort="oldest", per_page=50)["hits"]]
    assert oldest == sorted(oldest)
    relevance = search(client, corpus_index, q="gempa cianjur", per_page=3)["hits"]
    assert relevance[0]["id"] in {13, 25, 84}


def test_hits_carry_highlighted_snippets(client, corpus_index) -> None:
    hit = search(client, corpus_index, q="deradikalisasi", per_page=1)["hits"][0]
    assert "<mark>" in hit["_formatted"]["body"] or "<mark>" in hit["_formatted"]["title"]


def test_both_languages_mode_returns_each_release_once_with_its_partner(client, corpus_index) -> None:
    plain = search(client, corpus_index, q="BI-Rate", per_page=100)
    grouped = search(client, corpus_index, q="BI-Rate", per_page=100, group_translations=True)
    groups = [h["translation_group"] for h in grouped["hits"]]
    assert len(groups) == len(set(groups)) == grouped["totalHits"] < plain["totalHits"]
    by_id = {d["id"]: d for d in CORPUS}
    for hit in grouped["hits"]:
        partner = by_id[hit["id"]]["pair"]
        assert hit["translation_id"] == partner
        if partner:
            assert hit["translation_url"].endswith(f"/rilis/{partner}")


def test_filter_injection_matches_nothing_and_raises_nothing(client, corpus_index) -> None:
    result = search(client, corpus_index, sources=['bnpt" OR source = "x'])
    assert result["hits"] == [] and result["totalHits"] == 0
    assert search(client, corpus_index, tags=['x\\" OR tags EXISTS OR tags = "'])["totalHits"] == 0


def test_pagination_past_1000_hits_is_exact(client, tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'many.db'}")
    start = datetime(2020, 1, 1, tzinfo=UTC)
    with db.session() as s:
        s.add(Source(id="bps", name="BPS", base_url="https://bps.go.id"))
        s.add_all(Article(id=i, source_id="bps", url=f"https://bps.go.id/{i}", canonical_url=f"https://bps.go.id/{i}",
                          language="id", title=f"Statistik harian nomor {i}", body="Data inflasi harian daerah.",
                          published_at=start + timedelta(hours=i), content_hash=hashlib.sha256(str(i).encode()).hexdigest())
                  for i in range(1, 1251))
        s.flush()
        s.add_all(IndexOutbox(article_id=i) for i in range(1, 1251))
    uid = f"pages_{uuid.uuid4().hex[:8]}"
    try:
        assert Indexer(db, client, uid, batch_size=500).drain().sent == 1250
        page = search(client, uid, q="inflasi", sort="oldest", page=13, per_page=100)
        assert page["totalHits"] == 1250 and page["totalPages"] == 13
        assert [h["id"] for h in page["hits"]] == list(range(1201, 1251))
    finally:
        client.delete_index(uid)



@pytest.mark.parametrize("q", ["Desember 2021", "December 2021"])
def test_a_month_named_in_either_language_finds_the_releases_published_that_month(client, corpus_index, q) -> None:
    # Neither release of December 2021 names the month in its text: the words come from the publication
    # date (search/documents.py published_words), in both languages, Asia/Jakarta.
    december = {d["id"] for d in CORPUS if d["published_at"].startswith("2021-12")}
    assert december == {20, 21} and not any("desember" in (d["title"] + d["body"]).lower()
                                            or "december" in (d["title"] + d["body"]).lower()
                                            for d in CORPUS if d["id"] in december)
    hits = search(client, corpus_index, q=q, per_page=100, mode="keyword")["hits"]
    assert {h["id"] for h in hits[:2]} == december


def test_a_leading_word_no_release_contains_does_not_empty_a_keyword_search(client, corpus_index) -> None:
    # Meilisearch's matchingStrategy "last" drops words from the end: a first word the archive never uses
    # left nothing to match. It now goes last (search/queries.py query_text).
    plain = search(client, corpus_index, q="inflasi", per_page=100, mode="keyword")["hits"]
    assert plain
    hits = search(client, corpus_index, q="zzqxunknownword inflasi", per_page=100, mode="keyword")["hits"]
    assert {h["id"] for h in hits} == {h["id"] for h in plain}


ABBREVIATED = [
    {"id": 901, "source": "bnpb", "language": "id", "published_at": "2024-07-02", "pair": 902, "tags": [],
     "title": "Banjir Rendam Tiga Kecamatan di Bandung", "body": "Banjir melanda Kabupaten Bandung, Jawa Barat."},
    {"id": 902, "source": "bnpb", "language": "en", "published_at": "2024-07-02", "pair": 901, "tags": [],
     "title": "Floods Inundate Three Districts in Bandung", "body": "Floods hit Bandung Regency, West Java."},
    {"id": 903, "source": "bnpb", "language": "id", "published_at": "2024-07-03", "pair": None, "tags": [],
     "title": "Banjir di Kota Malang", "body": "Banjir melanda Kota Malang, Jawa Timur."},
    {"id": 904, "source": "bps", "language": "id", "published_at": "2022-04-01", "pair": None, "tags": [],
     "title": "Indeks Harga Konsumen Maret 2022", "body": "Indeks Harga Konsumen naik 0,66 persen."},
    {"id": 905, "source": "bps", "language": "id", "published_at": "2022-03-01", "pair": None, "tags": [],
     "title": "Harga Beras Naik pada Maret 2022", "body": "Harga beras naik pada Maret 2022 di pasar tradisional."},
]


@pytest.mark.parametrize("q, expected", [("banjir jabar", {901, 902}), ("floods jatim", {903}),
                                         ("ihk maret", {904})])
def test_an_abbreviation_finds_releases_that_spell_it_out_in_either_language(client, tmp_path, q, expected) -> None:
    # No release writes "jabar", "jatim" or "IHK": the abbreviations' synonyms (search/abbreviations.py) reach
    # "Jawa Barat" / "West Java", "Jawa Timur" and "Indeks Harga Konsumen"; before, the short form was a
    # word no release has, and matchingStrategy "last" answered with every flood.
    db = Database(f"sqlite:///{tmp_path / 'abbr.db'}")
    seed_corpus(db, ABBREVIATED)
    uid = f"abbr_{uuid.uuid4().hex[:8]}"
    Indexer(db, client, uid).drain()
    try:
        hits = search(client, uid, q=q, per_page=10, mode="keyword")["hits"]
        assert {h["id"] for h in hits[:len(expected)]} == expected
    finally:
        client.delete_index(uid)


MISSPELT = [
    {"id": 911, "source": "bnpb", "language": "id", "published_at": "2023-05-02", "pair": None, "tags": [],
     "title": "Banjir Rendam Tiga Kecamatan di Poso", "body": "Kekeringan berakhir, lalu banjir melanda Poso."},
    {"id": 912, "source": "bnpb", "language": "id", "published_at": "2023-05-03", "pair": None, "tags": [],
     "title": "Gempa Magnitudo 5,1", "body": "Gempa magnitudo 5,1 mengguncang Poso, Sulawesi Tengah."},
]


def test_a_misspelt_english_term_reaches_the_indonesian_release_through_the_glossary(client, tmp_path) -> None:
    # "eartquake" is one edit from the glossary's "earthquake" and no release has it: it is searched as
    # "earthquake", whose synonym "gempa" finds the Indonesian release (search/spelling.py). As typed, it
    # matched nothing, and "poso" alone put the flood first (Poso is in its title).
    db = Database(f"sqlite:///{tmp_path / 'typo.db'}")
    seed_corpus(db, MISSPELT)
    uid = f"typo_{uuid.uuid4().hex[:8]}"
    Indexer(db, client, uid).drain()
    try:
        result = search(client, uid, q="eartquake poso", per_page=10, mode="keyword")
        assert result["correctedQuery"] == "earthquake poso"
        assert [h["id"] for h in result["hits"]][:1] == [912]
        plain = search(client, uid, q="gempa poso", per_page=10, mode="keyword")
        assert "correctedQuery" not in plain
    finally:
        client.delete_index(uid)


def test_lexical_feedback_finds_the_same_storys_releases_in_both_languages(client, corpus_index) -> None:
    """The first hit's distinctive words, searched word by word on the real index: the Cianjur earthquake's English
    translation (same place, same figure) shares the most of them, and the emergency review is listed too; a release
    sharing none is not listed, and the request's filters hold."""
    from search.queries import (
        LEXICAL_MIN_SCORE,
        SearchRequest,
        clear_count_cache,
        distinctive_words,
        lexically_like,
        search_params,
    )

    clear_count_cache()
    first = next(d for d in CORPUS if d["id"] == 13)
    words = distinctive_words(client, corpus_index, f"{first['title']} {first['body']}", 15)
    assert "cianjur" in words
    hits = lexically_like(client, corpus_index, {"id": 13, "title": first["title"]}, first["body"],
                          search_params(SearchRequest()))
    ids = [h["id"] for h in hits]
    assert ids[0] == 14 and 84 in ids and 13 not in ids
    assert all(h["_rankingScore"] >= LEXICAL_MIN_SCORE for h in hits)
    for hit in hits:  # every listed release states at least one of the words
        text = next(f"{d['title']} {d['body']}" for d in CORPUS if d["id"] == hit["id"]).lower()
        assert any(word in text for word in words)
    indonesian = lexically_like(client, corpus_index, {"id": 13, "title": first["title"]}, first["body"],
                                search_params(SearchRequest(languages=["id"])))
    assert 84 in [h["id"] for h in indonesian] and {h["language"] for h in indonesian} == {"id"}
