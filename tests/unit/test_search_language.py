"""Language side of search: stemming, bilingual glossary, stop words and index settings."""

from __future__ import annotations

import json
from collections import Counter
from types import SimpleNamespace

import pytest

from search.glossary import load_glossary, synonyms_from_glossary, translate_query
from search.settings import INDEX_UID, index_settings, load_stop_words, typo_free_words
from search.stemming import stem_query, stem_text, stem_word

# ---------------------------------------------------------------- stemming


@pytest.mark.parametrize(
    ("root", "derived"),
    [
        ("cegah", "pencegahan"),
        ("cegah", "mencegah"),
        ("bangun", "membangun"),
        ("bangun", "pembangunan"),
        ("radikal", "radikalisme"),
        ("radikal", "radikalisasi"),
        ("teror", "terorisme"),
        ("teror", "teroris"),
        ("ekonomi", "perekonomian"),
        ("bank", "perbankan"),
    ],
)
def test_indonesian_derived_form_shares_the_stem_of_its_root(root: str, derived: str) -> None:
    assert stem_word(derived, "id") == stem_word(root, "id")


@pytest.mark.parametrize(
    ("root", "derived"),
    [
        ("tangan", "penanganan"),  # rule T: pen- + vowel restores t
        ("tulis", "menulis"),
        ("tegak", "penegakan"),
        ("terima", "menerima"),  # Snowball over-stems both, consistently
        ("kuat", "penguatan"),  # rule K: peng- + vowel restores k for known k-roots
        ("kembang", "pengembangan"),
        ("kirim", "pengiriman"),
        ("kuat", "memperkuat"),  # rule P: memper- stems "per" too
    ],
)
def test_nasal_prefix_rules_restore_the_dropped_consonant(root: str, derived: str) -> None:
    assert stem_word(derived, "id") == stem_word(root, "id")


def test_vowel_roots_after_peng_are_not_given_a_k() -> None:
    assert stem_word("pengamanan", "id") == "aman"
    assert stem_word("pengungsi", "id") == "ungsi"


def test_deradicalisation_keeps_its_own_stem() -> None:
    assert stem_word("deradikalisasi", "id") != stem_word("radikalisme", "id")


@pytest.mark.parametrize(
    ("a", "b"),
    [("prevents", "prevention"), ("developing", "development"), ("radicalism", "radicalization")],
)
def test_english_forms_share_a_stem(a: str, b: str) -> None:
    assert stem_word(a, "en") == stem_word(b, "en")


def test_stem_text_lowercases_and_keeps_numbers_and_acronyms() -> None:
    stemmed = stem_text("BNPT dan Densus 88 Mencegah Serangan pada 2024, COVID-19 dan DIPA", "id")
    words = stemmed.split()
    assert stemmed == stemmed.lower()
    assert {"bnpt", "densus", "88", "2024", "covid-19", "dipa", "cegah"} <= set(words)


def test_stem_text_collapses_reduplication_and_splits_other_compounds() -> None:
    assert stem_text("anak-anak", "id") == "anak"
    assert stem_text("negara-negara", "id") == "negara"
    assert stem_text("sosial-ekonomi", "id") == "sosial ekonomi"


def test_stem_text_english_document() -> None:
    assert stem_text("The Government prevents radicalization", "en") == "the govern prevent radic"


def test_stem_text_unknown_language_gives_both_stems() -> None:
    assert set(stem_text("pencegahan prevents", None).split()) >= {"cegah", "prevent"}


@pytest.mark.parametrize(
    ("query", "document", "language"),
    [
        ("cegah", "Upaya pencegahan terorisme", "id"),
        ("membangun", "Pembangunan infrastruktur", "id"),
        ("prevents", "Prevention of violent extremism", "en"),
        ("penanganan", "Pemerintah menangani banjir", "id"),
    ],
)
def test_query_stems_are_found_in_the_stemmed_document(query: str, document: str, language: str) -> None:
    assert set(stem_query(query).split()) & set(stem_text(document, language).split())


def test_stem_query_returns_unique_stems_of_both_languages() -> None:
    stems = stem_query("pencegahan pencegahan prevents").split()
    assert len(stems) == len(set(stems))
    assert "cegah" in stems and "prevent" in stems


# ---------------------------------------------------------------- glossary

REQUIRED_PAIRS = [
    ("terorisme", "terrorism"),
    ("radikalisme", "radicalism"),
    ("pencegahan", "prevention"),
    ("kerja sama", "cooperation"),
    ("deradikalisasi", "deradicalization"),
    ("bencana", "disaster"),
    ("suku bunga", "interest rate"),
    ("inflasi", "inflation"),
]


def test_glossary_has_at_least_150_unique_pairs() -> None:
    pairs = load_glossary()
    assert len(pairs) >= 150
    assert len(set(pairs)) == len(pairs)
    # A term may have a few translations ("kenaikan": increase, rise, hike): all become synonyms, and a query's
    # word-for-word translation takes the first listed (search/glossary.py). More would mean a list gone wrong.
    translations = Counter(indonesian for indonesian, _ in pairs)
    assert max(translations.values()) <= 3, translations.most_common(3)
    assert translations["kenaikan"] >= 2


