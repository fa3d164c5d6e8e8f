import json
import logging

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import path

from openline.core.logs import ClientErrorsBrief, JsonFormatter, RequestIdFilter


def refuse(request):
    raise PermissionDenied("Only moderators can do this.")


def fail(request):
    raise RuntimeError("boom")


urlpatterns = [path("refuse/", refuse), path("fail/", fail)]


@pytest.fixture
def json_lines():
    """What the console handler would write, as parsed JSON objects."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(self.format(record))

    handler = Collect()
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.addFilter(ClientErrorsBrief())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in lines]
    logger.removeHandler(handler)


@pytest.mark.urls("tests.core.test_logs")
def test_a_403_is_one_log_line_with_the_request_id_and_no_traceback(client, json_lines, db):
    response = client.get("/refuse/", HTTP_X_REQUEST_ID="abc12345-proxy")
    assert response.status_code == 403
    assert response["X-Request-ID"] == "abc12345-proxy"
    [entry] = json_lines()
    assert entry["level"] == "WARNING"
    assert entry["request_id"] == "abc12345-proxy"
    assert entry["message"].startswith("Forbidden (Permission denied): /refuse/")
    assert entry["status_code"] == 403
    assert "traceback" not in entry


@pytest.mark.urls("tests.core.test_logs")
def test_a_server_error_keeps_its_traceback_and_gets_a_fresh_request_id(client, json_lines, db):
    client.raise_request_exception = False
    response = client.get("/fail/", HTTP_X_REQUEST_ID="bad id with spaces")
    assert response.status_code == 500
    [entry] = json_lines()
    assert entry["level"] == "ERROR"
    assert "RuntimeError: boom" in entry["traceback"]
    assert entry["request_id"] == response["X-Request-ID"] != "bad id with spaces"
    assert len(entry["request_id"]) == 32
