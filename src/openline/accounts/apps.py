from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "openline.accounts"
    label = "accounts"
