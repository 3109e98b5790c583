"""Is a process still there? One answer for every place that finds a pid left behind by another
process: a crawl run's owner (``scraper.report``), the local Meilisearch (``search.server``) and an
export's ``.part`` file (``archive.export``). Linux ``/proc`` is read where it says more than ``kill(0)``.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the parenthesised command name (which may hold spaces)."""
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
    return None


def pid_alive(pid: int) -> bool:
    """True while ``pid`` is a running process (someone else's counts); a zombie, dead but not yet reaped
    by its parent, still answers ``kill(0)`` and is reported dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, belongs to another user
    fields = _stat_fields(pid)
    return not (fields and fields[0] in ("Z", "X"))


def _boot_time() -> float | None:
    with contextlib.suppress(OSError):
        for line in Path("/proc/stat").read_text(encoding="ascii").splitlines():
            if line.startswith("btime "):
                return float(line.split()[1])
    return None


def process_started_at(pid: int) -> datetime | None:
    """When process ``pid`` started, or None when that cannot be read (not Linux, or gone)."""
    fields = _stat_fields(pid)
    boot = _boot_time()
    if not fields or boot is None:
        return None
    return datetime.fromtimestamp(boot + int(fields[19]) / os.sysconf("SC_CLK_TCK"), tz=UTC)
