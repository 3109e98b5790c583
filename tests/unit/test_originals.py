"""Electing a duplicate group's original: the publisher's page wins whatever order the pages came in."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from pipelines.dedupe import article_key
from pipelines.originals import Member, credits, credits_of, declared_canonical, elect

AGENCY = "https://bnpb.go.id/berita/banjir"


def member(id_: int, source: str, url: str, *, republishes: bool = False, day: int | None = 1,
           credit: tuple[str, ...] = (), name: str | None = None) -> Member:
    published = datetime(2026, 3, day, 3, 0, tzinfo=UTC) if day else None
    return Member(id_, source, name or source.upper(), republishes, url, published, None, None, credit)


def test_the_agency_beats_an_aggregator_in_any_order():
    agency = member(5, "bnpb", AGENCY, day=2)
    copy = member(1, "warta", "https://warta.example/a", republishes=True, day=1)  # earlier, lower id
    other = member(3, "kabar", "https://kabar.example/b", republishes=True, day=1)
    for order in itertools.permutations([agency, copy, other]):
        assert elect(list(order)).id == 5


def test_a_credit_points_at_the_original_when_no_source_is_marked_as_republishing():
    agency = member(9, "bnpb", AGENCY, day=3, name="Badan Nasional Penanggulangan Bencana")
    by_canonical = member(2, "portal", "https://portal.example/x", day=1, credit=(AGENCY,))
    by_name = member(4, "kabar", "https://kabar.example/y", day=1, credit=("Badan Nasional Penanggulangan Bencana",))
    by_id = member(6, "harian", "https://harian.example/z", day=1, credit=("Humas BNPB",))
    assert credits(by_canonical, agency) and credits(by_name, agency) and credits(by_id, agency)
    assert not credits(agency, by_canonical)
    for order in itertools.permutations([agency, by_canonical, by_name, by_id]):
        assert elect(list(order)).id == 9


def test_among_equals_the_earliest_publication_then_the_lowest_id_wins():
    late = member(1, "a", "https://a.example/1", day=5)
    early = member(7, "b", "https://b.example/1", day=2)
    undated = member(0, "c", "https://c.example/1", day=None)
    assert elect([late, early, undated]).id == 7
    assert elect([member(8, "a", "https://a.example/2"), member(3, "b", "https://b.example/2")]).id == 3


def test_credits_come_from_a_foreign_canonical_and_sumber_lines_not_from_a_same_host_canonical():
    html = b'<html><head><link href="https://www.bnpb.go.id/berita/banjir" rel="canonical"></head></html>'
    assert declared_canonical(html, "https://warta.example/a") == AGENCY
    assert credits_of("https://warta.example/a", "Isi.\n\nSumber: BNPB", html) == (AGENCY, "BNPB")
    own = b"<link rel=canonical href=/berita/banjir?utm_source=x>"
    assert credits_of(AGENCY, "Isi tanpa kredit.", own) == ()
    assert declared_canonical(None, AGENCY) is None


def test_a_canonical_is_the_key_only_within_the_host_family():
    # www./no-www and http/https of one host: the canonical merges the variants.
    assert article_key("http://www.bnpb.go.id/berita/cetak/banjir", "https://bnpb.go.id/berita/banjir") == (
        AGENCY, None)
    # Another host: the page keeps its own URL; the canonical is only a hint.
    assert article_key("https://warta.example/a?utm_source=x", AGENCY) == ("https://warta.example/a", AGENCY)
    assert article_key("https://warta.example/a", "https://tidak-ada.invalid/x") == (
        "https://warta.example/a", "https://tidak-ada.invalid/x")
    assert article_key("https://warta.example/a", "mailto:x@y") == ("https://warta.example/a", None)
    assert article_key("https://warta.example/a", None) == ("https://warta.example/a", None)
