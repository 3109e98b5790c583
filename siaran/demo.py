"""``make demo``: the whole pipeline on this machine, no internet needed.

Serves the replica agency sites on 127.0.0.1, points the sources at them, crawls into SQLite under
./data, indexes into a local Meilisearch, and runs a sample search.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
DEMO_SITES = ["bnpt", "kemlu", "bi", "bps", "setkab", "bnpb", "polri"]


def replica_sites() -> dict:
    from tests.replicas.registry import SITES

    return {sid: SITES[sid]() for sid in DEMO_SITES if sid in SITES}


def run_demo(console: Console) -> None:
    if str(ROOT) not in sys.path:  # the replicas live with the tests, in the checkout
        sys.path.insert(0, str(ROOT))
    from tests.replicas.server import ReplicaServer

    servers = {sid: ReplicaServer(site).start() for sid, site in replica_sites().items()}
    try:
        env = dict(os.environ)
        for sid, server in servers.items():
            env[f"SIARAN_SOURCE_URL_{sid.upper()}"] = server.url
            env.update(getattr(server.site, "env", {}))  # e.g. the replica's API key (BPS)
            console.print(f"replica of [bold]{sid}[/] serving at {server.url}")
        # Local replicas need no politeness delay; the real sites get the defaults of scraper/settings.py.
        env.update(SIARAN_DOWNLOAD_DELAY="0", SIARAN_AUTOTHROTTLE="0", SIARAN_LOG_LEVEL="WARNING")
        cmd = [sys.executable, "-m", "siaran.cli", "crawl", *(arg for s in servers for arg in ("--source", s))]
        subprocess.run(cmd, env=env, check=False)
    finally:
        for server in servers.values():
            server.stop()
    console.print("\n[bold]Sample search:[/] siaran search \"koordinasi terorisme\" --source bnpt --lang id --since 2022-01-01")
    subprocess.run([sys.executable, "-m", "siaran.cli", "search", "koordinasi terorisme", "--source", "bnpt",
                    "--lang", "id", "--since", "2022-01-01", "--per-page", "3"], check=False)
    console.print("\n[bold]Try next:[/]\n"
                  "  .venv/bin/siaran search \"pencegahan radikalisme\"\n"
                  "  .venv/bin/siaran runs --errors\n"
                  "  .venv/bin/siaran show 1 --revisions\n"
                  "  .venv/bin/siaran export --format csv --out data/bnpt.csv --source bnpt\n"
                  "  .venv/bin/siaran sources")
