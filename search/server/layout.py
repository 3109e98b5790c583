"""The local instance's folder (``data_dir/meili``): file names and the master key kept there."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from search.server.errors import MeilisearchError

# Meilisearch refuses to start in production mode with a shorter master key.
MIN_PRODUCTION_KEY_BYTES = 16

HOME_DIRNAME = "meili"
KEY_FILENAME = "master.key"
DB_DIRNAME = "data.ms"
LOG_FILENAME = "meilisearch.log"
PID_FILENAME = "meilisearch.pid"
LOCK_FILENAME = "meilisearch.lock"


def master_key_for(data_dir: Path) -> str:
    """The local instance's master key, generated once into ``data_dir/meili/master.key`` (mode 0600)."""
    home = Path(data_dir) / HOME_DIRNAME
    home.mkdir(parents=True, exist_ok=True)
    key_file = home / KEY_FILENAME
    if not key_file.exists():
        # Write a complete file under a private name, then hard-link it into place: link() fails if the
        # key already exists, so two processes racing here end up agreeing on the first key written.
        candidate = secrets.token_urlsafe(32)
        tmp = home / f".{KEY_FILENAME}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(fd, 0o600)  # the umask may only narrow the mode; make it exact
            os.write(fd, (candidate + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, key_file)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    if key_file.stat().st_mode & 0o077:
        key_file.chmod(0o600)  # someone widened it; the key guards the whole index
    key = key_file.read_text(encoding="ascii").strip()
    if len(key.encode()) < MIN_PRODUCTION_KEY_BYTES:
        raise MeilisearchError(
            f"{key_file} holds a key shorter than {MIN_PRODUCTION_KEY_BYTES} bytes; "
            "delete the file to generate a new one"
        )
    return key
