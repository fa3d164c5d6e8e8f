import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_application = get_wsgi_application()

from openline.inbox.fastpath import LiveFastPath  # noqa: E402 - after Django is set up

# Open inboxes' polls are answered before Django where their live token allows it (issue 19).
application = LiveFastPath(django_application)
