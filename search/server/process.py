"""``LocalMeilisearch``: one ``meilisearch`` process on 127.0.0.1, found through its pidfile or started."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit

import httpx

from search.server.binary import INSTALL_HINT, meilisearch_binary
from search.server.errors import MeilisearchError, MeilisearchStartError, MeilisearchUnavailable
from search.server.health import _get, is_healthy
from search.server.layout import (
    DB_DIRNAME,
    KEY_FILENAME,
    LOCK_FILENAME,
    LOG_FILENAME,
    MIN_PRODUCTION_KEY_BYTES,
    PID_FILENAME,
)
from siaran.processes import pid_alive

try:  # POSIX only; without it concurrent starts are not serialised (Meilisearch's own DB lock still is).
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, offset: int = 0, lines: int = 20) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(max(offset, path.stat().st_size - 8192))
            text = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.strip().splitlines()[-lines:]) or "(log is empty)"


class LocalMeilisearch:
    """A ``meilisearch`` process on 127.0.0.1 with its database under ``home``.

    ``start()`` reuses an instance already running on the same database (recorded in the pidfile, alive,
    answering ``/health`` and accepting ``master_key``) or starts one. ``stop()`` ends only a process this
    object started; a reused instance belongs to whoever started it. As a context manager it starts on
    entry and stops on exit.
    """

    def __init__(
        self,
        home: Path,
        *,
        master_key: str | None = None,
        port: int | None = None,
        binary: str | None = None,
        max_indexing_threads: int = 2,
        log_level: str = "WARN",
        startup_timeout: float = 30.0,
    ) -> None:
        self.home = Path(home).resolve()
        self.master_key = master_key
        self.port = port
        self.binary = binary
        self.max_indexing_threads = max_indexing_threads
        self.log_level = log_level
        self.startup_timeout = startup_timeout
        self.db_path = self.home / DB_DIRNAME
        self.log_path = self.home / LOG_FILENAME
        self.pidfile = self.home / PID_FILENAME
        self.url: str | None = None
        self.pid: int | None = None
        self.reused = False
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def environment(self) -> str:
        """Production (key enforced, no dashboard) whenever a key long enough for it is given."""
        if self.master_key and len(self.master_key.encode()) >= MIN_PRODUCTION_KEY_BYTES:
            return "production"
        return "development"

    # -- lifecycle

    def start(self) -> Self:
        if self.url is not None:
            return self
        self.home.mkdir(parents=True, exist_ok=True)
        with self._locked():
            if not self._attach():
                self._spawn()
        return self

    def attach(self) -> bool:
        """Connect to an already-running instance without starting one; False if there is none."""
        if self.url is not None:
            return True
        if not self.pidfile.exists():
            return False
        with self._locked():
            return self._attach()

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the process this object started: SIGTERM, then SIGKILL after ``timeout`` seconds."""
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self._remove_pidfile_if(process.pid)
        self.url = None
        self.pid = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"url={self.url!r} pid={self.pid}" if self.url else "not running"
        return f"<LocalMeilisearch {self.home} {state}{' (reused)' if self.reused else ''}>"

    # -- internals

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:  # pragma: no cover
            yield
            return
        with open(self.home / LOCK_FILENAME, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _read_pidfile(self) -> dict | None:
        try:
            record = json.loads(self.pidfile.read_text())
            int(record["pid"]), str(record["url"])
            return record
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _is_our_server(self, pid: int) -> bool:
        """The pid is alive and is a meilisearch on this database (pids get recycled)."""
        if not pid_alive(pid):
            return False
        if not Path("/proc/self").exists():  # no /proc (not Linux): trust the pid
            return True
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        return os.fsencode(self.db_path) in argv

    def _attach(self) -> bool:
        record = self._read_pidfile()
        if record is None:
            self.pidfile.unlink(missing_ok=True)
            return False
        pid, url = int(record["pid"]), str(record["url"])
        if not self._is_our_server(pid):
            self.pidfile.unlink(missing_ok=True)  # stale: the process is gone
            return False
        if not self._wait_healthy(url, lambda: pid_alive(pid), self.startup_timeout):
            raise MeilisearchError(
                f"a Meilisearch (pid {pid}) holds {self.db_path} but does not answer at {url}; "
                f"stop it (kill {pid}) and retry. Log: {self.log_path}"
            )
        try:
            status = _get(url, "/version", api_key=self.master_key, timeout=5.0).status_code
        except httpx.HTTPError as exc:
            raise MeilisearchError(f"the Meilisearch at {url} (pid {pid}) failed a request: {exc}") from exc
        if status in (401, 403):
            raise MeilisearchError(
                f"the Meilisearch running at {url} (pid {pid}) does not accept this master key; "
                f"stop it (kill {pid}) so it restarts with the key in {self.home / KEY_FILENAME}"
            )
        if status != 200:
            raise MeilisearchError(
                f"the Meilisearch at {url} (pid {pid}) answered /version with HTTP {status}"
            )
        self.url, self.pid, self.reused = url, pid, True
        self.port = urlsplit(url).port
        return True

    def _command(self, binary: str, port: int) -> list[str]:
        # The master key goes in the environment, not argv: argv is readable by every local user.
        return [
            binary,
            "--db-path", str(self.db_path),
            "--http-addr", f"127.0.0.1:{port}",
            "--env", self.environment,
            "--no-analytics",
            "--max-indexing-threads", str(self.max_indexing_threads),
            "--dump-dir", str(self.home / "dumps"),
            "--snapshot-dir", str(self.home / "snapshots"),
            "--log-level", self.log_level,
        ]  # fmt: skip

    def _child_env(self) -> dict[str, str]:
        # Meilisearch reads every MEILI_* variable as configuration; the user's (e.g. MEILI_URL meant
        # for an external server) must not leak into the local instance.
        env = {k: v for k, v in os.environ.items() if not k.startswith("MEILI_")}
        if self.master_key:
            env["MEILI_MASTER_KEY"] = self.master_key
        return env

    def _spawn(self) -> None:
        binary = self.binary or meilisearch_binary()
        if binary is None:
            raise MeilisearchUnavailable(f"no meilisearch binary found; {INSTALL_HINT}")
        fixed_port = self.port is not None
        for _attempt in range(1 if fixed_port else 3):
            port = self.port if fixed_port else _free_port()
            assert port is not None
            url = f"http://127.0.0.1:{port}"
            log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
            with self.log_path.open("ab") as log:
                log.write(f"--- siaran: starting meilisearch on {url} at {time.ctime()}\n".encode())
                log.flush()
                process = subprocess.Popen(
                    self._command(binary, port),
                    cwd=self.home,  # relative paths Meilisearch may use (config.toml) stay in here
                    env=self._child_env(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # a Ctrl-C in the terminal must not kill a shared server
                )
            if self._wait_healthy(url, lambda p=process: p.poll() is None, self.startup_timeout):
                self._process, self.url, self.pid, self.port = process, url, process.pid, port
                self.reused = False
                self._write_pidfile(process.pid, url)
                return
            if process.poll() is None:  # alive but never healthy
                process.kill()
                process.wait()
                raise MeilisearchStartError(
                    f"meilisearch did not answer {url}/health within {self.startup_timeout:g}s; "
                    f"last lines of {self.log_path}:\n{_tail(self.log_path, log_offset)}"
                )
            tail = _tail(self.log_path, log_offset)
            if not fixed_port and "address already in use" in tail.lower():
                continue  # lost the race for the free port we picked; pick another
            raise MeilisearchStartError(
                f"meilisearch exited with code {process.returncode} on startup; "
                f"last lines of {self.log_path}:\n{tail}"
            )
        raise MeilisearchStartError(f"meilisearch could not bind a free port; see {self.log_path}")

    @staticmethod
    def _wait_healthy(url: str, still_running: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        delay = 0.02
        while time.monotonic() < deadline:
            if is_healthy(url, timeout=1.0):
                return True
            if not still_running():
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.25)
        return is_healthy(url, timeout=1.0)

    def _write_pidfile(self, pid: int, url: str) -> None:
        record = {
            "pid": pid,
            "url": url,
            "db_path": str(self.db_path),
            "environment": self.environment,
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        tmp = self.pidfile.with_name(f".{self.pidfile.name}.{os.getpid()}")
        tmp.write_text(json.dumps(record) + "\n")
        tmp.replace(self.pidfile)

    def _remove_pidfile_if(self, pid: int) -> None:
        record = self._read_pidfile()
        if record is not None and int(record["pid"]) == pid:
            self.pidfile.unlink(missing_ok=True)
