from django.test import override_settings


@override_settings(SITE_URL="https://help.example")
def test_robots_txt_allows_the_community_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /api/",
        "Disallow: /search",
        "Disallow: /inbox/",
        "Disallow: /guidance/",
        "Disallow: /hooks/",
        "Disallow: /staff/",
        "Disallow: /me/",
        "",
        "Sitemap: https://help.example/sitemap.xml",
    ]


def test_robots_txt_only_answers_reads(client, db):
    assert client.post("/robots.txt").status_code == 405
