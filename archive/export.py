"""Export filtered datasets for researchers: one implementation behind ``siaran export``, the API's
``/export`` and the web page's export button.

Why it looks the way it does:

* **Streaming, flat memory.** Rows come from one database connection in batches (``yield_per``: a
  server-side cursor on PostgreSQL), only the chosen columns are read (no ORM objects), and each format
  is a generator of ``bytes`` chunks, so a file, an HTTP response or a pipe can consume it. Parquet is
  written one row group at a time.
* **Fast.** Rows stay the driver's tuples; each batch is rendered a column at a time (one comprehension
  per column, SQLite's timestamp text rewritten with slices, one ``join`` per batch), and the sha256 and
  the file writes run on a thread while the next batch is rendered (see ``benchmarks/bench_export.py``).
* **Deterministic.** Rows are ordered by (published_at, id), NULL dates last on every backend, so the
  same selection on the same archive gives a byte-identical file, and the manifest's sha256 proves it.
* **Reproducible.** ``run_export`` writes ``OUT.manifest.json`` beside the file: the full request, the
  database state (latest fetch time, counts), the row count, the file's sha256, the Siaran version.
  Re-running a manifest pins ``as_of`` to that state time, so releases crawled later do not enter the
  selection; a different sha256 then means releases in it were edited (or the search index changed).
* **Nothing half-written.** Bad input raises :class:`ExportError` before any I/O; files are written to a
  temporary name in the target folder and renamed only when complete.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from dataclasses import fields as dc_fields
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain, repeat
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps uses
from pathlib import Path
from typing import IO, Any
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

from archive.models import Article, Revision, TranslationPair

JAKARTA = ZoneInfo("Asia/Jakarta")
FORMATS = ("csv", "jsonl", "parquet")
SHAPES = ("release", "translation")
DUPLICATES = ("exclude", "include")
LANGUAGES = ("id", "en")
BATCH_ROWS = 1000  # rows per database round trip
# Parquet rows per row group. pyarrow needs several times a row group's size while encoding it; 5,000
# releases of ~2 KB peaked at ~+130 MB, 10,000 at ~+200 MB (benchmarks/bench_export.py).
ROW_GROUP_ROWS = 5_000
ARROW_SLICE_ROWS = 1_000  # values per Arrow conversion (see arrow_column)
DICTIONARY_COLUMNS = {"source", "language", "detected_language", "extractor", "translation_method"}
MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_VERSION = 1
UTF8_BOM = b"\xef\xbb\xbf"

# name -> (Article attribute, kind). The kind decides the Parquet type and the text rendering.
FIELD_SPECS: dict[str, tuple[str, str]] = {
    "id": ("id", "int"),
    "source": ("source_id", "str"),
    "language": ("language", "str"),
    "detected_language": ("detected_language", "str"),
    "published_at": ("published_at", "time"),
    "published_has_time": ("published_has_time", "bool"),
    "updated_at": ("updated_at", "time"),
    "title": ("title", "str"),
    "subtitle": ("subtitle", "str"),
    "author": ("author", "str"),
    "tags": ("tags", "list"),
    "url": ("url", "str"),
    "canonical_url": ("canonical_url", "str"),
    "image_url": ("image_url", "str"),
    "external_id": ("external_id", "str"),
    "body": ("body", "str"),
    "content_hash": ("content_hash", "str"),
    "duplicate_of": ("duplicate_of_id", "int"),
    "duplicate_similarity": ("duplicate_similarity", "float"),
    "revision_count": ("revision_count", "int"),
    "first_seen": ("first_seen", "time"),
    "last_seen": ("last_seen", "time"),
    "fetched_at": ("fetched_at", "time"),
    "http_status": ("http_status", "int"),
    "extractor": ("extractor", "str"),
}
ALL_FIELDS = list(FIELD_SPECS)
DEFAULT_FIELDS = ["id", "source", "language", "published_at", "title", "url", "body"]
REVISION_FIELDS = (("fetched_at", "time"), ("title", "str"), ("body", "str"), ("content_hash", "str"),
                   ("http_status", "int"), ("url", "str"))
_RAW_TIME = NullType()
SIDES = (("ind", "id"), ("eng", "en"))  # column suffix (ISO 639-2, unambiguous next to "id"), language


class ExportError(ValueError):
    """Bad export input; raised before anything is written. The message is one actionable line."""


@dataclass
class ExportRequest:
    """What to export. Serialisable (``to_dict``/``from_dict``): the manifest stores it verbatim."""

    fmt: str = "csv"
    query: str = ""
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    since: date | None = None  # inclusive, Asia/Jakarta calendar day
    until: date | None = None  # inclusive
    limit: int | None = None
    fields: list[str] = field(default_factory=lambda: list(DEFAULT_FIELDS))
    shape: str = "release"
    duplicates: str = "exclude"
    revisions: bool = False
    excel: bool = False  # CSV with a UTF-8 BOM so Excel detects the encoding
    as_of: datetime | None = None  # only releases first seen at or before this time (set by manifests)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat() if self.until else None
        d["as_of"] = self.as_of.isoformat() if self.as_of else None
        return d

    @classmethod
    def from_dict(cls, data: dict) -> ExportRequest:
        known = {f.name for f in dc_fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ExportError(f"unknown request key(s) {', '.join(unknown)} in manifest")
        values = dict(data)
        try:
            for key in ("since", "until"):
                values[key] = date.fromisoformat(values[key]) if values.get(key) else None
            values["as_of"] = datetime.fromisoformat(values["as_of"]) if values.get("as_of") else None
        except (TypeError, ValueError) as exc:
            raise ExportError(f"bad date in manifest request: {exc}") from None
        return cls(**values)


@dataclass
class ExportResult:
    rows: int
    path: Path
    manifest_path: Path
    manifest: dict


# -- validation ----------------------------------------------------------------------------------
def parse_fields(text: str) -> list[str]:
    """``"a,b,c"`` (or ``"all"``) from the command line or a URL into a field list."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    return list(ALL_FIELDS) if names == ["all"] else names


