"""The pure parts of the export: validation, columns, the three writers, manifests' requests."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from archive.export import (
    ALL_FIELDS,
    UTF8_BOM,
    ExportError,
    ExportRequest,
    _HashingWriter,
    arrow_schema,
    check_output,
    csv_chunks,
    csv_text,
    iso_utc_texts,
    jsonl_chunks,
    manifest_path_for,
    output_columns,
    parquet_chunks,
    parse_fields,
    request_from_manifest,
    utc_value,
    validate_request,
)

WIB = timezone(timedelta(hours=7))
COLUMNS = [("id", "int"), ("published_at", "time"), ("title", "str"), ("tags", "list")]
ROWS = [[1, datetime(2022, 7, 25, 17, 0, tzinfo=UTC), 'Kata "kutip", koma\r\ndan baris', ["Pencegahan", "Ä"]],
        [2, None, "", []]]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("change, message", [
    ({"fmt": "xlsx"}, "unknown format 'xlsx'"),
    ({"shape": "pair"}, "unknown shape 'pair'"),
    ({"duplicates": "maybe"}, "unknown duplicates 'maybe'"),
    ({"fields": ["title", "nope"]}, "unknown field(s) nope"),
    ({"fields": []}, "no fields chosen"),
    ({"fields": ["title", "title"]}, "listed twice"),
    ({"languages": ["ind"]}, "unknown language(s) ind"),
    ({"fmt": "jsonl", "excel": True}, "--excel applies to CSV only"),
    ({"limit": 0}, "--limit must be a positive number"),
    ({"since": date(2022, 2, 1), "until": date(2022, 1, 1)}, "is after --until"),
])
def test_bad_requests_are_refused_with_one_line(change, message):
    with pytest.raises(ExportError) as info:
        validate_request(ExportRequest(**change))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_good_request_passes():
    validate_request(ExportRequest(fmt="parquet", fields=list(ALL_FIELDS), shape="translation", revisions=True))


def test_fields_are_parsed_from_a_comma_list_or_all():
    assert parse_fields("id, title,,body") == ["id", "title", "body"]
    assert parse_fields("all") == ALL_FIELDS


def test_existing_output_or_manifest_is_refused_without_overwrite(tmp_path):
    out = tmp_path / "x.csv"
    check_output(out, overwrite=False)
    manifest_path_for(out).write_text("{}")
    with pytest.raises(ExportError, match="--overwrite"):
        check_output(out, overwrite=False)
    check_output(out, overwrite=True)
    assert manifest_path_for(out).name == "x.csv.manifest.json"


def test_translation_shape_puts_each_field_side_by_side():
    req = ExportRequest(shape="translation", fields=["id", "title"], revisions=True)
    assert [name for name, _ in output_columns(req)] == [
        "translation_method", "translation_score", "id_ind", "id_eng", "title_ind", "title_eng",
        "revisions_ind", "revisions_eng"]


@pytest.mark.parametrize("value", ["plain", "a,b", 'say "hi"', "two\n\nparagraphs", "cr\r", " spaced ", "", "é"])
def test_csv_fields_read_back_exactly_with_the_csv_module(value):
    line = f"{csv_text(value)},x\r\n"
    assert read_csv(line.encode()) == [[value, "x"]]


def test_csv_has_header_iso_utc_times_and_json_lists():
    data = b"".join(csv_chunks(COLUMNS, [ROWS]))
    assert data.startswith(b"id,published_at,title,tags\r\n")
    _, first, second = read_csv(data)
    assert first == ["1", "2022-07-25T17:00:00+00:00", ROWS[0][2], '["Pencegahan", "Ä"]']
    assert second == ["2", "", "", "[]"]


def test_excel_csv_starts_with_a_bom_and_plain_csv_does_not():
    assert b"".join(csv_chunks(COLUMNS, [], excel=True)).startswith(UTF8_BOM + b"id,")
    assert not b"".join(csv_chunks(COLUMNS, [])).startswith(UTF8_BOM)


def test_a_single_empty_field_is_not_a_blank_line():
    data = b"".join(csv_chunks([("title", "str")], [[[""]], [[None]]]))
    assert read_csv(data) == [["title"], [""], [""]]


def test_jsonl_nests_lists_and_writes_nothing_for_no_rows():
    lines = b"".join(jsonl_chunks(COLUMNS, [ROWS])).decode().splitlines()
    first = json.loads(lines[0])
    assert first["tags"] == ["Pencegahan", "Ä"] and first["published_at"] == "2022-07-25T17:00:00+00:00"
    assert json.loads(lines[1])["published_at"] is None
    assert b"".join(jsonl_chunks(COLUMNS, [])) == b""


def test_parquet_is_typed_with_utc_timestamps_and_list_columns():
    table = pq.read_table(io.BytesIO(b"".join(parquet_chunks(COLUMNS, [ROWS]))))
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("tags").type == pa.list_(pa.string())
    assert table.column("published_at").to_pylist()[0] == datetime(2022, 7, 26, 0, 0, tzinfo=WIB)
    assert table.column("tags").to_pylist() == [["Pencegahan", "Ä"], []]


def test_empty_parquet_still_carries_the_schema():
    table = pq.read_table(io.BytesIO(b"".join(parquet_chunks(COLUMNS, []))))
    assert table.num_rows == 0 and table.schema.names == [name for name, _ in COLUMNS]


def test_parquet_is_written_in_row_groups():
    rows = [[i, None, f"t{i}", []] for i in range(25)]
    data = b"".join(parquet_chunks(COLUMNS, [rows[:7], rows[7:]], row_group_rows=10))
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert meta.num_row_groups == 3 and meta.num_rows == 25


def test_revisions_are_a_list_of_typed_structs_in_parquet():
    schema = arrow_schema([("revisions", "revisions")])
    fetched = schema.field("revisions").type.value_type.field("fetched_at").type
    assert fetched == pa.timestamp("us", tz="UTC")


def test_driver_timestamps_become_aware_utc():
    assert utc_value("2022-07-25 17:00:00.000000") == datetime(2022, 7, 25, 17, tzinfo=UTC)
    assert utc_value("2022-07-25 17:00:00.000000").tzinfo is UTC
    assert utc_value(datetime(2022, 7, 26, 0, tzinfo=WIB)).isoformat() == "2022-07-25T17:00:00+00:00"


def test_request_round_trips_through_a_dict():
    req = ExportRequest(fmt="parquet", sources=["bnpt"], since=date(2022, 1, 1), until=date(2022, 12, 31),
                        tags=["x"], fields=["id", "title"], shape="translation", revisions=True,
                        as_of=datetime(2022, 1, 2, tzinfo=UTC))
    assert ExportRequest.from_dict(json.loads(json.dumps(req.to_dict()))) == req


def test_manifest_request_is_pinned_to_the_database_state():
    manifest = {"request": ExportRequest(fmt="jsonl").to_dict(),
                "database": {"state_time": "2022-07-26T01:02:03.000004+00:00"}}
    req = request_from_manifest(manifest)
    assert req.fmt == "jsonl" and req.as_of == datetime(2022, 7, 26, 1, 2, 3, 4, tzinfo=UTC)


def test_manifest_with_an_unknown_key_is_refused():
    with pytest.raises(ExportError, match="unknown request key"):
        request_from_manifest({"request": {"fmt": "csv", "colour": "red"}})


def test_cli_help_names_every_exportable_field():
    from typer.testing import CliRunner

    from siaran.cli import app

    text = " ".join(CliRunner().invoke(app, ["export", "--help"], terminal_width=300).output.split())
    assert all(name in text for name in ALL_FIELDS)


def test_timestamp_columns_render_exactly_as_isoformat_of_the_utc_value():
    values = ["2022-07-25 17:00:00.000000", "2022-07-25 17:00:00.000250", "1999-12-31 23:59:59.999999",
              "2022-07-25 17:00:00", "2022-07-25T17:00:00+07:00", None,
              datetime(2022, 7, 26, 0, 0, 0, 5, tzinfo=WIB), datetime(2022, 7, 25, 17, 0)]
    expected = [None if v is None else utc_value(v).isoformat() for v in values]
    assert iso_utc_texts(values) == expected
    assert expected[:3] == ["2022-07-25T17:00:00+00:00", "2022-07-25T17:00:00.000250+00:00",
                            "1999-12-31T23:59:59.999999+00:00"]


def test_csv_and_jsonl_render_driver_timestamp_text_like_datetimes():
    as_text = [[1, "2022-07-25 17:00:00.000000", "t", []]]
    as_datetime = [[1, datetime(2022, 7, 26, 0, 0, tzinfo=WIB), "t", []]]
    for writer in (csv_chunks, jsonl_chunks):
        assert b"".join(writer(COLUMNS, [as_text])) == b"".join(writer(COLUMNS, [as_datetime]))


def test_jsonl_lines_are_byte_identical_to_json_dumps():
    columns = [("id", "int"), ("score", "float"), ("flag", "bool"), ("title", "str"), ("tags", "list"),
               ("published_at", "time"), ("n", "int")]
    rows = [[1, 0.5, True, 'Kutip "ini"\n\ttab \u2028 é \x00', ["a", "Ä"], datetime(2022, 7, 25, 17, tzinfo=UTC), 0],
            [2, None, False, None, [], None, None], [3, float("nan"), None, "", None, None, -7]]
    names = [name for name, _ in columns]
    expected = "".join(json.dumps(dict(zip(names, [v.isoformat() if isinstance(v, datetime) else v for v in row])),
                                  ensure_ascii=False) + "\n" for row in rows)
    assert b"".join(jsonl_chunks(columns, [rows[:1], rows[1:]])).decode("utf-8") == expected


def test_csv_of_many_columns_and_batches_reads_back_row_by_row():
    rows = [[i, f"judul {i}, dengan koma", f'isi "{i}"\r\nbaris', None] for i in range(5)]
    columns = [("id", "int"), ("title", "str"), ("body", "str"), ("author", "str")]
    data = b"".join(csv_chunks(columns, [rows[:2], [], rows[2:]]))
    assert read_csv(data)[1:] == [[str(i), t, b, ""] for i, t, b, _ in rows]


def test_parquet_from_driver_timestamp_text_matches_parquet_from_datetimes():
    as_text = [[1, "2022-07-25 17:00:00.000250", "t", []], [2, None, "u", ["x"]]]
    as_datetime = [[1, datetime(2022, 7, 25, 17, 0, 0, 250, tzinfo=UTC), "t", []], [2, None, "u", ["x"]]]
    tables = [pq.read_table(io.BytesIO(b"".join(parquet_chunks(COLUMNS, [rows], row_group_rows=1))))
              for rows in (as_text, as_datetime)]
    assert tables[0].equals(tables[1]) and tables[0].num_rows == 2


def test_the_background_writer_hashes_everything_and_reports_a_failed_write(tmp_path):
    import hashlib

    chunks = [bytes([i]) * (3000 + i) for i in range(20)]
    with (tmp_path / "ok").open("wb") as handle:
        writer = _HashingWriter(handle, depth=2)
        for chunk in chunks:
            writer.put(chunk)
        writer.close()
    assert (tmp_path / "ok").read_bytes() == b"".join(chunks)
    assert writer.digest.hexdigest() == hashlib.sha256(b"".join(chunks)).hexdigest()
    assert writer.size == sum(map(len, chunks))
    handle = (tmp_path / "closed").open("wb")
    handle.close()
    writer = _HashingWriter(handle, depth=2)
    with pytest.raises(ValueError, match="closed file"):
        try:
            for chunk in chunks:
                writer.put(chunk)
        finally:
            writer.close()  # raises the thread's error too, and the thread is gone afterwards
    assert not writer._thread.is_alive()

