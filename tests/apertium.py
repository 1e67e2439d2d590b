"""Apertium's web service (APY), run for real on a free port by the tests that claim machine
translation works: no mock of the engine. Debian's packages: apertium-apy, apertium-fr-es,
apertium-eng-spa, apertium-spa-cat and cg3, whose cg-proc Spanish to Catalan runs (.ci/run
installs them)."""

import json
import urllib.request
from pathlib import Path

from tests.site.faults import LocalServer

APY = Path("/usr/bin/apertium-apy")
MODES = Path("/usr/share/apertium/modes")
NEEDED_MODES = ("fr-es.mode", "es-fr.mode", "eng-spa.mode", "spa-eng.mode", "spa-cat.mode")
CG_PROC = Path("/usr/bin/cg-proc")


def missing() -> str | None:
    """Why APY cannot run here, or None."""
    if not APY.exists():
        return "apertium-apy is not installed: apt-get install apertium-apy"
    absent = [mode for mode in NEEDED_MODES if not (MODES / mode).exists()]
    if absent:
        return (
            f"Apertium pairs missing ({', '.join(absent)}): "
            "apt-get install apertium-fr-es apertium-eng-spa apertium-spa-cat"
        )
    if not CG_PROC.exists():
        return "cg-proc (Spanish to Catalan) is not installed: apt-get install cg3"
    return None


class ApertiumServer(LocalServer):
    name = "apertium-apy"
    seconds_to_start = 30.0

    def __init__(self):
        super().__init__()
        self.url = f"http://127.0.0.1:{self.port}"

    def command(self) -> list:
        return [APY, "--port", str(self.port), str(MODES)]

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/listPairs", timeout=2) as response:  # noqa: S310
                return bool(json.load(response)["responseData"])
        except OSError:
            return False