def validate_request(req: ExportRequest) -> None:
    """Raise :class:`ExportError` for anything that cannot be exported; performs no I/O."""
    choices = (("format", req.fmt, FORMATS), ("shape", req.shape, SHAPES),
               ("duplicates", req.duplicates, DUPLICATES))
    for what, value, allowed in choices:
        if value not in allowed:
            raise ExportError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    if not req.fields:
        raise ExportError("no fields chosen; pass e.g. --fields id,title,body (or all)")
    unknown = [f for f in req.fields if f not in FIELD_SPECS]
    if unknown:
        raise ExportError(f"unknown field(s) {', '.join(unknown)}; `siaran export --help` lists the fields")
    if len(set(req.fields)) != len(req.fields):
        raise ExportError("a field is listed twice in --fields")
    bad_langs = [lang for lang in req.languages if lang not in LANGUAGES]
    if bad_langs:
        raise ExportError(f"unknown language(s) {', '.join(bad_langs)}; use id or en")
    if req.excel and req.fmt != "csv":
        raise ExportError("--excel applies to CSV only")
    if req.limit is not None and req.limit < 1:
        raise ExportError("--limit must be a positive number")
    if req.since and req.until and req.since > req.until:
        raise ExportError(f"--since {req.since} is after --until {req.until}")
    if req.as_of is not None and req.as_of.tzinfo is None:
        raise ExportError("as_of must be a timezone-aware time")


def manifest_path_for(out: Path) -> Path:
    return out.with_name(out.name + MANIFEST_SUFFIX)


def check_output(out: Path, overwrite: bool) -> None:
    for path in (out, manifest_path_for(out)):
        if path.exists() and not overwrite:
            raise ExportError(f"{path} exists; pass --overwrite to replace it")
    if out.exists() and out.is_dir():
        raise ExportError(f"{out} is a directory; give a file name")


