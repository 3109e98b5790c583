"""The database side of an export: the SELECTs of both shapes, their batches, revision histories and
the archive's state. Only the chosen columns are read (no ORM objects), one connection, in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    case,
    cast,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlalchemy.types import NullType

from archive.attachments.store import attachments_of
from archive.export.request import ATTACHMENT_FIELDS, FIELD_SPECS, REVISION_FIELDS, SIDES, ExportRequest
from archive.models import Article, Revision, TranslationPair

JAKARTA = ZoneInfo("Asia/Jakarta")
BATCH_ROWS = 1000  # rows per database round trip
_RAW_TIME = NullType()


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, JAKARTA)


def _tag_condition(dialect: str, tags: list[str]):
    """Releases carrying any of ``tags`` (OR, as in search). Tags live in a JSON list column."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import JSONB, array

        return cast(Article.tags, JSONB).op("?|")(array(tags))
    each = func.json_each(Article.tags).table_valued("value")
    return exists(select(literal_column("1")).select_from(each).where(each.c.value.in_(tags)))


def release_conditions(req: ExportRequest, dialect: str, ids_table: Table | None = None) -> list:
    """WHERE clauses on ``Article`` shared by both shapes."""
    conds: list = []
    if req.sources:
        conds.append(Article.source_id.in_(req.sources))
    if req.languages:
        conds.append(Article.language.in_(req.languages))
    if req.tags:
        conds.append(_tag_condition(dialect, req.tags))
    if req.since:
        conds.append(Article.published_at >= _day_start(req.since))
    if req.until:
        conds.append(Article.published_at < _day_start(req.until + timedelta(days=1)))
    if req.duplicates == "exclude":
        # Not indexable on purpose: nearly every release passes, and an index on it would steer the
        # planner away from reading in published_at order.
        conds.append(func.coalesce(Article.duplicate_of_id, 0) == 0)
    if req.as_of:
        conds.append(Article.first_seen <= req.as_of)
    if ids_table is not None:
        conds.append(Article.id.in_(select(ids_table.c.id)))
    return conds


def _raw_time(column):
    """A timestamp column read without SQLAlchemy's per-value processing (the export's largest cost);
    :func:`utc_value` makes it an aware UTC datetime."""
    return type_coerce(column, _RAW_TIME)



def key_count(req: ExportRequest) -> int:
    """How many hidden release-id columns lead each row: they are needed only to attach revision
    histories or attachments, and reading them otherwise would cost a column per row for nothing."""
    if not (req.revisions or req.attachments == "text"):
        return 0
    return 1 if req.shape == "release" else 2


def _column(entity, name: str):
    attr = getattr(entity, FIELD_SPECS[name][0])
    return _raw_time(attr) if FIELD_SPECS[name][1] == "time" else attr


def release_statements(req: ExportRequest, conds: list) -> list:
    """One row per release: the fields, preceded by a hidden key column ``_k0`` (the id) only when
    revisions are asked for (see :func:`key_count`).

    Two statements, run one after the other: dated releases by (published_at, id), then undated ones
    by id. That puts NULL dates last on every backend while each part can be read in the order of an
    index (``NULLS LAST`` in one query makes SQLite sort the whole selection, bodies included).
    """
    keys = [Article.id.label("_k0")] if key_count(req) else []
    cols = keys + [_column(Article, n).label(n) for n in req.fields]
    dated = select(*cols).where(*conds, Article.published_at.is_not(None)).order_by(Article.published_at,
                                                                                     Article.id)
    undated = select(*cols).where(*conds, Article.published_at.is_(None)).order_by(Article.id)
    return [dated, undated]


