"""Two Siaran commands started together on a new database both succeed: the schema migrations run
under a lock (a file lock for SQLite, ``pg_advisory_lock`` for PostgreSQL), so the second waits and
then finds the schema at head instead of failing in ``CREATE TABLE`` / ``CREATE INDEX``."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from alembic.script import ScriptDirectory
from sqlalchemy import text

from archive.db import MIGRATIONS, alembic_config, make_engine
from tests.conftest import ROOT, run_siaran

# Each process sleeps until the same instant, then opens (and so migrates) the database: the two
# migrations overlap instead of depending on how long each interpreter took to start.
OPEN_AT = """
import sys, time
start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
from archive.db import Database
Database(sys.argv[1]).dispose()
print("migrated")
"""


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def race(database_url: str, processes: int = 3) -> list[subprocess.CompletedProcess]:
    start = time.time() + 4.0  # after every interpreter has imported SQLAlchemy and Alembic
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, database_url, str(start)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(processes)]
    results = []
    for proc in procs:
        out, errors = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, errors))
    return results


def test_commands_started_together_on_a_new_database_all_succeed(database_url):
    results = race(database_url)
    for result in results:
        assert result.returncode == 0, result.stderr[-3000:]
        assert result.stdout.strip() == "migrated"
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]
            assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0
    finally:
        engine.dispose()
    assert MIGRATIONS.is_dir()


def test_two_siaran_commands_on_a_new_database(database_url, tmp_path):
    env = {"SIARAN_DATABASE_URL": database_url, "SIARAN_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"}
    full_env = {**os.environ, **env}
    procs = [subprocess.Popen([sys.executable, "-m", "siaran.cli", "runs"], cwd=ROOT, env=full_env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        out, errors = proc.communicate(timeout=120)
        assert proc.returncode == 0, errors[-3000:]
        assert "Crawl runs" in out
    assert "Crawl runs" in run_siaran("runs", env=env).stdout
