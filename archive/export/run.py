"""``run_export``: one export to a file and its manifest beside it, both complete or not at all."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from archive.export.manifest import build_manifest, manifest_path_for
from archive.export.partfiles import check_output, remove_stale_parts, write_part
from archive.export.request import ExportError, ExportRequest, validate_request
from archive.export.search_ids import query_ids
from archive.export.stream import ExportStream
from siaran.termination import sigterm_exits


@dataclass
class ExportResult:
    rows: int
    path: Path
    manifest_path: Path
    manifest: dict


def validate(req: ExportRequest, out: Path, overwrite: bool) -> None:
    validate_request(req)
    check_output(out, overwrite)


def run_export(db, req: ExportRequest, out: Path, *, overwrite: bool = False,
               client_factory: Callable | None = None, index_uid: str | None = None,
               ids: Iterable[int] | None = None, progress: Callable[[int, int], None] | None = None,
               reproduces: dict | None = None) -> ExportResult:
    """Export to ``out`` and write ``out.manifest.json`` beside it; both appear complete or not at all.

    The folder of ``out`` must exist. Stale ``.part`` files of ``out`` from a killed export are removed
    first; SIGTERM during the export removes this one's and exits (see ``partfiles``).

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
    remove_stale_parts(out)
    with sigterm_exits():
        export = ExportStream(db, req, ids=id_list, progress=progress)
        data_tmp, sha256, size = write_part(out, out.name, export)
        manifest_path = manifest_path_for(out)
        try:
            manifest = build_manifest(req, export, out, sha256, size, ids=id_list, reproduces=reproduces)
            text = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            manifest_tmp, _, _ = write_part(out, manifest_path.name, [text])
        except BaseException:
            data_tmp.unlink(missing_ok=True)
            raise
        os.replace(data_tmp, out)
        os.replace(manifest_tmp, manifest_path)
    return ExportResult(rows=export.rows, path=out, manifest_path=manifest_path, manifest=manifest)
