#!/usr/bin/env python3
"""Scores events and dates on the realistic dev set (tests/data/realistic/events).

  score_events.py --chipline build/dev/chipline [--data DIR] [--verbose]
  score_events.py --export export.jsonl [--data DIR]

Imports DIR/articles into a scratch database (unless --export is given), exports it and
compares each article with DIR/truth.json, keyed by file name:
  event_r / event_p  (date, category) pairs of the article's events, as multisets
  date_acc           share of truth date expressions whose (value, precision) was found
  date_p             share of exported resolved dates whose (value, precision) is in the
                     truth (only articles whose truth lists dates; unresolved ones such
                     as fiscal quarters do not count)
  modality_acc       share of found truth events whose exported modality agrees (a truth
                     event without "modality" is "asserted": the article says it happened)
  cluster_r / _p     truth events with a "cluster" label, found in their articles, taken in
                     pairs: same label -> the same exported event id (recall), same id ->
                     the same label (precision); one article's two days a day apart are two
                     labels
--verbose prints each article's misses and extras.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "data", "realistic", "events")


def export(chipline, data):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "dev.db")
        out = os.path.join(tmp, "dev.jsonl")
        subprocess.run([chipline, "import", "--db", db, data], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([chipline, "export", "--db", db, "--out", out], check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chipline")
    ap.add_argument("--export")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(args.data, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    if args.export:
        with open(args.export, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    elif args.chipline:
        rows = export(args.chipline, os.path.join(args.data, "articles"))
    else:
        ap.error("give --chipline or --export")

    by_name = {os.path.basename(r.get("source_file", "")): r for r in rows}
    ev_hit = ev_n = ev_found = 0
    d_hit = d_n = d_found = d_ok = 0
    missing = 0
    mod_ok = mod_n = 0
    clustered = []  # (name, label, exported id)
    for name, want in sorted(truth.items()):
        got = by_name.get(name)
        if got is None:
            missing += 1
            print(f"not imported: {name}", file=sys.stderr)
            continue
        want_e = Counter((e["date"], e["category"]) for e in want["events"])
        have_e = Counter((e.get("date"), e.get("category")) for e in got.get("events", []))
        ev_n += sum(want_e.values())
        ev_found += sum(have_e.values())
        ev_hit += sum((want_e & have_e).values())
        unused = list(got.get("events", []))
        for e in want["events"]:
            match = next((h for h in unused if (h.get("date"), h.get("category")) == (e["date"], e["category"])), None)
            if match is None:
                continue
            unused.remove(match)
            mod_n += 1
            mod_ok += match.get("modality", "asserted") == e.get("modality", "asserted")
            if args.verbose and match.get("modality", "asserted") != e.get("modality", "asserted"):
                print(f"{name}: modality {match.get('modality')} for {e}")
            if "cluster" in e:
                clustered.append((name, e["cluster"], match.get("id")))
        want_d = Counter((d["value"], d["precision"]) for d in want["dates"])
        have_d = Counter((d.get("value"), d.get("precision")) for d in got.get("dates", []) if d.get("value"))
        d_n += sum(want_d.values())
        d_hit += sum((want_d & have_d).values())
        if want["dates"]:
            d_found += sum(have_d.values())
            d_ok += sum((want_d & have_d).values())
        if args.verbose and (want_e != have_e or want_d - have_d):
            print(f"{name}:")
            for k in (want_e - have_e):
                print(f"  missed event {k}")
            for k in (have_e - want_e):
                print(f"  extra event  {k}")
            for k in (want_d - have_d):
                print(f"  missed date  {k}  have {sorted(have_d)}")

    def ratio(x, y):
        return round(x / y, 4) if y else 0.0

    same_label = same_id = both = 0
    for i, (name_a, label_a, id_a) in enumerate(clustered):
        for name_b, label_b, id_b in clustered[i + 1:]:
            same_label += label_a == label_b
            same_id += id_a == id_b
            both += label_a == label_b and id_a == id_b
            if args.verbose and (label_a == label_b) != (id_a == id_b):
                print(f"cluster: {name_a} {label_a} #{id_a} / {name_b} {label_b} #{id_b}")

    print(f"articles: {len(truth) - missing}/{len(truth)}")
    print(f"event_r: {ratio(ev_hit, ev_n)} ({ev_hit}/{ev_n})")
    print(f"event_p: {ratio(ev_hit, ev_found)} ({ev_hit}/{ev_found})")
    print(f"date_acc: {ratio(d_hit, d_n)} ({d_hit}/{d_n})")
    print(f"date_p: {ratio(d_ok, d_found)} ({d_ok}/{d_found})")
    print(f"modality_acc: {ratio(mod_ok, mod_n)} ({mod_ok}/{mod_n})")
    print(f"cluster_r: {ratio(both, same_label)} ({both}/{same_label})")
    print(f"cluster_p: {ratio(both, same_id)} ({both}/{same_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
