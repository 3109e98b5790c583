"""Write tests/data/translation_pair_vectors.json: the stored vectors of tests/data/translation_pairs.json.

Pairing reads vectors from the archive, computed once per text; the unit tests of archive/pairing.py read
them from this file in the same encoding (float16 window vectors, text hash incl. model and window
scheme), so they run without the model. tests/integration/test_translation_pairing.py checks that the
file still matches the model and the texts. Run again after editing the labelled set:

    .venv/bin/python tests/data/make_translation_pair_vectors.py
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from archive import vectors
from search.embeddings import embed_windows, load_embedder, unavailable_reason

SET = HERE / "translation_pairs.json"
OUT = HERE / "translation_pair_vectors.json"


def main() -> None:
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit(unavailable_reason())
    releases = json.loads(SET.read_text(encoding="utf-8"))["releases"]
    computed = embed_windows(embedder, [(r["title"], r["body"]) for r in releases])
    rows = {}
    for r, w in zip(releases, computed):
        rows[str(r["id"])] = {"text_hash": vectors.text_hash(embedder.model_id, r["title"], r["body"]),
                              "windows": int(w.shape[0]), "dims": int(w.shape[1]),
                              "data": base64.b64encode(vectors.encode(w, "f16")).decode()}
    OUT.write_text(json.dumps({"model": embedder.model_id, "dtype": "f16", "releases": rows}, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(rows)} releases -> {OUT}")


if __name__ == "__main__":
    main()
