"""Which ``meilisearch`` executable to run: an override, the pinned project-local copy, or PATH."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

MEILI_VERSION = "1.21.0"
BINARY_ENV = "SIARAN_MEILI_BIN"
LOCAL_BINARY = Path(__file__).resolve().parents[2] / ".tools" / "meilisearch" / "meilisearch"
INSTALL_HINT = (
    f"install it with `make setup` or `scripts/install-meilisearch.sh` (Meilisearch {MEILI_VERSION}), "
    f"put `meilisearch` on PATH, set {BINARY_ENV} to the binary, or set MEILI_URL to use a running server"
)


def meilisearch_binary() -> str | None:
    """Path of the ``meilisearch`` executable, or None.

    ``SIARAN_MEILI_BIN`` (a path or a command name) wins when set, even if it points nowhere, so a
    mistaken override is noticed rather than silently replaced. Otherwise the project-local copy
    installed by ``scripts/install-meilisearch.sh`` is preferred over PATH: it is the pinned version.
    """
    override = os.environ.get(BINARY_ENV)
    if override:
        return shutil.which(override)
    if LOCAL_BINARY.is_file() and os.access(LOCAL_BINARY, os.X_OK):
        return str(LOCAL_BINARY)
    return shutil.which("meilisearch")
