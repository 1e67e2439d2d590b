"""What a phone downloads on a first visit to a page: the HTML and every stylesheet, font, image
and script the page loads, with an empty cache, in Debian's headless Chromium (Playwright).

The bytes are those of the response bodies as they travel (compressed where the server
compresses them), headers left out. The site's server does not serve uploaded images in
production (the web server in front of it does): they are read from the media folder and
counted at their size on disk.
"""

import mimetypes
import os
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# A common phone: 390 CSS pixels wide, 3 device pixels to the CSS pixel (srcset picks for it).
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True}
TARGET_KB = 200
KINDS = ("document", "stylesheet", "font", "image", "script")


def unavailable() -> str:
    """Why the measurement cannot run here, or ""."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed (make install-test)"
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    return ""


def first_load(port: int, pages: list[dict], media_root: Path) -> list[dict]:
    """For each page ({"name", "path"}): its first load's bytes, in all and by kind."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for target in pages:
            context = browser.new_context(**PHONE)
            media, finished = {}, []

            def from_disk(route, request, media=media):
                path = urlsplit(request.url).path.removeprefix("/media/")
                body = (media_root / path).read_bytes()
                media[request.url] = len(body)
                content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
                route.fulfill(status=200, body=body, content_type=content_type)

            context.route(f"http://127.0.0.1:{port}/media/**", from_disk)
            page = context.new_page()
            page.on("requestfinished", lambda request, finished=finished: finished.append(request))
            page.goto(f"http://127.0.0.1:{port}{target['path']}", wait_until="networkidle")
            by_kind = dict.fromkeys(KINDS, 0)
            for request in finished:
                kind = request.resource_type if request.resource_type in KINDS else "other"
                size = media.get(request.url)
                if size is None:
                    size = request.sizes()["responseBodySize"]
                by_kind[kind] = by_kind.get(kind, 0) + size
            context.close()
            total = sum(by_kind.values())
            rows.append(
                {
                    "name": target["name"],
                    "path": target["path"],
                    "requests": len(finished),
                    "bytes": total,
                    "by_kind": by_kind,
                    "under_target": total < TARGET_KB * 1000,
                }
            )
        browser.close()
    return rows


def table(rows: list[dict]) -> list[str]:
    """The first loads as Markdown, in kB (1,000 bytes)."""
    lines = [
        f"First load at 390 px (a phone, 3 device pixels per CSS pixel, empty cache; target under "
        f"{TARGET_KB} kB each):",
        "",
        "| page | requests | total kB | HTML | CSS | fonts | images | scripts | other |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        kinds = row["by_kind"]
        cells = " | ".join(f"{kinds.get(kind, 0) / 1000:.1f}" for kind in (*KINDS, "other"))
        mark = "" if row["under_target"] else " (over)"
        lines.append(
            f"| {row['name']} | {row['requests']} | {row['bytes'] / 1000:.1f}{mark} | {cells} |"
        )
    return lines
