"""The API keeps the contract its OpenAPI schema states, checked by schemathesis.

Every operation of /api/v1/openapi.json is called with generated requests, valid and invalid,
in-process through the WSGI application: the requests share the test's database transaction
and its fixtures, need no port or server process, and run on SQLite and PostgreSQL alike. The
caller is an agent with an API token. A failure names the operation, what broke and the curl
command that replays it.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from openline.api.api import api
from tests.factories import ThreadFactory

# Rules between two fields that JSON Schema cannot state: schema-valid requests that break one
# are refused with 422 and this message, which is in the operation's description.
RANGE_RULES = ("The range starts after it ends.", "Choose at most 366 days.")
CROSS_FIELD_RULES = {
    "GET /api/v1/insights/service": RANGE_RULES,
    "GET /api/v1/feedback/items": RANGE_RULES,
    "GET /api/v1/feedback/ideas": RANGE_RULES,
    "POST /api/v1/guidance/register/reports/ordinary": ("Choose words of the draft.",),
    "POST /api/v1/guidance/register/reports/variant": ("Those words are not in the post.",),
}
# Generated cases per operation in the fuzzing phase, on top of the schema's examples and the
# coverage phase's boundary cases. See docs/decisions.md for the number of requests it makes.
EXAMPLES_PER_OPERATION = 5


def positive_data_acceptance_but_cross_field_rules(ctx, response, case):
    rules = CROSS_FIELD_RULES.get(case.operation.label, ())
    if response.status_code == 422 and response.json().get("detail") in rules:
        return None
    return positive_data_acceptance(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    positive_data_acceptance_but_cross_field_rules,
]

# The schema exactly as /api/v1/openapi.json serves it, built here because reading it through
# the application would use the database before any test may.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1"))
schema.app = get_wsgi_application()
# The coverage phase sends each parameter's boundary values (empty, shortest, longest, each
# enum member...) that the schema allows; invalid input comes from the fuzzing phase, which
# generates both. Wrong methods (PUT where only GET is routed) are one 405 for every path alike.
schema.config.phases.coverage.generation.modes = [GenerationMode.POSITIVE]
schema.config.phases.coverage.unexpected_methods = set()


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """As Django's test client does: a request ending must not close the connection that
    holds the test's transaction (PostgreSQL would see it closed)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _something_to_read(space, question):
    ThreadFactory(space=space)


@pytest.fixture
def as_agent(agent, bearer):
    return bearer(agent)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_its_schema_says(case, as_agent):
    case.call_and_validate(headers=as_agent, checks=CHECKS)