def validate(req: ExportRequest, out: Path, overwrite: bool) -> None:
    validate_request(req)
    check_output(out, overwrite)


# -- columns ---------------------------------------------------------------------------------------
def output_columns(req: ExportRequest) -> list[tuple[str, str]]:
    """(column name, kind) of the file, in order: what a header or a Parquet schema shows."""
    if req.shape == "release":
        cols = [(name, FIELD_SPECS[name][1]) for name in req.fields]
        return cols + ([("revisions", "revisions")] if req.revisions else [])
    cols = [("translation_method", "str"), ("translation_score", "float")]
    for name in req.fields:  # side by side: title_ind, title_eng, body_ind, body_eng ...
        cols += [(f"{name}_{suffix}", FIELD_SPECS[name][1]) for suffix, _ in SIDES]
    if req.revisions:
        cols += [(f"revisions_{suffix}", "revisions") for suffix, _ in SIDES]
    return cols


# -- the database side ---------------------------------------------------------------------------
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


def utc_value(value: datetime | str) -> datetime:
    """An aware UTC datetime from what the driver returns: SQLite gives the stored UTC text
    ("2022-07-25 17:00:00.000000"), PostgreSQL an aware datetime in the session's zone."""
    if value.__class__ is str:
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:
            value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def key_count(req: ExportRequest) -> int:
    """How many hidden release-id columns lead each row: they are needed only to attach revision
    histories, and reading them otherwise would cost a column per row for nothing."""
    if not req.revisions:
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


# -- rendering -----------------------------------------------------------------------------------
# Every writer works a batch at a time and a column at a time: ``zip(*batch)`` turns rows into columns,
# each column is rendered by one list comprehension chosen by its kind, and ``zip(*columns)`` joins the
# rendered fields back into lines. Per-value Python function calls were most of the export's cost
# (benchmarks/bench_export.py); a comprehension with an inline test costs a fraction of one.
def _iso(value: datetime) -> str:
    return value.isoformat()


def _revisions_plain(revs: list[dict]) -> list[dict]:
    return [{**r, "fetched_at": _iso(r["fetched_at"]) if r["fetched_at"] else None} for r in revs]


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def iso_utc_texts(values: Sequence[Any]) -> list[str | None]:
    """A column of timestamps as ISO 8601 UTC text, exactly ``utc_value(v).isoformat()``.

    Values are what the driver returned (SQLite: the stored UTC text, PostgreSQL: datetimes) or aware
    datetimes. SQLAlchemy always stores SQLite timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``; that form is
    rewritten with slices (``T`` separator, fraction dropped when zero as ``isoformat`` does, ``+00:00``),
    about five times cheaper than parsing and formatting a datetime. Any other value takes the exact path.
    """
    return [None if v is None
            else (v[:10] + "T" + v[11:19] + ("" if v[20:] == "000000" else v[19:]) + "+00:00")
            if v.__class__ is str and len(v) == 26 and v[10] == " " and v[19] == "."
            else utc_value(v).isoformat()
            for v in values]


def csv_text(value: str) -> str:
    """One CSV field, quoted only when needed (RFC 4180). Hand-written because ``csv.writer`` handles a
    field one character at a time (~8 MB/s here, the bottleneck of a body-heavy export), while ``in`` and
    ``replace`` run at memory speed; tests check the output against the ``csv`` module's reader.
    :func:`csv_column` inlines the same rule for whole columns."""
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def csv_column(kind: str, values: Sequence[Any]) -> list[str]:
    """One column's CSV fields; None is an empty field. Strings follow :func:`csv_text` inline."""
    if kind == "str":
        return ["" if v is None
                else '"' + v.replace('"', '""') + '"' if '"' in v
                else '"' + v + '"' if "," in v or "\n" in v or "\r" in v
                else v
                for v in values]
    if kind == "time":
        return ["" if v is None else v for v in iso_utc_texts(values)]
    if kind in ("int", "bool"):
        return ["" if v is None else str(v) for v in values]
    if kind == "float":
        return ["" if v is None else repr(v) for v in values]
    if kind == "list":
        return ["" if v is None else csv_text(_json_text(v)) for v in values]
    return ["" if v is None else csv_text(_json_text(_revisions_plain(v))) for v in values]  # revisions


