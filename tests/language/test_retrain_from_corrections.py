"""`openline language train --heads intent --from-corrections`: agents' corrections are added
to the corpus and the intent head is retrained, but a new head that reads the fixed reference
set worse than the one in use by more than the margin is refused and nothing is installed."""

import pytest
from django.core.management import CommandError, call_command

from openline.inbox.models import ChannelAccount, Conversation, Message, MessageKind
from openline.language import labels, training, voice
from openline.language.models import TextLabel

pytestmark = pytest.mark.slow  # embeds the corpus (~1,000 texts) and trains twice


@pytest.fixture
def site_data(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    voice.heads.cache_clear()
    yield tmp_path
    voice.heads.cache_clear()


@pytest.fixture(autouse=True)
def _one_blas_thread():
    """The fits' matrix products in one OpenBLAS thread, as on a one-core machine. With its
    default of a thread per core, OpenBLAS's idle threads spin between the fits' many small
    products: on two busy cores (CI's passes side by side) the two fits cost ~3 x the CPU.
    The floats of the fitted head differ in their last bits, not what is asserted here."""
    import sklearn.linear_model  # noqa: F401  # loads SciPy's own OpenBLAS, to be limited too
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    with threadpool_limits(limits=1, user_api="blas"):
        yield


def corrected(rows: list[dict[str, str]], *, to: str | None = None) -> None:
    """Inbound messages with these texts, read and corrected by an agent."""
    account, _ = ChannelAccount.objects.get_or_create(kind="email", name="Mail")
    start = Conversation.objects.count()
    for n, row in enumerate(rows, start):
        conversation = Conversation.objects.create(account=account, external_id=f"c{n}")
        message = Message.objects.create(conversation=conversation, kind=MessageKind.INBOUND,
                                         account=account, body=row["text"])  # fmt: skip
        TextLabel.objects.create(
            kind="message", object_id=message.pk, intent="other", intent_confidence=0.5,
            sentiment="neutral", sentiment_score=0, language="en", model_id="x", text_hash="x",
            corrected_intent=to or row["intent"],
        )  # fmt: skip


def test_poisoned_corrections_are_refused_and_good_ones_installed(db, site_data, capsys):
    corpus = training.load_corpus()
    questions = [r for r in corpus if r["intent"] == "question"]
    # Someone marked every question as praise.
    corrected(questions, to="praise")
    assert len(labels.corrected_examples()) == len(questions)
    with pytest.raises(CommandError, match="Refused"):
        call_command("language", "train", "--heads", "intent", "--from-corrections")
    assert not (site_data / "voice_heads.npz").exists()
    assert voice.active_heads()[0] == voice.HEADS_PATH

    TextLabel.objects.all().delete()
    corrected([r for r in corpus if r["intent"] == "idea"][:20])  # right, and few
    call_command("language", "train", "--heads", "intent", "--from-corrections")
    out = capsys.readouterr().out
    assert "Installed" in out and "20 corrections" in out
    path, digest = voice.active_heads()
    assert path == site_data / "voice_heads.npz" and digest in out
    (reading,) = voice.analyse(["Please add a dark mode to the app"])
    assert reading.intent == "idea" and labels.model_id() == f"voice-{digest[:12]}"
