"""The modules that had grown past ~500 lines and mixed concepts are packages of small single-purpose
modules, and every name other code imports is still importable from the package itself."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

PACKAGES = {
    "archive.export": {"request", "sql", "values", "csv_writer", "jsonl_writer", "parquet_writer", "stream",
                       "search_ids", "manifest", "background", "partfiles", "run"},
    "search.server": {"errors", "binary", "health", "layout", "process", "local"},
    "archive.fingerprints": {"urls", "content", "minhash", "lsh_index"},
}


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_a_split_module_is_a_package_of_small_modules(name):
    package = importlib.import_module(name)
    assert Path(package.__file__).name == "__init__.py", f"{name} is still one module"
    folder = Path(package.__file__).parent
    sizes = {path.stem: len(path.read_text().splitlines()) for path in folder.glob("*.py")}
    assert PACKAGES[name] <= set(sizes)
    assert max(sizes.values()) < 350, sizes


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_every_public_name_is_importable_from_the_package(name):
    package = importlib.import_module(name)
    missing = [n for n in package.__all__ if not hasattr(package, n)]
    assert not missing