def interleave(pieces: list[Sequence[str] | str]) -> str:
    """Columns of text and constant separators woven record by record into one string:
    ``interleave([ids, ",", titles, "\r\n"])`` gives ``"1,a\r\n2,b\r\n"``.

    One ``str.join`` over the lot copies each value once; joining each record first and then the records
    copied every body twice and took a third of the CSV writer's time.
    """
    return "".join(chain.from_iterable(zip(*[repeat(p) if isinstance(p, str) else p for p in pieces])))


def csv_lines(fields: list[list[str]]) -> str:
    """Rendered columns joined into CRLF-terminated records."""
    if len(fields) == 1:  # a lone empty field must not look like a blank line
        fields = [[f or '""' for f in fields[0]]]
    pieces: list[Sequence[str] | str] = []
    for column in fields:
        pieces += [column, ","]
    pieces[-1] = "\r\n"
    return interleave(pieces)


def csv_chunks(columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]], *, excel: bool = False
               ) -> Iterator[bytes]:
    """CSV in UTF-8 (a BOM first for Excel); lists as JSON text, timestamps ISO 8601 UTC."""
    header = csv_lines([[csv_text(name)] for name, _ in columns])
    yield (UTF8_BOM if excel else b"") + header.encode("utf-8")
    kinds = [kind for _, kind in columns]
    for batch in batches:
        if batch:
            fields = [csv_column(kind, values) for kind, values in zip(kinds, zip(*batch))]
            yield csv_lines(fields).encode("utf-8")


def json_column(kind: str, values: Sequence[Any]) -> list[str]:
    """One column's JSON values, exactly as ``json.dumps(..., ensure_ascii=False)`` writes them.

    Strings, ints and timestamps (nearly all of the bytes) go through the json module's own C string
    encoder inline; the rare kinds (floats, booleans, lists, revision histories) through ``json.dumps``.
    """
    if kind == "str":
        return ["null" if v is None else _json_string(v) for v in values]
    if kind == "time":
        return ["null" if v is None else _json_string(v) for v in iso_utc_texts(values)]
    if kind == "int":
        return ["null" if v is None else str(v) if v.__class__ is int else _json_text(v) for v in values]
    if kind == "revisions":
        return ["null" if v is None else _json_text(_revisions_plain(v)) for v in values]
    return [_json_text(v) for v in values]  # float, bool, list


def jsonl_chunks(columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]]) -> Iterator[bytes]:
    """One JSON object per line; lists and revision histories nested, timestamps ISO 8601 UTC.

    Byte for byte what ``json.dumps(dict(zip(names, row)), ensure_ascii=False)`` gives: the keys and
    separators are the same on every line, so only the values are encoded and woven between them.
    """
    kinds = [kind for _, kind in columns]
    keys = [_json_string(name) for name, _ in columns]
    for batch in batches:
        pieces: list[Sequence[str] | str] = []
        for i, (kind, values) in enumerate(zip(kinds, zip(*batch))):
            pieces += [("{" if i == 0 else ", ") + keys[i] + ": ", json_column(kind, values)]
        yield (interleave(pieces + ["}\n"]) if batch else "").encode("utf-8")


def arrow_schema(columns: list[tuple[str, str]]):
    """Typed Parquet columns: int64, float64, bool, UTC timestamps, list<string>, list<struct>."""
    import pyarrow as pa

    utc = pa.timestamp("us", tz="UTC")
    simple = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(), "time": utc,
              "list": pa.list_(pa.string())}
    revision = pa.struct([(name, simple[kind]) for name, kind in REVISION_FIELDS])
    types = {**simple, "revisions": pa.list_(revision)}
    return pa.schema([(name, types[kind]) for name, kind in columns])


