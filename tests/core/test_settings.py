import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("settings_module", ["config.settings.prod"])
def test_production_settings_pass_djangos_deploy_checks(settings_module, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": "x7Qp2-deploy-check-" + "k" * 40 + "Zr9!vB",
        "OPENLINE_DATA_DIR": str(tmp_path),
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "openline.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_secret_key_is_generated_once_and_kept_in_the_data_dir(tmp_path):
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "OPENLINE_DATA_DIR": str(tmp_path),
    }
    env.pop("SECRET_KEY", None)
    # The settings module makes the key: reading the settings is enough, no app is loaded.
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert first == second and len(first.strip()) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_outside_the_browser_tests_django_still_refuses_the_orm_in_async_code():
    """Only the browser tests, while their browser is open, allow it (tests/browser/conftest.py)."""
    assert "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ


@pytest.mark.slow
def test_migrate_with_a_secret_key_set_creates_the_missing_data_dir(migrated_template):
    """The session's migrated template is made by `openline migrate` with SECRET_KEY set, into a
    data dir that did not exist yet (tests/conftest.py): a second migrate would repeat it."""
    assert migrated_template.parts[-3:] == ("not", "there", "yet")
    assert (migrated_template / "openline.sqlite3").stat().st_size > 0
    assert not (migrated_template / "secret_key").exists()
