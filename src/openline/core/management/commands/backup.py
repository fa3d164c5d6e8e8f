from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.core import backup


class Command(BaseCommand):
    help = (
        "Writes one archive with the database (consistent while the server runs), the "
        "webhook queue, uploaded media and the secret key when Openline keeps it in the data "
        "dir, with a manifest of versions, migrations, row counts and checksums. Keep it as "
        "safe as the key: it decrypts the channel secrets."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            "-o",
            type=Path,
            help="archive to write (default: a new file in OPENLINE_BACKUP_DIR)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            help="then delete all but this many newest archives in the backup directory",
        )

    def handle(self, *args: Any, output: Path | None, keep: int | None, **options: Any) -> None:
        try:
            path, manifest = backup.create_backup(output)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["database"]["tables"].values())
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        self.stdout.write(
            f"Backup written to {path} ({path.stat().st_size:,} bytes): "
            f"{manifest['database']['vendor']} database with {rows:,} rows, {media} media files."
        )
        if "secret_key" in manifest["files"]:
            self.stdout.write("It holds the secret key: store it where only operators can read.")
        else:
            self.stdout.write(
                "The secret key comes from the environment and is not in the archive: keep "
                "SECRET_KEY (and OPENLINE_ENCRYPTION_KEY if set) with your backups, as channel "
                "secrets cannot be read without it."
            )
        if keep is not None:
            for old in backup.prune(keep, path.parent):
                self.stdout.write(f"Deleted older backup {old}")
