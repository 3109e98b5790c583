"""scraper.recheck.hold_site_wide_gone: a night whose routine re-checks mostly answer "gone" proves
nothing about any single release."""

from __future__ import annotations

from scraper.recheck import GONE, TRANSIENT, UNCHANGED, RecheckPolicy, hold_site_wide_gone

POLICY = RecheckPolicy()  # hold when more than half of the routine re-checks, at least 10, answered gone


def night(gone: int, alive: int, transient: int = 0, start: int = 0) -> dict[int, tuple[str, str | None]]:
    ids = iter(range(start, start + gone + alive + transient))
    return {**{next(ids): (GONE, "HTTP 404") for _ in range(gone)},
            **{next(ids): (UNCHANGED, None) for _ in range(alive)},
            **{next(ids): (TRANSIENT, "HTTP 503") for _ in range(transient)}}


def test_most_routine_checks_gone_holds_every_gone_answer_back():
    held, why = hold_site_wide_gone(night(gone=30, alive=10), set(), POLICY)
    assert why and "30 of 40 routine re-checks answered gone" in why
    assert all(outcome == TRANSIENT for outcome, _ in held.values() if _ == why)
    assert sum(outcome == TRANSIENT for outcome, _ in held.values()) == 30
    assert sum(outcome == UNCHANGED for outcome, _ in held.values()) == 10


def test_a_few_takedowns_among_many_checks_are_kept():
    outcomes = night(gone=12, alive=100)
    assert hold_site_wide_gone(outcomes, set(), POLICY) == (outcomes, None)


def test_a_small_night_is_never_held():
    outcomes = night(gone=9, alive=0)  # under hold_gone_min
    assert hold_site_wide_gone(outcomes, set(), POLICY) == (outcomes, None)


def test_expected_gone_answers_do_not_count_towards_the_share():
    outcomes = night(gone=40, alive=20)
    expected = set(range(30))  # thirty of the gone answers were pointed at by a signal / pending
    assert hold_site_wide_gone(outcomes, expected, POLICY) == (outcomes, None)  # 10 of 30 routine
    assert hold_site_wide_gone(outcomes, set(), POLICY)[1] is not None  # 40 of 60 routine


def test_transient_answers_are_not_routine_evidence_either_way():
    outcomes = night(gone=10, alive=5, transient=100)
    assert hold_site_wide_gone(outcomes, set(), POLICY)[1] is not None  # 10 of 15 conclusive


def test_the_hold_can_be_turned_off():
    outcomes = night(gone=50, alive=0)
    off = RecheckPolicy(hold_gone_share=1.0)
    assert hold_site_wide_gone(outcomes, set(), off) == (outcomes, None)
