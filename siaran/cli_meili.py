"""``siaran meili status|stop``: the Meilisearch Siaran uses (registered in cli.py).

The local instance keeps running between commands on purpose (the next command finds it); these commands
show it and end it. An external server (``MEILI_URL``) is only ever shown, never stopped. Self-contained,
like ``cli_analyst``: ``python -m siaran.cli`` runs cli.py as ``__main__``, so importing from it here
would load a second copy.
"""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.markup import escape

from siaran.config import load_settings

console = Console(soft_wrap=True)  # a long path stays on its line when piped
err = Console(stderr=True, soft_wrap=True)
meili_app = typer.Typer(no_args_is_help=True, help="The Meilisearch siaran uses: status, stop (local only).")


@meili_app.command()
def status(as_json: bool = typer.Option(False, "--json", help="Print the status as JSON.")) -> None:
    """URL, pid, version, indexes with their document counts, and whether it is local or external.
    Exit code 0 when it answers, 1 when it is not running or not answering."""
    from search.server.status import meili_status

    st = meili_status(load_settings().data_dir)
    if as_json:
        console.print_json(json.dumps({"managed": st.managed, "running": st.running, "url": st.url, "pid": st.pid,
                                       "version": st.version, "indexes": st.indexes,
                                       "home": str(st.home) if st.home else None, "problem": st.problem}))
        raise typer.Exit(0 if st.running else 1)
    kind = f"local, under {st.home}" if st.managed else "external (MEILI_URL; siaran never stops it)"
    lines = [f"meilisearch: {kind}"]
    if st.running:
        lines += [f"url: {st.url}", f"pid: {st.pid}" if st.pid else "pid: unknown (not started by siaran)",
                  f"version: {st.version}"]
        lines += [f"index {uid}: {count:,} documents" for uid, count in st.indexes.items()] or ["no indexes"]
    else:
        hint = "; any siaran command that searches or indexes starts it" if st.managed else ""
        lines.append(f"status: {st.problem}{hint}")
    for line in lines:
        console.print(escape(line), highlight=False)
    raise typer.Exit(0 if st.running else 1)


@meili_app.command()
def stop() -> None:
    """Stop the local Meilisearch siaran started (SIGTERM, then SIGKILL after 10 s); never an external one."""
    from search.server import stop_local
    from search.server.status import external_url

    if external_url():
        err.print("[bold red]error:[/] MEILI_URL is set: that Meilisearch is external and siaran does not stop "
                  "it (unset MEILI_URL to manage the local one)", highlight=False)
        raise typer.Exit(1)
    home = load_settings().meili_dir
    if stop_local(load_settings().data_dir):
        console.print(escape(f"stopped the local Meilisearch under {home}"), highlight=False)
    else:
        console.print(escape(f"no local Meilisearch is running under {home}"), highlight=False)