@pytest.mark.parametrize("name", ["GLOSSARY_PATH", "QUERY_VOCABULARY_PATH"])
def test_glossary_files_have_a_header_and_two_columns_everywhere(name: str) -> None:
    import search.glossary

    lines = getattr(search.glossary, name).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "indonesian\tenglish"
    assert all(len(line.split("\t")) == 2 for line in lines[1:] if line and not line.startswith("#"))


def test_the_query_vocabulary_translates_queries_but_is_no_index_synonym() -> None:
    from search.glossary import GLOSSARY_PATH, QUERY_VOCABULARY_PATH
    from search.settings import index_synonyms

    extra = load_glossary(QUERY_VOCABULARY_PATH)
    assert len(extra) >= 1000 and not set(extra) & set(load_glossary(GLOSSARY_PATH))
    assert set(extra) <= set(load_glossary())  # everything but the index reads both files
    indonesian, english = next((i, e) for i, e in extra if " " not in i and i.isalpha() and i not in dict(
        load_glossary(GLOSSARY_PATH)))
    assert translate_query([indonesian], "id") == english
    assert english not in index_synonyms().get(indonesian, [])


@pytest.mark.parametrize("pair", REQUIRED_PAIRS)
def test_glossary_contains_required_pair(pair: tuple[str, str]) -> None:
    assert pair in load_glossary()


def test_glossary_pairs_are_translations_not_copies() -> None:
    assert all(a != b for a, b in load_glossary())


def test_query_translation_replaces_glossary_phrases_longest_first_and_keeps_names() -> None:
    assert translate_query(["Pencucian", "uang", "di", "Jakarta"], "id") == "money laundering di Jakarta"
    assert translate_query(["gempa", "bumi"], "id") == "earthquake"  # the two-word phrase, not "gempa" alone
    assert translate_query(["terrorism", "prevention", "Poso"], "en") == "terorisme pencegahan Poso"
    assert translate_query(["floods", "in", "Garut"], "en") == "banjir in Garut"  # matched by its stem
    assert translate_query(["teror"], "id") == "terror"  # a term as written wins over another term's stem
    assert translate_query(["Jakarta", "2024"], "id") is None  # nothing to translate
    assert translate_query(["gempa"], "fr") is None


def test_synonyms_are_mutual() -> None:
    synonyms = synonyms_from_glossary(load_glossary())
    assert "terrorism" in synonyms["terorisme"]
    assert "terorisme" in synonyms["terrorism"]
    assert {"kerja sama", "kerjasama"} <= set(synonyms["cooperation"])


def test_synonyms_respect_meilisearch_limits() -> None:
    synonyms = synonyms_from_glossary(load_glossary())
    for key, values in synonyms.items():
        assert key == key.lower()
        assert 1 <= len(key.split()) <= 3
        assert key not in values
        assert len(values) <= 50
        assert sum(len(v.split()) for v in values) <= 100
        assert len(values) == len(set(values))


def test_synonyms_cap_a_word_with_too_many_phrases() -> None:
    pairs = [("kata", f"word {i}") for i in range(80)]
    synonyms = synonyms_from_glossary(pairs)
    assert len(synonyms["kata"]) == 50


# ---------------------------------------------------------------- stop words


def test_stop_words_cover_both_languages() -> None:
    words = set(load_stop_words())
    assert {"yang", "dan", "di", "the", "and", "of"} <= words


@pytest.mark.parametrize(
    "word", ["tidak", "bukan", "belum", "jangan", "tanpa", "not", "no", "never", "without", "satu", "one"]
)
def test_stop_words_exclude_negations_and_numbers(word: str) -> None:
    words = load_stop_words()
    assert word not in words
    assert not any(w.isdigit() for w in words)


def test_stop_words_are_lowercase_single_words_without_repeats() -> None:
    words = load_stop_words()
    assert len(words) == len(set(words))
    assert all(w == w.lower() and " " not in w for w in words)


# ---------------------------------------------------------------- settings


def test_settings_are_json_serialisable_and_complete() -> None:
    settings = json.loads(json.dumps(index_settings()))
    assert INDEX_UID == "releases"
    assert settings["searchableAttributes"] == [
        "title",
        "subtitle",
        "body",
        "title_stem",
        "body_stem",
        "tags",
        "source_name",
        "partner_title",
        "published_words",  # "Juli July 2023": a month named in a query matches the release's date
        "attachment_text",  # last: a release's own words outrank the text of a PDF it links to
    ]
    assert set(settings["filterableAttributes"]) == {
        "source",
        "language",
        "published_at_ts",
        "year",
        "tags",
        "has_translation",
        "is_duplicate",
        "translation_group",
        "published_month",
        "published_day",
        "id",
        "edited",
        "removed",
    }
    assert settings["sortableAttributes"] == ["published_at_ts"]
    assert settings["pagination"]["maxTotalHits"] == 100_000
    assert settings["faceting"] == {"maxValuesPerFacet": 10_000, "sortFacetValuesBy": {"*": "count"}}
    assert settings["proximityPrecision"] == "byWord"
    assert settings["synonyms"]["inflasi"] == ["inflation"]
    assert "dan" in settings["stopWords"]


