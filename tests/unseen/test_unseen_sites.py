"""Eight agency sites no source entry was written for, added from their address alone.

For each mock site (``tests/unseen/sites/``): ``siaran sources add URL --id X --write`` writes an entry
without selectors, one ``siaran crawl`` crawls them all into a real SQLite database and Meilisearch, and
the archive is compared with the expectations written before any crawl (``tests/unseen/expected/``).
Targets (issue 13): every article found, titles and dates exact (time kept when the page shows one) for
at least 99%, body token F1 of at least 0.97, languages all right. Failures are listed by URL and field.
"""

from __future__ import annotations

import pytest

from scraper.sources import load_source_file
from tests.unseen.suite import TARGETS, run_suite


@pytest.fixture(scope="module")
def suite(tmp_path_factory, meili):
    return run_suite(tmp_path_factory.mktemp("unseen"), meili)


def figures(suite) -> str:
    return suite.table() + "\n".join(suite.failures())


def test_sources_add_writes_an_entry_without_selectors_that_loads(suite, tmp_path):
    for sid, text in suite.entries.items():
        path = tmp_path / f"{sid}.toml"
        path.write_text(text, encoding="utf-8")
        source = load_source_file(path)
        assert source.article_url_pattern and source.discovery
        assert source.selectors.title is None and source.selectors.body is None
    assert 'kind = "sitemap"' in suite.entries["etci"] and 'kind = "listing"' not in suite.entries["etci"]
    assert "JavaScript-only" in suite.add_output["etci"]
    assert 'language = "en"' in suite.entries["bpet"] and 'languages = ["id", "en"]' in suite.entries["bpet"]
    assert "republishes = true" in suite.entries["wartanusa"]
    assert "republishes" not in suite.entries["brkn"]


def test_every_article_is_found(suite):
    assert suite.share("found") >= TARGETS["found"], figures(suite)


def test_titles_are_exact(suite):
    assert suite.share("title") >= TARGETS["title"], figures(suite)


def test_dates_are_exact_with_time_when_shown(suite):
    assert suite.share("date") >= TARGETS["date"], figures(suite)


def test_bodies_match(suite):
    assert suite.share("body_f1") >= TARGETS["body_f1"], figures(suite)


def test_languages_are_right(suite):
    assert suite.share("language") >= TARGETS["language"], figures(suite)


def test_broken_sitemaps_are_listed_by_runs_errors(suite):
    out = " ".join(suite.errors_output.split())
    assert "news-2023.xml.gz" in out and "not gzip" in out
    assert "partners.example.org" in out and "another host" in out
    assert "legacy.xml" in out and "unparseable" in out


def test_the_comparison_itself_can_fail():
    from datetime import UTC, datetime

    from tests.unseen.suite import expected_time, token_f1

    assert token_f1("Rapat koordinasi di Jakarta", "Rapat koordinasi di Jakarta") == 1.0
    assert token_f1("Rapat koordinasi di Jakarta", "Rapat koordinasi di Jakarta. Hak cipta dilindungi.") < 0.8
    assert token_f1("Rapat koordinasi", "") == 0.0
    assert expected_time("2024-07-17T14:30+07:00") == (datetime(2024, 7, 17, 7, 30, tzinfo=UTC), True)
    day, has_time = expected_time("2024-07-17")
    assert day == datetime(2024, 7, 16, 17, 0, tzinfo=UTC) and not has_time
    assert expected_time(None) == (None, False)
