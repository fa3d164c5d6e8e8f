"""Openline as a small cluster on this machine, loaded while its parts fail.

    .venv/bin/python bench/cluster.py [--seconds 100] [--webhook-rate 20] [--read-rate 20]
        [--reply-every 1.0] [--keep]

Starts, each in its own process and on its own port, what production runs on several machines
(docs/production.md):

- a private PostgreSQL 15 cluster (initdb into a temporary directory, trust auth, port 55432)
  and a private `redis-server --save ''` (port 56379): never the machine's shared ones, so this
  script can restart them;
- 2 web nodes, `openline serve --no-worker --no-smtpd` on ports 58001 and 58002, each with its
  own OPENLINE_DATA_DIR (static files, as on separate machines) and the same SECRET_KEY,
  DATABASE_URL and REDIS_URL;
- 2 `openline worker` processes;
- HAProxy (Debian's `haproxy`: `apt-get install -y haproxy`) on port 58000 in front of the web
  nodes, round robin, health-checked every 500 ms, retrying a refused connection elsewhere;
- a receiver on port 58100 standing in for the webhook channel's `reply_url`.

Then it migrates, seeds 20 threads (`openline seed`), adds a webhook channel and an agent with an
API token, checks what must be shared between nodes (see `cross_node_checks`), and loads the
balancer for `--seconds`: signed webhooks with unique message ids at a steady rate to
/hooks/<id>/ (a failed one is sent again with the same id after 2 s, as a Standard Webhooks
sender does), anonymous and signed-in page reads, and an agent's reply through the API every
`--reply-every` seconds. Meanwhile, at fixed fractions of the run:

    20 %  SIGKILL one web node (its whole process group) and one worker
    40 %  start them again
    55 %  restart PostgreSQL (pg_ctl restart -m fast)
    75 %  restart Redis (SIGTERM, start again: empty, as --save '' means)

Every other process that exits is started again after 1 s, as systemd's Restart=always would,
and counted. At the end it waits for the task queue and the outbox to drain and reports
requests served, errors by status and by whether they fell in a failure window (the event plus
3 s), webhooks accepted (2xx) against messages stored (each accepted id exactly once, by SQL),
and replies queued against replies received by the reply URL. Exit status 1 when a message is
lost or duplicated or a reply was not delivered.
"""

import argparse
import collections
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import psycopg
from standardwebhooks.webhooks import Webhook

ROOT = Path(__file__).resolve().parents[1]
OPENLINE = str(Path(sys.executable).with_name("openline"))
PG_BIN = Path("/usr/lib/postgresql/15/bin")
GRACE = 3.0  # seconds after a failure event still counted in its window


# --- processes --------------------------------------------------------------------------------


class Supervised:
    """A long-running process in its own process group, started again 1 s after an exit we did
    not cause (systemd's Restart=always, RestartSec=1)."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self.argv, self.env, self.log = name, argv, env, log
        self.process: subprocess.Popen | None = None
        self.wanted = False
        self.unexpected_exits = 0
        self.lock = threading.Lock()

    def start(self) -> None:
        with self.lock:
            out = self.log.open("a")
            self.process = subprocess.Popen(
                self.argv, env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
            self.wanted = True

    def kill(self, sig: int = signal.SIGKILL) -> None:
        with self.lock:
            self.wanted = False
            if self.process and self.process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, sig)
                try:
                    self.process.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)
                    self.process.wait()
            if self.process:  # children of a killed group (granian's workers) go too
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)

    def watch(self) -> None:
        with self.lock:
            exited = self.wanted and self.process is not None and self.process.poll() is not None
        if exited:
            self.unexpected_exits += 1
            note(f"{self.name} exited unexpectedly (status {self.process.returncode}); restarting")
            time.sleep(1)
            self.start()


def note(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def wait_http(url: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


class Postgres:
    """A private cluster owned by the `postgres` user (initdb refuses root)."""

    def __init__(self, base: Path, port: int) -> None:
        self.data, self.port, self.log = base / "pg", port, base / "postgres.log"
        self.socket = base / "pg-socket"
        self.runas = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.runas, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
             "-w", "-t", "60", *args],
            check=True, capture_output=True,
        )  # fmt: skip

    def init(self) -> None:
        self.socket.mkdir()
        self.log.touch()
        if self.runas:  # initdb creates the data dir in `base` as the user it runs as
            for path in (self.data.parent, self.socket, self.log):
                shutil.chown(path, "postgres")
        subprocess.run(
            [*self.runas, str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust",
             "-U", "openline", "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket}'\nmax_connections = 200\n"
            )
        self.ctl("start")
        subprocess.run(
            [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "openline",
             "openline"],
            check=True,
        )  # fmt: skip

    def url(self) -> str:
        return f"postgres://openline@127.0.0.1:{self.port}/openline"


HAPROXY_CFG = """
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    option forwardfor
frontend openline
    bind 127.0.0.1:{port}
    default_backend web
