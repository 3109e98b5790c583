"""``siaran sources check`` against replicas: a source that matches its site passes; a redesigned
template is reported by the name of the selector that stopped matching; an unreachable site fails."""

from __future__ import annotations

from scraper.check import check_source
from scraper.sources import load_sources
from siaran.config import load_settings
from tests.replicas.bnpt.site import BnptSite


class RedesignedBnpt(BnptSite):
    """The BNPT site after a theme change: the headline class and the date markup are new."""

    def page(self, title: str, content: str, head: str = "") -> str:
        content = content.replace('class="post-title"', 'class="entry-title"').replace(
            '<span class="date">', '<span class="published">')
        return super().page(title, content, head)


def bnpt_at(url: str):
    return load_sources(overrides={})["bnpt"].with_base_url(url)


def test_source_matching_its_site_passes(replica):
    server = replica(BnptSite())
    report = check_source(bnpt_at(server.url))
    assert report.ok
    assert report.starts[0].status == 200 and len(report.starts[0].links) == 4
    assert report.article.date_parsed and report.article.missing == []
    assert "OK" in report.render().plain
    # One listing page and one article, with robots.txt asked first and our User-Agent.
    assert server.paths()[0] == "/robots.txt" and len(server.paths()) == 3
    assert all(r.headers.get("User-Agent") == load_settings().user_agent for r in server.log)


def test_redesigned_template_names_the_selectors_that_found_nothing(replica):
    server = replica(RedesignedBnpt())
    report = check_source(bnpt_at(server.url))
    assert not report.ok
    assert report.article.missing == ["title", "date"]
    assert not report.article.date_parsed
    rendered = report.render().plain
    assert "FAILED" in rendered and "selectors found nothing: title, date" in rendered


def test_unreachable_site_fails_with_the_reason():
    report = check_source(bnpt_at("http://127.0.0.1:9"))
    assert not report.ok and report.article is None
    assert "unreachable" in report.render().plain and "ConnectError" in report.starts[0].error


def test_cli_exit_code_follows_the_check(siaran, replica, tmp_path):
    good, bad = replica(BnptSite()), replica(RedesignedBnpt())
    env = {"SIARAN_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"}
    ok = siaran("sources", "check", "--source", "bnpt", env={**env, "SIARAN_SOURCE_URL_BNPT": good.url})
    assert "bnpt OK" in ok.stdout
    failed = siaran("sources", "check", "--source", "bnpt", env={**env, "SIARAN_SOURCE_URL_BNPT": bad.url},
                    check=False)
    assert failed.returncode == 1 and "selectors found nothing: title, date" in failed.stdout
