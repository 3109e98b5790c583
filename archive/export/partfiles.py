"""Where an export is written: checks on the destination, and the hidden ``.part`` file it is built in
before being renamed into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from archive.export.background import HashingWriter
from archive.export.manifest import manifest_path_for
from archive.export.request import ExportError


def check_output(out: Path, overwrite: bool) -> None:
    for path in (out, manifest_path_for(out)):
        if path.exists() and not overwrite:
            raise ExportError(f"{path} exists; pass --overwrite to replace it")
    if out.exists() and out.is_dir():
        raise ExportError(f"{out} is a directory; give a file name")



def _write_temp(directory: Path, name: str, chunks: Iterable[bytes]) -> tuple[Path, str, int]:
    """Chunks into a temporary file in ``directory``: (path, sha256, size). Removed on any failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = HashingWriter(handle)
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
