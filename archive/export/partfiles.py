"""Where an export is written: checks on the destination, and the hidden ``.part`` file it is built in
before being renamed into place.

A ``.part`` file is named ``.<output name>.<pid>.<random>.part`` beside the output. It is removed when the
export fails or is stopped (Ctrl-C, or SIGTERM: see ``siaran.termination``). Only SIGKILL or a power cut
can leave one behind; the next export to the same output removes those whose process is gone
(:func:`remove_stale_parts`), never one that another running export is still writing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from archive.export.background import HashingWriter
from archive.export.manifest import manifest_path_for
from archive.export.request import ExportError
from siaran.processes import pid_alive

PART_SUFFIX = ".part"
log = logging.getLogger(__name__)


def check_output(out: Path, overwrite: bool) -> None:
    """Refuse a destination that cannot take the export, before anything is read or written."""
    for path in (out, manifest_path_for(out)):
        if path.exists() and not overwrite:
            raise ExportError(f"{path} exists; pass --overwrite to replace it")
    if out.exists() and out.is_dir():
        raise ExportError(f"{out} is a directory; give a file name")
    if not out.parent.is_dir():  # refuse rather than create: a typo in a path should not make folders
        raise ExportError(f"folder {out.parent} does not exist; create it first or choose another --out")


def _unwritable(out: Path, exc: OSError) -> ExportError:
    """A file-system failure as one line naming the output the user asked for, not the hidden .part."""
    return ExportError(f"cannot write {out}: {exc.strerror or exc}")


def _part_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(name)}\.(?:(\d+)\.)?[^.]+{re.escape(PART_SUFFIX)}$")


    return True


def remove_stale_parts(out: Path) -> list[Path]:
    """Delete ``.part`` files of ``out`` (and of its manifest) left by an export that was killed.

    A part file whose process is still running belongs to a concurrent export and stays. Names without
    a pid come from versions that did not record one; their process cannot be checked and is long gone.
    """
    removed = []
    for name in (out.name, manifest_path_for(out).name):
        pattern = _part_pattern(name)
        for path in out.parent.glob(f".*{PART_SUFFIX}"):
            match = pattern.match(path.name)
            if match is None:
                continue
            pid = int(match.group(1)) if match.group(1) else None
            if pid is not None and (pid == os.getpid() or pid_alive(pid)):
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
                log.info("removed %s, left by an interrupted export", path)
    return removed


def write_part(out: Path, name: str, chunks: Iterable[bytes]) -> tuple[Path, str, int]:
    """Chunks into a ``.part`` file beside ``out`` named after ``name``: (path, sha256, size).

    The file is removed on any failure; a failing write (permission, full disk) becomes a one-line
    :class:`ExportError` naming ``out``, while errors from producing the chunks pass through unchanged.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=out.parent)
    except OSError as exc:
        raise _unwritable(out, exc) from None
    part = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = HashingWriter(handle)
            source = iter(chunks)
            try:
                while (chunk := next(source, None)) is not None:
                    try:
                        writer.put(chunk)
                    except OSError as exc:
                        raise _unwritable(out, exc) from None
            finally:
                try:
                    writer.close()  # also on failure: the thread must be done with the file before it goes
                except OSError as exc:
                    raise _unwritable(out, exc) from None
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise _unwritable(out, exc) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part, writer.digest.hexdigest(), writer.size
