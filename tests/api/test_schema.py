import json
import re


def test_the_openapi_schema_is_json_listing_every_endpoint(client, db):
    answer = client.get("/api/v1/openapi.json")
    schema = json.loads(answer.content)
    assert answer.status_code == 200
    assert schema["info"]["title"] == "Openline API"
    assert {
        "/api/v1/spaces",
        "/api/v1/spaces/{slug}",
        "/api/v1/threads",
        "/api/v1/threads/{thread_id}",
        "/api/v1/threads/{thread_id}/replies",
    } <= set(schema["paths"])
    assert set(schema["paths"]["/api/v1/threads"]) == {"get", "post"}
    assert schema["components"]["securitySchemes"]["ApiAuth"] == {
        "type": "http",
        "scheme": "bearer",
    }


def test_the_docs_page_loads_nothing_from_other_sites(client, db):
    page = client.get("/api/v1/docs")
    html = page.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert page.status_code == 200
    assert "swagger-ui" in html
    assert assets
    assert [a for a in assets if not a.startswith("/api/v1/docs/assets/")] == []
    assert [client.get(a).status_code for a in assets] == [200] * len(assets)


def test_only_the_bundled_docs_assets_are_served(client, db):
    assert client.get("/api/v1/docs/assets/swagger-ui.css")["Content-Type"] == "text/css"
    assert client.get("/api/v1/docs/assets/__init__.py").status_code == 404
    assert client.get("/api/v1/docs/assets/..%2F__init__.py").status_code == 404


def test_an_unknown_endpoint_answers_json_404(client, db):
    answer = client.get("/api/v1/threads/")
    assert answer.status_code == 404
    assert "trailing slash" in answer.json()["detail"]


def test_no_two_api_schemas_share_a_name():
    """The OpenAPI document names schemas by class name: two classes of one name would leave
    one operation documented with the other's fields, and generated clients would be wrong."""
    import importlib
    import pkgutil

    from ninja import Schema

    import openline.api

    for module in pkgutil.iter_modules(openline.api.__path__):
        importlib.import_module(f"openline.api.{module.name}")
    names = [
        cls.__name__
        for cls in _subclasses(Schema)
        if cls.__module__.startswith("openline.api.") and not cls.__name__.startswith("_")
    ]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def _subclasses(cls: type) -> list[type]:
    return [sub for child in cls.__subclasses__() for sub in (child, *_subclasses(child))]
