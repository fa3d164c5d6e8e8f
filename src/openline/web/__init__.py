"""The look of Openline: base templates, shared components, static assets (htmx, CSS)."""