def test_stem_fields_are_searchable_but_not_displayed() -> None:
    settings = index_settings()
    for field in ("title_stem", "body_stem"):
        assert field in settings["searchableAttributes"]
        assert field not in settings["displayedAttributes"]
    assert {"id", "title", "body", "url", "published_at"} <= set(settings["displayedAttributes"])


def test_ranking_ends_with_recency_tie_breaker_after_builtin_rules() -> None:
    rules = index_settings()["rankingRules"]
    assert rules[:5] == ["words", "sort", "typo", "proximity", "attribute"]  # sort right after words
    assert rules.index("exactness") < rules.index("published_at_ts:desc") == len(rules) - 1


def test_typo_tolerance_thresholds_and_numbers() -> None:
    typo = index_settings()["typoTolerance"]
    assert typo["minWordSizeForTypos"] == {"oneTypo": 5, "twoTypos": 9}
    assert typo["disableOnNumbers"] is True
    assert typo["disableOnAttributes"] == []


@pytest.mark.parametrize(
    "acronym",
    [
        "BNPT",
        "BNPB",
        "BPS",
        "BI",
        "OJK",
        "LPS",
        "KSSK",
        "TNI",
        "Polri",
        "Densus",
        "Kemlu",
        "ASEAN",
        "G20",
        "APBN",
        "PDB",
        "GDP",
        "IKN",
    ],
)
def test_acronyms_are_typo_free(acronym: str) -> None:
    assert acronym.lower() in index_settings()["typoTolerance"]["disableOnWords"]


def test_hyphenated_acronym_lists_only_its_acronym_part() -> None:
    words = typo_free_words()
    assert "bi" in words
    assert "rate" not in words and "bi-rate" not in words


# -- hybrid per-language fusion (search/queries.py) -----------------------------------------------------------


def _hits(*ids: int, groups: dict[int, int] | None = None) -> list[dict]:
    return [{"id": i, "translation_group": (groups or {}).get(i, i)} for i in ids]


def test_fusion_interleaves_rankings_by_rank_and_the_whole_ranking_leads_ties() -> None:
    from search.queries import fuse_rankings

    whole, indonesian, english = _hits(1, 2, 3, 4), _hits(5, 1, 6), _hits(2, 7)
    assert [h["id"] for h in fuse_rankings([whole, indonesian, english])] == [1, 5, 2, 7, 3, 6, 4]


def test_fusion_puts_the_hit_stating_more_of_the_query_first_among_equal_ranks() -> None:
    from search.queries import concepts_stated_by, fuse_rankings

    same_subject = {"id": 1, "title": "Tim SAR Cari 3 Korban Tanah Longsor di Dumai", "lead": ""}
    answer = {"id": 2, "title": "Search Teams Look for 12 Landslide Victims",
              "lead": "Twelve people are missing after a landslide in Ambon, Maluku."}
    stated = concepts_stated_by("longsor di ambon")
    fused = fuse_rankings([[same_subject], [same_subject], [answer]], stated=stated)
    assert [h["id"] for h in fused] == [2, 1]
    assert [h["id"] for h in fuse_rankings([[same_subject], [same_subject], [answer]])] == [1, 2]  # rank alone
    deeper = fuse_rankings([[same_subject, answer], [same_subject]], stated=stated)
    assert [h["id"] for h in deeper] == [1, 2]  # a better rank still wins: only ties are decided


def test_within_the_pool_of_first_ranks_the_hit_stating_more_of_the_query_leads_whatever_its_rank() -> None:
    from search.queries import fuse_rankings

    def hit(i: int, title: str) -> dict:
        return {"id": i, "title": title, "translation_group": i}

    subject_only = [hit(1, "banjir"), hit(2, "banjir"), hit(3, "banjir")]
    answer = hit(4, "banjir ambon")
    beyond = hit(5, "banjir ambon")
    whole = [*subject_only, answer, beyond]
    stated = {1: 1, 2: 1, 3: 1, 4: 2, 5: 2}

    def count(h: dict) -> int:
        return stated[h["id"]]

    fused = fuse_rankings([whole], stated=count, pool_ranks=4)
    assert [h["id"] for h in fused] == [4, 1, 2, 3, 5]  # hit 5 is ranked outside the pool: it keeps its place
    assert [h["id"] for h in fuse_rankings([whole], stated=count)] == [1, 2, 3, 4, 5]  # no pool: rank first


def test_a_release_counts_the_concepts_its_translation_states_when_both_are_fused() -> None:
    from search.queries import concepts_stated_by, fuse_rankings

    # The English lead names neither the place nor the figure in a form the query's words reach; its Indonesian
    # translation does. The other release states as much as the English one on its own.
    english = {"id": 1, "title": "Police Freeze Accounts Linked to Terrorist Financing", "lead": "", "translation_id": 2}
    indonesian = {"id": 2, "title": "PPATK Bekukan 37 Rekening", "lead": "Donasi daring Rp7,1 miliar dibekukan.",
                  "translation_id": 1}
    other = {"id": 3, "title": "Police Freeze Accounts in Terrorist Financing Probe", "lead": "", "translation_id": None}
    stated = concepts_stated_by("donasi daring rekening dibekukan")
    assert stated(english) < stated(indonesian)
    fused = fuse_rankings([[other, english], [indonesian]], stated=stated, pool_ranks=10)
    assert [h["id"] for h in fused] == [2, 1, 3]
    alone = fuse_rankings([[other, english]], stated=stated, pool_ranks=10)  # without its partner: rank decides
    assert [h["id"] for h in alone] == [3, 1]


