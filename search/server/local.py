"""The entry points: which Meilisearch to use (``MEILI_URL`` or the local instance), and stopping it."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from search.server.binary import INSTALL_HINT, meilisearch_binary
from search.server.errors import MeilisearchUnavailable
from search.server.layout import HOME_DIRNAME, master_key_for
from search.server.process import LocalMeilisearch
from siaran.processes import pid_alive


@dataclass(frozen=True)
class MeiliEndpoint:
    """How to reach the Meilisearch Siaran should use."""

    url: str
    api_key: str | None
    managed: bool  # True: the local instance under data_dir/meili; False: an external server (MEILI_URL)


# Instances started by resolve_meilisearch in this process, kept so stop_local can reap its own child.
_started: dict[Path, LocalMeilisearch] = {}


def resolve_meilisearch(data_dir: Path, *, start: bool = True) -> MeiliEndpoint:
    """The Meilisearch to use: ``MEILI_URL`` if set, else the local instance under ``data_dir/meili``.

    With ``start=False`` a local instance is only reused, never started. The local instance is left
    running when this process exits, for the next command; ``stop_local`` ends it.
    """
    external = os.environ.get("MEILI_URL", "").strip()
    if external:
        return MeiliEndpoint(external.rstrip("/"), os.environ.get("MEILI_MASTER_KEY") or None, managed=False)

    home = Path(data_dir) / HOME_DIRNAME
    instance = LocalMeilisearch(home, master_key=master_key_for(data_dir))
    if start:
        if meilisearch_binary() is None and not instance.attach():
            raise MeilisearchUnavailable(f"Meilisearch is not installed; {INSTALL_HINT}")
        instance.start()
        if not instance.reused:
            _started[instance.home] = instance
    elif not instance.attach():
        raise MeilisearchUnavailable(
            f"no local Meilisearch is running under {home}; run a siaran command that starts it, "
            "or set MEILI_URL"
        )
    assert instance.url is not None
    return MeiliEndpoint(instance.url, instance.master_key, managed=True)


def stop_local(data_dir: Path, timeout: float = 10.0) -> bool:
    """Stop the local instance under ``data_dir/meili``, whoever started it. True if one was running."""
    home = (Path(data_dir) / HOME_DIRNAME).resolve()
    own = _started.pop(home, None)
    if own is not None and own._process is not None and own._process.poll() is None:
        own.stop(timeout)
        return True
    instance = LocalMeilisearch(home)
    if not home.is_dir():
        return False
    with instance._locked():
        record = instance._read_pidfile()
        if record is None or not instance._is_our_server(int(record["pid"])):
            instance.pidfile.unlink(missing_ok=True)
            return False
        pid = int(record["pid"])
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid_alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            while pid_alive(pid):
                time.sleep(0.05)
        instance.pidfile.unlink(missing_ok=True)
    return True
