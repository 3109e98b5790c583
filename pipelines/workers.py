"""Worker processes for the pipelines' pure CPU work during a crawl.

Scrapy runs item pipelines in the reactor's thread: while one release is being cleaned, scored for
language and fingerprinted, no page is downloaded or parsed. Those steps are pure functions of the
item's text and hold the GIL (lingua included), so a thread would not help; a worker process does.
Each pipeline still does its own job and sends only its pure function (``clean_body``,
``detect_language``, the fingerprints) to the crawl's shared pool; the item waits for the answer while
the reactor goes on with other pages. Database work stays in the reactor's thread, so dedupe and store
still see releases one after another.

``SIARAN_PIPELINE_WORKERS`` sets the number of processes (default 1; 0 computes everything inline).
Outside a crawl (``siaran reprocess``, tests calling ``process_item``) there is no pool and the
functions run inline. The answers are the same either way.

A worker never outlives its crawl: when the crawl process dies without shutting the pool down
(``kill -9``, the scheduler's timeout), each worker is sent SIGKILL by the kernel
(``PR_SET_PDEATHSIG``, Linux) and, wherever that is unavailable, notices within a second that its
parent changed and exits. Once the workers are gone, the multiprocessing resource tracker (the
"spawn" pool starts one) reads end-of-file on its pipe and exits too, so nothing is left behind.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

logger = logging.getLogger(__name__)

T = TypeVar("T")

_POOLS: WeakKeyDictionary = WeakKeyDictionary()


PARENT_POLL_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1


def _exit_with_parent(parent_pid: int) -> None:
    """Pool initializer: make this worker process end when the crawl process that started it dies."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watcher below is enough
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="siaran-parent-watch", daemon=True).start()


class Workers:
    """A process pool started on first use and shut down when the spider closes."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    @property
    def active(self) -> bool:
        return self.processes > 0 and not self._broken

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker process (``fn`` must be a module-level function)."""
        if self._broken:
            return fn(*args)
        if self._pool is None:
            # "spawn": forking a process that runs the reactor and holds database connections is unsafe.
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_exit_with_parent, initargs=(os.getpid(),))
        try:
            return await asyncio.wrap_future(self._pool.submit(fn, *args))
        except BrokenProcessPool:
            if not self._broken:
                logger.warning("a pipeline worker process died; computing in the crawl process from now on")
            self._broken = True
            return fn(*args)

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def crawl_workers(crawler) -> Workers | None:
    """The crawler's shared pool, or None when there is none to use (no crawler, 0 workers, or a
    reactor without asyncio)."""
    settings = getattr(crawler, "settings", None)
    if settings is None:
        return None
    workers = _POOLS.get(crawler)
    if workers is None:
        from scrapy import signals
        from scrapy.utils.asyncio import is_asyncio_available

        processes = settings.getint("SIARAN_PIPELINE_WORKERS", 0)
        try:
            asyncio_ok = is_asyncio_available()
        except RuntimeError:  # no reactor installed: not a real crawl
            asyncio_ok = False
        if processes <= 0 or not asyncio_ok:
            return None
        workers = _POOLS[crawler] = Workers(processes)
        crawler.signals.connect(workers.shutdown, signal=signals.spider_closed)
    return workers