def test_fusion_counts_the_month_of_publication_as_stated() -> None:
    from search.queries import concepts_stated_by

    stated = concepts_stated_by("inflasi februari 2025")
    # no body fetched: the title's concepts count twice, as a lead's do
    assert stated({"title": "Inflasi 0,5 persen", "published_at": "2025-02-03T02:00:00+00:00"}) == 4
    assert stated({"title": "Inflasi 0,5 persen", "published_at": "2024-03-03T02:00:00+00:00"}) == 2


def test_a_concept_stated_only_further_down_the_body_counts_half_as_much_as_one_in_the_lead() -> None:
    from search.queries import concepts_stated_by

    body = "Polri mengerahkan 260 ribu personel.\n\nPengamanan dibantu prajurit TNI melalui Operasi Mantap Brata."
    stated = concepts_stated_by("operasi mantap brata pemilu", {1: body, 2: "Operasi Mantap Brata dimulai untuk pemilu."})
    in_body = {"id": 1, "title": "Rakor pengamanan pemilu 2024", "lead": "Rakor pengamanan pemilu 2024."}
    in_lead = {"id": 2, "title": "Rakor pemilu", "lead": "Operasi Mantap Brata dimulai untuk pemilu."}
    unfetched = {"id": 3, "title": "Rakor pemilu", "lead": "Rakor pemilu."}
    assert stated(unfetched) == 2  # pemilu, in the lead
    assert stated(in_body) == 2 + 3  # pemilu in the lead; operasi, mantap, brata further down
    assert stated(in_lead) == 8  # all four in the lead


def test_the_fusion_fetches_the_bodies_of_the_pooled_hits_only() -> None:
    from search.queries import CONCEPT_POOL_RANKS, SearchRequest, fused_hybrid_search, search_params

    class ManyHits(_RecordingClient):
        def multi_search(self, queries: list[dict]) -> dict:
            hits = [{"id": i, "title": f"Rilis {i}", "lead": "", "translation_group": i} for i in range(30)]
            return {"results": [{"hits": [dict(h) for h in hits], "totalHits": 30} for _ in queries]}

    client = ManyHits()
    client.bodies = {12: "Operasi Mantap Brata"}
    req = SearchRequest(q="operasi mantap brata", mode="hybrid")
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    assert client.fetched and client.fetched[0]["ids"] == list(range(CONCEPT_POOL_RANKS))
    assert response["hits"][0]["id"] == 0  # release 12 ranks outside the pool: its body was not read
    client.bodies = {7: "Operasi Mantap Brata"}
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    assert response["hits"][0]["id"] == 7 and "body" not in response["hits"][0]


def test_fusion_keeps_one_hit_per_translation_group_when_grouping() -> None:
    from search.queries import fuse_rankings

    groups = {1: 1, 2: 1, 3: 3}
    fused = fuse_rankings([_hits(1, 3, groups=groups), _hits(2, groups=groups)], group="translation_group")
    assert [h["id"] for h in fused] == [1, 3]


