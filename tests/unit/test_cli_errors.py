"""Bad command lines get one line on stderr and exit code 2 (docs/architecture.md), never Typer's boxes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from siaran import cli
from tests.conftest import ROOT


def run_cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """``siaran ARGS`` through the real entry point (``siaran.cli:run``), in this process."""
    monkeypatch.setattr(sys, "argv", ["siaran", *args])
    with pytest.raises(SystemExit) as info:
        cli.run()
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


@pytest.mark.parametrize("args, expected", [
    (["--bogus"], "error: no such option: --bogus; see `siaran --help`"),
    (["export", "--out", "x.csv", "--bogus"], "no such option: --bogus"),
    (["show"], "error: missing argument 'article_id'; see `siaran show --help`"),
    (["show", "abc"], "invalid value for 'article_id'"),
    (["runs", "--limit", "many"], "invalid value for '--limit'"),
    (["search", "x", "--sort", "bogus"], "invalid value for --sort: use one of relevance, newest, oldest"),
    (["search", "x", "--mode", "psychic"], "invalid value for --mode"),
    (["serve", "--port", "99999"], "invalid value for '--port'"),
    (["show", "1", "extra"], "got unexpected extra argument(s) (extra)"),
    (["nosuchcommand"], "no such command 'nosuchcommand'"),
    (["search", "x", "--since", "2022-02-01", "--until", "2022-01-01"], "2022-02-01 is after --until 2022-01-01"),
    (["export", "--out", "x.csv", "--since", "2022-02-01", "--until", "2022-01-01"], "is after --until"),
    (["search", "x", "--since", "2022-13-01"], "'2022-13-01' is not a date; use YYYY-MM-DD"),
    (["runs", "--source", "nosuch"], "unknown source nosuch; known: "),
    (["changes", "--limit", str(10**30)], "invalid value for '--limit'"),
])
def test_usage_errors_are_one_line_with_exit_code_2(monkeypatch, capsys, args, expected):
    code, out, err = run_cli(monkeypatch, capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err
    assert "╭" not in err and "Usage:" not in err


def test_help_still_prints_and_exits_0(monkeypatch, capsys):
    code, out, err = run_cli(monkeypatch, capsys, "export", "--help")
    assert code == 0 and "--out" in out and err == ""


def test_a_bare_siaran_prints_the_help_only(monkeypatch, capsys):
    code, out, err = run_cli(monkeypatch, capsys)
    assert code == 2 and "Usage: siaran" in out and err == ""


def test_the_installed_entry_point_gives_the_same_line():
    proc = subprocess.run([sys.executable, "-m", "siaran.cli", "show", "--bogus"], capture_output=True, text=True,
                          check=False,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: no such option: --bogus; see `siaran show --help`"


def test_an_unexpected_database_error_is_one_line_without_its_sql(monkeypatch, capsys):
    from sqlalchemy.exc import DataError

    def broken(*_args, **_kwargs):
        raise DataError("SELECT articles.id\nFROM articles\nWHERE articles.id = %(pk_1)s", {"pk_1": 2**31},
                        Exception("value out of range for type integer"))

    monkeypatch.setattr(cli, "show_runs", broken)
    code, _out, err = run_cli(monkeypatch, capsys, "runs")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "value out of range" in err and "SELECT" not in err
