"""The JSON API (/api/v1/) and its OpenAPI schema, under exactly the permissions of the pages."""
