"""Check the evaluation data in bench/eval/ (data only; no engine code is imported).

Run: python bench/eval/validate.py   -> prints counts, exits 1 on any error.
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = ("dev", "holdout")
INTENTS = {"question", "problem", "complaint", "praise", "idea", "other"}
SENTIMENTS = {"negative", "neutral", "positive"}
CHANNELS = {"community", "email", "mastodon", "bluesky", "x", "reddit", "chat", "webhook"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = HERE / name
    if not path.exists():
        err(f"{name}: missing")
        return []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{n}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: bad JSON ({e})")
    return rows


def check_duplicates():
    companies_by_split = {}
    threads = {}
    for split in SPLITS:
        name = f"duplicates_{split}.jsonl"
        rows = load(name)
        comps = set()
        clusters = collections.defaultdict(list)
        for r in rows:
            keys = set(r)
            if keys != {"company", "id", "title", "body", "cluster"}:
                err(f"{name}: {r.get('id')}: keys {sorted(keys)}")
                continue
            comps.add(r["company"])
            if r["id"] in threads:
                err(f"{name}: duplicate id {r['id']}")
            threads[r["id"]] = r
            if not r["title"].strip() or not r["body"].strip():
                err(f"{name}: {r['id']}: empty title or body")
            if r["cluster"] is not None:
                if not r["cluster"].startswith(r["id"].split("-")[0] + "-c"):
                    err(f"{name}: {r['id']}: cluster {r['cluster']} not of its company prefix")
                clusters[r["cluster"]].append(r["id"])
        for c, ids in clusters.items():
            if not 3 <= len(ids) <= 5:
                err(f"{name}: cluster {c} has {len(ids)} members")
        per = collections.Counter(r["company"] for r in rows)
        percl = collections.Counter(threads[ids[0]]["company"] for ids in clusters.values())
        unclustered = collections.Counter(r["company"] for r in rows if r["cluster"] is None)
        for comp in sorted(per):
            if percl[comp] < 30:
                err(f"{name}: {comp} has only {percl[comp]} clusters")
            if unclustered[comp] < 60:
                err(f"{name}: {comp} has only {unclustered[comp]} threads without a cluster")
            print(
                f"  {name:28s} {comp:11s} threads={per[comp]:4d} clusters={percl[comp]:3d} "
                f"clustered={per[comp] - unclustered[comp]:4d} unclustered={unclustered[comp]:4d}"
            )
        companies_by_split[split] = comps
    if companies_by_split.get("dev", set()) & companies_by_split.get("holdout", set()):
        err("a company appears in both dev and holdout")
    return threads, companies_by_split


def check_search(threads, companies_by_split):
    for split in SPLITS:
        name = f"search_{split}.jsonl"
        rows = load(name)
        per = collections.Counter()
        seen = set()
        for r in rows:
            if set(r) != {"company", "query", "judgements"}:
                err(f"{name}: keys {sorted(r)}")
                continue
            if r["company"] not in companies_by_split.get(split, set()):
                err(f"{name}: company {r['company']} not in duplicates_{split}")
            if (r["company"], r["query"]) in seen:
                err(f"{name}: duplicate query {r['query']!r}")
            seen.add((r["company"], r["query"]))
            nwords = len(r["query"].split())
            if not 1 <= nwords <= 6:
                err(f"{name}: query {r['query']!r} has {nwords} words")
            if not r["judgements"]:
                err(f"{name}: query {r['query']!r} has no judgements")
            if max(r["judgements"].values(), default=0) < 2:
                err(f"{name}: query {r['query']!r} has no judgement >= 2")
            for tid, g in r["judgements"].items():
                if tid not in threads:
                    err(f"{name}: {r['query']!r} judges unknown id {tid}")
                elif threads[tid]["company"] != r["company"]:
                    err(f"{name}: {r['query']!r} judges {tid} of another company")
                if g not in (1, 2, 3):
                    err(f"{name}: {r['query']!r} grade {g} for {tid}")
            per[r["company"]] += 1
        for comp in sorted(per):
            if per[comp] < 25:
                err(f"{name}: {comp} has only {per[comp]} queries")
            print(f"  {name:28s} {comp:11s} queries={per[comp]:4d}")


def check_messages(companies_by_split):
    total = 0
    all_rows = []
    for split in SPLITS:
        name = f"messages_{split}.jsonl"
        rows = load(name)
        for r in rows:
            if set(r) != {"company", "channel", "text", "intent", "sentiment", "product_area"}:
                err(f"{name}: keys {sorted(r)}")
                continue
            if r["company"] not in companies_by_split.get(split, set()):
                err(f"{name}: company {r['company']} not in duplicates_{split}")
            if r["intent"] not in INTENTS:
                err(f"{name}: bad intent {r['intent']!r}")
            if r["sentiment"] not in SENTIMENTS:
                err(f"{name}: bad sentiment {r['sentiment']!r}")
            if r["channel"] not in CHANNELS:
                err(f"{name}: bad channel {r['channel']!r}")
            if not r["text"].strip() or not r["product_area"].strip():
                err(f"{name}: empty text or product_area")
        texts = collections.Counter(r.get("text") for r in rows)
        for t, c in texts.items():
            if c > 1:
                err(f"{name}: duplicated text {t[:60]!r}")
        total += len(rows)
        all_rows += rows
        ic = collections.Counter(r.get("intent") for r in rows)
        sc = collections.Counter(r.get("sentiment") for r in rows)
        cc = collections.Counter(r.get("channel") for r in rows)
        print(f"  {name:28s} n={len(rows)} intents={dict(sorted(ic.items()))}")
        print(f"  {'':28s} sentiments={dict(sorted(sc.items()))}")
        print(f"  {'':28s} channels={dict(sorted(cc.items()))}")
    if total < 600:
        err(f"messages: only {total} in total (need >= 600)")
    ic = collections.Counter(r.get("intent") for r in all_rows)
    for i in INTENTS:
        if total and ic[i] / total < 0.12:
            err(f"messages: intent {i} is {ic[i] / total:.1%} of all (< 12%)")


NEW_SPLITS = {"messages_holdout2.jsonl": 420, "messages_de.jsonl": 90}  # file -> minimum size
NEW3_SPLITS = {"messages_holdout3.jsonl": 450, "messages_de3.jsonl": 80}  # holdout3: H-J
NEW4_SPLITS = {"messages_holdout4.jsonl": 640, "messages_de4.jsonl": 85}  # holdout4: K-N


def check_new_messages(companies_by_split, splits=NEW_SPLITS, areas_key="holdout2"):
    """An untouched split: English and German messages over its own companies
    (holdout2: E-G; holdout3: H-J; holdout4: K-N). Returns the companies seen."""
    areas_json = json.loads((HERE / "product_areas.json").read_text(encoding="utf-8"))
    areas = {
        key: {a["slug"] for a in comp["areas"]} | {"general"}
        for key, comp in areas_json.get(areas_key, {}).get("companies", {}).items()
    }
    old = set().union(*companies_by_split.values()) if companies_by_split else set()
    seen = set()
    for name, minimum in splits.items():
        rows = load(name)
        for r in rows:
            if set(r) != {"company", "channel", "text", "intent", "sentiment", "product_area"}:
                err(f"{name}: keys {sorted(r)}")
                continue
            seen.add(r["company"])
            if r["company"] in old:
                err(f"{name}: company {r['company']} also in an earlier split")
            if r["company"].lower() not in areas:
                err(
                    f"{name}: company {r['company']} has no areas in product_areas.json {areas_key}"
                )
            elif r["product_area"] not in areas[r["company"].lower()]:
                err(f"{name}: {r['company']}: unknown product_area {r['product_area']!r}")
            if r["intent"] not in INTENTS:
                err(f"{name}: bad intent {r['intent']!r}")
            if r["sentiment"] not in SENTIMENTS:
                err(f"{name}: bad sentiment {r['sentiment']!r}")
            if r["channel"] not in CHANNELS:
                err(f"{name}: bad channel {r['channel']!r}")
            if r["intent"] == "complaint" and r["sentiment"] != "negative":
                err(f"{name}: complaint not negative: {r['text'][:60]!r}")
            if r["intent"] == "praise" and r["sentiment"] != "positive":
                err(f"{name}: praise not positive: {r['text'][:60]!r}")
            if not r["text"].strip():
                err(f"{name}: empty text")
        for t, c in collections.Counter(r.get("text") for r in rows).items():
            if c > 1:
                err(f"{name}: duplicated text {t[:60]!r}")
        n = len(rows)
        if n < minimum:
            err(f"{name}: only {n} messages (need >= {minimum})")
        ic = collections.Counter(r.get("intent") for r in rows)
        sc = collections.Counter(r.get("sentiment") for r in rows)
        for i in INTENTS:
            if n and ic[i] / n < (0.08 if i == "other" else 0.12):
                err(f"{name}: intent {i} is {ic[i] / n:.1%}")
        for s in SENTIMENTS:
            if n and sc[s] / n < 0.25:
                err(f"{name}: sentiment {s} is {sc[s] / n:.1%} (< 25%)")
        cc = collections.Counter(r.get("channel") for r in rows)
        pc = collections.Counter(r.get("company") for r in rows)
        print(f"  {name:28s} n={n} companies={dict(sorted(pc.items()))}")
        print(f"  {'':28s} intents={dict(sorted(ic.items()))}")
        print(f"  {'':28s} sentiments={dict(sorted(sc.items()))}")
        print(f"  {'':28s} channels={dict(sorted(cc.items()))}")
    return seen


def main():
    print("duplicates")
    threads, comps = check_duplicates()
    print("search")
    check_search(threads, comps)
    if any((HERE / f"messages_{s}.jsonl").exists() for s in SPLITS):
        print("messages")
        check_messages(comps)
    else:
        print("messages: not present yet")
    print("messages, untouched holdout2 + German (counts only; never tune on these)")
    seen2 = check_new_messages(comps)
    print("messages, untouched holdout3 + German (counts only; never tune on these)")
    seen3 = check_new_messages({**comps, "holdout2": seen2}, NEW3_SPLITS, "holdout3")
    print("messages, untouched holdout4 + German (counts only; never tune on these)")
    check_new_messages({**comps, "holdout2": seen2, "holdout3": seen3}, NEW4_SPLITS, "holdout4")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
