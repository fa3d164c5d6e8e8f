from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.core import backup


class Command(BaseCommand):
    help = (
        "Restores an archive of `openline backup`: checks it whole (checksums, format, "
        "database kind, migrations, encryption key) before touching anything, then replaces "
        "the database, the webhook queue, media and the secret key, and applies newer "
        "migrations. Refuses to overwrite a database or media that hold data unless --force "
        "(stop the server and worker first)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="replace the data there is (it is lost)"
        )
        parser.add_argument(
            "--check", action="store_true", help="only read and check the archive, change nothing"
        )

    def handle(self, *args: Any, archive: Path, force: bool, check: bool, **options: Any) -> None:
        try:
            if check:
                manifest = backup.check_archive(archive)
            else:
                manifest = backup.restore_backup(archive, force=force)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["database"]["tables"].values())
        verb = "is sound and can be restored here" if check else "restored"
        self.stdout.write(
            f"{archive} {verb}: backup of {manifest['created_at']} (Openline "
            f"{manifest['openline_version']}), {rows:,} rows, {len(manifest['files'])} files."
        )
