"""A stand-in for Varnish: a tiny HTTP server of the test's own that answers PURGE as Varnish
does and records what it was asked (the `varnish` fixture, tests/conftest.py)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class RecordingCache(ThreadingHTTPServer):
    def __init__(self):
        self.purged: list[str] = []  # full addresses, with the Host the purge named
        super().__init__(("127.0.0.1", 0), PurgeHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        wait_for_second_sendings()
        self.shutdown()
        self.server_close()


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        pass


def in_front_of_the_site(settings, address: str) -> None:
    """The settings FRONTEND_CACHE_URL=`address` gives (site/settings/base.py)."""
    settings.FRONTEND_CACHE_URL = address
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_cache.HTTPBackend", "LOCATION": address}
    }


def wait_for_second_sendings() -> None:
    """Each batch is sent again a moment after the first (core.frontend_cache.PurgeBatch)."""
    for thread in threading.enumerate():
        if thread.name == "purge-again":
            thread.join()
