"""``OUT.manifest.json``: the request, the database state, rows and sha256 of an export, and how a
manifest is read back to repeat it."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from archive.export.request import ExportError, ExportRequest, validate_request
from archive.export.stream import ExportStream

MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_VERSION = 1


def manifest_path_for(out: Path) -> Path:
    return out.with_name(out.name + MANIFEST_SUFFIX)


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
