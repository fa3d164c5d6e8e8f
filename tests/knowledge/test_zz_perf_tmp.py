import time
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openline.community.models import Thread, Tag

def test_perf(client, space, customer, vip_space):
    Thread.objects.bulk_create([Thread(space=space if i % 10 else vip_space, author=customer, title=f"t {i}", slug=f"thread-number-{i}", body="x", body_html="<p>x</p>") for i in range(110_000)], batch_size=5000)
    client.get("/robots.txt")
    for u in ["/sitemap.xml", "/sitemap-threads.xml", "/sitemap-threads.xml?p=10", "/sitemap-threads.xml?p=11", "/sitemap-threads.xml?p=12", "/feed.atom", "/sitemap-spaces.xml", "/sitemap-tags.xml"]:
        t = time.perf_counter()
        with CaptureQueriesContext(connection) as q:
            r = client.get(u)
        print(u, r.status_code, f"{time.perf_counter()-t:.3f}s", len(q), "queries", len(r.content), "bytes", r.content.count(b"<url>"), r.content.count(b"<sitemap>"))
    print(client.get("/sitemap.xml").content.decode())
    print(client.get("/sitemap-threads.xml?p=11").content.decode()[:400])
