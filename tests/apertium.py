"""Apertium's web service (APY), run for real on a free port by the tests that claim machine
translation works: no mock of the engine. Debian's packages: apertium-apy, apertium-fr-es,
apertium-eng-spa, apertium-spa-cat and cg3, whose cg-proc Spanish to Catalan runs (.ci/run
installs them)."""

import json
import subprocess
import urllib.request
from pathlib import Path

from tests.site.faults import free_port, wait_until

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


class ApertiumServer:
    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 (Debian's binary, fixed arguments)
            [APY, "--port", str(self.port), str(MODES)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not wait_until(self.answers, seconds=30, step=0.2):
            self.stop()
            raise RuntimeError(f"apertium-apy did not start on port {self.port}")

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/listPairs", timeout=2) as response:  # noqa: S310
                return bool(json.load(response)["responseData"])
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None