class _ChunkSink:
    """A write-only file for pyarrow whose bytes are handed on after each row group."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._pos = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self._parts.append(data)
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        data, self._parts = b"".join(self._parts), []
        return data


def _column_groups(batches: Iterable[Sequence[Sequence]], width: int, size: int) -> Iterator[list[list]]:
    """Row batches regrouped into column lists of exactly ``size`` rows (the last one shorter)."""
    pending: list[list] = [[] for _ in range(width)]
    for batch in batches:
        if not batch:
            continue
        for column, values in zip(pending, zip(*batch)):
            column.extend(values)
        while len(pending[0]) >= size:
            yield [column[:size] for column in pending]
            pending = [column[size:] for column in pending]
    if pending[0]:
        yield pending


def arrow_column(kind: str, values: list, arrow_type, pool):
    """One Parquet column of a row group, built in slices of ``ARROW_SLICE_ROWS`` values.

    Arrow grows a builder's buffer by doubling: built in one piece, a 10 MB column of bodies needed
    ~35 MB. The slices are then concatenated into one array of exactly the right size, because Parquet
    splits pages at chunk borders and the file must not depend on how it was built. Timestamps are
    handed over as ISO UTC text and parsed by Arrow in bulk: no datetime object per value.
    """
    import pyarrow as pa

    if not values:
        return pa.array([], type=arrow_type, memory_pool=pool)
    chunks = []
    for start in range(0, len(values), ARROW_SLICE_ROWS):
        part = values[start:start + ARROW_SLICE_ROWS]
        if kind == "time":
            text = pa.array(iso_utc_texts(part), type=pa.string(), memory_pool=pool)
            chunks.append(text.cast(arrow_type, memory_pool=pool))
        else:
            chunks.append(pa.array(part, type=arrow_type, memory_pool=pool))
    return chunks[0] if len(chunks) == 1 else pa.concat_arrays(chunks, memory_pool=pool)


def parquet_chunks(columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]], *,
                   row_group_rows: int = ROW_GROUP_ROWS) -> Iterator[bytes]:
    """Parquet written one row group at a time; an empty selection still carries the full schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns)
    sink = _ChunkSink()
    # Dictionary encoding only where values repeat: tried on unique bodies it costs time and memory.
    dictionary = [name for name, _ in columns if name.rsplit("_", 1)[0] in DICTIONARY_COLUMNS
                  or name in DICTIONARY_COLUMNS]
    # The system allocator (malloc) hands large freed blocks back to the kernel; Arrow's default
    # (mimalloc) kept them, which put a 100k-release export at ~300 MB peak RSS instead of ~230.
    pool = pa.system_memory_pool()
    writer = pq.ParquetWriter(sink, schema, use_dictionary=dictionary, memory_pool=pool)
    # Encoding and compressing a row group runs in Arrow's C++ without the GIL, so it is done on a helper
    # thread while this thread reads and converts the next group: the two overlap on two cores. At most
    # one group is being encoded while the next one is built.
    encoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet-encode")
    pending: Future | None = None
    try:
        for group in _column_groups(batches, len(columns), row_group_rows):
            arrays = [arrow_column(kind, values, schema.field(i).type, pool)
                      for i, ((_, kind), values) in enumerate(zip(columns, group))]
            del group
            table = pa.table(arrays, schema=schema)
            del arrays
            if pending is not None:
                pending.result()
                yield sink.take()
            pending = encoder.submit(writer.write_table, table, row_group_size=row_group_rows)
            del table
        if pending is not None:
            pending.result()
            yield sink.take()
    finally:
        if pending is not None:
            pending.exception()  # wait: the writer must not be closed while a group is being encoded
        encoder.shutdown(wait=True)
        writer.close()
    yield sink.take()


