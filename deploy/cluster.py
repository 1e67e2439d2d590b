"""The production topology on this machine, everything on 127.0.0.1 (README, "Deploying"):

    visitors -> Varnish -> HAProxy -> gunicorn node 1, node 2 -> PgBouncer -> PostgreSQL
                                      task worker 1, 2 ----------^   Redis, Apertium's APY

    .venv/bin/python deploy/cluster.py start | stop | status | restart-node N | rolling-restart

Standard library only; run it with the project's virtual environment, whose gunicorn and
Django the nodes use. Everything it starts lives in the run directory (CLUSTER_DIR, default
.cluster/): the configuration generated from deploy/ with the ports filled in, pid files,
logs, the uploaded media every node shares, the e-mails (one file each) and the secrets
generated for the cluster. `stop` stops what `start` started, found by its pid file, and
nothing else. `Cluster` is the same thing for the tests and the bench."""

import argparse
import base64
import contextlib
import csv
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/crowdtime_cluster"
# The machine's Redis, when it answers; the cluster keeps to a database number of its own.
MACHINE_REDIS = ("127.0.0.1", 6379)
DEFAULT_REDIS_DATABASE = 11
# The programs the cluster needs, and the Debian packages that bring them.
PACKAGES = {"varnishd": "varnish", "haproxy": "haproxy", "pgbouncer": "pgbouncer"}
REDIS_PACKAGES = {"redis-server": "redis-server"}
# Apertium's web service and the pairs the site translates with (README, "Machine translation").
APY_PACKAGES = ["apertium-apy", "apertium-fr-es", "apertium-eng-spa", "apertium-spa-cat", "cg3"]
APY_MODES = Path("/usr/share/apertium/modes")
SBIN = ("/usr/local/sbin", "/usr/sbin", "/sbin")


class ClusterError(RuntimeError):
    """Something the cluster needs is missing or does not answer; the message says what."""


@dataclass(frozen=True)
class Ports:
    """Where each piece listens, on 127.0.0.1; from CLUSTER_*_PORT variables by default."""

    varnish: int = 8080
    haproxy: int = 8081
    nodes: tuple[int, ...] = (8101, 8102)
    pgbouncer: int = 6432
    # Used only when the machine's Redis does not answer and the cluster starts its own.
    redis: int = 6380
    apy: int = 2738

    @classmethod
    def from_environment(cls, environ=os.environ) -> "Ports":
        defaults = cls()

        def port(name, default):
            return int(environ.get(f"CLUSTER_{name}_PORT", default))

        nodes = environ.get("CLUSTER_NODE_PORTS")
        return cls(
            varnish=port("VARNISH", defaults.varnish),
            haproxy=port("HAPROXY", defaults.haproxy),
            nodes=tuple(int(p) for p in nodes.split(",")) if nodes else defaults.nodes,
            pgbouncer=port("PGBOUNCER", defaults.pgbouncer),
            redis=port("REDIS", defaults.redis),
            apy=port("APY", defaults.apy),
        )

    @classmethod
    def free(cls, nodes: int = 2) -> "Ports":
        """Ports nobody listens on now (for the tests, beside a cluster on the defaults)."""
        with contextlib.ExitStack() as stack:
            probes = [stack.enter_context(socket.socket()) for _ in range(5 + nodes)]
            for probe in probes:
                probe.bind(("127.0.0.1", 0))
            found = [probe.getsockname()[1] for probe in probes]
        return cls(*found[:2], tuple(found[2 : 2 + nodes]), *found[2 + nodes :])


def find_program(name: str) -> str | None:
    """Debian puts the daemons in /usr/sbin, which a user's PATH may lack."""
    return shutil.which(name, path=os.pathsep.join([os.environ.get("PATH", ""), *SBIN]))


def tcp_answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def redis_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def http_status(url: str, timeout: float = 5) -> int | None:
    """The status of a GET (redirects followed), or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (ours)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, urllib.error.URLError):
        return None


def wait_until(condition, seconds: float, what: str, step: float = 0.1):
    deadline = time.monotonic() + seconds
    while not (value := condition()):
        if time.monotonic() > deadline:
            raise ClusterError(f"{what}: not after {seconds:.0f} s")
        time.sleep(step)
    return value


def render(template: Path, values: dict) -> str:
    """deploy/'s files with their @NAME@ values filled in; every one of them must be given."""
    text = template.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    if missing := sorted(set(re.findall(r"@([A-Z_]+)@", text))):
        raise ClusterError(f"{template}: no value for {', '.join(missing)}")
    return text


