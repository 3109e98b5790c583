"""``siaran export --attachments text|none``: the request's columns and its check (pure, no database)."""

from __future__ import annotations

import pytest

from archive.export.request import ExportError, ExportRequest, output_columns, validate_request


def test_attachments_text_adds_one_column_per_release_side():
    assert output_columns(ExportRequest(fields=["id"], attachments="text"))[-1] == ("attachments", "attachments")
    assert [name for name, _ in output_columns(ExportRequest(fields=["id"], shape="translation", revisions=True,
                                                             attachments="text"))][-4:] == [
        "revisions_ind", "revisions_eng", "attachments_ind", "attachments_eng"]


def test_no_attachment_column_by_default():
    assert all(kind != "attachments" for _, kind in output_columns(ExportRequest()))


def test_an_unknown_attachments_mode_is_refused_before_anything_is_written():
    with pytest.raises(ExportError, match="use one of none, text"):
        validate_request(ExportRequest(attachments="pdf"))


def test_old_manifests_without_the_key_still_load():
    data = ExportRequest().to_dict()
    del data["attachments"]
    assert ExportRequest.from_dict(data).attachments == "none"
