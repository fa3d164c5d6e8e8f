"""`openline language status|reindex|wait|train`: the stored vectors, for operators; `train`
retrains the voice heads (intent, sentiment) or the wording head (legal risk, hostile tone)
from the shipped corpora."""

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.language import actions, selectors, sources

CHUNK = 256


class Command(BaseCommand):
    help = "Sentence embeddings: how many are stored and current, rebuild them, wait for them."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True,
                                         metavar="status|reindex|wait|train")  # fmt: skip
        commands.add_parser("status", help="Objects, current vectors and missing ones per kind.")
        reindex = commands.add_parser(
            "reindex", help="Embed every object whose vector is missing or stale, here and now."
        )
        reindex.add_argument("--kind", help="only this kind (default: all)")
        reindex.add_argument("--force", action="store_true", help="re-embed current ones too")
        wait = commands.add_parser(
            "wait", help="Wait until the worker has embedded every object (after an import)."
        )
        wait.add_argument("--timeout", type=float, default=600, help="seconds (default 600)")
        train = commands.add_parser(
            "train", help="Retrain the intent and sentiment heads on data/voice_train.jsonl, or "
            "the wording head (legal risk, hostile tone) on data/wording_train.jsonl, or the "
            "German reader on data/german_wording_train.jsonl (needs scikit-learn), and print "
            "the hash to pin."
        )  # fmt: skip
        train.add_argument("--heads", choices=["voice", "wording", "german", "intent"],
                           default="voice",
                           help="which heads to retrain (default: voice; intent: only the "
                           "intent head, with --from-corrections)")  # fmt: skip
        train.add_argument("--from-corrections", action="store_true",
                           help="add agents' intent corrections to the corpus and install the "
                           "new intent head for this site unless it drifts on the reference "
                           "set (data/voice_reference.jsonl)")  # fmt: skip
        train.add_argument("--margin", type=float, default=None,
                           help="largest drop in intent macro-F1 on the reference set "
                           "accepted (default 0.02)")  # fmt: skip
        train.add_argument("--dry-run", action="store_true",
                           help="with --from-corrections: score, install nothing")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['command']}")(options)

    def _kinds(self, options: dict[str, Any]) -> list[str]:
        kinds = [options["kind"]] if options.get("kind") else sources.kinds()
        unknown = set(kinds) - set(sources.kinds())
        if unknown:
            raise CommandError(f"Unknown kind: {', '.join(unknown)}. Known: {sources.kinds()}")
        return kinds

    def _status(self, options: dict[str, Any]) -> None:
        for kind in self._kinds(options):
            s = selectors.embedding_status(kind)
            self.stdout.write(
                f"{kind}: {s.objects} objects, {s.current} with a current vector, "
                f"{s.missing} missing or stale ({s.model_id})"
            )

    def _reindex(self, options: dict[str, Any]) -> None:
        for kind in self._kinds(options):
            ids = list(sources.get(kind).all_ids())
            started, embedded = time.monotonic(), 0
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                embedded += actions.embed_objects(kind, chunk, force=options["force"])
                done = min(start + CHUNK, len(ids))
                rate = embedded / max(time.monotonic() - started, 1e-9)
                self.stderr.write(f"\r{kind}: {done}/{len(ids)} ({embedded} embedded, "
                                  f"{rate:.0f}/s)", ending="")  # fmt: skip
            removed = actions.remove_embeddings(kind, selectors.orphaned_object_ids(kind, set(ids)))
            self.stderr.write("")
            self.stdout.write(
                f"{kind}: {len(ids)} objects, {embedded} embedded, {removed} orphaned vectors "
                f"removed in {time.monotonic() - started:.1f} s"
            )

    def _wait(self, options: dict[str, Any]) -> None:
        deadline = time.monotonic() + options["timeout"]
        while True:
            missing = {k: selectors.embedding_status(k).missing for k in sources.kinds()}
            if not any(missing.values()):
                self.stdout.write("Every object has a current vector.")
                return
            if time.monotonic() > deadline:
                raise CommandError(f"Still missing after {options['timeout']} s: {missing}")
            if sys.stderr.isatty():
                self.stderr.write(f"\rwaiting: {missing}", ending="")
            time.sleep(1)

    def _train(self, options: dict[str, Any]) -> None:
        from openline.language import training

        if options["from_corrections"] or options["heads"] == "intent":
            self._retrain_from_corrections(options)
            return

        if options["heads"] == "german":
            from openline.language import german_wording

            rows = training.load_corpus(training.GERMAN_CORPUS_PATH)
            started = time.monotonic()
            digest = training.save(training.train_german_wording(rows), german_wording.HEADS_PATH)
            self.stdout.write(
                f"Trained on {len(rows)} sentences in {time.monotonic() - started:.1f} s: "
                f"{german_wording.HEADS_PATH.name} SHA-256 {digest} "
                "(pin it as german_wording.HEADS_SHA256)."
            )
            return
        if options["heads"] == "wording":
            from openline.language import wording

            rows = training.load_corpus(training.WORDING_CORPUS_PATH)
            started = time.monotonic()
            digest = training.save(training.train_wording(rows), wording.HEADS_PATH)
            self.stdout.write(
                f"Trained on {len(rows)} sentences in {time.monotonic() - started:.1f} s: "
                f"{wording.HEADS_PATH.name} SHA-256 {digest} (pin it as wording.HEADS_SHA256)."
            )
            return
        rows = training.load_corpus()
        started = time.monotonic()
        digest = training.save(training.train(rows))
        self.stdout.write(
            f"Trained on {len(rows)} examples in {time.monotonic() - started:.1f} s: "
            f"{training.HEADS_PATH.name} SHA-256 {digest} (pin it as voice.HEADS_SHA256)."
        )

    def _retrain_from_corrections(self, options: dict[str, Any]) -> None:
        from openline.language import labels, training

        if options["heads"] != "intent" or not options["from_corrections"]:
            raise CommandError(
                "Retraining from corrections is `--heads intent --from-corrections`."
            )
        margin = training.DRIFT_MARGIN if options["margin"] is None else options["margin"]
        if not 0 <= margin < 1:
            raise CommandError("--margin is a drop in macro-F1, from 0 to 1.")
        corrections = labels.corrected_examples()
        if not corrections:
            raise CommandError("No intent corrections yet: nothing to learn from.")
        started = time.monotonic()
        result = training.retrain_intent(corrections, margin=margin, install=not options["dry_run"])
        self.stdout.write(
            f"{result.corrections} corrections added to {result.examples - result.corrections} "
            f"examples in {time.monotonic() - started:.1f} s. Intent macro-F1 on the reference "
            f"set: {result.old_f1:.3f} now ({result.shipped_f1:.3f} shipped), {result.new_f1:.3f} "
            f"retrained (drift allowed: "
            f"{margin:.3f})."
        )
        if options["dry_run"]:
            self.stdout.write("Dry run: nothing installed.")
            return
        if not result.installed:
            raise CommandError(
                f"Refused: the retrained head scores {result.drift:.3f} lower on the reference "
                "set than the one in use or the shipped one; the corrections may be wrong or "
                "one-sided. Nothing was installed."
            )
        self.stdout.write(
            f"Installed {result.path} (SHA-256 {result.digest}). Restart `openline serve` and "
            "the worker to read with it; texts are re-read as they change."
        )
