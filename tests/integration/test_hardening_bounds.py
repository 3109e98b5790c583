"""Numbers past what the database holds (ids: 32-bit on PostgreSQL, 64-bit on SQLite; LIMIT: 64-bit) get a
404 / 422 from the API and one line with exit code 2 from the CLI, never a 500, a cut body or SQL text."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from archive.db import get_database
from pipelines.store import ensure_source, store_release

pytestmark = pytest.mark.timeout(120)
HUGE = [2**31 - 1, 2**31, 2**63 - 1, 2**63, 10**30, 0, -1]


@pytest.fixture
def one_release(database_url) -> int:
    db = get_database(database_url)
    with db.session() as s:
        ensure_source(s, SimpleNamespace(id="bnpt", name="BNPT", base_url="https://bnpt.go.id", languages=["id"]))
    body = "Koordinasi pencegahan terorisme."
    url = "https://bnpt.go.id/siaran-pers/1"
    with db.session() as s:
        store_release(s, {"source": "bnpt", "url": url, "canonical_url": url, "language": "id", "title": "Siaran",
                          "published_at": datetime(2022, 7, 1, tzinfo=UTC), "published_has_time": True,
                          "tags": [], "body": body, "truncated": False, "http_status": 200,
                          "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                          "fetched_at": datetime.now(UTC), "extractor": "selectors"})
    with db.session() as s:
        from sqlalchemy import func, select

        from archive.models import Article

        return s.scalar(select(func.min(Article.id)))


@pytest.fixture
def api(database_url, tmp_path, one_release):
    from search.api import create_app
    from siaran.config import load_settings

    settings = replace(load_settings(), data_dir=tmp_path / "data", database_url=database_url,
                       meili_url="http://127.0.0.1:9", meili_api_key=None)
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        yield client


def test_article_ids_the_database_cannot_hold_are_not_found(api, one_release):
    for article_id in HUGE:
        response = api.get(f"/articles/{article_id}")
        assert response.status_code in (404, 422), (article_id, response.text)
        assert "detail" in response.json()
    assert api.get(f"/articles/{one_release}").json()["id"] == one_release  # a stored one still is found


def test_an_export_limit_past_sql_is_refused_before_any_header(api):
    for limit in (10**30, 2**63, 0):
        response = api.get(f"/export?limit={limit}")
        assert response.status_code == 422, limit
        assert "limit" in response.text and "content-disposition" not in response.headers
    response = api.get(f"/export?limit={2**63 - 1}&format=jsonl")  # the largest limit exports everything
    assert response.status_code == 200 and len(response.text.splitlines()) == 1


def one_line(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr and "SELECT" not in proc.stderr, proc.stderr
    return lines[0]


def test_cli_numbers_past_the_database_are_one_line_errors(database_url, tmp_path, siaran, one_release):
    env = {"SIARAN_DATABASE_URL": database_url, "SIARAN_DATA_DIR": str(tmp_path / "data")}
    for article_id in (2**31, 10**30):
        proc = siaran("show", str(article_id), env=env, check=False)
        assert proc.returncode == 2 and f"no release with id {article_id}" in one_line(proc)
    assert "Siaran" in siaran("show", str(one_release), env=env).stdout


@pytest.mark.parametrize("args", [["search", "x", "--page", "0"], ["search", "x", "--page", str(10**30)],
                                  ["search", "x", "--per-page", "0"], ["search", "x", "--per-page", "100000"],
                                  ["runs", "--limit", str(10**30)], ["changes", "--limit", str(10**30)],
                                  ["export", "--out", "x.csv", "--limit", str(10**30)]])
def test_cli_counts_are_bounded(args, monkeypatch, capsys, tmp_path):
    import sys

    from siaran import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SIARAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["siaran", *args])
    with pytest.raises(SystemExit) as info:
        cli.run()
    err = capsys.readouterr().err
    assert info.value.code == 2 and len(err.strip().splitlines()) == 1 and "--" in err
    assert not (tmp_path / "x.csv").exists()


def _integer_params(operation: dict) -> list[tuple[str, str]]:
    """(name, in) of each integer (or list-of-integer) parameter of an OpenAPI operation."""
    found = []
    for param in operation.get("parameters", []):
        schema = param.get("schema", {})
        options = [schema, *schema.get("anyOf", [])]
        if any(o.get("type") == "integer" or o.get("items", {}).get("type") == "integer" for o in options):
            found.append((param["name"], param["in"]))
    return found


def test_no_integer_parameter_of_any_route_gives_a_500(api):
    """Every GET route's integer parameters, now and added later, against numbers past the databases."""
    api_paths = api.app.openapi()["paths"]
    probed = 0
    for path, operations in api_paths.items():
        operation = operations.get("get")
        if operation is None:
            continue
        for name, where in _integer_params(operation):
            for value in (2**31, 2**63, 10**30):
                url = path
                for param in operation.get("parameters", []):
                    if param["in"] == "path":
                        url = url.replace("{" + param["name"] + "}", str(value) if param["name"] == name else "1")
                params = {name: value} if where == "query" else {}
                response = api.get(url, params=params)
                assert response.status_code < 500 or response.status_code == 503, (url, params, response.text)
                probed += 1
    assert probed >= 9  # /articles/{id}, /search page and per_page, /export limit at least
