"""The HTML of every page type of the demo (demo/tour.py), in every language, validates with no
error under the W3C's Nu validator (the `vnu-jar` npm package, which needs Java): every page
in one run of the validator, which takes seconds to start."""

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

from django.conf import settings

from demo.tour import LANGUAGES, tour, visitor
from tests.conftest import skip_or_fail

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def validation_errors(files: list[Path]) -> dict[str, list[str]]:
    """The validator's errors, by file name."""
    validator = ["java", "-jar", str(VNU), "--errors-only", "--format", "json"]
    run = subprocess.run(  # noqa: S603 (the npm package's validator, our own pages)
        [*validator, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    errors = defaultdict(list)
    for message in json.loads(run.stderr)["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1]
        errors[name].append(
            f"line {message.get('lastLine', '?')}: {message['message']}"
            + (f" [{message['extract'].strip()}]" if message.get("extract") else "")
        )
    return errors


def test_every_page_type_validates(client, tmp_path):
    if not shutil.which("java"):
        skip_or_fail("Java not found: apt-get install default-jre-headless")
    if not VNU.exists():
        skip_or_fail("vnu-jar is not installed: run npm ci")
    files, urls, current = [], {}, ""
    for language in LANGUAGES:
        for stop in tour(language):
            if stop.visitor != current:
                client.logout()
                if stop.visitor:
                    client.force_login(visitor(stop.visitor))
                current = stop.visitor
            response = client.get(stop.url, headers={"accept-language": language})
            assert response.status_code == (404 if "404" in stop.name else 200), stop.url
            file = tmp_path / f"{language}-{stop.slug}.html"
            file.write_bytes(response.content)
            files.append(file)
            urls[file.name] = stop.url
    errors = validation_errors(files)
    report = "\n".join(
        f"{urls.get(name, name)} ({len(found)}):\n  " + "\n  ".join(found)
        for name, found in sorted(errors.items())
    )
    assert not errors, f"HTML errors in {len(errors)} of {len(files)} pages:\n{report}"
