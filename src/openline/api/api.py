"""The NinjaAPI instance: /api/v1/, its schema at openapi.json and its docs at docs."""

from typing import Any

from ninja import NinjaAPI

from . import errors
from .bridge_endpoints import router as bridge_router
from .champion_endpoints import router as champion_router
from .community_endpoints import router as community_router
from .docs import BundledSwagger
from .feedback_endpoints import router as feedback_router
from .guidance_endpoints import router as guidance_router
from .inbox_endpoints import router as inbox_router
from .insights_endpoints import router as insights_router
from .knowledge_endpoints import router as knowledge_router
from .people_endpoints import router as people_router
from .voice_endpoints import router as voice_router

DESCRIPTION = """\
Read and write the community under exactly the permissions of its pages.

**Authentication.** Send `Authorization: Bearer <token>`; an operator creates tokens with
`openline token create <username> --name "what it is for"`. Reads also work without a token
(you see what an anonymous visitor sees) and with the browser session; writes through the
session need the `X-CSRFToken` header. A bad, revoked or deactivated token is refused with 401.

**Errors** are JSON: `{"detail": "..."}`, and for invalid input (422)
`{"detail": "...", "errors": {"field": ["message"]}}`. Private content you cannot see answers
404, exactly like a thread that does not exist; so does input naming such a thing (a space, a
tag, a colleague), with the field's message in `errors`. A body that is not JSON answers 400.

**Lists** come 30 a page: `?page=2`; the answer says `count`, `pages` and `next_page`.
"""


class OpenlineApi(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """Every operation that reads a body also answers 400 when the body is not JSON at all
        (ninja's "Cannot parse request body") and 413 when it is over the size limit: said
        here once rather than on each endpoint, so a new one cannot forget it."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                if "requestBody" not in operation:
                    continue
                for status, description in BODY_ERRORS.items():
                    operation["responses"].setdefault(
                        status, {"description": description, "content": ERROR_CONTENT}
                    )
        return schema


BODY_ERRORS = {
    400: "The body is not JSON.",
    413: "The body is over the size limit.",
}
ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}

api = OpenlineApi(
    title="Openline API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs=BundledSwagger(),
)
errors.install(api)
# Before the threads router: /threads/similar is not /threads/{thread_id}.
api.add_router("", knowledge_router)
api.add_router("", community_router)
api.add_router("", guidance_router)
api.add_router("", inbox_router)
api.add_router("", bridge_router)
api.add_router("", people_router)
api.add_router("", champion_router)
api.add_router("", voice_router)
api.add_router("", insights_router)
api.add_router("", feedback_router)
