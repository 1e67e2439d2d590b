"""Services that fail for real, for the fault tests: a redis-server of the test's own, which it
stops and starts again, and a TCP proxy in front of PostgreSQL, which it cuts and restores;
and a PgBouncer of the test's own in front of PostgreSQL. The machine's shared PostgreSQL and
Redis are never touched."""

import contextlib
import os
import shutil
import socket
import subprocess
import threading
import time
from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.core.wsgi import get_wsgi_application
from django.db import connections
from django.test import RequestFactory

REDIS_SERVER = Path("/usr/bin/redis-server")
PGBOUNCER = Path("/usr/sbin/pgbouncer")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, seconds: float = 10.0, step: float = 0.05):
    """condition()'s first true value, or its last false one after `seconds`."""
    deadline = time.monotonic() + seconds
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(step)
    return value


class LocalServer(ABC):
    """A server of the tests' own on a free port: start() runs command() and waits until the
    server answers; stop() kills it, as a crash would."""

    name: str
    seconds_to_start = 10.0

    def __init__(self):
        self.port = free_port()
        self.process = None

    @abstractmethod
    def command(self) -> list:
        """The program and its arguments."""

    @abstractmethod
    def answers(self) -> bool:
        """Whether the server serves requests now."""

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 (our own binaries, fixed arguments)
            self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if not wait_until(self.answers, seconds=self.seconds_to_start):
            self.stop()
            raise RuntimeError(f"{self.name} did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


class RedisServer(LocalServer):
    """A redis-server on a free port, without persistence: stopped, it forgets everything,
    as a Redis restarted without a dump does."""

    name = "redis-server"

    def __init__(self, directory: Path):
        super().__init__()
        self.directory = directory
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def command(self) -> list:
        options = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        return [REDIS_SERVER, "--port", str(self.port), *options, "--dir", str(self.directory)]

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False


class PgBouncer(LocalServer):
    """PgBouncer in transaction pooling in front of `database` on the PostgreSQL at
    host:port, with `pool_size` server connections at most: fewer than its clients, so that
    their transactions take turns on each."""

    name = "pgbouncer"

    def __init__(self, directory: Path, host: str, port: int, database: str, pool_size: int = 2):
        super().__init__()
        # Root may not run it: it runs as postgres then, which must read and write here.
        self.as_postgres = os.geteuid() == 0
        self.directory = directory
        if self.as_postgres:
            directory.chmod(0o777)
        (directory / "users.txt").write_text('"postgres" ""\n')
        self.config = directory / "pgbouncer.ini"
        self.config.write_text(
            f"""[databases]
{database} = host={host} port={port} dbname={database}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {self.port}
unix_socket_dir =
auth_type = trust
auth_file = {directory / "users.txt"}
pool_mode = transaction
default_pool_size = {pool_size}
max_client_conn = 100
logfile = {directory / "pgbouncer.log"}
"""
        )
        for path in directory.iterdir():
            path.chmod(0o666)

    def command(self) -> list:
        return [PGBOUNCER, *(["-u", "postgres"] if self.as_postgres else []), self.config]

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    @staticmethod
    def installed() -> bool:
        return PGBOUNCER.exists() or shutil.which("pgbouncer") is not None


class TcpProxy:
    """Forwards a local port to `target`. cut() drops every connection and refuses new ones,
    as a database that went away does; restore() lets them through again."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed
                return
            if not self.open:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def pump(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                end.close()

    def cut(self) -> None:
        self.open = False
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for end in sockets:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def restore(self) -> None:
        self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


@dataclass
class Answer:
    status: int
    headers: dict  # names in lower case
    text: str


class ServerWorker:
    """One server worker, as gunicorn runs them: a thread of its own, serving requests with
    the site's WSGI application (the page cache in front of Django's handler), and keeping its
    own database connection between requests as production does (CONN_MAX_AGE, health
    checks), through `port`. A thread's connection is its own: the test's transaction does not
    hide what the worker commits, and what the worker writes stays written (clean it up)."""

    def __init__(self, database_port: int, configure=None):
        from crowdtime.page_cache import CachedPages

        self.thread = ThreadPoolExecutor(max_workers=1)
        self.run(self._connect_through, database_port, configure)
        self.application = CachedPages(get_wsgi_application())

    @staticmethod
    def _connect_through(port: int, configure=None) -> None:
        """`configure(settings_dict)` gives the connection's settings further changes."""
        current = connections["default"]
        production_like = {
            **current.settings_dict,
            **{"HOST": "127.0.0.1", "PORT": port, "CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True},
        }
        if configure is not None:
            production_like = configure(production_like)
        connections["default"] = type(current)(production_like, "default")

    def run(self, function, *args):
        return self.thread.submit(function, *args).result(timeout=60)

    def get(self, path: str, **headers) -> Answer:
        return self.run(self._serve, "GET", path, {}, headers)

    def post(self, path: str, data: dict, **headers) -> Answer:
        return self.run(self._serve, "POST", path, data, headers)

    def _serve(self, method, path, data, headers) -> Answer:
        environ = (
            RequestFactory()
            .generic(
                method,
                path,
                urlencode(data),
                content_type="application/x-www-form-urlencoded",
                **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
            )
            .environ
        )
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started["status"] = int(status.split()[0])
            started["headers"] = {name.lower(): value for name, value in response_headers}

        result = self.application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()  # request_finished, as servers send it
        return Answer(started["status"], started["headers"], body.decode())

    def close(self) -> None:
        self.run(connections.close_all)
        self.thread.shutdown()