def test_fusion_only_for_unfiltered_hybrid_relevance_queries_of_two_words() -> None:
    from search.queries import FUSION_DEPTH, SearchRequest, fusion_applies

    assert fusion_applies(SearchRequest(q="banjir bandang", mode="hybrid"), "banjir bandang")
    assert not fusion_applies(SearchRequest(q="banjir", mode="hybrid"), "banjir")
    assert not fusion_applies(SearchRequest(q="banjir bandang", mode="keyword"), "banjir bandang")
    assert not fusion_applies(SearchRequest(q="banjir bandang", mode="hybrid", languages=["id"]), "banjir bandang")
    assert not fusion_applies(SearchRequest(q="banjir bandang", mode="hybrid", sort="newest"), "banjir bandang")
    deep = SearchRequest(q="banjir bandang", mode="hybrid", page=FUSION_DEPTH // 20 + 1, per_page=20)
    assert not fusion_applies(deep, "banjir bandang")


class _RecordingClient:
    """Answers a multi-search with empty rankings and keeps the request, to see what each fused list asked for;
    fetched documents (the pooled hits' bodies) come from ``bodies``; no release is similar to another."""

    def __init__(self) -> None:
        self.queries: list[dict] = []
        self.bodies: dict = {}
        self.fetched: list[dict] = []

    def multi_search(self, queries: list[dict]) -> dict:
        self.queries = queries
        return {"results": [{"hits": [], "totalHits": 0} for _ in queries]}

    def index(self, uid: str):
        client = self

        class Index:
            def get_documents(self, parameters: dict):
                client.fetched.append(parameters)
                docs = [SimpleNamespace(id=i, body=client.bodies[i]) for i in parameters["ids"] if i in client.bodies]
                return SimpleNamespace(results=docs)

            def get_similar_documents(self, parameters: dict):
                return {"hits": []}

        return Index()


class _Ready:
    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


def _fused_lists(q: str) -> dict[str, dict]:
    from search.queries import SearchRequest, fused_hybrid_search, search_params

    req = SearchRequest(q=q, mode="hybrid")
    client = _RecordingClient()
    fused_hybrid_search(client, "releases", req, q, q, search_params(req), _Ready([0.1] * 4))
    whole, *lists = client.queries
    keyword = [item for item in lists if "hybrid" not in item]
    return {"all": whole, **{item["filter"][-1].split('"')[1]: item for item in lists if "hybrid" in item},
            **({"keyword": keyword[0]} if keyword else {})}


def test_other_language_list_keeps_only_confident_hits() -> None:
    from search.queries import OTHER_LANGUAGE_MIN_SCORE

    lists = _fused_lists("korban banjir bandang")  # Indonesian: the English list is the other language
    assert lists["en"]["rankingScoreThreshold"] == OTHER_LANGUAGE_MIN_SCORE
    assert "rankingScoreThreshold" not in lists["id"] and "rankingScoreThreshold" not in lists["all"]
    lists = _fused_lists("victims of the flash floods")
    assert lists["id"]["rankingScoreThreshold"] == OTHER_LANGUAGE_MIN_SCORE
    assert "rankingScoreThreshold" not in lists["en"]


def test_every_fused_list_retrieves_the_lead_and_no_hit_shows_it() -> None:
    from search.queries import SearchRequest, fused_hybrid_search, search_params

    lists = _fused_lists("korban banjir bandang")
    assert all("lead" in item["attributesToRetrieve"] for item in lists.values())

    class OneHit(_RecordingClient):
        def multi_search(self, queries: list[dict]) -> dict:
            hit = {"id": 7, "title": "Banjir bandang", "lead": "Banjir bandang melanda", "translation_group": 7}
            return {"results": [{"hits": [dict(hit)], "totalHits": 1} for _ in queries]}

    req = SearchRequest(q="banjir bandang", mode="hybrid")
    response = fused_hybrid_search(OneHit(), "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    assert [h["id"] for h in response["hits"]] == [7] and "lead" not in response["hits"][0]


def test_no_list_is_thresholded_when_the_query_language_is_unknown() -> None:
    lists = _fused_lists("Sentani 2024")
    assert not any("rankingScoreThreshold" in item for item in lists.values())


def test_a_release_is_searchable_by_its_month_in_both_languages_and_jakarta_time() -> None:
    from datetime import UTC, datetime

    from search.documents import published_words

    assert published_words(datetime(2023, 7, 14, 3, 0, tzinfo=UTC)) == "Juli July 2023"
    assert published_words(datetime(2024, 4, 30, 18, 0, tzinfo=UTC)) == "Mei May 2024"  # 01:00 WIB on 1 May
    assert published_words(datetime(2021, 12, 31, 17, 30, tzinfo=UTC)) == "Januari January 2022"
    assert published_words(None) == ""


def test_a_word_no_release_has_in_any_form_goes_last_where_it_is_dropped_first() -> None:
    from search.queries import query_text

    counts = {"mou": 0, "ri": 40, "jepang": 12, "ekonomi": 80, "digital": 9}
    assert query_text("MoU RI Jepang ekonomi digital", counts) == "ri jepang ekonomi digital mou"
    assert query_text("MoU RI Jepang", None) == "mou ri jepang"  # no counts: as typed
    assert query_text("MoU RI", {"ri": 40}) == "mou ri"  # a form not counted is not taken for unknown


def test_the_fusion_can_pool_the_first_ranks_of_a_keyword_only_list(monkeypatch) -> None:
    """With :data:`KEYWORD_POOL_RANKS` set (off by default: with the similar-documents rule it no longer paid for its
    latency), a release that keyword ranking puts first but the hybrid lists leave out joins the concept pool through
    a keyword-only list, and wins it by stating the query's concepts; off, no such list is sent."""
    from search import queries
    from search.queries import SearchRequest, fused_hybrid_search, search_params

    assert queries.KEYWORD_POOL_RANKS == 0
    assert all("hybrid" in item for item in _fused_lists("korban banjir bandang").values())
    monkeypatch.setattr(queries, "KEYWORD_POOL_RANKS", 5)
    monkeypatch.setattr(queries, "LEXICAL_TERMS", 0)  # the fake keeps the last multi-search: the fused lists
    KEYWORD_POOL_RANKS = 5
    answer = {"id": 99, "title": "Kebutuhan uang tunai Ramadan", "lead": "", "translation_group": 99}

    class KeywordFindsIt(_RecordingClient):
        def multi_search(self, queries: list[dict]) -> dict:
            self.queries = queries
            hybrid = [{"id": i, "title": f"Kapal {i}", "lead": "", "translation_group": i} for i in range(12)]
            return {"results": [{"hits": [dict(answer)] if "hybrid" not in query else [dict(h) for h in hybrid],
                                 "totalHits": 12} for query in queries]}

    client = KeywordFindsIt()
    client.bodies = {99: "layanan kas keliling dengan kapal TNI AL ke pulau terluar di Maluku dan NTT"}
    req = SearchRequest(q="kas keliling kapal pulau terluar maluku", mode="hybrid")
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    keyword = [query for query in client.queries if "hybrid" not in query]
    assert len(keyword) == 1 and "vector" not in keyword[0] and keyword[0]["hitsPerPage"] == KEYWORD_POOL_RANKS
    assert response["hits"][0]["id"] == 99


def test_after_the_first_hit_releases_like_it_join_the_pool_and_count_more() -> None:
    """Pseudo-relevance feedback: a release close to the first hit (same series) joins the pool wherever it ranked
    and counts :data:`RELATED_BONUS` concepts more, so it comes before a pooled hit that only shares a word; the
    lead hit stays first."""
    from search.queries import RELATED_BONUS, Feedback, fuse_rankings

    hits = [{"id": i, "title": f"Rilis {i}", "translation_group": i} for i in (1, 2, 3, 4, 5)]
    counts = {1: 3, 2: 3, 3: 2, 4: 1, 5: 2}
    assert 1 < RELATED_BONUS < 3
    like_first = Feedback(lists={3: 1, 5: 1})  # the first hit's nearest releases; 5 ranked outside the pool of 3
    fused = fuse_rankings([hits], stated=lambda hit: counts[hit["id"]], pool_ranks=3, feedback=like_first)
    assert [h["id"] for h in fused] == [1, 3, 5, 2, 4]  # 3 and 5 count 2 + RELATED_BONUS > 3
    plain = fuse_rankings([hits], stated=lambda hit: counts[hit["id"]], pool_ranks=3)
    assert [h["id"] for h in plain] == [1, 2, 3, 4, 5]
    led = fuse_rankings([hits], stated=lambda hit: counts[hit["id"]], pool_ranks=3, lead=2)
    assert led[0]["id"] == 2


def test_a_release_two_feedback_lists_hold_counts_more_again() -> None:
    """Like the first hit and like its translation: two views agree it is the same story (:data:`AGREEMENT_BONUS`)."""
    from search.queries import AGREEMENT_BONUS, RELATED_BONUS, Feedback, fuse_rankings

    hits = [{"id": i, "title": f"Rilis {i}", "translation_group": i} for i in (1, 2, 4, 3)]
    counts = {1: 9, 2: 2, 3: 1, 4: 3}
    assert RELATED_BONUS + AGREEMENT_BONUS > 4 and RELATED_BONUS < 3
    fused = fuse_rankings([hits], stated=lambda hit: counts[hit["id"]], pool_ranks=4,
                          feedback=Feedback(lists={2: 1, 3: 2}))
    assert [h["id"] for h in fused] == [1, 3, 2, 4]  # 3: 1 + both bonuses > 2: 2 + RELATED_BONUS > 4: 3
    fused = fuse_rankings([hits], stated=lambda hit: counts[hit["id"]], pool_ranks=4,
                          feedback=Feedback(lists={2: 1, 3: 1}))
    assert [h["id"] for h in fused] == [1, 2, 3, 4]  # one list each: 3 counts one concept less than 2


def test_the_pooled_order_weighs_list_ranks_cosine_and_the_first_hits_language() -> None:
    """After the first hit each pooled hit's score adds to its concepts what the fusion knows of it: its rank in the
    whole list and in the other language's list, its cosine to the first hit, and a deduction in the first hit's own
    language (e5's same-language closeness evened out)."""
    from search.queries import (
        COSINE_BASE,
        COSINE_WEIGHT,
        OTHER_RANK_WEIGHT,
        RELATED_BONUS,
        SAME_LANGUAGE_WEIGHT,
        WHOLE_RANK_WEIGHT,
        Feedback,
        fuse_rankings,
    )

    feedback = Feedback(lists={7: 1}, cosine={7: 0.9}, whole_rank={7: 1}, other_rank={7: 3})
    assert feedback.score(7, 2, "en", "id") == pytest.approx(
        2 + RELATED_BONUS + WHOLE_RANK_WEIGHT / 2 + OTHER_RANK_WEIGHT / 4 + COSINE_WEIGHT * (0.9 - COSINE_BASE))
    assert feedback.score(7, 2, "id", "id") == pytest.approx(feedback.score(7, 2, "en", "id") + SAME_LANGUAGE_WEIGHT)
    assert SAME_LANGUAGE_WEIGHT < 0 < COSINE_WEIGHT

    # A release in the other language, second in the whole list and first in its language's list, passes a release in
    # the first hit's language stating two concepts more; without that evidence, the concepts decide.
    first = {"id": 1, "title": "Banjir", "language": "id", "translation_group": 1}
    same = {"id": 2, "title": "Banjir lain", "language": "id", "translation_group": 2}
    other = {"id": 3, "title": "Flood", "language": "en", "translation_group": 3}
    counts = {1: 5, 2: 4, 3: 2}
    stated = lambda hit: counts[hit["id"]]
    evidence = Feedback(whole_rank={1: 0, 3: 1, 2: 5}, other_rank={3: 0})
    fused = fuse_rankings([[first, same], [first, same], [other]], stated=stated, pool_ranks=10, feedback=evidence)
    assert [h["id"] for h in fused] == [1, 3, 2]
    fused = fuse_rankings([[first, same], [first, same], [other]], stated=stated, pool_ranks=10, feedback=Feedback())
    assert [h["id"] for h in fused] == [1, 2, 3]


def test_list_ranks_reads_the_whole_list_and_the_other_languages_list() -> None:
    from search.queries import list_ranks

    whole, indonesian, english = [{"id": 1}, {"id": 2}], [{"id": 2}, {"id": 1}], [{"id": 3}, {"id": 2}]
    known = list_ranks([whole, indonesian, english], "en")
    assert known.whole_rank == {1: 0, 2: 1} and known.other_rank == {3: 0, 2: 1}
    unknown = list_ranks([whole, indonesian, english], None)  # either language list: the better rank
    assert unknown.other_rank == {2: 0, 1: 1, 3: 0}


def test_releases_more_like_the_first_hit_join_the_pool_within_the_filters() -> None:
    """A question about one detail of a story shares few words with the rest of its series: the fusion asks for the
    releases most similar to its first hit (stored vectors, the request's filters, no vectors sent back) and pools
    those similar enough after the first hit; one below :data:`RELATED_TO_FIRST` stays out."""
    from search.queries import (
        RELATED_TO_FIRST,
        SIMILAR_TO_FIRST,
        SearchRequest,
        fused_hybrid_search,
        search_params,
    )

    assert SIMILAR_TO_FIRST > 0

    hits = [{"id": 1, "title": "KPK sita aset tersangka alat kesehatan", "lead": "", "translation_group": 1},
            {"id": 2, "title": "Harga kebutuhan rumah tangga", "lead": "", "translation_group": 2}]
    like_first = [{"id": 3, "title": "KPK tahan camat", "translation_group": 3, "_rankingScore": 0.97},
                  {"id": 4, "title": "Lain", "translation_group": 4, "_rankingScore": (1 + RELATED_TO_FIRST) / 2 - 0.01}]
    client = _FeedbackClient(hits, lambda asked: like_first if asked["id"] == 1 else [])
    req = SearchRequest(q="alat kesehatan digelembungkan", mode="hybrid", sources=["kpk"])
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    first = client.asked[0]
    assert first["id"] == 1 and first["filter"] == search_params(req)["filter"] and "retrieveVectors" not in first
    assert [h["id"] for h in response["hits"]] == [1, 3, 2]


def test_the_releases_like_the_first_hits_translation_join_too() -> None:
    """e5 puts a release nearer to its own language's releases: the series in the other language comes through the
    first hit's translation, asked for too when it has one."""
    from search.queries import SIMILAR_TO_PARTNER, SearchRequest, fused_hybrid_search, search_params

    assert SIMILAR_TO_PARTNER

    first = {"id": 1, "title": "KPK tahan camat dana desa", "lead": "", "translation_group": 1, "translation_id": 2}
    like = {1: {"id": 3, "title": "KPK", "translation_group": 3, "_rankingScore": 0.95},
            2: {"id": 4, "title": "KPK (en)", "translation_group": 4, "_rankingScore": 0.96}}
    client = _FeedbackClient([first], lambda asked: [like[asked["id"]]])
    req = SearchRequest(q="camat dana desa", mode="hybrid")
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    assert [asked["id"] for asked in client.asked] == [1, 2]
    assert response["hits"][0]["id"] == 1 and {3, 4} <= {h["id"] for h in response["hits"]}


def test_the_other_languages_releases_like_the_first_hit_join_at_a_lower_similarity() -> None:
    """One topic across the two languages sits further apart in e5 than within one: the fusion also asks for the
    other language's releases most like the first hit, filtered to that language, with a lower threshold."""
    from search.queries import (
        OTHER_LANGUAGE_RELATED,
        RELATED_TO_FIRST,
        SIMILAR_OTHER_LANGUAGE,
        SearchRequest,
        fused_hybrid_search,
        search_params,
    )

    assert SIMILAR_OTHER_LANGUAGE > 0 and OTHER_LANGUAGE_RELATED < RELATED_TO_FIRST

    first = {"id": 1, "title": "Banjir Demak", "lead": "", "translation_group": 1, "language": "id"}
    score = (1 + OTHER_LANGUAGE_RELATED) / 2 + 0.001
    english = [{"id": 5, "title": "Flood", "translation_group": 5, "_rankingScore": score}]
    client = _FeedbackClient([first], lambda asked: english if 'language = "en"' in asked["filter"] else [])
    req = SearchRequest(q="banjir demak tanggul", mode="hybrid", sources=["bnpb"])
    response = fused_hybrid_search(client, "releases", req, req.q, req.q, search_params(req), _Ready([0.1] * 4))
    english = [p for p in client.asked if 'language = "en"' in p["filter"]]
    assert len(english) == 1 and english[0]["limit"] == SIMILAR_OTHER_LANGUAGE
    assert 'source = "bnpb"' in str(english[0]["filter"])  # the request's own filters still apply
    assert [h["id"] for h in response["hits"]] == [1, 5]


class _FeedbackClient(_RecordingClient):
    """Answers every fused list with ``hits`` and each similar-documents search with ``similar(request)``, keeping the
    requests in ``asked``; fetched bodies are empty."""

    def __init__(self, hits: list[dict], similar) -> None:
        super().__init__()
        self.hits, self.similar, self.asked = hits, similar, []

    def multi_search(self, queries: list[dict]) -> dict:
        return {"results": [{"hits": [dict(h) for h in self.hits], "totalHits": len(self.hits)} for _ in queries]}

    def index(self, uid: str):
        client = self

        class Index:
            def get_documents(self, parameters: dict):
                return SimpleNamespace(results=[SimpleNamespace(id=i, body="") for i in parameters["ids"]])

            def get_similar_documents(self, parameters: dict):
                client.asked.append(parameters)
                return {"hits": [dict(hit) for hit in client.similar(parameters)]}

        return Index()



class _WordsClient:
    """A fake index of ``docs`` (id -> text) answering exact word counts, per-word searches and its size."""

    def __init__(self, docs: dict) -> None:
        self.docs = docs
        self.searched: list[dict] = []

    def _matching(self, word: str) -> list:
        return [i for i, text in self.docs.items() if word in text.lower().split()]

    def multi_search(self, queries: list[dict]) -> dict:
        results = []
        for query in queries:
            word = query["q"].strip('"')
            if query.get("limit") == 0:
                results.append({"hits": [], "estimatedTotalHits": len(self._matching(word))})
            else:
                self.searched.append(query)
                results.append({"hits": [{"id": i} for i in self._matching(word)][:query["limit"]]})
        return {"results": results}

    def index(self, uid: str):
        client = self
        return SimpleNamespace(get_stats=lambda: SimpleNamespace(number_of_documents=len(client.docs)))


def test_distinctive_words_are_the_rare_words_other_releases_share() -> None:
    """tf-idf over the index: a word in every release, a stop word or a word no other release has says nothing of
    which releases are like this one; rarer shared words weigh more."""
    from search.queries import clear_count_cache, distinctive_words

    clear_count_cache()
    docs = {1: "banjir demak tanggul jebol wuluh", 2: "banjir demak pengungsi", 3: "banjir jakarta pompa",
            4: "banjir bandung", 5: "banjir tanggul pengungsi"}
    words = distinctive_words(_WordsClient(docs), "r", "Banjir Demak: tanggul jebol di Wuluh dan pengungsi", 3)
    assert set(words) == {"demak", "tanggul", "pengungsi"}  # "banjir" in all five, "jebol"/"wuluh" in one only
    assert "dan" not in words and all(weight > 0 for weight in words.values())


def test_releases_sharing_most_of_the_first_hits_distinctive_words_come_first() -> None:
    """The lexical feedback list: each word searched exactly within the request's filters, releases ordered by the
    share of the words' weight they state, the first hit itself and releases under the minimum share left out."""
    from search.queries import (
        LEXICAL_MIN_SCORE,
        SearchRequest,
        clear_count_cache,
        lexically_like,
        search_params,
    )

    clear_count_cache()
    docs = {1: "kpk tahan camat dana desa lombok", 2: "kpk periksa camat dana desa lombok", 3: "kpk sita aset",
            4: "dana bos sekolah", 5: "camat lombok", 6: "harga beras", 7: "harga cabai", 8: "harga gula"}
    client = _WordsClient(docs)
    params = search_params(SearchRequest(q="camat lombok", sources=["kpk"]))
    hits = lexically_like(client, "r", {"id": 1, "title": docs[1], "lead": ""}, "", params)
    ids = [h["id"] for h in hits]
    assert ids[:2] == [2, 5] and 1 not in ids and 6 not in ids
    assert all(h["_rankingScore"] >= LEXICAL_MIN_SCORE for h in hits)
    assert hits[0]["_rankingScore"] == pytest.approx(1.0)  # 2 states every shared word of 1
    assert all(q["filter"] == params["filter"] and q["q"].startswith('"') for q in client.searched)


def test_only_the_first_words_of_a_long_release_are_counted(monkeypatch) -> None:
    """Each distinct word of the first hit is one count request: a long release is read up to its first
    :data:`LEXICAL_TEXT_WORDS` words."""
    from search import queries

    queries.clear_count_cache()
    monkeypatch.setattr(queries, "LEXICAL_TEXT_WORDS", 4)
    asked: list[str] = []

    class Counting(_WordsClient):
        def multi_search(self, requests: list[dict]) -> dict:
            asked.extend(r["q"].strip('"') for r in requests)
            return super().multi_search(requests)

    docs = {1: "banjir demak tanggul", 2: "banjir demak", 3: "tanggul wuluh", 4: "wuluh"}
    queries.distinctive_words(Counting(docs), "r", "banjir demak tanggul jebol wuluh sungai", 10)
    assert set(asked) == {"banjir", "demak", "tanggul", "jebol"}
