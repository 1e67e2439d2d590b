"""What the browser tests share: Chromium, axe-core, and the routes that hand each request of
the browser to Django's test client. The fixtures built on them are in conftest.py.

Requests never reach a network: Playwright hands each one to Django's test client, inside the
test's transaction, and any request to another host is refused and recorded.
"""

import mimetypes
import os
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class DjangoRoutes:
    def __init__(self):
        self.client = Client(enforce_csrf_checks=True)
        self.connection = connections[DEFAULT_DB_ALIAS]
        self.foreign_requests = []

    def __call__(self, route, request):
        # Playwright calls this in a greenlet of its own, where Django would open a second
        # connection, outside the test's transaction: lend it the test's connection.
        connections[DEFAULT_DB_ALIAS] = self.connection
        url = urlsplit(request.url)
        if url.hostname != "testserver":
            self.foreign_requests.append(request.url)
            return route.abort()
        if url.path.startswith(settings.MEDIA_URL):
            file = Path(settings.MEDIA_ROOT) / url.path.removeprefix(settings.MEDIA_URL)
            content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            return route.fulfill(status=200, body=file.read_bytes(), content_type=content_type)
        response = self.client.generic(
            request.method,
            url.path + (f"?{url.query}" if url.query else ""),
            data=request.post_data_buffer or b"",
            content_type=request.headers.get("content-type", ""),
            headers={"accept-language": request.headers.get("accept-language", "")},
        )
        body = b"".join(response.streaming_content) if response.streaming else response.content
        headers = {key: value for key, value in response.items() if key.lower() != "content-length"}
        return route.fulfill(status=response.status_code, headers=headers, body=body)


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]},
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