class Processes:
    """The processes the cluster started, by name: each leads a process group of its own (a
    new session), as if on a machine of its own, and is recorded in `pids/<name>.pid` with
    its start time, so that a pid reused by another program is never signalled."""

    def __init__(self, run_dir: Path):
        self.pids = run_dir / "pids"
        self.logs = run_dir / "logs"
        self.children: dict[str, subprocess.Popen] = {}

    def start(self, name: str, command: list, env: dict, **options) -> int:
        self.pids.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        with open(self.logs / f"{name}.log", "ab") as log:
            child = subprocess.Popen(
                [str(part) for part in command],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                **options,
            )
        self.children[name] = child
        (self.pids / f"{name}.pid").write_text(f"{child.pid} {self.started_at(child.pid)}\n")
        return child.pid

    @staticmethod
    def started_at(pid: int) -> str:
        """The process's start time in clock ticks since boot, or "" once it is gone."""
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return ""
        state, *rest = stat.rsplit(")", 1)[1].split()
        return "" if state == "Z" else rest[18]

    def pid(self, name: str) -> int | None:
        """The pid of the named process if it is the one the cluster started and still runs."""
        if (child := self.children.get(name)) is not None:
            child.poll()  # reaps it if it died
        try:
            pid, started = (self.pids / f"{name}.pid").read_text().split()
        except (OSError, ValueError):
            return None
        return int(pid) if self.started_at(int(pid)) == started else None

    def names(self) -> list[str]:
        return sorted(path.stem for path in self.pids.glob("*.pid"))

    def log(self, name: str) -> Path:
        return self.logs / f"{name}.log"

    def stop(self, name: str, sig=signal.SIGTERM, seconds: float = 30) -> None:
        """`sig` to the process (which stops its own children), then SIGKILL to its whole
        group if it is not gone within `seconds`, or if some of its group lingers."""
        pid = self.pid(name)
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            deadline = time.monotonic() + seconds
            while self.pid(name) is not None and time.monotonic() < deadline:
                time.sleep(0.05)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            while self.pid(name) is not None:
                time.sleep(0.05)
        if (child := self.children.pop(name, None)) is not None:
            child.wait()
        (self.pids / f"{name}.pid").unlink(missing_ok=True)

    def kill(self, name: str) -> None:
        """SIGKILL to the whole process group at once, as a machine that dies."""
        if (pid := self.pid(name)) is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        self.stop(name, seconds=10)  # reaps it, forgets its pid


