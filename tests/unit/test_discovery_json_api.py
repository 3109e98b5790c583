"""JSON API records -> release fields (pure functions of scraper.discovery.json_api)."""

from __future__ import annotations

import pytest

from scraper.discovery.json_api import (
    ApiSpec,
    ApiSpecError,
    api_base_for,
    api_message,
    dig,
    external_id,
    fill,
    gone_by_rule,
    has_next_page,
    record_fields,
    slugify,
)

KEMLU = ApiSpec.from_options("/api/contentMenu?page={page}&limit={limit}", {
    "records": "data.publication", "total": "data.meta.filtered", "url": "/berita/{slug}", "title": "title",
    "date": "publish_date", "midnight_is_date_only": True, "body": "content_detail", "external_id": "slug"})
BPS = ApiSpec.from_options("/v1/api/list/model/pressrelease/lang/ind/domain/0000/key/{key}/page/{page}", {
    "records": "data.1", "pages": "data.0.pages", "url": "/id/pressrelease/{rl_date:ymd}/{brs_id}/{title:slug}.html",
    "title": "title", "date": "rl_date", "body": "abstract", "external_id": "brs_id", "attachments": ["pdf", "slide"]})
BPS_ROW = {"brs_id": 2408, "title": "Ekonomi Indonesia Tahun 2024 Tumbuh 5,03 Persen", "rl_date": "2025-02-05",
           "abstract": "<p>Ekonomi Indonesia tahun 2024 tumbuh 5,03 persen.</p><p>Kedua.</p>",
           "pdf": "https://web-api.bps.go.id/download.php?f=abc", "slide": ""}


def test_dig_reaches_into_objects_and_lists():
    payload = {"data": [{"page": 1, "pages": 3}, [{"brs_id": 1}]], "x": None}
    assert dig(payload, "data.0.pages") == 3
    assert dig(payload, "data.1") == [{"brs_id": 1}]
    assert dig(payload, "data.2") is None and dig(payload, "data.0.nope", "d") == "d"
    assert dig(payload, "x.y") is None


def test_slugify_and_ymd_template():
    assert slugify("Ekonomi Indonesia Tahun 2024 Tumbuh 5,03 Persen") == "ekonomi-indonesia-tahun-2024-tumbuh-5-03-persen"
    assert fill("/id/{rl_date:ymd}/{brs_id}", BPS_ROW) == "/id/2025/02/05/2408"
    assert fill("/berita/{slug}", {"title": "x"}) is None  # a record without the field builds no URL


def test_bps_row_maps_to_release_fields():
    url, found = record_fields(BPS_ROW, BPS, base_url="https://www.bps.go.id", language="id")
    assert url == ("https://www.bps.go.id/id/pressrelease/2025/02/05/2408/"
                   "ekonomi-indonesia-tahun-2024-tumbuh-5-03-persen.html")
    assert found.title == BPS_ROW["title"] and found.language == "id"
    assert found.paragraphs == ["Ekonomi Indonesia tahun 2024 tumbuh 5,03 persen.", "Kedua."]
    assert found.published_at.isoformat() == "2025-02-04T17:00:00+00:00" and not found.published_has_time
    assert found.attachments == ["https://web-api.bps.go.id/download.php?f=abc"]  # empty slide left out
    assert external_id(BPS_ROW, BPS) == "2408"


def test_kemlu_midnight_is_a_date_without_time_but_a_real_time_is_kept():
    rec = {"slug": "a-b", "title": "Judul", "publish_date": "2025-10-28 00:00:00", "content_detail": "<p>x</p>"}
    _, found = record_fields(rec, KEMLU, base_url="https://kemlu.go.id", language=None)
    assert found.published_at.isoformat() == "2025-10-27T17:00:00+00:00" and found.published_has_time is False
    assert found.language is None  # left to the language pipeline
    _, found = record_fields({**rec, "publish_date": "2025-10-28 10:30:00"}, KEMLU, base_url="https://kemlu.go.id",
                             language=None)
    assert found.published_at.isoformat() == "2025-10-28T03:30:00+00:00" and found.published_has_time is True