backend web
    balance roundrobin
    option httpchk
    http-check send meth GET uri /robots.txt ver HTTP/1.1 hdr Host 127.0.0.1
    default-server check inter 500ms fall 2 rise 2
{servers}
"""


# --- the reply URL ----------------------------------------------------------------------------


@dataclass
class Received:
    by_payload_id: collections.Counter = field(default_factory=collections.Counter)
    by_webhook_id: collections.Counter = field(default_factory=collections.Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


def reply_receiver(port: int, received: Received) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            with received.lock:
                received.by_payload_id[body["id"]] += 1
                received.by_webhook_id[self.headers.get("webhook-id", "")] += 1
            answer = json.dumps({"id": f"remote-{body['id']}"}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# --- load -------------------------------------------------------------------------------------


@dataclass
class Outcome:
    at: float  # seconds since the load started
    kind: str  # webhook, read, reply
    status: str  # "202", "502", "ConnectError"…
    attempt: int = 1


class Load:
    def __init__(self, args: argparse.Namespace, url: str, account: dict, token: str,
                 thread_path: str) -> None:  # fmt: skip
        self.args, self.url, self.account, self.token = args, url, account, token
        self.thread_path = thread_path
        self.signer = Webhook(account["secret"])
        self.outcomes: list[Outcome] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.started = 0.0
        self.accepted: set[str] = set()  # message ids answered 2xx at least once
        self.never_accepted: set[str] = set()
        self.replies_queued: list[int] = []  # message ids of replies answered 201

    def record(self, kind: str, status: str, attempt: int = 1) -> None:
        with self.lock:
            self.outcomes.append(Outcome(time.monotonic() - self.started, kind, status, attempt))

    def run(self) -> list[threading.Thread]:
        self.started = time.monotonic()
        threads = [threading.Thread(target=self.webhooks, args=(i,)) for i in range(4)]
        threads += [threading.Thread(target=self.reads, args=(i,)) for i in range(4)]
        threads.append(threading.Thread(target=self.replies))
        for thread in threads:
            thread.start()
        return threads

    def _payload(self, n: int) -> str:
        conversation = n // 3
        body = {
            "id": f"cl-{n}",
            "conversation_id": f"cl-conv-{conversation}",
            "author": {"id": f"customer-{conversation % 500}", "name": f"Customer {n % 500}"},
            "text": f"The T2 thermostat shows E{n % 40:02d} again since the update (#{n}).",
            "created_at": datetime.now(tz=UTC).isoformat(),
        }
        if n % 3:
            body["in_reply_to"] = f"cl-{n - 1}"
        return json.dumps(body)

    def _post_webhook(self, client: httpx.Client, n: int, body: str, attempt: int) -> bool:
        headers = {
            "content-type": "application/json",
            "webhook-id": f"cl-{n}",
            "webhook-timestamp": str(int(time.time())),
            "webhook-signature": self.signer.sign(f"cl-{n}", datetime.now(tz=UTC), body),
        }
        try:
            status = str(client.post(self.hook_url, content=body, headers=headers).status_code)
        except httpx.HTTPError as error:
            status = type(error).__name__
        self.record("webhook", status, attempt)
        if status.startswith("2"):
            with self.lock:
                self.accepted.add(f"cl-{n}")
            return True
        return False

    @property
    def hook_url(self) -> str:
        return f"{self.url}/hooks/{self.account['id']}/"

    def webhooks(self, index: int) -> None:
        """Thread `index` of 4 sends ids index, index + 4, … on a fixed schedule; failures are
        sent again 2 s later (fresh timestamp and signature, same ids) up to 10 times."""
        step = 4 / self.args.webhook_rate
        retries: collections.deque[tuple[float, int, str, int]] = collections.deque()
        n = index
        next_at = time.monotonic() + index * step / 4
        with httpx.Client(timeout=10) as client:
            while not self.stop.is_set() or retries:
                now = time.monotonic()
                if retries and retries[0][0] <= now:
                    _, k, body, attempt = retries.popleft()
                    if not self._post_webhook(client, k, body, attempt):
                        if attempt < 10:
                            retries.append((time.monotonic() + 2, k, body, attempt + 1))
                        else:
                            self.never_accepted.add(f"cl-{k}")
                    continue
                if not self.stop.is_set() and now >= next_at:
                    body = self._payload(n)
                    if not self._post_webhook(client, n, body, 1):
                        retries.append((time.monotonic() + 2, n, body, 2))
                    n += 4
                    next_at += step
                    continue
                time.sleep(0.005)

    def reads(self, index: int) -> None:
        """Anonymous pages (home, the 50-reply thread, the same with a tracking parameter) and
        the signed-in inbox list through the API, in turn, on a fixed schedule."""
        paths = ["/", self.thread_path, f"{self.thread_path}?utm_source=newsletter", "API"]
        step = 4 / self.args.read_rate
        next_at = time.monotonic() + index * step / 4
        k = index
        auth = {"authorization": f"Bearer {self.token}"}
        with httpx.Client(timeout=10) as client:
            while not self.stop.is_set():
                if time.monotonic() < next_at:
                    time.sleep(0.005)
                    continue
                next_at += step
                path = paths[k % len(paths)]
                k += 1
                try:
                    if path == "API":
                        response = client.get(f"{self.url}/api/v1/conversations", headers=auth)
                    else:
                        response = client.get(f"{self.url}{path}")
                    status = str(response.status_code)
                except httpx.HTTPError as error:
                    status = type(error).__name__
                self.record("read", status)

    def replies(self) -> None:
        """An agent answers the newest open conversation through the API."""
        auth = {"authorization": f"Bearer {self.token}"}
        n = 0
        with httpx.Client(timeout=10, headers=auth) as client:
            while not self.stop.wait(self.args.reply_every):
                n += 1
                try:
                    listed = client.get(f"{self.url}/api/v1/conversations")
                    if listed.status_code != 200:
                        self.record("reply", f"list {listed.status_code}")
                        continue
                    items = listed.json()["items"]
                    if not items:
                        continue
                    target = items[n % len(items)]["id"]
                    response = client.post(
                        f"{self.url}/api/v1/conversations/{target}/reply",
                        json={"body": f"Thanks, we are on it (reply {n}).", "status": "pending"},
                    )
                    status = str(response.status_code)
                    if status == "201":
                        with self.lock:
                            self.replies_queued.append(response.json()["id"])
                except httpx.HTTPError as error:
                    status = type(error).__name__
                self.record("reply", status)


# --- the run ----------------------------------------------------------------------------------


def openline(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [OPENLINE, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"openline {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def cross_node_checks(nodes: list[str], env: dict[str, str], thread_path: str, thread_id: int,
                      redis_port: int) -> list[str]:  # fmt: skip
    """What must be shared between web nodes, checked on the nodes directly (not the balancer).
    Returns failures; prints what it saw."""
    failures = []
    import redis

    r = redis.Redis(port=redis_port)
    # 1. The anonymous page cache lives in Redis: a page stored by node A is a key there.
    before = len(r.keys("*anon:*"))
    first = httpx.get(f"{nodes[0]}{thread_path}", timeout=10)
    after = len(r.keys("*anon:*"))
    second = httpx.get(f"{nodes[1]}{thread_path}", timeout=10)
    ok = first.status_code == 200 and after > before and first.content == second.content
    note(f"page cache: node A stored {after - before} page(s) in Redis; node B served the same "
         f"bytes: {first.content == second.content}")  # fmt: skip
    if not ok:
        failures.append("anonymous page cache not shared through Redis")
    # 2. Page-cache versions: a reply posted on node A shows at once on node B's cached page.
    token = openline(env, "token", "create", "ratecheck", "--name", "bench").strip().split()[-1]
    auth = {"authorization": f"Bearer {token}"}
    marker = f"Cross-node check {time.time_ns()}: the filter was clogged, cleaning it fixed it."
    posted = httpx.post(
        f"{nodes[0]}/api/v1/threads/{thread_id}/replies",
        json={"body": marker, "acknowledge_warnings": True},
        headers=auth,
        timeout=10,
    )
    fresh = httpx.get(f"{nodes[1]}{thread_path}", timeout=10)
    shows = marker.split(":")[0] in fresh.text
    note(f"page-cache version: reply posted on node A ({posted.status_code}) shows on node B's "
         f"anonymous page at once: {shows}")  # fmt: skip
    if posted.status_code != 201 or not shows:
        failures.append("a change on node A was not seen at once on node B's cached page")
    # 3. Rate limits count in Redis: RATE_POST (30 in 600 s per person) allows 30 posts over both
    # nodes together, not 30 on each. One was spent above.
    statuses = []
    for i in range(40):
        node = nodes[i % 2]
        response = httpx.post(
            f"{node}/api/v1/threads/{thread_id}/replies",
            json={"body": f"Rate check {i}: did a restart help?", "acknowledge_warnings": True},
            headers=auth,
            timeout=10,
        )
        statuses.append(response.status_code)
        if response.status_code == 429:
            break
    allowed = sum(1 for s in statuses if s in (201, 202)) + 1
    note(f"rate limit: {allowed} posts allowed over both nodes before a 429 "
         f"(limit 30; statuses {collections.Counter(statuses)})")  # fmt: skip
    if allowed != 30 or statuses[-1] != 429:
        failures.append(f"rate limit not shared: {allowed} posts allowed over two nodes")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=100, help="how long the load runs")
    parser.add_argument("--webhook-rate", type=float, default=20, help="new webhooks a second")
    parser.add_argument("--read-rate", type=float, default=20, help="page reads a second")
    parser.add_argument("--reply-every", type=float, default=1.0, help="seconds between replies")
    parser.add_argument("--threads", type=int, default=20, help="threads `openline seed` adds")
    parser.add_argument("--port-base", type=int, default=58000)
    parser.add_argument("--pg-port", type=int, default=55432)
    parser.add_argument("--redis-port", type=int, default=56379)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    for tool in ("haproxy", "redis-server", "runuser"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed (apt-get install -y haproxy redis-server).")

    base = Path(tempfile.mkdtemp(prefix="openline-cluster-"))
    base.chmod(0o755)
    note(f"working in {base}")
    lb_port, receiver_port = args.port_base, args.port_base + 100
    web_ports = [args.port_base + 1, args.port_base + 2]
    site = f"http://127.0.0.1:{lb_port}"
    pg = Postgres(base, args.pg_port)
    processes: list[Supervised] = []
    redis_proc: Supervised | None = None
    receiver = None
    try:
        pg.init()
        redis_proc = Supervised(
            "redis",
            ["redis-server", "--port", str(args.redis_port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            dict(os.environ), base / "redis.log",
        )  # fmt: skip
        redis_proc.start()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "DATABASE_URL": pg.url(),
            "REDIS_URL": f"redis://127.0.0.1:{args.redis_port}/0",
            "SECRET_KEY": "cluster-bench-only-not-secret",
            "OPENLINE_DATA_DIR": str(base / "data-setup"),
            "OPENLINE_SITE_URL": site,
            "OPENLINE_TRUSTED_PROXIES": "127.0.0.1",
            "OPENLINE_OUTBOUND_ALLOWED_HOSTS": "127.0.0.1",
            "OPENLINE_SERVE_SMTPD": "off",
            "OPENLINE_BACKUP_EVERY_HOURS": "0",
            "OPENLINE_LOG_LEVEL": "WARNING",
        }
        note("migrating and seeding")
        openline(env, "migrate", "--no-input")
        thread_path = openline(env, "seed", "--threads", str(args.threads)).strip().splitlines()[-1]
        account = json.loads(
            openline(env, "channel", "add", "webhook", "--name", "Cluster bench", "--json",
                     "--reply-url", f"http://127.0.0.1:{receiver_port}/replies")
        )  # fmt: skip
        openline(
            env, "shell", "-c",
            "from openline.accounts.models import User, Role\n"
            "for name in ('clusteragent', 'ratecheck'):\n"
            "    User.objects.create_user(name, f'{name}@example.com', 'x' * 20, role=Role.AGENT,"
            " display_name=name.title())",
        )  # fmt: skip
        token = openline(env, "token", "create", "clusteragent").strip().split()[-1]
        with psycopg.connect(pg.url().replace("postgres://", "postgresql://")) as conn:
            slug = thread_path.rstrip("/").split("/")[-1]
            thread_id = conn.execute(
                "SELECT id FROM community_thread WHERE slug = %s", (slug,)
            ).fetchone()[0]

        received = Received()
        receiver = reply_receiver(receiver_port, received)
        webs = []
        for i, port in enumerate(web_ports):
            node_env = {**env, "OPENLINE_DATA_DIR": str(base / f"data-web{i + 1}")}
            webs.append(Supervised(
                f"web{i + 1}",
                [OPENLINE, "serve", "--port", str(port), "--workers", "1", "--threads", "8",
                 "--no-worker", "--no-smtpd"],
                node_env, base / f"web{i + 1}.log",
            ))  # fmt: skip
        workers = [
            Supervised(f"worker{i + 1}", [OPENLINE, "worker"], env, base / f"worker{i + 1}.log")
            for i in range(2)
        ]
        cfg = base / "haproxy.cfg"
        servers = "\n".join(
            f"    server web{i + 1} 127.0.0.1:{port}" for i, port in enumerate(web_ports)
        )
        cfg.write_text(HAPROXY_CFG.format(port=lb_port, servers=servers))
        haproxy = Supervised("haproxy", ["haproxy", "-db", "-f", str(cfg)], env, base / "lb.log")
        processes = [*webs, *workers, haproxy]
        for process in processes:
            process.start()
        nodes = [f"http://127.0.0.1:{port}" for port in web_ports]
        for url in [*nodes, site]:
            if not wait_http(f"{url}/robots.txt"):
                sys.exit(f"{url} did not start; logs in {base}")
        time.sleep(1.5)  # the balancer's first health checks
        note("cluster up: checking what the web nodes share")
        failures = cross_node_checks(nodes, env, thread_path, thread_id, args.redis_port)

        load = Load(args, site, account, token, thread_path)
        windows: list[tuple[str, float, float]] = []
        stop_watch = threading.Event()

        def watch() -> None:
            while not stop_watch.wait(0.5):
                for process in [*processes, redis_proc]:
                    process.watch()

        threading.Thread(target=watch, daemon=True).start()
        note(f"load for {args.seconds:.0f} s: {args.webhook_rate}/s webhooks, "
             f"{args.read_rate}/s reads, a reply every {args.reply_every} s")  # fmt: skip
        threads = load.run()

        def at(fraction: float) -> None:
            delay = load.started + fraction * args.seconds - time.monotonic()
            time.sleep(max(0.0, delay))

        def event(name: str, action) -> None:
            start = time.monotonic() - load.started
            action()
            end = time.monotonic() - load.started
            windows.append((name, start, end + GRACE))
            note(f"{name}: {start:.1f}-{end:.1f} s")

        at(0.20)
        event("SIGKILL web1 and worker1", lambda: (webs[0].kill(), workers[0].kill()))
        at(0.40)

        def restart_web() -> None:
            webs[0].start()
            workers[0].start()

        event("start web1 and worker1 again", restart_web)

        def back_in_balancer() -> None:
            # Starting takes a while (collectstatic, then Granian); the moment it answers and
            # the balancer's checks take it back is a window of its own.
            if wait_http(f"{nodes[0]}/robots.txt", 120):
                event("web1 answers again", lambda: time.sleep(1.5))

        threading.Thread(target=back_in_balancer, daemon=True).start()
        at(0.55)
        event("restart PostgreSQL", lambda: pg.ctl("restart", "-m", "fast"))
        at(0.75)

        def restart_redis() -> None:
            redis_proc.kill(signal.SIGTERM)
            redis_proc.start()
            time.sleep(0.3)

        event("restart Redis", restart_redis)
        at(1.0)
        load.stop.set()
        for thread in threads:
            thread.join()
        note("load stopped; waiting for the queue and the outbox to drain")
        report = summarize(args, load, windows, received, pg, account, processes, redis_proc)
        stop_watch.set()
        failures += report
        if failures:
            print("\nFAILED:\n  " + "\n  ".join(failures))
            sys.exit(1)
    finally:
        for process in processes:
            process.kill(signal.SIGTERM)
        if redis_proc:
            redis_proc.kill(signal.SIGTERM)
        if receiver:
            receiver.shutdown()
        with contextlib.suppress(subprocess.CalledProcessError):
            pg.ctl("stop", "-m", "fast")
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            note(f"kept {base}")


def in_window(at: float, windows: list[tuple[str, float, float]]) -> str | None:
    """The latest failure event whose window holds `at`."""
    holding = [(start, name) for name, start, end in windows if start <= at <= end]
    return max(holding)[1] if holding else None


def summarize(args, load: Load, windows, received: Received, pg: Postgres, account: dict,
              processes: list[Supervised], redis_proc: Supervised) -> list[str]:  # fmt: skip
    failures = []
    dsn = pg.url().replace("postgres://", "postgresql://")
    deadline = time.monotonic() + 180
    while True:
        with psycopg.connect(dsn) as conn:
            queued = conn.execute(
                "SELECT count(*) FROM inbox_delivery WHERE state = 'queued'"
            ).fetchone()[0]
            tasks = conn.execute(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult "
                "WHERE status IN ('READY', 'RUNNING')"
            ).fetchone()[0]
        if (queued == 0 and tasks == 0) or time.monotonic() > deadline:
            break
        time.sleep(1)
    drained_in = 180 - (deadline - time.monotonic())
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT external_id, count(*) FROM inbox_message WHERE account_id = %s "
            "AND kind = 'inbound' GROUP BY external_id",
            (account["id"],),
        ).fetchall()
        states = dict(
            conn.execute(
                "SELECT d.state, count(*) FROM inbox_delivery d JOIN inbox_message m "
                "ON m.id = d.message_id WHERE m.account_id = %s GROUP BY d.state",
                (account["id"],),
            ).fetchall()
        )
    stored = {external_id: count for external_id, count in rows}
    lost = sorted(load.accepted - stored.keys())
    duplicated = sorted(i for i, count in stored.items() if count > 1)
    unexpected = sorted(stored.keys() - load.accepted)  # stored, never answered 2xx

    first = [o for o in load.outcomes if o.attempt == 1]
    print(f"\n=== cluster run: {args.seconds:.0f} s, {args.webhook_rate}/s webhooks, "
          f"{args.read_rate}/s reads, a reply every {args.reply_every} s ===")  # fmt: skip
    for name, start, end in sorted(windows, key=lambda w: w[1]):
        print(f"window  {start:6.1f}-{end:6.1f} s  {name}")
    for kind in ("webhook", "read", "reply"):
        outcomes = [o for o in load.outcomes if o.kind == kind]
        ok = [o for o in outcomes if o.status.startswith("2")]
        errors = [o for o in outcomes if not o.status.startswith("2")]
        outside = [o for o in errors if in_window(o.at, windows) is None]
        by_status = collections.Counter(o.status for o in errors)
        by_window = collections.Counter(in_window(o.at, windows) or "outside" for o in errors)
        print(f"{kind:8} requests {len(outcomes):6}  2xx {len(ok):6}  errors {len(errors):4}"
              f"  outside windows {len(outside):3}")  # fmt: skip
        if errors:
            print(f"         by status: {dict(by_status)}")
            print(f"         by window: {dict(by_window)}")
            for o in outside[:10]:
                print(f"         outside: {o.at:6.1f} s {o.status}")
        if outside:
            failures.append(f"{len(outside)} {kind} errors outside the failure windows")
    sent = len(load.accepted | load.never_accepted)
    retried = len([o for o in load.outcomes if o.kind == "webhook" and o.attempt > 1])
    print(f"webhooks: first attempts {len([o for o in first if o.kind == 'webhook'])}, "
          f"sends again {retried}; ids accepted (2xx) {len(load.accepted)} of {sent}; "
          f"never accepted {len(load.never_accepted)}")  # fmt: skip
    print(f"stored: {len(stored)} distinct ids, {sum(stored.values())} messages; lost "
          f"{len(lost)}, duplicated {len(duplicated)}, stored but never answered 2xx "
          f"{len(unexpected)}")  # fmt: skip
    if lost or duplicated:
        failures.append(f"webhooks: {len(lost)} lost {lost[:5]}, {len(duplicated)} duplicated")
    delivered = {int(i.removeprefix("openline-")) for i in received.by_payload_id}
    undelivered = sorted(set(load.replies_queued) - delivered)
    copies = sum(received.by_payload_id.values())
    print(f"replies: queued (201) {len(load.replies_queued)}, delivered {len(delivered)}, "
          f"not delivered {len(undelivered)}, POSTs received {copies} "
          f"(extra copies {copies - len(delivered)}, each with the same webhook-id: "
          f"{len(received.by_webhook_id) == len(delivered)}); outbox {states}")  # fmt: skip
    if undelivered:
        failures.append(f"replies not delivered: {undelivered[:10]}")
    if queued or tasks:
        print(f"NOT drained {drained_in:.0f} s after the load stopped: {queued} deliveries "
              f"queued, {tasks} tasks ready or running")  # fmt: skip
        failures.append("the task queue did not drain")
    else:
        print(f"queue drained {drained_in:.1f} s after the load stopped")
    restarts = {p.name: p.unexpected_exits for p in [*processes, redis_proc] if p.unexpected_exits}
    print(f"unexpected exits restarted by the supervisor: {restarts or 'none'}")
    return failures


if __name__ == "__main__":
    main()
