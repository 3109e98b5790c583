"""The Alembic migrations build exactly the schema the models declare, on SQLite and PostgreSQL, and the
newest one can be undone and redone (an operator upgrading a live archive relies on both)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from archive.db import Database, alembic_config, make_engine
from archive.models import Base


def schema_differences(database_url: str) -> list:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def article_indexes(database_url: str) -> set[str]:
    engine = make_engine(database_url)
    try:
        return {ix["name"] for ix in inspect(engine).get_indexes("articles")}
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(database_url) -> None:
    Database(database_url).engine.dispose()
    assert schema_differences(database_url) == []
    assert "ix_articles_fetched_at" in article_indexes(database_url)


def test_newest_migration_downgrades_and_upgrades(database_url) -> None:
    Database(database_url).engine.dispose()
    cfg = alembic_config(database_url)
    command.downgrade(cfg, "-1")
    # Whatever the newest migration adds, one step down the schema no longer matches the models.
    assert schema_differences(database_url) != []
    command.upgrade(cfg, "head")
    assert schema_differences(database_url) == []
