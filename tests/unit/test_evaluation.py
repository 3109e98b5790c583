"""nDCG@k and per-category means used by the relevance benchmark."""

from __future__ import annotations

import math

import pytest

from search.evaluation import dcg, mean_by_category, ndcg_at_k


def test_perfect_ranking_scores_one() -> None:
    assert ndcg_at_k(["a", "b", "c"], {"a": 2, "b": 1}) == pytest.approx(1.0)


def test_swapped_grades_score_below_one_by_the_textbook_amount() -> None:
    expected = (1 + 3 / math.log2(3)) / (3 + 1 / math.log2(3))
    assert ndcg_at_k(["b", "a"], {"a": 2, "b": 1}) == pytest.approx(expected)


def test_relevant_release_beyond_k_earns_nothing() -> None:
    ranked = [f"x{i}" for i in range(10)] + ["a"]
    assert ndcg_at_k(ranked, {"a": 2}, k=10) == 0.0


def test_unjudged_hits_count_as_irrelevant() -> None:
    assert ndcg_at_k(["x", "a"], {"a": 1}) == pytest.approx(1 / math.log2(3))


def test_query_that_must_match_nothing() -> None:
    assert ndcg_at_k([], {}) == 1.0
    assert ndcg_at_k(["a"], {}) == 0.0


def test_dcg_discounts_by_log_rank() -> None:
    assert dcg([1, 1]) == pytest.approx(1 + 1 / math.log2(3))


def test_mean_by_category_and_overall_over_queries() -> None:
    means = mean_by_category([("a", 1.0), ("a", 0.0), ("b", 1.0)])
    assert means == {"a": 0.5, "b": 1.0, "overall": pytest.approx(2 / 3)}