def format_chunks(req: ExportRequest, columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]]
                  ) -> Iterator[bytes]:
    if req.fmt == "csv":
        return csv_chunks(columns, batches, excel=req.excel)
    if req.fmt == "jsonl":
        return jsonl_chunks(columns, batches)
    return parquet_chunks(columns, batches)


# -- one export ------------------------------------------------------------------------------------
class ExportStream:
    """The bytes of one export, produced lazily from one database connection.

    Iterate it (a file, ``StreamingResponse``, a socket); afterwards ``rows`` and ``state`` tell what was
    written and the database state it came from. ``ids`` restricts the selection to releases found by the
    search index (see :func:`query_ids`). ``progress(done, total)`` is called after each batch.
    """

    def __init__(self, db, req: ExportRequest, *, ids: Iterable[int] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        validate_request(req)
        self.db = db
        self.req = req
        self.ids = None if ids is None else sorted(set(ids))
        self.progress = progress
        self.columns = output_columns(req)
        self.rows = 0
        self.total: int | None = None
        self.state: dict = {}

    def __iter__(self) -> Iterator[bytes]:
        return format_chunks(self.req, self.columns, self._batches())

    def _connect(self):
        conn = self.db.engine.connect()
        if conn.dialect.name == "postgresql":  # one snapshot for the state, the count and the rows
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        return conn

    def _load_ids(self, conn) -> Table | None:
        if self.ids is None:
            return None
        table = _ids_table()
        table.drop(conn, checkfirst=True)
        table.create(conn)
        for start in range(0, len(self.ids), 10_000):
            conn.execute(table.insert(), [{"id": i} for i in self.ids[start:start + 10_000]])
        return table

    def _batches(self) -> Iterator[list[list]]:
        with self._connect() as conn:
            try:
                yield from self._batches_on(conn)
            finally:
                conn.rollback()  # read-only; on PostgreSQL this also drops the temporary id table
                if self.ids is not None and conn.dialect.name != "postgresql":
                    _ids_table().drop(conn, checkfirst=True)

    def _state_reader(self, conn) -> Callable[[], dict]:
        """How to get :func:`database_state`: at once, or from a thread started now.

        On a SQLite file the state's ``max(fetched_at)`` scans the whole table, bodies' overflow pages
        included (a third of the time it takes to read the rows), inside a single ``sqlite3_step`` that
        releases the GIL; so it runs on its own connection beside the export. SQLite reads here are not
        one snapshot anyway (each SELECT is its own read transaction). PostgreSQL reads the state in the
        export's REPEATABLE READ snapshot, and an in-memory SQLite database exists on one connection only.
        """
        if conn.dialect.name != "sqlite" or conn.engine.url.database in (None, "", ":memory:"):
            state = database_state(conn)
            return lambda: state
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="siaran-export-state")
        future = pool.submit(self._state_on_own_connection)
        pool.shutdown(wait=False)
        return future.result

    def _state_on_own_connection(self) -> dict:
        with self.db.engine.connect() as conn:
            return database_state(conn)

    def _batches_on(self, conn) -> Iterator[list[list]]:
        state = self._state_reader(conn)
        yield from self._rows(conn)
        self.state = state()

    def _rows(self, conn) -> Iterator[list[list]]:
        ids_table = self._load_ids(conn)
        conds = release_conditions(self.req, conn.dialect.name, ids_table)
        build = release_statements if self.req.shape == "release" else translation_statement
        statements = build(self.req, conds)
        if self.progress:
            self.total = self._count(conn, statements)
        keys = key_count(self.req)
        for stmt in statements:
            remaining = None if self.req.limit is None else self.req.limit - self.rows
            if remaining is not None and remaining <= 0:
                return
            if remaining is not None:
                stmt = stmt.limit(remaining)
            # Rows stay as the driver's tuples: the writers read them column by column, and timestamps
            # keep their raw form (SQLite text) until a writer renders a whole column at once.
            for batch in _partitions(conn, stmt):
                if keys:
                    batch = self._with_revisions(conn, batch, keys)
                yield batch
                self.rows += len(batch)
                if self.progress:
                    self.progress(self.rows, max(self.total or 0, self.rows))

    def _count(self, conn, statements: list) -> int:
        total = sum(conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar() or 0
                    for stmt in statements)
        return min(total, self.req.limit) if self.req.limit else total

    def _with_revisions(self, conn, batch: Sequence[Sequence], keys: int) -> list[list]:
        """Rows without their key columns, each followed by the revision history of each key."""
        history = _revisions_by_article(conn, (row[k] for row in batch for k in range(keys)))
        return [[*row[keys:], *(history.get(row[k], []) if row[k] is not None else None for k in range(keys))]
                for row in batch]


