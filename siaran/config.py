"""The one settings object.

Every knob is an environment variable with the ``SIARAN_`` prefix, read once into a frozen dataclass.
Defaults make the embedded setup work with nothing configured: SQLite and a local Meilisearch under
``./data``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_USER_AGENT = "SiaranBot/0.1 (+https://github.com/siaran-archive/siaran; archive of public news releases)"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"SIARAN_{name}", default)


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(f"SIARAN_{name}")
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    meili_url: str | None
    meili_api_key: str | None
    index_uid: str
    user_agent: str
    index_batch_size: int
    source_urls: dict[str, str] = field(default_factory=dict)
    # Extra Host names the HTTP API answers to besides localhost/127.0.0.1/[::1] (SIARAN_ALLOWED_HOSTS,
    # comma-separated; "*" for any): see search.api.allowed_hosts_for.
    allowed_hosts: tuple[str, ...] = ()

    @property
    def meili_dir(self) -> Path:
        return self.data_dir / "meili"


def _source_url_overrides() -> dict[str, str]:
    """``SIARAN_SOURCE_URL_BNPT=http://127.0.0.1:8001`` points a source at a mirror or replica."""
    prefix = "SIARAN_SOURCE_URL_"
    return {k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix) and v}


def load_settings() -> Settings:
    data_dir = Path(_env("DATA_DIR", "data")).resolve()
    database_url = _env("DATABASE_URL", f"sqlite:///{data_dir / 'siaran.db'}")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        meili_url=os.environ.get("MEILI_URL") or None,
        meili_api_key=os.environ.get("MEILI_MASTER_KEY") or None,
        index_uid=_env("INDEX", "releases"),
        user_agent=_env("USER_AGENT", DEFAULT_USER_AGENT),
        index_batch_size=int(_env("INDEX_BATCH_SIZE", "1000")),
        source_urls=_source_url_overrides(),
        allowed_hosts=tuple(h.strip() for h in _env("ALLOWED_HOSTS", "").split(",") if h.strip()),
    )
