"""The entry ``siaran sources add`` writes: TOML that loads, written only when it loads, never over an
existing file without ``force``."""

from __future__ import annotations

import pytest

from scraper.probe.entry import EntryError, to_toml, write_entry
from scraper.sources import load_source_file

ENTRY = {"id": "warta", "name": "Warta \"Nusantara\"", "base_url": "https://warta.example.go.id",
         "languages": ["id", "en"], "article_url_pattern": r"^https?://[^/]+/berita/\d+/[^/?#]+/?(?:[?#]|$)",
         "verified_live": False, "republishes": True, "notes": "line one",
         "discovery": [{"kind": "feed", "language": "id", "start": "/feed/"},
                       {"kind": "listing", "language": "en", "start": "/en/news"}]}


def test_to_toml_loads_back_as_the_same_entry(tmp_path):
    path = tmp_path / "warta.toml"
    path.write_text(to_toml(ENTRY, ["found feed /feed/", "found listing /en/news"]), encoding="utf-8")
    source = load_source_file(path)
    assert source.name == 'Warta "Nusantara"' and source.republishes
    assert source.article_url_pattern == ENTRY["article_url_pattern"]
    assert [(d.kind, d.language, d.start, d.links, d.next) for d in source.discovery] == [
        ("feed", "id", "/feed/", None, None), ("listing", "en", "/en/news", None, None)]
    assert path.read_text("utf-8").startswith("# found feed /feed/\n")
    assert "'^https?://[^/]+/berita/\\d+/" in path.read_text("utf-8")  # regex kept readable


def test_an_entry_that_does_not_load_is_never_written(tmp_path):
    bad = to_toml({**ENTRY, "languages": ["fr"]})
    with pytest.raises(EntryError, match="does not load, nothing written"):
        write_entry("warta", bad, directory=tmp_path)
    with pytest.raises(EntryError, match="does not load"):
        write_entry("other", to_toml(ENTRY), directory=tmp_path)  # id and file name disagree
    assert list(tmp_path.iterdir()) == []


def test_existing_file_needs_force(tmp_path):
    path = write_entry("warta", to_toml(ENTRY), directory=tmp_path)
    with pytest.raises(EntryError, match="already exists"):
        write_entry("warta", to_toml({**ENTRY, "name": "Changed"}), directory=tmp_path)
    assert load_source_file(path).name == 'Warta "Nusantara"'
    write_entry("warta", to_toml({**ENTRY, "name": "Changed"}), directory=tmp_path, force=True)
    assert load_source_file(path).name == "Changed"
    assert [p.name for p in tmp_path.iterdir()] == ["warta.toml"]


def test_an_id_defined_in_another_directory_is_refused(tmp_path):
    with pytest.raises(EntryError, match="already defined"):
        write_entry("bnpt", to_toml({**ENTRY, "id": "bnpt"}), directory=tmp_path)
