"""Ranking quality measures for the relevance benchmark (tests/data/relevance).

nDCG@k with graded judgments is the standard measure for "are the best releases at the top": each hit
earns ``(2**grade - 1) / log2(rank + 1)``, and the sum is divided by the best possible sum for that query
(the ideal ordering of its judged releases). A query with no judged releases scores 1.0 when it returns
nothing and 0.0 otherwise, so "must match nothing" queries can be written too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["dcg", "mean_by_category", "ndcg_at_k"]


def dcg(grades: Iterable[float]) -> float:
    """Discounted cumulative gain of grades listed in rank order (rank 1 first)."""
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades))


def ndcg_at_k(ranked: Sequence[str], judgments: Mapping[str, float], k: int = 10) -> float:
    """nDCG@k of ``ranked`` document ids against graded ``judgments`` (id -> grade; absent = 0)."""
    if not judgments or not any(judgments.values()):
        return 1.0 if not ranked else 0.0
    ideal = dcg(sorted(judgments.values(), reverse=True)[:k])
    got = dcg(judgments.get(doc, 0) for doc in ranked[:k])
    return got / ideal


def mean_by_category(scores: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Mean score per category plus ``"overall"`` (the mean over all queries, not over categories)."""
    buckets: dict[str, list[float]] = {}
    everything: list[float] = []
    for category, score in scores:
        buckets.setdefault(category, []).append(score)
        everything.append(score)
    means = {cat: sum(v) / len(v) for cat, v in sorted(buckets.items())}
    means["overall"] = sum(everything) / len(everything) if everything else 0.0
    return means
