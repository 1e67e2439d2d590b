"""The load generator: wrk (C, from Debian's `wrk` package), so that the client's own cost
stays small beside the servers' on the same cores. 127.0.0.1 only; each run lasts a set
number of seconds, which bounds its requests too."""

import json
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).with_name("load.lua")


def require_wrk() -> str:
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("make bench needs wrk: apt-get install wrk (or brew install wrk).")
    return wrk


def run(port: int, path: str, concurrency: int, seconds: int, post=None, headers=()) -> dict:
    """Drive http://127.0.0.1:port/path with `concurrency` connections for `seconds`.
    `post` is (form body with "{n}" for a new number each request, Cookie header value); a
    "{n}" in the path of a GET becomes a new number each request too. `headers` ("Name: value")
    go with every request.
    A status of 400 or more, or a socket error, is an error."""
    if post:
        arguments = ("POST", *post)
    elif "{n}" in path:
        arguments, path = ("GET", path), "/"  # wrk refuses braces in its URL
    else:
        arguments = ("GET",)
    command = [
        require_wrk(),
        "--threads",
        "1",
        "--connections",
        str(concurrency),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        *(option for header in headers for option in ("--header", header)),
        "--script",
        str(SCRIPT),
        f"http://127.0.0.1:{port}{path}",
        "--",
        *arguments,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    seconds_taken = figures["microseconds"] / 1e6
    return {
        "requests": figures["requests"],
        "errors": figures["bad_status"] + figures["socket_errors"],
        "rps": round(figures["requests"] / seconds_taken, 1),
        "p50_ms": round(figures["p50_us"] / 1000, 2),
        "p99_ms": round(figures["p99_us"] / 1000, 2),
        "mean_ms": round(figures["mean_us"] / 1000, 2),
        "sent": figures["sent"],
    }
