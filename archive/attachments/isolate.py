"""``read_pdf`` in a child process with a memory and a time limit.

Why a process: a PDF is a program for a reader. A decompression bomb, a page tree with a loop, or a
pathological content stream can take gigabytes or minutes in any library; in a child process with
``RLIMIT_AS`` and a timeout it costs that process only, and the crawl records the file as a bomb and goes on.
The price is a Python start (about 0.25 s) per PDF, small beside its download at a polite crawl rate.

Run as ``python -m archive.attachments.isolate MAX_PAGES``: the PDF on stdin, JSON on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass

from archive.attachments.text import DEFAULT_MAX_PAGES, PdfText, Unreadable, read_pdf

DEFAULT_MEMORY_MB = 1024
DEFAULT_SECONDS = 120.0
# How running out of the address space shows in the child's last line: a MemoryError, or a library that
# could not be mapped (an import deep inside the reader).
_OUT_OF_MEMORY = ("MemoryError", "failed to map segment", "Cannot allocate memory")


@dataclass(frozen=True)
class Limits:
    max_pages: int = DEFAULT_MAX_PAGES
    memory_mb: int = DEFAULT_MEMORY_MB
    seconds: float = DEFAULT_SECONDS


def read_isolated(data: bytes, limits: Limits = Limits()) -> PdfText:
    """``read_pdf(data)`` in a child process; raises ``Unreadable`` for what it refuses and for a child
    that ran out of memory or time."""
    memory = limits.memory_mb * 1024 * 1024

    def _limit() -> None:  # runs in the child before exec
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    try:
        done = subprocess.run([sys.executable, "-m", "archive.attachments.isolate", str(limits.max_pages)],
                              input=data, capture_output=True, timeout=limits.seconds, preexec_fn=_limit,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"}, check=False)
    except subprocess.TimeoutExpired as exc:
        raise Unreadable("timeout", f"PDF bomb or pathological file: reading it took longer than "
                                    f"{limits.seconds:g} s (SIARAN_ATTACHMENT_SECONDS)") from exc
    if done.returncode == 0:
        return _decode(done.stdout)
    tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["killed"]
    if done.returncode < 0 or any(sign in tail[0] for sign in _OUT_OF_MEMORY):
        raise Unreadable("bomb", f"PDF bomb: reading it needed more than {limits.memory_mb} MB of memory "
                                 f"(SIARAN_ATTACHMENT_MEMORY_MB)")
    raise Unreadable("corrupt", f"corrupt PDF: the reader failed ({tail[0][:300]})")


def _decode(stdout: bytes) -> PdfText:
    answer = json.loads(stdout)
    if not answer["ok"]:
        raise Unreadable(answer["status"], answer["reason"])
    return PdfText(pages=answer["pages"], title=answer["title"], extractor=answer["extractor"],
                   warnings=answer["warnings"])


def _main() -> None:
    max_pages = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MAX_PAGES
    data = sys.stdin.buffer.read()
    try:
        found = read_pdf(data, max_pages)
        answer = {"ok": True, "pages": found.pages, "title": found.title, "extractor": found.extractor,
                  "warnings": found.warnings}
    except Unreadable as exc:
        answer = {"ok": False, "status": exc.status, "reason": exc.reason}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))


if __name__ == "__main__":
    _main()
