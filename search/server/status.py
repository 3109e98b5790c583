"""What ``siaran meili status`` reports: which Meilisearch Siaran uses, whether it answers, and what it holds.

Looking never starts anything: a local instance that is not running is reported as such, and no key or
folder is created for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from search.server.errors import MeilisearchError
from search.server.health import _get
from search.server.layout import HOME_DIRNAME, KEY_FILENAME, PID_FILENAME
from search.server.process import LocalMeilisearch


@dataclass
class MeiliStatus:
    managed: bool  # True: the local instance under data_dir/meili; False: an external server (MEILI_URL)
    running: bool = False
    url: str | None = None
    pid: int | None = None
    version: str | None = None
    indexes: dict[str, int] = field(default_factory=dict)  # uid -> number of documents
    home: Path | None = None
    problem: str | None = None  # why it is not running or not answering, in one line


def external_url() -> str | None:
    return os.environ.get("MEILI_URL", "").strip().rstrip("/") or None


def meili_status(data_dir: Path) -> MeiliStatus:
    """The status of the Meilisearch the other commands would use (``MEILI_URL``, else the local one)."""
    url = external_url()
    if url:
        return _probe(MeiliStatus(managed=False, url=url), os.environ.get("MEILI_MASTER_KEY") or None)
    home = (Path(data_dir) / HOME_DIRNAME).resolve()
    status = MeiliStatus(managed=True, home=home)
    key_file = home / KEY_FILENAME
    if not (home / PID_FILENAME).exists() or not key_file.exists():
        status.problem = "not running"
        return status
    instance = LocalMeilisearch(home, master_key=key_file.read_text(encoding="ascii").strip(), startup_timeout=10)
    try:
        attached = instance.attach()
    except MeilisearchError as exc:
        status.problem = str(exc)
        return status
    if not attached:
        status.problem = "not running (its pidfile was stale)"
        return status
    status.url, status.pid = instance.url, instance.pid
    return _probe(status, instance.master_key)


def _probe(status: MeiliStatus, api_key: str | None) -> MeiliStatus:
    """Fill in the version and each index's document count (``/stats`` has them all in one request)."""
    try:
        version = _get(status.url, "/version", api_key=api_key, timeout=5.0)
        stats = _get(status.url, "/stats", api_key=api_key, timeout=5.0)
    except httpx.HTTPError as exc:
        status.problem = f"not answering at {status.url} ({type(exc).__name__})"
        return status
    if version.status_code != 200 or stats.status_code != 200:
        status.problem = f"answered HTTP {version.status_code}: check MEILI_MASTER_KEY"
        return status
    status.running = True
    status.version = version.json().get("pkgVersion")
    status.indexes = {uid: info.get("numberOfDocuments", 0)
                      for uid, info in sorted(stats.json().get("indexes", {}).items())}
    return status
