"""The crawl's worker processes: same answers as inline, and a dead worker does not lose items."""

from __future__ import annotations

import asyncio
import os

from pipelines.clean import clean_body
from pipelines.dedupe import fingerprints
from pipelines.language import detect_language
from pipelines.workers import Workers

TITLE = "Pemerintah Perkuat Koordinasi Penanganan Banjir"
BODY = ("Pemerintah pusat dan daerah menggelar rapat koordinasi penanganan banjir di Jakarta pada Senin. "
        "Kepala badan menyampaikan bahwa bantuan logistik telah disalurkan kepada warga terdampak.\n\n"
        "Bagikan: Facebook Twitter\n\nBaca juga: Inflasi Juli Terkendali")


def test_worker_answers_equal_inline_answers():
    workers = Workers(1)

    async def main():
        return (await workers.run(clean_body, BODY), await workers.run(detect_language, f"{TITLE}\n\n{BODY}"),
                await workers.run(fingerprints, TITLE, BODY))

    try:
        cleaned, language, prints = asyncio.run(main())
    finally:
        workers.shutdown()
    assert cleaned == clean_body(BODY) and "Bagikan" not in cleaned.body
    assert language == detect_language(f"{TITLE}\n\n{BODY}") == "id"
    assert prints == fingerprints(TITLE, BODY)


def _die_in_worker(main_pid: int) -> str:
    if os.getpid() != main_pid:
        os._exit(1)  # the worker process dies mid-task
    return "inline"


def test_a_dead_worker_falls_back_to_inline_work(caplog):
    workers = Workers(1)

    async def main():
        first = await workers.run(_die_in_worker, os.getpid())
        return first, await workers.run(detect_language, f"{TITLE}\n\n{BODY}")

    try:
        assert asyncio.run(main()) == ("inline", "id")
    finally:
        workers.shutdown()
    assert not workers.active
    assert "worker process died" in caplog.text
