"""SIGTERM as an exception, so that ``finally`` blocks clean up: an export's ``.part`` file, a rebuild's
half-built index. Python's default SIGTERM action ends the process on the spot and runs none of them."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def sigterm_exits() -> Iterator[None]:
    """While active, SIGTERM raises ``SystemExit(143)`` in the main thread instead of ending the process
    on the spot, so the ``finally``/``except`` blocks of the work inside run.

    Only when SIGTERM has its default action: a program that handles it itself (the scheduler, a server)
    keeps its own handler. Signal handlers can only be set from the main thread.
    """
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL):
        yield
        return

    def terminate(signum: int, _frame) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
