"""`make screenshots`: full-page pictures of every page type of the demo (demo/tour.py), in every
language, at a phone's width (390 px) and a laptop's (1366), for review.

It builds a demo site of its own, a SQLite database and a media folder in screenshots/.demo/
(never the developer's db.sqlite3): migrate, load_demo_content, create_demo_logins; serves it
with runserver on a free port (development settings: the static files and images are served
as CSS changes, without collectstatic); logs a demo volunteer and an organisation's staff in
through the log-in forms (their passwords are set anew, in this throwaway database only); and
writes screenshots/WIDTH/NN-PAGE-TYPE.LANGUAGE.png, with screenshots/index.html to look at them
side by side.

    .venv/bin/python demo/screenshots.py [--reuse] [--width 390] [--language fr] [--page join]

--reuse keeps the demo database of the previous run (a minute and a half saved, when only the
CSS or the templates changed); --width, --language and --page (a part of the page type's
name) narrow the run, and may be repeated: a narrowed run replaces only its own screenshots.
"""

import argparse
import html
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
WORK = OUT / ".demo"
PYTHON = sys.executable
WIDTHS = [390, 1366]
# What each demo account is given, in the throwaway database only.
PASSWORD = "screenshots-only-password"  # noqa: S105


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(port: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crowdtime.settings.dev",
        "DATABASE_URL": f"sqlite:///{WORK}/db.sqlite3",
        "MEDIA_ROOT": str(WORK / "media"),
        "PORT": str(port),
        "PAGE_CACHE_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    # Django's system checks take seconds each time, and the tests run them.
    subprocess.run(  # noqa: S603 (our own manage.py)
        [PYTHON, "manage.py", *args, "--skip-checks"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def build_demo(env, reuse: bool):
    if not (reuse and (WORK / "db.sqlite3").exists()):
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        print("Building the demo site in screenshots/.demo/ (a minute and a half, or more)…")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")  # does nothing when the demo is there
    manage(env, "create_demo_logins")


class Server:
    def __init__(self, env):
        self.port = int(env["PORT"])
        self.process = subprocess.Popen(  # noqa: S603 (our own manage.py)
            [
                PYTHON,
                "manage.py",
                "runserver",
                "--noreload",
                "--skip-checks",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(150):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("runserver did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def demo_accounts() -> dict:
    """The user of each kind of visitor, whose password is set to PASSWORD."""
    from demo.tour import visitor

    accounts = {}
    for kind in ("volunteer", "staff"):
        user = visitor(kind)
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
        accounts[kind] = user
    return accounts


def log_in(context, base: str, kind: str, user):
    page = context.new_page()
    if kind == "volunteer":
        page.goto(f"{base}/en/accounts/login/")
        page.locator("main input[name=login]").fill(user.email)
        page.locator("main input[name=password]").fill(PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(f"{base}/en/volunteer/")
    else:
        page.goto(f"{base}/admin/login/")
        page.locator("input[name=username]").fill(user.username)
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(f"{base}/admin/")
    page.close()


# Lazy images load only once scrolled to: a full-page picture wants them all, and the fonts.
LOADED = """async () => {
    const images = [...document.images];
    images.forEach(image => { image.loading = "eager"; });
    await Promise.all(images.map(image => image.decode().catch(() => null)));
    await document.fonts.ready;
}"""


def shoot(page, url: str, path: Path):
    page.goto(url)
    page.evaluate(LOADED)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=True, animations="disabled")


def take(base: str, widths, languages, wanted) -> list[Path]:
    """Every screenshot asked for, written."""
    from playwright.sync_api import sync_playwright

    from demo.tour import tour

    # Django's ORM refuses to run inside Playwright's event loop: read the database first.
    accounts = demo_accounts()
    tours = {language: tour(language) for language in languages}
    shots = []
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=args)
        for width in widths:
            contexts = {}
            for kind in ("", "volunteer", "staff"):
                contexts[kind] = browser.new_context(viewport={"width": width, "height": 800})
                if kind:
                    log_in(contexts[kind], base, kind, accounts[kind])
            pages = {kind: context.new_page() for kind, context in contexts.items()}
            for language in languages:
                for number, stop in enumerate(tours[language], start=1):
                    if wanted and not any(part in stop.name for part in wanted):
                        continue
                    page = pages[stop.visitor]
                    # The admin speaks the browser's language.
                    page.set_extra_http_headers({"Accept-Language": language})
                    file = OUT / str(width) / f"{number:02}-{stop.slug}.{language}.png"
                    shoot(page, base + stop.url, file)
                    shots.append(file)
                    print(f"  {file.relative_to(ROOT)}", flush=True)
            for context in contexts.values():
                context.close()
        browser.close()
    return shots


def write_index():
    """screenshots/index.html: a row per page type, a column per width and language, of every
    screenshot in the folder (a narrowed run replaces only its own)."""
    rows, columns = {}, set()
    for file in OUT.glob("*/*.png"):
        page_type, language = file.stem.rsplit(".", 1)
        column = (int(file.parent.name), language)
        columns.add(column)
        rows.setdefault(page_type, {})[column] = file.relative_to(OUT)
    columns = sorted(columns)
    cells = "".join(f"<th>{width} px, {language}</th>" for width, language in columns)
    lines = [
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>Crowdtime screenshots</title>',
        "<style>td{vertical-align:top}img{border:1px solid #999}</style>",
        f"<table><tr><th>page</th>{cells}</tr>",
    ]
    for page_type, files in sorted(rows.items()):
        tds = ""
        for width, language in columns:
            file = files.get((width, language))
            image = f'<a href="{file}"><img src="{file}" width="{width // 4}" alt=""></a>'
            tds += f"<td>{image if file else ''}</td>"
        lines.append(f"<tr><th>{html.escape(page_type)}</th>{tds}</tr>")
    lines.append("</table></html>")
    (OUT / "index.html").write_text("\n".join(lines))


def main():
    port = free_port()
    env = environment(port)
    # Django reads the throwaway database: set up before the tour's models are imported.
    os.environ.update(env)
    import django

    django.setup()
    from demo.tour import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep the previous demo database")
    parser.add_argument("--width", type=int, action="append", help="390, 1366 or any other")
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument("--page", action="append", help="a part of a page type's name")
    options = parser.parse_args()

    build_demo(env, options.reuse)
    if not (options.language or options.page):
        for width in options.width or WIDTHS:
            shutil.rmtree(OUT / str(width), ignore_errors=True)
    server = Server(env)
    try:
        shots = take(
            f"http://127.0.0.1:{port}",
            options.width or WIDTHS,
            options.language or LANGUAGES,
            options.page,
        )
    finally:
        server.stop()
    write_index()
    print(f"{len(shots)} screenshots in {OUT.relative_to(ROOT)}/: open index.html")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
