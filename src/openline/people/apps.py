from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "openline.people"
    label = "people"
