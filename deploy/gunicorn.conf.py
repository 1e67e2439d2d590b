"""gunicorn for one app node (README, "Deploying"): `gunicorn -c deploy/gunicorn.conf.py`.

Each node is a gunicorn of its own, on its own port, started in a process group of its own
(deploy/cluster.py starts each in a new session), as if on its own machine: HAProxy balances
over them, and one can be stopped, or killed, without the others."""

import os

wsgi_app = "crowdtime.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8101")
# Sync workers, one request each: HAProxy's maxconn per node is this number, so the requests
# beyond it wait in HAProxy's queue, where another node can take them.
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "sync"
# A request running longer than this is ended (HAProxy's `timeout server` is longer).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On SIGTERM (a restart) the workers finish the requests they are serving, up to this long.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
proc_name = os.environ.get("GUNICORN_NAME", "crowdtime")
# The workers' heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 (gunicorn's advice)
# HAProxy logs every request; gunicorn says only what goes wrong.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
