"""Run every benchmark one after another (``make bench``); each appends its figures to benchmarks/results/.

Benchmarks are run on demand, never as part of the test suite: they need an otherwise idle machine to
mean anything. Pass ``--quick`` for small sizes that finish in a few minutes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
FULL = [
    ["bench_crawl.py", "--n", "10000"],
    ["bench_dedupe.py", "--n", "1000000"],
    ["bench_export.py", "--n", "1000000"],
    ["bench_index.py", "--releases", "100000"],
    ["bench_semantic.py"],
    ["bench_extraction.py"],
    ["bench_unseen.py"],
    ["bench_recheck.py", "--n", "100000"],
    ["bench_relevance.py"],
    ["bench_timeline.py", "--releases", "1000000"],
    ["bench_attachments.py"],
    ["bench_distributed.py", "--n", "1000", "--reps", "3"],
]
QUICK = [
    ["bench_crawl.py", "--n", "1000"],
    ["bench_dedupe.py", "--n", "100000"],
    ["bench_export.py", "--n", "100000"],
    ["bench_index.py", "--releases", "10000"],
    ["bench_extraction.py", "--rounds", "3"],
    ["bench_recheck.py", "--n", "10000", "--nights", "30", "--warmup", "30"],
    ["bench_timeline.py", "--releases", "10000", "--rounds", "5"],
    ["bench_attachments.py", "--docs", "10", "--rounds", "2"],
    ["bench_distributed.py", "--n", "200", "--reps", "1"],
]


def main() -> int:
    plan = QUICK if "--quick" in sys.argv else FULL
    failed = 0
    for script, *args in plan:
        print(f"== {script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *args], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