@dataclass
class Cluster:
    """The cluster: `start()`, `stop()`, `status()`, `kill_node(n)`, `restart_node(n)`,
    `rolling_restart()`; nodes are numbered from 1. `settings` adds environment variables for
    the nodes and task workers (CAMPAIGN_JOIN_RATE, LIVE_FIGURES_SECONDS…)."""

    run_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("CLUSTER_DIR", ROOT / ".cluster"))
    )
    ports: Ports = field(default_factory=Ports.from_environment)
    database_url: str = field(
        default_factory=lambda: os.environ.get("CLUSTER_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    # Redis: CLUSTER_REDIS_URL, else the machine's 127.0.0.1:6379 when it answers, else a
    # redis-server of the cluster's own.
    redis_url: str | None = field(default_factory=lambda: os.environ.get("CLUSTER_REDIS_URL"))
    settings: dict = field(default_factory=dict)
    gunicorn_workers: int = field(
        default_factory=lambda: int(os.environ.get("CLUSTER_GUNICORN_WORKERS", "2"))
    )
    task_workers: int = 2
    # Apertium's APY, when installed (and installed when missing, as root).
    apy: bool = True
    # How long a node may take to finish its requests when it is stopped (gunicorn's).
    graceful_seconds: int = 30

    def __post_init__(self):
        self.run_dir = Path(self.run_dir).resolve()
        self.processes = Processes(self.run_dir)

    # Where things are ------------------------------------------------------------------------

    @property
    def varnish_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.varnish}"

    @property
    def haproxy_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.haproxy}"

    def node_url(self, node: int) -> str:
        return f"http://127.0.0.1:{self.ports.nodes[node - 1]}"

    @property
    def node_numbers(self) -> range:
        return range(1, len(self.ports.nodes) + 1)

    @property
    def mail_dir(self) -> Path:
        """The e-mails the cluster sent, one file each (Django's file-based backend)."""
        return self.run_dir / "mail"

    @property
    def media_dir(self) -> Path:
        return self.run_dir / "media"

    @property
    def database_name(self) -> str:
        name = urlsplit(self.database_url).path.lstrip("/")
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise ClusterError(f"The database's name {name!r} must be letters, digits and _")
        return name

    # Starting and stopping -------------------------------------------------------------------

    def start(self) -> None:
        """Starts what is not running yet, in the order each piece needs the ones before it,
        and returns once /healthz answers through HAProxy and a page through Varnish."""
        self.install_missing_packages()
        self.prepare_run_dir()
        if self.redis_url is None:
            self.redis_url = self.start_redis()
        self.prepare_database()
        apy = self.apy and find_program("apertium-apy") is not None and APY_MODES.is_dir()
        self.write_environment(apy=apy)
        self.write_configuration()
        self.start_pgbouncer()
        if apy:
            self.start_apy()
        for node in self.node_numbers:
            self.start_node(node, wait_for_haproxy=False)
        for worker in range(1, self.task_workers + 1):
            self.start_task_worker(worker)
        self.start_haproxy()
        self.start_varnish()

    def stop(self) -> None:
        """Stops everything the cluster started, front first, and nothing else."""
        order = ["varnish", "haproxy", "worker", "node", "apy", "pgbouncer", "redis"]

        def rank(name):
            return next((i for i, prefix in enumerate(order) if name.startswith(prefix)), 99)

        for name in sorted(self.processes.names(), key=rank):
            self.processes.stop(name, seconds=self.graceful_seconds + 5)

    def status(self) -> list[dict]:
        """Each process the cluster knows of: its name, pid (None once stopped) and log, and
        for the nodes HAProxy's view of them."""
        in_haproxy = self.haproxy_servers() if self.processes.pid("haproxy") else {}
        return [
            {
                "name": name,
                "pid": self.processes.pid(name),
                "log": str(self.processes.log(name)),
                **({"haproxy": in_haproxy[name]["status"]} if name in in_haproxy else {}),
            }
            for name in self.processes.names()
        ]

    # Preparing --------------------------------------------------------------------------------

    def install_missing_packages(self) -> None:
        """As CI installs Chromium: apt-get, as root, for what is missing."""
        needed = dict(PACKAGES)
        if self.redis_url is None and not redis_answers(*MACHINE_REDIS):
            needed |= REDIS_PACKAGES
        missing = sorted(
            {package for program, package in needed.items() if not find_program(program)}
        )
        wanted = APY_PACKAGES if self.apy and not find_program("apertium-apy") else []
        if not missing and not wanted:
            return
        if os.geteuid() != 0:
            if missing:
                raise ClusterError(
                    f"Install {' '.join(missing)} (apt-get install), or run as root."
                )
            return  # APY is optional: the cluster runs without machine translation
        environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=environment)
        for packages, required in ((missing, True), (wanted, False)):
            if packages:
                subprocess.run(
                    ["apt-get", "install", "-y", "-qq", *packages],
                    check=required,
                    env=environment,
                    stdout=subprocess.DEVNULL,
                )

    def prepare_run_dir(self) -> None:
        for folder in (self.run_dir, self.media_dir, self.mail_dir, self.run_dir / "pgbouncer"):
            folder.mkdir(parents=True, exist_ok=True)
        # The daemons that drop root's privileges (Varnish's, PgBouncer) read their files here.
        self.run_dir.chmod(0o755)
        secrets_file = self.run_dir / "secrets.json"
        if not secrets_file.exists():
            secrets_file.touch(mode=0o600)
            secrets_file.write_text(
                json.dumps(
                    {
                        "SECRET_KEY": secrets.token_urlsafe(50),
                        "CERTIFICATE_SIGNING_KEY": base64.b64encode(os.urandom(32)).decode(),
                        "PGBOUNCER_PASSWORD": secrets.token_urlsafe(24),
                    }
                )
            )

    def secrets(self) -> dict:
        return json.loads((self.run_dir / "secrets.json").read_text())

    def start_redis(self) -> str:
        if redis_answers(*MACHINE_REDIS):
            return f"redis://{MACHINE_REDIS[0]}:{MACHINE_REDIS[1]}/{DEFAULT_REDIS_DATABASE}"
        if self.processes.pid("redis") is None:
            folder = self.run_dir / "redis"
            folder.mkdir(exist_ok=True)
            options = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder]
            self.processes.start(
                "redis", [find_program("redis-server"), "--port", self.ports.redis, *options], {}
            )
            wait_until(lambda: redis_answers("127.0.0.1", self.ports.redis), 10, "Redis")
        return f"redis://127.0.0.1:{self.ports.redis}/0"

    def postgres(self, *command: str, database: str = "postgres", check=True) -> str:
        """psql or createdb/dropdb against the cluster's PostgreSQL server, directly."""
        url = urlsplit(self.database_url)
        server = ["-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432)]
        server += ["-U", url.username or "postgres"]
        environment = {**os.environ, "PGPASSWORD": url.password or ""}
        program, *arguments = command
        if program == "psql":
            arguments = ["-d", database, "-tAX", *arguments]
        done = subprocess.run(
            [program, *server, *arguments],
            env=environment,
            capture_output=True,
            text=True,
        )
        if check and done.returncode:
            raise ClusterError(f"{program} {' '.join(arguments)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def database_exists(self) -> bool:
        query = f"SELECT 1 FROM pg_database WHERE datname = '{self.database_name}'"  # noqa: S608 (checked name)
        return self.postgres("psql", "-c", query) == "1"

    def drop_database(self) -> None:
        """The cluster's database dropped (the tests start from a new one)."""
        self.postgres("dropdb", "--if-exists", "--force", self.database_name)

    def prepare_database(self) -> None:
        """The first start creates the database, migrates it and loads the demo; later starts
        migrate what is new. Management commands reach PostgreSQL directly, not PgBouncer."""
        if not self.database_exists():
            self.postgres("createdb", self.database_name)
            # The nodes' connections then need no SET, which transaction pooling would lose.
            self.postgres(
                "psql", "-c", f"ALTER DATABASE \"{self.database_name}\" SET timezone TO 'UTC'"
            )
        self.manage("migrate", "--noinput")
        if (
            self.postgres(
                "psql", "-c", "SELECT count(*) FROM pages_homepage", database=self.database_name
            )
            == "0"
        ):
            self.manage("load_demo_content")
            # Printed once: kept where the operator (and the tests) can read them again.
            logins_file = self.run_dir / "logins.txt"
            logins_file.touch(mode=0o600)
            with logins_file.open("a") as kept:
                kept.write(self.manage("create_demo_logins", capture=True))
        self.manage("collectstatic", "--noinput")

    def tasks_waiting(self) -> int:
        """Tasks queued or running (the first start queues the demo's search indexing)."""
        query = "SELECT count(*) FROM django_tasks_database_dbtaskresult"
        query += " WHERE status IN ('READY', 'RUNNING')"
        return int(self.postgres("psql", "-c", query, database=self.database_name))

    def wait_for_tasks(self, seconds: float = 600) -> None:
        wait_until(lambda: self.tasks_waiting() == 0, seconds, "The task queue emptied", step=1)

    def admin_login(self) -> tuple[str, str]:
        """The demo administrator's name and password, as create_demo_logins printed them at
        the first start (kept in logins.txt)."""
        text = (self.run_dir / "logins.txt").read_text()
        found = re.search(r"Demo administrator created: (\S+) / (\S+)", text)
        if found is None:
            raise ClusterError(f"No administrator in {self.run_dir / 'logins.txt'}")
        return found.group(1), found.group(2)

    # The environment, from one place ----------------------------------------------------------

    def write_environment(self, apy: bool) -> None:
        """The nodes' and task workers' settings, written to cluster.json (read again by the
        commands that follow `start`) and cluster.env (for an operator's shell)."""
        keys = self.secrets()
        database = urlsplit(self.database_url)
        user = database.username or "postgres"
        pooled = (
            f"postgres://{quote(user)}:{quote(keys['PGBOUNCER_PASSWORD'])}"
            f"@127.0.0.1:{self.ports.pgbouncer}/{self.database_name}"
        )
        environment = {
            "DJANGO_SETTINGS_MODULE": "crowdtime.settings.production",
            "SECRET_KEY": keys["SECRET_KEY"],
            "CERTIFICATE_SIGNING_KEY": keys["CERTIFICATE_SIGNING_KEY"],
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": self.varnish_url,
            # Plain HTTP on 127.0.0.1; a real deployment terminates TLS in front of Varnish.
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": pooled,
            "DATABASE_POOLER": "pgbouncer",
            "REDIS_URL": self.redis_url,
            "FRONTEND_CACHE_URL": self.varnish_url,
            "PROXY_COUNT": "2",
            "SERVE_MEDIA": "true",
            "MEDIA_ROOT": str(self.media_dir),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "GUNICORN_WORKERS": str(self.gunicorn_workers),
            "GUNICORN_GRACEFUL_TIMEOUT": str(self.graceful_seconds),
            # The logs say what goes wrong, not each task the workers run.
            "LOG_LEVEL": "WARNING",
            **({"APERTIUM_URL": f"http://127.0.0.1:{self.ports.apy}"} if apy else {}),
            **self.settings,
        }
        # The shell's environment at start is kept too (CAMPAIGN_JOIN_RATE=… make cluster): a
        # node restarted later, from another shell, runs with the same settings.
        state = {
            "ports": asdict(self.ports),
            "database_url": self.database_url,
            "redis_url": self.redis_url,
            "environment": environment,
            "inherited": dict(os.environ),
        }
        target = self.run_dir / "cluster.json"
        target.touch(mode=0o600)
        target.write_text(json.dumps(state, indent=2))
        env_file = self.run_dir / "cluster.env"
        env_file.touch(mode=0o600)
        env_file.write_text("".join(f"{name}='{value}'\n" for name, value in environment.items()))

    def environment(self) -> dict:
        """What the nodes and task workers run with, as `start` wrote it."""
        try:
            state = json.loads((self.run_dir / "cluster.json").read_text())
        except OSError:
            raise ClusterError(f"No cluster in {self.run_dir}: start it first.") from None
        return {**state["inherited"], **state["environment"]}

    @classmethod
    def from_run_dir(cls, run_dir: Path | None = None) -> "Cluster":
        """The cluster `start` left in the run directory, with its ports, database and Redis."""
        cluster = cls(**({"run_dir": run_dir} if run_dir else {}))
        try:
            state = json.loads((cluster.run_dir / "cluster.json").read_text())
        except OSError:
            return cluster
        ports = state["ports"]
        cluster.ports = Ports(**{**ports, "nodes": tuple(ports["nodes"])})
        cluster.database_url, cluster.redis_url = state["database_url"], state["redis_url"]
        return cluster

    def manage(self, *arguments: str, capture: bool = False) -> str:
        """manage.py with the cluster's settings, directly on PostgreSQL (migrations, demo
        content, one-off commands). The demo's site gets Varnish's address."""
        keys = self.secrets()
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "crowdtime.settings.production",
            "SECRET_KEY": keys["SECRET_KEY"],
            "CERTIFICATE_SIGNING_KEY": keys["CERTIFICATE_SIGNING_KEY"],
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url or "redis://127.0.0.1:6379/0",
            "MEDIA_ROOT": str(self.media_dir),
            "PORT": str(self.ports.varnish),
            "LOG_LEVEL": "WARNING",
        }
        done = subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise ClusterError(f"manage.py {' '.join(arguments)}:\n{done.stdout}{done.stderr}")
        return done.stdout if capture else ""

    def write_configuration(self) -> None:
        database = urlsplit(self.database_url)
        user = database.username or "postgres"
        servers = "".join(
            f"    server node{node} 127.0.0.1:{port} check\n"
            for node, port in zip(self.node_numbers, self.ports.nodes, strict=True)
        )
        values = {
            "RUN_DIR": self.run_dir,
            "HAPROXY_PORT": self.ports.haproxy,
            "PGBOUNCER_PORT": self.ports.pgbouncer,
            "DATABASE": self.database_name,
            "POSTGRES_HOST": database.hostname or "127.0.0.1",
            "POSTGRES_PORT": database.port or 5432,
            "POSTGRES_USER": user,
            "PGBOUNCER_PASSWORD": self.secrets()["PGBOUNCER_PASSWORD"],
            "NODE_MAXCONN": self.gunicorn_workers,
            "SERVERS": servers.rstrip("\n"),
        }
        files = {
            "crowdtime.vcl": DEPLOY / "varnish" / "crowdtime.vcl",
            "haproxy.cfg": DEPLOY / "haproxy" / "haproxy.cfg",
            "pgbouncer/pgbouncer.ini": DEPLOY / "pgbouncer" / "pgbouncer.ini",
            "pgbouncer/userlist.txt": DEPLOY / "pgbouncer" / "userlist.txt",
        }
        for name, template in files.items():
            target = self.run_dir / name
            target.touch(mode=0o600)
            target.write_text(render(template, values))
        (self.run_dir / "crowdtime.vcl").chmod(0o644)  # read by Varnish's compiler's user
        if os.geteuid() == 0:
            # PgBouncer refuses to run as root: it runs as PostgreSQL's user, and reads its
            # files again as that user when told to reload.
            for path in [self.run_dir / "pgbouncer", *(self.run_dir / "pgbouncer").iterdir()]:
                shutil.chown(path, user="postgres")

    # The pieces -------------------------------------------------------------------------------

    def start_pgbouncer(self) -> None:
        if self.processes.pid("pgbouncer") is None:
            as_user = ["-u", "postgres"] if os.geteuid() == 0 else []
            ini = self.run_dir / "pgbouncer" / "pgbouncer.ini"
            self.processes.start(
                "pgbouncer", [find_program("pgbouncer"), *as_user, ini], os.environ.copy()
            )
        wait_until(lambda: tcp_answers(self.ports.pgbouncer), 10, "PgBouncer")

    def start_apy(self) -> None:
        if self.processes.pid("apy") is None:
            command = [find_program("apertium-apy"), "--port", self.ports.apy, APY_MODES]
            self.processes.start("apy", command, os.environ.copy())
        wait_until(lambda: tcp_answers(self.ports.apy), 30, "Apertium's APY")

    def start_node(self, node: int, wait_for_haproxy: bool = True) -> None:
        """A gunicorn of its own, on its own port; returns once its /healthz answers 200
        (and HAProxy has taken it in again, when HAProxy runs)."""
        name = f"node{node}"
        if self.processes.pid(name) is None:
            environment = {
                **self.environment(),
                "GUNICORN_BIND": f"127.0.0.1:{self.ports.nodes[node - 1]}",
                "GUNICORN_NAME": f"crowdtime-{name}",
            }
            command = [sys.executable, "-m", "gunicorn", "-c", DEPLOY / "gunicorn.conf.py"]
            self.processes.start(name, command, environment)
        self.wait_healthy(node)
        if wait_for_haproxy and self.processes.pid("haproxy"):
            wait_until(
                lambda: self.haproxy_servers()[name]["status"] == "UP", 15, f"{name} in HAProxy"
            )

    def wait_healthy(self, node: int) -> None:
        name = f"node{node}"

        def healthy():
            if self.processes.pid(name) is None:
                raise ClusterError(f"{name} stopped: see {self.processes.log(name)}")
            return http_status(f"{self.node_url(node)}/healthz", timeout=2) == 200

        wait_until(healthy, 60, f"{name}'s /healthz")

    def start_task_worker(self, worker: int) -> None:
        name = f"worker{worker}"
        if self.processes.pid(name) is None:
            # What is queued (e-mails) leaves within a fifth of a second; a poll is one query.
            # At the lowest priority: while the nodes are busy (a rush) visitors are answered
            # first, and the confirmations, a batch at a time, follow once the rush eases.
            command = ["nice", "-n", "19", sys.executable, "manage.py", "db_worker"]
            command += ["--interval", "0.2"]
            self.processes.start(
                name, [*command, "--worker-id", f"cluster-{name}"], self.environment()
            )

    def start_haproxy(self) -> None:
        if self.processes.pid("haproxy") is None:
            command = [find_program("haproxy"), "-db", "-f", self.run_dir / "haproxy.cfg"]
            self.processes.start("haproxy", command, os.environ.copy())
        wait_until(
            lambda: http_status(f"{self.haproxy_url}/healthz") == 200,
            15,
            "/healthz through HAProxy",
        )

    def start_varnish(self) -> None:
        if self.processes.pid("varnish") is None:
            command = [
                find_program("varnishd"),
                "-F",
                "-n", self.run_dir / "varnish",
                "-a", f"127.0.0.1:{self.ports.varnish}",
                "-f", self.run_dir / "crowdtime.vcl",
                "-s", "malloc,256m",
                # Its management port on 127.0.0.1 only (varnishadm -n <run dir>/varnish).
                "-T", "127.0.0.1:0",
            ]  # fmt: skip
            self.processes.start("varnish", command, os.environ.copy())
        wait_until(lambda: http_status(f"{self.varnish_url}/") == 200, 30, "A page through Varnish")

    # Failures and restarts --------------------------------------------------------------------

    def haproxy_command(self, command: str) -> str:
        """A command of HAProxy's runtime API (its stats socket)."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(5)
            connection.connect(str(self.run_dir / "haproxy.sock"))
            connection.sendall(command.encode() + b"\n")
            answer = b""
            while chunk := connection.recv(65536):
                answer += chunk
        return answer.decode()

    def haproxy_servers(self) -> dict:
        """HAProxy's view of each node: `status` (UP, DOWN, DRAIN, MAINT…), `sessions` (being
        served now) and `queued` (waiting for one of its workers)."""
        rows = csv.DictReader(io.StringIO(self.haproxy_command("show stat").lstrip("# ")))
        return {
            row["svname"]: {
                "status": row["status"],
                "sessions": int(row["scur"] or 0),
                "queued": int(row["qcur"] or 0),
            }
            for row in rows
            if row["pxname"] == "nodes" and row["svname"] not in ("BACKEND", "FRONTEND")
        }

    def kill_node(self, node: int) -> None:
        """The node's whole process group killed (SIGKILL), as a machine that dies."""
        self.processes.kill(f"node{node}")

    def restart_node(self, node: int) -> None:
        """Drained in HAProxy (no new request, the others on the other nodes), stopped once
        it serves nothing, started again, and put back in service once healthy."""
        name = f"node{node}"
        self.haproxy_command(f"set server nodes/{name} state drain")
        try:
            wait_until(
                lambda: (
                    (server := self.haproxy_servers()[name])["sessions"] == 0
                    and server["queued"] == 0
                ),
                self.graceful_seconds,
                f"{name} drained",
                step=0.05,
            )
            self.processes.stop(name, seconds=self.graceful_seconds + 5)
            self.start_node(node, wait_for_haproxy=False)
        finally:
            self.haproxy_command(f"set server nodes/{name} state ready")
        wait_until(lambda: self.haproxy_servers()[name]["status"] == "UP", 15, f"{name} in HAProxy")

    def rolling_restart(self) -> None:
        """Each node in turn, the next one only once the one before serves again."""
        for node in self.node_numbers:
            self.restart_node(node)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("start", help="start what is not running, and wait until it serves")
    commands.add_parser("stop", help="stop everything the cluster started")
    commands.add_parser("status", help="what runs, and HAProxy's view of the nodes")
    restart = commands.add_parser("restart-node", help="drain, restart and put back one node")
    restart.add_argument("node", type=int)
    commands.add_parser("rolling-restart", help="restart every node in turn, dropping nothing")
    arguments = parser.parse_args(argv)

    if arguments.command == "start":
        cluster = Cluster()
        started = time.monotonic()
        try:
            cluster.start()
        except ClusterError as error:
            print(f"The cluster did not start: {error}", file=sys.stderr)
            print(
                f"Logs: {cluster.processes.logs}; `make cluster-stop` stops what started.",
                file=sys.stderr,
            )
            return 1
        print(
            f"Cluster started in {time.monotonic() - started:.0f} s (logs in {cluster.processes.logs}):"
        )
        print(f"  Varnish   {cluster.varnish_url}/   (the site; the admin at /admin/)")
        print(f"  HAProxy   {cluster.haproxy_url}/")
        for node in cluster.node_numbers:
            print(f"  node{node}     {cluster.node_url(node)}/")
        print(f"  PgBouncer 127.0.0.1:{cluster.ports.pgbouncer} -> {cluster.database_name}")
        print(f"  Redis     {cluster.redis_url}")
        if (cluster.run_dir / "logins.txt").exists():
            print(f"  Log-ins   {cluster.run_dir / 'logins.txt'}")
        print(f"  E-mails   {cluster.mail_dir}/")
        return 0

    cluster = Cluster.from_run_dir()
    if arguments.command == "stop":
        cluster.stop()
        print("Cluster stopped.")
    elif arguments.command == "status":
        if not cluster.status():
            print(f"Nothing runs from {cluster.run_dir}.")
        for process in cluster.status():
            state = f"pid {process['pid']}" if process["pid"] else "stopped"
            seen = f"  HAProxy: {process['haproxy']}" if "haproxy" in process else ""
            print(f"  {process['name']:<10} {state:<12}{seen}")
    elif arguments.command == "restart-node":
        cluster.restart_node(arguments.node)
        print(f"node{arguments.node} restarted.")
    elif arguments.command == "rolling-restart":
        cluster.rolling_restart()
        print("Every node restarted.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
