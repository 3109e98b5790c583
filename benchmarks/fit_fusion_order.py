"""Refit the weights of the fused hybrid ranking's order after its first hit (``search.queries.Feedback.score``).

    .venv/bin/python benchmarks/fit_fusion_order.py [--fit news1,...] [--check news5,...]

How session 14's weights were found, kept so that they can be found again (another corpus, another model):

1. **Capture.** Every query of the fitted and checked sets runs through the real hybrid search (a real Meilisearch
   with the stored vectors, as bench_relevance.py); the fusion's final call is watched, and each pooled hit after the
   first is recorded with the terms the score adds up (``Feedback.terms``: concepts stated, held by a feedback list, by two or more, its
   ranks in the whole and the other language's list, its cosine to the first hit, same language as the first hit),
   its tie-break (best rank, list) and its grade.
2. **Fit.** Pairwise logistic regression on the fitted sets' judged pairs (a release graded higher against one graded
   lower, weighted by their gain difference ``2**g - 2**h``), on standardised terms, with a little L2; the weights
   are then divided by the concepts' weight, so that they read as "concepts' worth".
3. **Check.** Re-ordering the captured pool offline reproduces the measured ranking with the current weights (printed
   as a check, it must be 0 differences); nDCG@10 of every set is printed with the current and the fitted weights.

Round the fitted weights and measure them with bench_relevance.py before adopting them (benchmarks/results/relevance.md,
session 14: fitted 2.54 / 2.46 / 3.61 / 1.96 / 32.5 / -1.54, adopted 2.5 / 2.5 / 3.5 / 2.0 / 30 / -1.5).
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from pathlib import Path

import meilisearch
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_relevance as bench

from search import embeddings, queries
from search.evaluation import ndcg_at_k
from search.server import LocalMeilisearch

TERMS = ("concepts", "held", "agreed", "whole_rank", "other_rank", "cosine", "same_language")
FIT = "news1,news2,news3,news4,fresh1,fresh3,fresh5,fresh7,tuning,heldout20"
CHECK = "news5,news6,news7,news8,news9,news10,fresh2,fresh4,fresh6,heldout22,heldout8"


def current_weights() -> np.ndarray:
    return np.array(queries.score_weights())


class Capture:
    """Wraps ``queries.fuse_rankings``; keeps the pool of its last call made with feedback."""

    def __init__(self) -> None:
        self.fuse = queries.fuse_rankings
        self.last: dict | None = None

    def __call__(self, rankings, group=None, stated=None, pool_ranks=0, feedback=None, lead=None):
        fused = self.fuse(rankings, group=group, stated=stated, pool_ranks=pool_ranks, feedback=feedback, lead=lead)
        if feedback is not None and fused:
            self.last = self.pool(rankings, stated, pool_ranks, feedback, fused)
        return fused

    @staticmethod
    def pool(rankings, stated, pool_ranks: int, feedback: queries.Feedback, fused: list[dict]) -> dict:
        best: dict = {}
        hits: dict = {}
        for order, ranking in enumerate(rankings):
            for rank, hit in enumerate(ranking):
                best[hit["id"]] = min(best.get(hit["id"], (rank, order)), (rank, order))
                hits.setdefault(hit["id"], hit)
        count = queries.shared_with_partners({k: stated(h) if stated else 0 for k, h in hits.items()}, hits)
        top = fused[0]["id"]
        pooled = [k for k in hits if k != top and (best[k][0] < pool_ranks or feedback.lists.get(k))]
        first_language = hits[top].get("language")
        return {"top": str(top), "ids": [str(k) for k in pooled], "ties": [best[k] for k in pooled],
                "X": np.array([feedback.terms(k, count[k], hits[k].get("language"), first_language) for k in pooled],
                              dtype=float).reshape(len(pooled), len(TERMS)),
                "rest": [str(h["id"]) for h in fused[1:] if h["id"] not in set(pooled)]}


def capture(set_names: list[str]) -> list[dict]:
    """One record per query: its set, category, judgments, measured ranking and captured pool."""
    model = embeddings.load_embedder()
    if model is None:
        sys.exit(embeddings.unavailable_reason())
    watch = Capture()
    queries.fuse_rankings = watch
    records: list[dict] = []
    try:
        with tempfile.TemporaryDirectory() as tmp, LocalMeilisearch(Path(tmp) / "meili",
                                                                    master_key=(key := secrets.token_urlsafe(16))) as srv:
            client = meilisearch.Client(srv.url, key)
            indexes: dict[str, str] = {}
            for name in set_names:
                corpus, query_file = bench.SETS[name]
                if corpus not in indexes:
                    indexes[corpus] = bench.build_index(client, corpus, model, Path(tmp))
                for query in bench.load_jsonl(bench.DATA / query_file):
                    queries.clear_count_cache()
                    watch.last = None
                    ranked = bench.plain_search(client, indexes[corpus], query["q"], "hybrid")
                    if watch.last is not None:
                        records.append({"set": name, "category": query["category"], "ranked": ranked,
                                        "relevant": {str(k): v for k, v in query["relevant"].items()}, **watch.last})
                print(f"captured {name}", file=sys.stderr, flush=True)
    finally:
        queries.fuse_rankings = watch.fuse
    return records


def reorder(record: dict, weights: np.ndarray) -> list[str]:
    """The ranking with the pool after the first hit ordered by ``weights`` (ties: best rank, then list)."""
    scores = record["X"] @ weights
    order = sorted(range(len(record["ids"])), key=lambda i: (-round(float(scores[i]), 9), record["ties"][i]))
    return [record["top"], *(record["ids"][i] for i in order), *record["rest"]]


def fit(records: list[dict], l2: float = 1e-3, steps: int = 2000) -> np.ndarray:
    """Pairwise logistic regression on the judged pairs of the pooled hits (module docstring, step 2)."""
    differences, gains = [], []
    for record in records:
        grades = [record["relevant"].get(i, 0) for i in record["ids"]]
        for a, ga in enumerate(grades):
            for b, gb in enumerate(grades):
                if ga > gb:
                    differences.append(record["X"][a] - record["X"][b])
                    gains.append(2.0 ** ga - 2.0 ** gb)
    d, g = np.array(differences), np.array(gains)
    spread = d.std(axis=0) + 1e-9
    d = d / spread
    w = np.zeros(len(TERMS))
    for _ in range(steps):
        p = 1 / (1 + np.exp(np.clip(d @ w, -30, 30)))
        w -= 0.5 * (-(d * (g * p)[:, None]).sum(axis=0) / len(g) + l2 * w)
    w = w / spread
    return w / w[0]


def mean_ndcg(records: list[dict], weights: np.ndarray | None = None) -> float:
    ranked = (r["ranked"] if weights is None else reorder(r, weights) for r in records)
    return float(np.mean([ndcg_at_k(list(ids), r["relevant"], 10) for ids, r in zip(ranked, records)]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", default=FIT, help="sets the weights are fitted on")
    parser.add_argument("--check", default=CHECK, help="sets only measured")
    args = parser.parse_args()
    fitted_sets, checked_sets = args.fit.split(","), [s for s in args.check.split(",") if s]
    records = capture(fitted_sets + checked_sets)
    current = current_weights()
    differ = sum(reorder(r, current)[:10] != r["ranked"][:10] for r in records)
    print(f"re-ordered offline with the current weights: {differ} of {len(records)} first tens differ (must be 0)")
    weights = fit([r for r in records if r["set"] in fitted_sets])
    print("fitted: " + ", ".join(f"{name} {w:.2f}" for name, w in zip(TERMS, weights)))
    print("| set | fitted on | current | fitted weights |\n|---|---|---|---|")
    for name in fitted_sets + checked_sets:
        subset = [r for r in records if r["set"] == name]
        print(f"| {name} | {'yes' if name in fitted_sets else 'no'} | {mean_ndcg(subset):.3f} | "
              f"{mean_ndcg(subset, weights):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
