"""``read_pdf`` in a worker process with a memory and a time limit.

Why a process: a PDF is a program for a reader. A decompression bomb, a page tree with a loop, or a
pathological content stream can take gigabytes or minutes in any library; in a worker process with
``RLIMIT_AS`` and a timeout it costs that process only, and the crawl records the file as a bomb and goes on.

Why one long-lived worker: starting Python and importing the readers costs about 0.3 s, more than reading a
ten-page release (benchmarks/results/attachments.md). The worker (a ``ProcessPoolExecutor`` of one, spawned,
not forked from the crawl's threads) reads file after file; one file at a time, so when a file runs out of
time its worker is killed without taking another file down with it, and a new worker is started for the
next. A worker that dies (out of memory inside the native reader) is noticed at once (``BrokenProcessPool``).
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from archive.attachments.text import DEFAULT_MAX_PAGES, PdfText, Unreadable, read_pdf

DEFAULT_MEMORY_MB = 1024
DEFAULT_SECONDS = 120.0
# How running out of the address space shows when the worker cannot even load a library it needs.
_OUT_OF_MEMORY = ("failed to map segment", "Cannot allocate memory")


@dataclass(frozen=True)
class Limits:
    max_pages: int = DEFAULT_MAX_PAGES
    memory_mb: int = DEFAULT_MEMORY_MB
    seconds: float = DEFAULT_SECONDS

    @classmethod
    def from_settings(cls, settings) -> Limits:
        """From Scrapy settings: ``SIARAN_ATTACHMENT_MAX_PAGES``, ``_MEMORY_MB``, ``_SECONDS``."""
        return cls(max_pages=settings.getint("SIARAN_ATTACHMENT_MAX_PAGES", DEFAULT_MAX_PAGES),
                   memory_mb=settings.getint("SIARAN_ATTACHMENT_MEMORY_MB", DEFAULT_MEMORY_MB),
                   seconds=settings.getfloat("SIARAN_ATTACHMENT_SECONDS", DEFAULT_SECONDS))


def _limit_memory(memory_mb: int) -> None:  # runs in the worker before its first file
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def _read(data: bytes, max_pages: int) -> tuple:
    """In the worker: a picklable answer (exceptions with custom arguments do not cross processes)."""
    try:
        found = read_pdf(data, max_pages)
    except Unreadable as exc:
        return ("unreadable", exc.status, exc.reason)
    except MemoryError:
        return ("memory",)
    return ("ok", found.pages, found.title, found.extractor, found.warnings, found.created)


class _Worker:
    """One worker process per set of limits, used by one file at a time."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.lock = threading.Lock()
        self.pool: ProcessPoolExecutor | None = None

    def read(self, data: bytes) -> tuple:
        with self.lock:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_limit_memory, initargs=(self.limits.memory_mb,))
            future = self.pool.submit(_read, data, self.limits.max_pages)
            try:
                return future.result(timeout=self.limits.seconds)
            except FutureTimeout:
                self._discard(kill=True)
                return ("timeout",)
            except BrokenProcessPool:
                self._discard(kill=False)
                return ("memory",)
            except Exception as exc:  # noqa: BLE001 - the worker itself failed (an import it could not map)
                self._discard(kill=True)
                out_of_memory = isinstance(exc, MemoryError) or any(sign in str(exc) for sign in _OUT_OF_MEMORY)
                return ("memory",) if out_of_memory else ("failed", f"{type(exc).__name__}: {exc}"[:300])

    def _discard(self, *, kill: bool) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if kill:  # Python 3.11 has no public way to stop a running task; its process is ours to end
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)


_WORKERS: dict[Limits, _Worker] = {}
_WORKERS_LOCK = threading.Lock()


def read_isolated(data: bytes, limits: Limits = Limits()) -> PdfText:
    """``read_pdf(data)`` in the worker process; raises ``Unreadable`` for what it refuses and for a worker
    that ran out of memory or time."""
    with _WORKERS_LOCK:
        worker = _WORKERS.setdefault(limits, _Worker(limits))
    answer = worker.read(data)
    if answer[0] == "ok":
        return PdfText(pages=answer[1], title=answer[2], extractor=answer[3], warnings=answer[4], created=answer[5])
    if answer[0] == "unreadable":
        raise Unreadable(answer[1], answer[2])
    if answer[0] == "timeout":
        raise Unreadable("timeout", f"PDF bomb or pathological file: reading it took longer than "
                                    f"{limits.seconds:g} s (SIARAN_ATTACHMENT_SECONDS)")
    if answer[0] == "failed":
        raise Unreadable("corrupt", f"corrupt PDF: the reader failed ({answer[1]})")
    raise Unreadable("bomb", f"PDF bomb: reading it needed more than {limits.memory_mb} MB of memory "
                             f"(SIARAN_ATTACHMENT_MEMORY_MB)")


def shutdown() -> None:
    """Stop the worker processes (the crawl's end; they are started again when needed)."""
    with _WORKERS_LOCK:
        workers = list(_WORKERS.values())
        _WORKERS.clear()
    for worker in workers:
        with worker.lock:
            pool, worker.pool = worker.pool, None
        if pool is not None:
            pool.shutdown(wait=True)