def export_to_stream(db, req: ExportRequest, stream: IO, *, ids: Iterable[int] | None = None,
                     progress: Callable[[int, int], None] | None = None) -> ExportStream:
    """Write one export to an open stream (binary, or text for CSV/JSONL); returns the finished
    :class:`ExportStream` (``rows``, ``state``). The caller owns the stream and its atomicity."""
    export = ExportStream(db, req, ids=ids, progress=progress)
    text = isinstance(stream, io.TextIOBase)
    if text and req.fmt == "parquet":
        raise ExportError("Parquet needs a binary stream")
    stream.writelines(chunk.decode("utf-8") if text else chunk for chunk in export)
    return export


# -- the search index ------------------------------------------------------------------------------
def query_ids(client, index_uid: str, req: ExportRequest) -> list[int]:
    """Ids of releases matching ``req.query`` in the search index, with the same filters (all pages).

    Only ids are fetched; the database remains the source of every exported value. The index holds no
    duplicates, so a query never selects one even with ``duplicates='include'``.
    """
    from search.queries import SearchRequest, build_filter, query_text

    sreq = SearchRequest(q=req.query, sources=req.sources, languages=req.languages, tags=req.tags,
                         since=req.since, until=req.until)
    ids: list[int] = []
    page = 1
    while True:
        result = client.index(index_uid).search(query_text(req.query), {
            "filter": build_filter(sreq), "attributesToRetrieve": ["id"], "page": page, "hitsPerPage": 1000})
        ids += [hit["id"] for hit in result["hits"]]
        if page >= result.get("totalPages", 1):
            return ids
        page += 1


def matching_ids(client_factory: Callable, req: ExportRequest) -> list[int]:
    """Compatibility wrapper: the configured index through a client factory."""
    from siaran.config import load_settings

    return query_ids(client_factory(), load_settings().index_uid, req)


# -- files and manifests ---------------------------------------------------------------------------
def build_manifest(req: ExportRequest, export: ExportStream, out: Path, sha256: str, size: int, *,
                   ids: list[int] | None, reproduces: dict | None = None) -> dict:
    from siaran import __version__

    manifest = {
        "manifest_version": MANIFEST_VERSION,
        "file": out.name,
        "format": req.fmt,
        "shape": req.shape,
        "fields": list(req.fields),
        "columns": [name for name, _ in export.columns],
        "query": req.query,
        "request": req.to_dict(),
        "database": export.state,
        "query_ids": None if ids is None else {"count": len(ids), "sha256": _ids_digest(ids)},
        "rows": export.rows,
        "bytes": size,
        "sha256": sha256,
        "siaran_version": __version__,
        "created_at": datetime.now(UTC).isoformat(),
    }
    if reproduces:  # a re-run: did it give the same bytes as the manifest it repeats?
        manifest["reproduces"] = {**reproduces, "sha256_matches": reproduces.get("sha256") == sha256}
    return manifest


def _ids_digest(ids: list[int]) -> str:
    return hashlib.sha256(",".join(map(str, sorted(ids))).encode()).hexdigest()


