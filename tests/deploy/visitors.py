"""Visitors of the cluster over real HTTP: a browser's share of it (its own cookies, forms
with their token), sign-ups, and a bounded load of both in threads."""

import html
import http.client
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

FORM_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PARTICIPANTS = re.compile(r'role="progressbar"[^>]*aria-valuenow="(\d+)"')


@dataclass
class Answer:
    status: int
    headers: dict  # names in lower case
    text: str


class Visitor:
    """One visitor of one address (Varnish, HAProxy or a node): keeps the cookies it is given,
    Secure ones included (the cluster serves plain HTTP on 127.0.0.1, as browsers allow),
    and follows no redirect."""

    def __init__(self, base_url: str):
        address = urlsplit(base_url)
        self.host, self.port = address.hostname, address.port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, data: dict | None = None) -> Answer:
        headers = {"Accept-Encoding": "identity"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, text)

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post(self, path: str, data: dict) -> Answer:
        return self.request("POST", path, data)

    def form_token(self, path: str) -> str:
        """The token of the form at `path` (its cookie kept), as a browser reads the form."""
        answer = self.get(path)
        assert answer.status == 200, (path, answer.status)
        return html.unescape(FORM_TOKEN.search(answer.text).group(1))

    def log_in_to_admin(self, username: str, password: str) -> None:
        token = self.form_token("/admin/login/")
        answer = self.post(
            "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        assert answer.status == 302 and "sessionid" in self.cookies, answer.status

    def admin_action(self, path: str) -> None:
        """An admin page's confirmation form, submitted (a bulk action, an unpublish)."""
        answer = self.post(path, {"csrfmiddlewaretoken": self.form_token(path)})
        assert answer.status == 302, (path, answer.status)


def new_email() -> str:
    return f"cluster-{uuid.uuid4().hex[:12]}@example.org"


class Joiner(Visitor):
    """A visitor who signs up to a campaign, with a new address each time."""

    def __init__(self, base_url: str, campaign_path: str):
        super().__init__(base_url)
        self.join_path = f"{campaign_path}join/"
        self.token = None

    def join(self, email: str) -> Answer:
        if self.token is None:
            form = self.get(self.join_path)
            if form.status != 200:
                return form
            self.token = html.unescape(FORM_TOKEN.search(form.text).group(1))
        return self.post(
            self.join_path,
            {
                "csrfmiddlewaretoken": self.token,
                "email": email,
                "first_name": "Cluster",
                "people": "1",
                "consent": "on",
            },
        )


def participants(text: str) -> int:
    """The count a campaign page shows."""
    return int(PARTICIPANTS.search(text).group(1))


@dataclass
class Outcome:
    kind: str  # "page" or "sign-up"
    started: float  # time.monotonic()
    ok: bool
    what: str  # the status, or the error
    email: str = ""


@dataclass
class Load:
    """Readers and joiners in threads, each pausing between requests so that the load stays
    bounded on a small machine, until the `with` block ends. Pages must answer 200, sign-ups
    redirect (302) to the thank-you page."""

    base_url: str
    campaign_path: str
    pages: list
    readers: int = 3
    joiners: int = 2
    pause: float = 0.02
    outcomes: list = field(default_factory=list)

    def __post_init__(self):
        self.running = threading.Event()
        self.threads = [threading.Thread(target=self.read, args=(n,)) for n in range(self.readers)]
        self.threads += [threading.Thread(target=self.join) for _ in range(self.joiners)]

    def __enter__(self):
        self.running.set()
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.running.clear()
        for thread in self.threads:
            thread.join(timeout=120)

    def record(self, kind, expected, attempt, email=""):
        started = time.monotonic()
        try:
            status = attempt().status
            self.outcomes.append(Outcome(kind, started, status == expected, str(status), email))
        except (OSError, http.client.HTTPException) as error:
            self.outcomes.append(Outcome(kind, started, False, repr(error), email))

    def read(self, first: int):
        visitor = Visitor(self.base_url)
        n = first
        while self.running.is_set():
            page = self.pages[n % len(self.pages)]
            self.record("page", 200, lambda page=page: visitor.get(page))
            n += 1
            time.sleep(self.pause)

    def join(self):
        joiner = Joiner(self.base_url, self.campaign_path)
        while self.running.is_set():
            email = new_email()
            self.record("sign-up", 302, lambda email=email: joiner.join(email), email)
            time.sleep(self.pause)

    @property
    def signed_up(self) -> list[str]:
        return [o.email for o in self.outcomes if o.kind == "sign-up" and o.ok]

    def failures(self, started_after: float = 0.0, started_before: float = float("inf")):
        return [
            o for o in self.outcomes if not o.ok and started_after <= o.started < started_before
        ]
