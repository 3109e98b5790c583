"""Where Siaran's Meilisearch lives: an external server, or a local one Siaran starts itself.

``resolve_meilisearch(data_dir)`` is the one entry point the rest of Siaran needs:

* ``MEILI_URL`` set: use that server with ``MEILI_MASTER_KEY``; nothing is started.
* otherwise: a local ``meilisearch`` process under ``data_dir/meili`` is reused if one is running (found
  through its pidfile) or started. It keeps running after the command that started it exits, so the next
  ``siaran`` command finds it again; ``stop_local(data_dir)`` ends it.

Layout of ``data_dir/meili``::

    master.key         random master key, mode 0600, generated once
    data.ms/           the Meilisearch database
    dumps/ snapshots/  where Meilisearch writes dumps and snapshots
    meilisearch.log    the server's stdout/stderr, appended
    meilisearch.pid    JSON {pid, url, db_path, ...} of the running instance
    meilisearch.lock   held while an instance is being found or started, so two commands never race

Modules: ``errors``, ``binary`` (which executable), ``health`` (requests on fresh connections),
``layout`` (the folder and its master key), ``process`` (``LocalMeilisearch``), ``local`` (the entry points
``resolve_meilisearch`` / ``stop_local``), ``status`` (``siaran meili status``). Everything public is
importable from ``search.server``.
"""

from __future__ import annotations

from search.server.binary import BINARY_ENV, INSTALL_HINT, LOCAL_BINARY, MEILI_VERSION, meilisearch_binary
from search.server.errors import MeilisearchError, MeilisearchStartError, MeilisearchUnavailable
from search.server.health import is_healthy
from search.server.layout import MIN_PRODUCTION_KEY_BYTES, master_key_for
from search.server.local import MeiliEndpoint, resolve_meilisearch, stop_local
from search.server.process import LocalMeilisearch
from search.server.status import MeiliStatus, meili_status

__all__ = [
    "BINARY_ENV",
    "INSTALL_HINT",
    "LOCAL_BINARY",
    "MEILI_VERSION",
    "MIN_PRODUCTION_KEY_BYTES",
    "LocalMeilisearch",
    "MeiliEndpoint",
    "MeiliStatus",
    "MeilisearchError",
    "MeilisearchStartError",
    "MeilisearchUnavailable",
    "is_healthy",
    "master_key_for",
    "meili_status",
    "meilisearch_binary",
    "resolve_meilisearch",
    "stop_local",
]
