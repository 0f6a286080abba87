#!/usr/bin/env python3
"""Marks each truth mention of the names dev set as known or not, from the built-in gazetteer.

  names_known.py [--truth tests/data/realistic/names/truth.json] [--gazetteer TSV...] [--check]

--gazetteer takes every file the program merges (default: resources/gazetteer/gazetteer.tsv,
state.tsv, companies.tsv, media.tsv and places.tsv; CTest adds the build's icu-places.tsv);
the first file that lists an alias gives its type, as in the program.

A mention is known when its text equals an alias of the gazetteer (the canonical name is an
alias too) in the form the program compares aliases: NFC, case-folded, spaces collapsed;
an alias written '=Alias' only with its case. Rewrites the truth file's "known" flags, or
with --check only reports flags that are out of date (exit 1), so that a gazetteer edit
that teaches the program a dev-set name shows up as a known name, not as open-world recall.
Also warns when a known mention's type differs from the gazetteer's.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")


def key(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def load_aliases(path):
    """{folded alias: type} and {case-sensitive alias: type}."""
    folded, exact = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            canonical, typ = cols[0].strip(), cols[1].strip()
            aliases = [canonical]
            for col in cols[2:6]:
                aliases += [a for a in col.split("|") if a.strip()]
            for a in aliases:
                a = a.strip()
                if a.startswith("="):
                    exact[re.sub(r"\s+", " ", unicodedata.normalize("NFC", a[1:]))] = typ
                else:
                    folded[key(a)] = typ
    return folded, exact


def gazetteer_type(text, folded, exact):
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return exact.get(norm) or folded.get(key(text))


def dumps(truth):
    """One mention a line, files in name order: diffs show the mention that changed."""
    files = []
    for name in sorted(truth):
        lines = [json.dumps({k: m[k] for k in ("text", "type", "known", "count")}, ensure_ascii=False)
                 for m in truth[name]]
        files.append(f" {json.dumps(name)}: [\n  " + ",\n  ".join(lines) + "\n ]")
    return "{\n" + ",\n".join(files) + "\n}\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", default=os.path.join(ROOT, "tests", "data", "realistic", "names", "truth.json"))
    ap.add_argument("--gazetteer", nargs="+",
                    default=[os.path.join(ROOT, "resources", "gazetteer", f) for f in ("gazetteer.tsv", "state.tsv", "companies.tsv", "media.tsv", "places.tsv")])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    folded, exact = {}, {}
    for path in args.gazetteer:
        more_folded, more_exact = load_aliases(path)
        for k, v in more_folded.items():
            folded.setdefault(k, v)
        for k, v in more_exact.items():
            exact.setdefault(k, v)
    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    stale = 0
    for name, mentions in truth.items():
        for m in mentions:
            typ = gazetteer_type(m["text"], folded, exact)
            known = typ is not None
            if typ and typ != m["type"]:
                print(f"{name}: {m['text']} is {m['type']} here, {typ} in the gazetteer", file=sys.stderr)
            if m.get("known") != known:
                stale += 1
                if args.check:
                    print(f"{name}: {m['text']} known should be {known}", file=sys.stderr)
            m["known"] = known
    if args.check:
        return 1 if stale else 0
    with open(args.truth, "w", encoding="utf-8") as f:
        f.write(dumps(truth))
    print(f"{stale} flags changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
