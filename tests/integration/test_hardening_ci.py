"""CI lints before it tests, and a lint finding fails the build (``make lint`` exits non-zero)."""

from __future__ import annotations

import subprocess

from tests.conftest import ROOT


def test_ci_runs_the_linter_before_the_tests():
    commands = [line.split("#")[0].strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert "make lint" in commands and "make test" in commands
    assert commands.index("make lint") < commands.index("make test")


def make_lint(path) -> subprocess.CompletedProcess:
    # -o setup: the virtualenv is already set up; do not let this test reinstall it
    return subprocess.run(["make", "-o", "setup", "lint", f"LINT_PATHS={path}"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)


def test_make_lint_fails_on_a_finding_and_passes_clean_code(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n")  # F401: imported but unused
    failed = make_lint(bad)
    assert failed.returncode != 0 and "F401" in failed.stdout
    good = tmp_path / "good.py"
    good.write_text('"""Nothing to find."""\n')
    assert make_lint(good).returncode == 0
