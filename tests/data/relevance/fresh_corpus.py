"""Merge the four hand-written parts (``fresh_corpus_a.jsonl`` ... ``fresh_corpus_d.jsonl``) into
``fresh_corpus.jsonl``, checking them: the second judged corpus of the relevance benchmark.

Why: the first held-out corpus (``heldout_corpus.py``) is generated from templates, and after twenty-four query
sets its events are used up for blind queries; its releases differ only by place, figure and month, which is
exactly what the fusion's count of stated concepts separates. These ~300 releases were written one by one
on 2026-12-05 (session 10) by four helper sessions, one area each (security and law enforcement; economy and
statistics; disasters, weather and health; foreign affairs and government), without reading the search code, its
vocabulary, the earlier corpora, queries or any result. About 40% come as Indonesian+English pairs (the English
adapted, not translated word for word; four per part are cross-source: an ``antara`` English story of a
ministry's release), 45% are Indonesian only and 15% English only. Facts are plausible inventions.

    .venv/bin/python tests/data/relevance/fresh_corpus.py [fresh|news]

``news`` merges the third judged corpus the same way: ``news_corpus_a.jsonl`` ... ``news_corpus_d.jsonl`` into
``news_corpus.jsonl`` (348 releases, ids 5001-5687), written on 2026-12-05 (session 11) by four more helper sessions
under the same blindness, one area each (security, law and cyber; economy, finance and agriculture; disasters,
environment, health and food safety; foreign affairs, government, education, labour and transport). Its releases
come in series: 8-13 recurring topics per area with 4-12 releases each, differing by place, date, figures and
outcome, as an agency's archive does.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = ("fresh", "news")
FIELDS = {"id", "source", "language", "published_at", "title", "body", "tags", "pair", "topic", "event", "slots"}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(releases: list[dict]) -> None:
    """Fields, unique ids, languages, dates, and pairs that point back with the other language and one event."""
    by_id = {r["id"]: r for r in releases}
    if len(by_id) != len(releases):
        raise ValueError("duplicate ids")
    for r in releases:
        if set(r) != FIELDS or r["language"] not in ("id", "en"):
            raise ValueError(f"release {r.get('id')}: fields or language")
        date.fromisoformat(r["published_at"])
        if r["pair"] is not None:
            partner = by_id[r["pair"]]
            if partner["pair"] != r["id"] or partner["language"] == r["language"] or partner["event"] != r["event"]:
                raise ValueError(f"release {r['id']}: pair {r['pair']} does not point back")


def main(name: str = "fresh") -> None:
    releases = [r for part in "abcd" for r in load(HERE / f"{name}_corpus_{part}.jsonl")]
    check(releases)
    out = HERE / f"{name}_corpus.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in releases), encoding="utf-8")
    print(f"{len(releases)} releases -> {out}")


if __name__ == "__main__":
    import sys

    main(*sys.argv[1:2])
