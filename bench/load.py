"""A small load generator: N concurrent clients on 127.0.0.1, bounded in time and requests,
one connection per request (gunicorn's sync workers close it after each response)."""

import asyncio
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Result:
    requests: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(self.rps, 1),
            "p50_ms": round(self.percentile(50), 2),
            "p99_ms": round(self.percentile(99), 2),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 2) if self.latencies else 0,
            "statuses": self.statuses,
        }


async def request(port: int, raw: bytes) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    data = await reader.read()  # the server closes the connection after the response
    writer.close()
    return int(data[9:12]) if data.startswith(b"HTTP/1.") else 0


def get(path: str, headers: str = "") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n".encode()


def post(path: str, body: bytes, headers: str = "") -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        f"{headers}\r\n"
    ).encode() + body


async def drive(port, make_request, concurrency, seconds, max_requests, expected_status):
    """`make_request(n)` gives the bytes of the n-th request (a new address for each POST);
    any other status than `expected_status` is an error."""
    result = Result()
    deadline = time.perf_counter() + seconds
    counter = iter(range(max_requests))

    async def client():
        for n in counter:
            if time.perf_counter() > deadline:
                return
            started = time.perf_counter()
            try:
                status = await request(port, make_request(n))
            except OSError:
                status = 0
            result.latencies.append(time.perf_counter() - started)
            result.requests += 1
            result.statuses[status] = result.statuses.get(status, 0) + 1
            if status != expected_status:
                result.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


def run(port, make_request, concurrency, seconds, max_requests, expected_status=200) -> Result:
    return asyncio.run(
        drive(port, make_request, concurrency, seconds, max_requests, expected_status)
    )
