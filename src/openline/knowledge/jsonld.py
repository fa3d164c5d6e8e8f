"""schema.org structured data for a knowledge-base article: an `FAQPage` (the company answers
its own question, which is what Google's FAQ guidelines ask for), one Question with its
accepted Answer."""

import json
from typing import Any

from openline.core.markdown import plain_text

from .models import Article

_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def article_jsonld(article: Article, *, site_url: str) -> str:
    """Safe to embed unescaped (`|safe`) in a <script type="application/ld+json"> element."""
    url = site_url.rstrip("/") + article.get_absolute_url()
    question: dict[str, Any] = {
        "@type": "Question",
        "name": article.question,
        "acceptedAnswer": {"@type": "Answer", "text": plain_text(article.answer), "url": url},
    }
    if article.details:
        question["text"] = plain_text(article.details)
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": url,
        "dateModified": article.updated_at.isoformat(),
        "mainEntity": [question],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
