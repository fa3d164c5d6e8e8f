"""Session 36 (tone-finetune-v31): MiniLM's sixth layer and the wording head fine-tuned with JAX
on cached layer-5 states (bench/tone_finetune_states.py), per fold of held-out units
(bench/tone_finetune_heads.py `baseline` wrote OUT/fold{i}.npz). Runs in the separate jax venv:

    nice -n 5 /tmp/jaxvenv/bin/python bench/tone_finetune_train.py /tmp/tone-ft 0 [--epochs 2]

The model: layer 6 (initialised from the product graph's dequantised int8 weights) over the
cached layer-5 states, mean-pooled over word pieces and normalised (the product's embedding), the
fold's shipped-recipe head on it (its standardisation fixed, its dense weights and bias
trained) plus that head's bag-of-terms logits as a fixed offset — so at step 0 the model is the
shipped recipe's head exactly (checked: the epoch-0 scores are written too, `ft0`). Loss:
cross-entropy with balanced class weights (as the recipe's class_weight="balanced"); Adam,
learning rate LR with 5 % warm-up and linear decay; training sentences cut at MAX_TRAIN word
pieces, batches of BATCH by length bucket. After each epoch the held-out units' sentences are
scored at full length: OUT/scores-ft{epoch}-fold{i}.npz, (legal, tone, insider) probabilities
per unit as bench/tone_finetune_heads.py `report` reads them.
"""

import argparse
import time
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np

HEADS, EPS = 12, 1e-12
BATCH, MAX_TRAIN, LR = 32, 48, 5e-5
LABEL_ORDER = ("legal_risk", "hostile_tone", "insider_disclosure")
LAYER = ("wq", "bq", "wk", "bk", "wv", "bv", "wo", "bo", "g1", "b1", "wi", "bi", "wf", "bf",
         "g2", "b2")  # fmt: skip


