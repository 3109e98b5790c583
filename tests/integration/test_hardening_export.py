"""Exports never leave stray files: a missing folder or an unwritable destination is refused in one line,
SIGTERM removes the hidden ``.part`` file, and ``.part`` files left by a killed export are cleaned up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.db import get_database
from archive.export import ExportError, ExportRequest, run_export
from tests.conftest import ROOT
from tests.integration.hardening_archive import stored_archive as stored

pytestmark = pytest.mark.timeout(120)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_a_missing_output_folder_is_refused_and_not_created(sqlite_url, tmp_path, siaran):
    stored(sqlite_url)
    out = tmp_path / "missing" / "dir" / "x.csv"
    proc = siaran("export", "--out", str(out), env={"SIARAN_DATABASE_URL": sqlite_url,
                                                     "SIARAN_DATA_DIR": str(tmp_path / "data")}, check=False)
    assert proc.returncode == 2
    assert "does not exist" in one_line_error(proc) and str(out.parent) in proc.stderr
    assert not (tmp_path / "missing").exists()


def test_an_unwritable_destination_names_the_output_not_the_part_file(sqlite_url, tmp_path, siaran):
    stored(sqlite_url)
    if os.geteuid() == 0:  # root writes through file modes; /sys refuses new files even to root
        out = Path("/sys/siaran-export.csv")
    else:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        out = folder / "x.csv"
    with pytest.raises(ExportError, match="cannot write") as info:
        run_export(get_database(sqlite_url), ExportRequest(), out)
    assert str(out) in str(info.value) and ".part" not in str(info.value)
    proc = siaran("export", "--out", str(out), env={"SIARAN_DATABASE_URL": sqlite_url,
                                                     "SIARAN_DATA_DIR": str(tmp_path / "data")}, check=False)
    line = one_line_error(proc)
    assert proc.returncode == 2 and str(out) in line and ".part" not in line


SLOW_EXPORT = """
import sys, time
from pathlib import Path
from archive.db import get_database
from archive.export import ExportRequest, ExportStream, run_export

original = ExportStream._batches

def slow(self):  # the first batch is written, then the export waits as if the archive were huge
    for batch in original(self):
        yield batch
        Path(sys.argv[3]).write_text("writing")
        time.sleep(60)

ExportStream._batches = slow
run_export(get_database(sys.argv[1]), ExportRequest(), Path(sys.argv[2]))
"""


def test_sigterm_during_an_export_removes_the_part_file(sqlite_url, tmp_path):
    stored(sqlite_url)
    folder = tmp_path / "exports"
    folder.mkdir()
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_EXPORT, sqlite_url, str(folder / "x.csv"), str(ready)],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), proc.stderr.read() if proc.poll() is not None else "export never started"
        assert [p.name.endswith(".part") for p in folder.iterdir()] == [True]  # mid-export
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 128 + signal.SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert list(folder.iterdir()) == []


def test_part_files_left_by_a_killed_export_are_removed_by_the_next_one(sqlite_url, tmp_path, siaran):
    stored(sqlite_url)
    folder = tmp_path / "exports"
    folder.mkdir()
    dead_pid = 4_194_304 + 1  # above Linux's largest pid_max: no such process
    stale = [folder / f".x.csv.{dead_pid}.k1ll3d00.part", folder / f".x.csv.manifest.json.{dead_pid}.k1ll3d01.part",
             folder / ".x.csv.0ldn4me0.part"]  # the name older versions gave, without a pid
    running = folder / f".x.csv.{os.getpid()}.w0rk1ng0.part"  # a concurrent export still writing
    other = folder / f".y.csv.{dead_pid}.n0tm1ne0.part"  # another output's leftover is not ours to judge
    for path in [*stale, running, other]:
        path.write_bytes(b"half an export")
    siaran("export", "--out", str(folder / "x.csv"), env={"SIARAN_DATABASE_URL": sqlite_url,
                                                           "SIARAN_DATA_DIR": str(tmp_path / "data")})
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["x.csv", "x.csv.manifest.json", running.name, other.name])
