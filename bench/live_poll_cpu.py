"""CPU time of an open inbox's polls, in process (issue 19): the unchanged poll, the changed-list
poll once its generation was rendered, and /robots.txt beside them.

    PYTHONPATH=src .venv/bin/python bench/live_inboxes.py --agents 20 --keep   # makes a data dir
    OPENLINE_DATA_DIR=<that dir> SECRET_KEY=bench-only-not-secret \\
        PYTHONPATH=src .venv/bin/python bench/live_poll_cpu.py [--runs 2000]

Each request is a WSGI call of `config.wsgi.application`, the application `openline serve`
runs (Granian's share is not counted): the session cookie and the live token of a signed-in
agent's page, as inbox.js sends them. `time.thread_time()` around each call; median and p95 in
µs. Run it with `PYTHONPATH=<other checkout>/src` to time that checkout the same way (alternate
the two: the machine's load moves).
"""

import argparse
import os
import re
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--user", default="bench-agent-1")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    from django.contrib.auth import get_user_model
    from django.test import Client, RequestFactory

    from config.wsgi import application
    from openline.core import counters

    user = get_user_model().objects.get(username=args.user)
    page = Client(HTTP_HOST="127.0.0.1")
    page.force_login(user)
    html = page.get("/inbox/").content.decode()
    token = re.search(r'data-live-token="([^"]+)"', html).group(1)
    live = re.search(r'data-live-url="([^"]+)"', html).group(1).replace("&amp;", "&")
    cookie = f"sessionid={page.cookies['sessionid'].value}"
    now = counters.read("inbox")
    factory = RequestFactory(HTTP_HOST="127.0.0.1")

    def call(url: str, **headers: str) -> tuple[int, float]:
        environ = factory.get(url, **headers).environ
        status = []
        start = time.thread_time()
        body = application(environ, lambda s, h, e=None: status.append(int(s.split()[0])))
        b"".join(body)
        close = getattr(body, "close", None)
        if close:
            close()
        return status[0], time.thread_time() - start

    polls = {"HTTP_COOKIE": cookie, "HTTP_X_INBOX_TOKEN": token}
    rows = [
        ("unchanged list poll", f"{live}&v={now}", polls, 204),
        ("changed list poll (rendered)", f"{live}&v={now - 1}", polls, 200),
        ("wait (answered at once)", f"/inbox/live/wait/?v={now}", polls, 204),
        ("/robots.txt", "/robots.txt", {}, 200),
    ]
    print(f"# {args.runs} calls each, load {os.getloadavg()[0]:.1f}, generation {now}")
    for name, url, headers, expected in rows:
        for _ in range(20):  # warm: the first render of the generation, the token checked
            status, _ = call(url, **headers)
            assert status == expected, (name, status)
        samples = sorted(call(url, **headers)[1] * 1e6 for _ in range(args.runs))
        p95 = samples[int(len(samples) * 0.95)]
        print(f"{name:32} median {statistics.median(samples):7.1f} µs   p95 {p95:7.1f} µs")


if __name__ == "__main__":
    main()