def test_per_record_language_field():
    spec = ApiSpec.from_options("/x", {"records": "r", "url": "/{id}", "title": "t", "language_field": "lang",
                                       "languages": {"ind": "id", "eng": "en"}})
    assert record_fields({"id": 1, "t": "T", "lang": "eng"}, spec, base_url="http://h", language=None)[1].language == "en"
    assert record_fields({"id": 1, "t": "T", "lang": "fr"}, spec, base_url="http://h", language=None)[1].language is None


def test_paging_stops_at_known_pages_totals_and_empty_pages():
    base = {"n_records": 5, "total": None, "pages": None, "any_new": True, "full": False, "max_pages": 50}
    assert has_next_page(1, seen=5, **base)
    assert not has_next_page(1, seen=5, **{**base, "any_new": False})
    assert has_next_page(1, seen=5, **{**base, "any_new": False, "full": True})
    assert not has_next_page(3, seen=15, **{**base, "pages": 3})
    assert not has_next_page(2, seen=9, **{**base, "total": 9})  # counted: a capped page size still ends
    assert not has_next_page(1, seen=0, **{**base, "n_records": 0})


def test_api_base_follows_the_source_to_a_mirror():
    assert api_base_for("https://backpanel.kemlu.go.id", "https://kemlu.go.id") == "https://backpanel.kemlu.go.id"
    assert api_base_for("https://webapi.bps.go.id", "https://www.bps.go.id") == "https://webapi.bps.go.id"
    assert api_base_for("https://webapi.bps.go.id", "http://127.0.0.1:8001") == "http://127.0.0.1:8001"


def test_bad_options_and_error_answers_are_named():
    with pytest.raises(ApiSpecError, match="unknown json_api option"):
        ApiSpec.from_options("/x", {"records": "r", "url": "/u", "title": "t", "bogus": 1})
    with pytest.raises(ApiSpecError, match="'records' is required"):
        ApiSpec.from_options("/x", {"url": "/u", "title": "t"})
    assert api_message({"status": "Error", "message": "Invalid key"}) == "Error: Invalid key"


BPS_GONE = {"status": "OK", "data-availability": "not-available"}


def test_a_removed_record_is_named_only_by_the_declared_answer():
    assert gone_by_rule({"status": "OK", "data-availability": "not-available"}, BPS_GONE) == \
        "API answered status=OK, data-availability=not-available"
    # The wrong-key answer says "not-available" too, but not status OK: it proves nothing.
    assert gone_by_rule({"status": "Error", "data-availability": "not-available",
                         "message": "Invalid key"}, BPS_GONE) is None
    assert gone_by_rule({"status": "OK", "data-availability": "available", "data": {"brs_id": 1}}, BPS_GONE) is None
    assert gone_by_rule({"status": "OK"}, BPS_GONE) is None  # a path that is absent never matches
    assert gone_by_rule({"status": "OK", "data-availability": "not-available"}, {}) is None  # no rule, no evidence
    assert gone_by_rule(["not", "a", "dict"], BPS_GONE) is None
    assert gone_by_rule({"meta": {"found": False}}, {"meta.found": False}) == "API answered meta.found=False"


def test_recheck_gone_needs_a_table_and_a_recheck_url():
    base = {"records": "r", "url": "/u", "title": "t"}
    with pytest.raises(ApiSpecError, match="recheck_gone"):
        ApiSpec.from_options("/x", {**base, "recheck_gone": BPS_GONE})  # no recheck_url
    with pytest.raises(ApiSpecError, match="recheck_gone"):
        ApiSpec.from_options("/x", {**base, "recheck_url": "/one/{id}", "recheck_gone": "not-available"})
    spec = ApiSpec.from_options("/x", {**base, "recheck_url": "/one/{id}", "recheck_gone": BPS_GONE})
    assert spec.recheck_gone == BPS_GONE