class _HashingWriter:
    """Hashes and writes chunks on a background thread while the caller renders the next ones.

    ``sha256`` and large file writes release the GIL, so on a second core they cost the export no time
    (they were a fifth of a CSV export's run time). At most ``depth`` chunks wait in the queue, so
    memory stays bounded; an error on the thread is raised to the caller at its next ``put``.
    """

    def __init__(self, handle: IO[bytes], depth: int = 4) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._drain, name="siaran-export-writer", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self.error is None:  # after a failure keep taking chunks so that ``put`` never blocks
                try:
                    self.digest.update(chunk)
                    self.handle.write(chunk)
                except BaseException as exc:  # noqa: BLE001 -- re-raised in the caller's thread
                    self.error = exc

    def put(self, chunk: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.size += len(chunk)
        self._queue.put(chunk)

    def close(self) -> None:
        """Wait for every queued chunk; raise the thread's error, if any."""
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error


def _write_temp(directory: Path, name: str, chunks: Iterable[bytes]) -> tuple[Path, str, int]:
    """Chunks into a temporary file in ``directory``: (path, sha256, size). Removed on any failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = _HashingWriter(handle)
            try:
                for chunk in chunks:
                    writer.put(chunk)
            finally:
                writer.close()  # also on failure: the thread must be done with the file before it goes
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), writer.digest.hexdigest(), writer.size


def run_export(db, req: ExportRequest, out: Path, *, overwrite: bool = False,
               client_factory: Callable | None = None, index_uid: str | None = None,
               ids: Iterable[int] | None = None, progress: Callable[[int, int], None] | None = None,
               reproduces: dict | None = None) -> ExportResult:
    """Export to ``out`` and write ``out.manifest.json`` beside it; both appear complete or not at all.

    A request with a query needs the search index: pass ``client_factory`` (and ``index_uid``, default
    the configured index), or the ``ids`` already found.
    """
    out = Path(out)
    validate(req, out, overwrite)
    if req.query and ids is None:
        if client_factory is None:
            raise ExportError("a query needs the search index; none was given")
        if index_uid is None:
            from siaran.config import load_settings

            index_uid = load_settings().index_uid
        ids = query_ids(client_factory(), index_uid, req)
    id_list = None if ids is None else sorted(set(ids))
    out.parent.mkdir(parents=True, exist_ok=True)
    export = ExportStream(db, req, ids=id_list, progress=progress)
    data_tmp, sha256, size = _write_temp(out.parent, out.name, export)
    manifest_path = manifest_path_for(out)
    try:
        manifest = build_manifest(req, export, out, sha256, size, ids=id_list, reproduces=reproduces)
        text = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        manifest_tmp, _, _ = _write_temp(out.parent, manifest_path.name, [text])
    except BaseException:
        data_tmp.unlink(missing_ok=True)
        raise
    os.replace(data_tmp, out)
    os.replace(manifest_tmp, manifest_path)
    return ExportResult(rows=export.rows, path=out, manifest_path=manifest_path, manifest=manifest)


def load_manifest(path: Path) -> dict:
    """A manifest written by :func:`run_export`; one-line :class:`ExportError` when it is not one."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"manifest {path} not found") from None
    except (OSError, ValueError) as exc:
        raise ExportError(f"manifest {path} is not readable JSON: {exc}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("request"), dict):
        raise ExportError(f"{path} is not a Siaran export manifest (no 'request')")
    return manifest


def request_from_manifest(manifest: dict) -> ExportRequest:
    """The manifest's request, pinned to its database state: releases first seen later stay out."""
    req = ExportRequest.from_dict(manifest["request"])
    state_time = (manifest.get("database") or {}).get("state_time")
    if req.as_of is None and state_time:
        req.as_of = datetime.fromisoformat(state_time)
    validate_request(req)
    return req


def default_rerun_path(manifest_path: Path, manifest: dict) -> Path:
    """Where a re-run goes without ``--out``: the original file's name beside the manifest."""
    return Path(manifest_path).parent / manifest["file"]