def translation_statement(req: ExportRequest, conds: list):
    """One row per translation group: each stored pair with any member selected, and each selected
    release without a pair (its other side empty). The partner of a selected release is shown even when
    it alone would not match (``--lang id`` gives Indonesian releases with their English versions)."""
    tp = TranslationPair
    base = select(Article.id).where(*conds)
    paired = select(tp.id_article_id.label("ind"), tp.en_article_id.label("eng"), tp.method.label("method"),
                    tp.score.label("score")).where(or_(tp.id_article_id.in_(base), tp.en_article_id.in_(base)))
    is_en = Article.language == "en"
    lonely = select(case((is_en, null()), else_=Article.id).label("ind"),
                    case((is_en, Article.id), else_=null()).label("eng"),
                    cast(null(), String(32)).label("method"), cast(null(), Float).label("score")).where(
        *conds, Article.id.not_in(select(tp.id_article_id)), Article.id.not_in(select(tp.en_article_id)))
    groups = union_all(paired, lonely).subquery("groups")
    sides = {suffix: aliased(Article, name=f"a_{suffix}") for suffix, _ in SIDES}
    keys = [groups.c.ind.label("_k0"), groups.c.eng.label("_k1")] if key_count(req) else []
    cols = keys + [groups.c.method.label("translation_method"), groups.c.score.label("translation_score")]
    for name in req.fields:
        cols += [_column(sides[s], name).label(f"{name}_{s}") for s, _ in SIDES]
    ind, eng = sides["ind"], sides["eng"]
    stmt = (select(*cols).select_from(groups)
            .outerjoin(ind, ind.id == groups.c.ind).outerjoin(eng, eng.id == groups.c.eng)
            .order_by(func.coalesce(ind.published_at, eng.published_at).asc().nulls_last(),
                      func.coalesce(ind.id, eng.id)))
    return [stmt]


def _ids_table() -> Table:
    return Table("siaran_export_ids", MetaData(), Column("id", Integer, primary_key=True),
                 prefixes=["TEMPORARY"])


def database_state(conn) -> dict:
    """What the archive looked like when the export ran: enough to tell later whether it changed."""
    latest, releases = conn.execute(select(func.max(Article.fetched_at), func.count(Article.id))).one()
    revisions, last_revision = conn.execute(select(func.count(Revision.id), func.max(Revision.id))).one()
    return {"backend": conn.dialect.name, "state_time": latest.isoformat() if latest else None,
            "releases": releases, "revisions": revisions, "last_revision_id": last_revision}


def _needs_row_processing(conn, stmt) -> bool:
    """Whether any selected column's type converts the driver's value (JSON text, SQLite's 0/1 booleans)."""
    dialect = conn.dialect
    return any(col.type.dialect_impl(dialect).result_processor(dialect, None) is not None
               for col in stmt.selected_columns)


def _partitions(conn, stmt) -> Iterator[Sequence[Sequence]]:
    """The statement's rows in batches of ``BATCH_ROWS``.

    On SQLite, when no selected column needs converting, the batches are read straight from the DBAPI
    cursor of the executed statement (SQLAlchemy still compiles it and processes its parameters): building
    a ``Row`` per result costs ~0.6 s per million rows, a tenth of the whole export. Elsewhere, and for
    columns with converters, SQLAlchemy's streamed partitions.
    """
    if conn.dialect.name == "sqlite" and not _needs_row_processing(conn, stmt):
        result = conn.execute(stmt)
        try:
            cursor = result.cursor
            while batch := cursor.fetchmany(BATCH_ROWS):
                yield batch
        finally:
            result.close()
        return
    yield from conn.execution_options(yield_per=BATCH_ROWS).execute(stmt).partitions()


def _attachments_by_article(conn, article_ids: Iterable[int | None]) -> dict[int, list[dict]]:
    """release id -> its attachments as ``ATTACHMENT_FIELDS`` dicts (failed fetches too, with no pages)."""
    ids = sorted({i for i in article_ids if i is not None})
    views = attachments_of(conn, ids, with_text=True)
    return {i: [{name: getattr(v, name) for name, _ in ATTACHMENT_FIELDS} for v in views.get(i, [])] for i in ids}


def _revisions_by_article(conn, article_ids: Iterable[int | None]) -> dict[int, list[dict]]:
    ids = sorted({i for i in article_ids if i is not None})
    history: dict[int, list[dict]] = {i: [] for i in ids}
    if not ids:
        return history
    cols = [getattr(Revision, name) for name, _ in REVISION_FIELDS]
    stmt = select(Revision.article_id, *cols).where(Revision.article_id.in_(ids)).order_by(
        Revision.article_id, Revision.id)
    for row in conn.execute(stmt):
        history[row[0]].append({name: value for (name, _), value in zip(REVISION_FIELDS, row[1:])})
    return history