def layer_norm(x, g, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / jnp.sqrt(var + EPS) * g + b


def layer6(w, h, mask):
    b, n, d = h.shape
    hd = d // HEADS

    def split(x):
        return x.reshape(b, n, HEADS, hd).transpose(0, 2, 1, 3)

    q, k, v = (split(h @ w[f"w{c}"] + w[f"b{c}"]) for c in "qkv")
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
    scores = jnp.where(mask[:, None, None, :] > 0, scores, -1e9)
    attn = jax.nn.softmax(scores, axis=-1)
    ctx = (attn @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
    x = layer_norm(ctx @ w["wo"] + w["bo"] + h, w["g1"], w["b1"])
    f = jax.nn.gelu(x @ w["wi"] + w["bi"], approximate=False)
    return layer_norm(f @ w["wf"] + w["bf"] + x, w["g2"], w["b2"])


def logits_of(params, fixed, h, mask, terms):
    s = layer6(params, h, mask)
    m = mask[:, :, None].astype(jnp.float32)
    p = (s * m).sum(1) / jnp.maximum(m.sum(1), 1e-9)
    p = p / jnp.maximum(jnp.linalg.norm(p, axis=1, keepdims=True), 1e-12)
    z = (p - fixed["mean"]) / fixed["scale"]
    return z @ params["W"].T + params["b"] + terms


def loss_fn(params, fixed, h, mask, terms, y, weight):
    logp = jax.nn.log_softmax(logits_of(params, fixed, h, mask, terms), axis=-1)
    picked = jnp.take_along_axis(logp, y[:, None], axis=1)[:, 0]
    return -(picked * weight).sum() / BATCH


@jax.jit
def train_step(params, opt, fixed, h, mask, terms, y, weight, lr):
    loss, grads = jax.value_and_grad(loss_fn)(params, fixed, h, mask, terms, y, weight)
    t = opt["t"] + 1
    m = jax.tree.map(lambda a, g: 0.9 * a + 0.1 * g, opt["m"], grads)
    v = jax.tree.map(lambda a, g: 0.999 * a + 0.001 * g * g, opt["v"], grads)
    c1, c2 = 1 - 0.9**t, 1 - 0.999**t
    params = jax.tree.map(
        lambda p, a, b: p - lr * (a / c1) / (jnp.sqrt(b / c2) + 1e-8), params, m, v
    )
    return params, {"t": t, "m": m, "v": v}, loss


@jax.jit
def predict(params, fixed, h, mask, terms):
    return jax.nn.softmax(logits_of(params, fixed, h, mask, terms), axis=-1)


@jax.jit
def pooled_of(params, h, mask):
    s = layer6(params, h, mask)
    m = mask[:, :, None].astype(jnp.float32)
    p = (s * m).sum(1) / jnp.maximum(m.sum(1), 1e-9)
    return p / jnp.maximum(jnp.linalg.norm(p, axis=1, keepdims=True), 1e-12)


def embeddings(params, states, offsets, idx) -> np.ndarray:
    """The fine-tuned layer's pooled, normalised embedding of texts `idx`, at full length."""
    lengths = offsets[idx + 1] - offsets[idx]
    order = np.argsort(lengths, kind="stable")
    out = np.zeros((len(idx), 384), np.float32)
    for start in range(0, len(order), 64):
        rows = order[start : start + 64]
        width = bucket(int(lengths[rows].max()))
        pad = np.concatenate([rows, np.repeat(rows[:1], 64 - len(rows))])
        h, mask = batch_states(states, offsets, idx[pad], width)
        out[rows] = np.asarray(pooled_of(params, h, mask))[: len(rows)]
    return out


def bucket(n: int) -> int:
    return int(np.ceil(n / 8) * 8) if n <= 64 else int(np.ceil(n / 32) * 32)


def batch_states(states, offsets, idx, width):
    h = np.zeros((len(idx), width, 384), np.float32)
    mask = np.zeros((len(idx), width), np.int32)
    for r, i in enumerate(idx):
        n = min(int(offsets[i + 1] - offsets[i]), width)
        h[r, :n] = states[offsets[i] : offsets[i] + n]
        mask[r, :n] = 1
    return h, mask


def score(params, fixed, states, offsets, fold, classes):
    idx = fold["eval_index"]
    lengths = offsets[idx + 1] - offsets[idx]
    order = np.argsort(lengths, kind="stable")
    out = np.zeros((len(idx), len(classes)), np.float32)
    for start in range(0, len(order), 64):
        rows = order[start : start + 64]
        width = bucket(int(lengths[rows].max()))
        pad = np.concatenate([rows, np.repeat(rows[:1], 64 - len(rows))])
        h, mask = batch_states(states, offsets, idx[pad], width)
        p = predict(params, fixed, h, mask, fold["eval_terms"][pad])
        out[rows] = np.asarray(p)[: len(rows)]
    return np.stack(
        [out[:, classes.index(k)] if k in classes else np.zeros(len(out)) for k in LABEL_ORDER],
        axis=1,
    )


def save(out: Path, tag: str, f: int, fold, p: np.ndarray) -> None:
    per, at = {}, 0
    for name, n in zip(fold["eval_units"], fold["eval_counts"], strict=True):
        per[str(name)] = p[at : at + n]
        at += n
    np.savez(out / f"scores-{tag}-fold{f}.npz", **per)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("fold", type=int)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument(
        "--dense-only",
        action="store_true",
        help="arm ftr: no bag-of-terms offset; scores as ftd{epoch}, and the fine-tuned "
        "embeddings of the fold's rows for tone_finetune_heads.py `refit`",
    )
    parser.add_argument("--limit-steps", type=int, default=0, help="time a few steps only")
    a = parser.parse_args()
    out, f = a.out, a.fold
    data = np.load(out / "states.npz")
    states, offsets = data["states"], data["offsets"]
    fold = dict(np.load(out / f"fold{f}.npz"))
    classes = [str(c) for c in fold["classes"]]
    arm = "ftd" if a.dense_only else "ft"
    if a.dense_only:
        fold["train_terms"] = np.zeros_like(fold["train_terms"])
        fold["eval_terms"] = np.zeros_like(fold["eval_terms"])
    w = dict(np.load(out / "layer6.npz"))
    params = {k: jnp.asarray(w[k]) for k in LAYER}
    params["W"] = jnp.asarray(fold["weights"])
    params["b"] = jnp.asarray(fold["bias"])
    fixed = {"mean": jnp.asarray(fold["mean"]), "scale": jnp.asarray(fold["scale"])}
    started = time.time()
    p0 = score(params, fixed, states, offsets, fold, classes)
    save(out, f"{arm}0", f, fold, p0)
    print(f"fold {f}: epoch 0 scored {len(p0)} in {time.time() - started:.0f} s", flush=True)
    y = fold["train_label"]
    counts = np.bincount(y, minlength=len(classes))
    class_w = len(y) / (len(classes) * np.maximum(counts, 1))
    tr = fold["train_index"]
    lengths = np.minimum(offsets[tr + 1] - offsets[tr], MAX_TRAIN)
    widths = np.array([bucket(int(n)) for n in lengths])
    rng = np.random.default_rng(36 + f)
    steps_per_epoch = sum(int(np.ceil((widths == b).sum() / BATCH)) for b in np.unique(widths))
    total = steps_per_epoch * a.epochs
    opt = {"t": jnp.zeros(()), "m": jax.tree.map(jnp.zeros_like, params),
           "v": jax.tree.map(jnp.zeros_like, params)}  # fmt: skip
    step = 0
    for epoch in range(1, a.epochs + 1):
        batches = []
        for b in np.unique(widths):
            rows = rng.permutation(np.flatnonzero(widths == b))
            batches += [(rows[i : i + BATCH], b) for i in range(0, len(rows), BATCH)]
        rng.shuffle(batches)
        t0, losses = time.time(), []
        for rows, width in batches:
            n = len(rows)
            pad = np.concatenate([rows, np.repeat(rows[:1], BATCH - n)])
            h, mask = batch_states(states, offsets, tr[pad], int(width))
            weight = class_w[y[pad]] * (np.arange(BATCH) < n)
            warm = max(1, int(0.05 * total))
            lr = LR * min((step + 1) / warm, max(0.0, (total - step) / (total - warm)))
            params, opt, loss = train_step(
                params, opt, fixed, h, mask, fold["train_terms"][pad], y[pad],
                weight.astype(np.float32), np.float32(lr),
            )  # fmt: skip
            losses.append(float(loss))
            step += 1
            if step % 100 == 0:
                print(f"  step {step}/{total} loss {np.mean(losses[-100:]):.4f} "
                      f"{time.time() - t0:.0f} s", flush=True)  # fmt: skip
            if a.limit_steps and step >= a.limit_steps:
                print(f"{step} steps in {time.time() - t0:.1f} s")
                return
        p = score(params, fixed, states, offsets, fold, classes)
        save(out, f"{arm}{epoch}", f, fold, p)
        print(f"fold {f}: epoch {epoch} loss {np.mean(losses):.4f}, {time.time() - t0:.0f} s",
              flush=True)  # fmt: skip
    if a.dense_only:
        np.savez(
            out / f"ftemb-fold{f}.npz",
            train=embeddings(params, states, offsets, np.unique(tr)),
            train_index=np.unique(tr),
            eval=embeddings(params, states, offsets, fold["eval_index"]),
        )


if __name__ == "__main__":
    main()
