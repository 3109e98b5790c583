"""A small threaded HTTP server for replica sites, with a request log tests can assert on.

A replica is a ``Site``: ``handle(request) -> Reply | None``. The server adds what real servers do and
the crawler must cope with: ETag / Last-Modified with 304 answers, a request log, and ``HEAD``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (a hanging server)
    validators: bool = True  # send ETag / Last-Modified and honour conditional requests

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


class Site:
    name = "site"

    def handle(self, request: Request) -> Reply | None:
        raise NotImplementedError


class _Handler(BaseHTTPRequestHandler):
    server_version = "ReplicaHTTP/1.0"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet; the request log is the record
        pass

    def _serve(self, head: bool) -> None:
        parts = urlsplit(self.path)
        request = Request(self.command, parts.path or "/", parse_qs(parts.query), dict(self.headers.items()))
        self.server.replica.log.append(request)
        reply = self.server.replica.site.handle(request) or Reply(404, "<html><body><h1>404 Not Found</h1></body></html>")
        if reply.delay:
            time.sleep(reply.delay)
        data = reply.data()
        headers = {"Content-Type": reply.content_type, **reply.headers}
        if reply.validators and reply.status == 200:
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", formatdate(self.server.replica.started, usegmt=True))
            if request.headers.get("If-None-Match") == headers["ETag"]:
                reply, data = Reply(304), b""
        try:
            self.send_response(reply.status)
            for key, value in headers.items():
                if reply.status != 304 or key in {"ETag", "Last-Modified"}:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if not head and reply.status != 304:
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout, size limit): that is the point of some replies

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)


class ReplicaServer:
    """``with ReplicaServer(site) as server: server.url`` — serves ``site`` on 127.0.0.1."""

    def __init__(self, site: Site, port: int = 0, host: str = "127.0.0.1") -> None:
        self.site = site
        self.log: list[Request] = []
        self.started = time.time()
        self._httpd = ThreadingHTTPServer((host, port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.replica = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True, name=f"replica-{site.name}")

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def paths(self) -> list[str]:
        return [r.path + (("?" + "&".join(f"{k}={v[0]}" for k, v in r.query.items())) if r.query else "")
                for r in self.log]

    def clear_log(self) -> None:
        self.log.clear()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
