"""schema.org JSON-LD for thread pages: QAPage for questions and problems, otherwise
DiscussionForumPosting (written by the lead as a stand-in; the SEO work replaces it)."""

import json

from openline.core.markdown import plain_text

from .models import Reply, Thread


def _person(user, site_url: str) -> dict:
    return {"@type": "Person", "name": user.name, "url": f"{site_url}/u/{user.username}/"}


def _answer(reply: Reply, url: str, site_url: str) -> dict:
    return {
        "@type": "Answer",
        "text": plain_text(reply.body),
        "dateCreated": reply.created_at.isoformat(),
        "upvoteCount": reply.upvote_count,
        "url": f"{url}#reply-{reply.pk}",
        "author": _person(reply.author, site_url),
    }


def thread_jsonld(thread: Thread, replies: list[Reply], *, site_url: str) -> str:
    url = site_url + thread.get_absolute_url()
    live = [r for r in replies if not r.is_retracted]
    if thread.is_answerable:
        question = {
            "@type": "Question",
            "name": thread.title,
            "text": plain_text(thread.body),
            "answerCount": len(live),
            "upvoteCount": thread.upvote_count,
            "dateCreated": thread.created_at.isoformat(),
            "datePublished": thread.created_at.isoformat(),
            "author": _person(thread.author, site_url),
        }
        accepted = [r for r in live if r.pk == thread.accepted_reply_id]
        if accepted:
            question["acceptedAnswer"] = _answer(accepted[0], url, site_url)
        suggested = [_answer(r, url, site_url) for r in live if r.pk != thread.accepted_reply_id]
        if suggested:
            question["suggestedAnswer"] = suggested
        data = {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": question}
    else:
        data = {
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": thread.title,
            "text": plain_text(thread.body),
            "url": url,
            "datePublished": thread.created_at.isoformat(),
            "author": _person(thread.author, site_url),
            "interactionStatistic": [
                {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
                 "userInteractionCount": thread.upvote_count},
                {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
                 "userInteractionCount": len(live)},
            ],
            "comment": [
                {"@type": "Comment", "text": plain_text(r.body), "datePublished": r.created_at.isoformat(),
                 "author": _person(r.author, site_url), "url": f"{url}#reply-{r.pk}"}
                for r in live
            ],
        }  # fmt: skip
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
