#!/usr/bin/env python3
"""Scores name recognition on the realistic names dev set (tests/data/realistic/names).

  score_names.py --chipline build/dev/chipline [--data DIR] [--verbose] [--floor NAME=VALUE ...]
  score_names.py --export export.jsonl [--data DIR] [--verbose]

Imports DIR/articles into a scratch database with `chipline import` (unless --export is
given), exports it with `chipline export` and compares each file's exported mentions
(status "rejected" left out) with DIR/truth.json: {file name: [{text, type, known, count}]}.

Matching is by text, as multisets per file: a file's mentions from all the articles in it
(a result-list dump or a feed holds several) are pooled, and an exported mention covers
one unit of a truth mention when its text is the truth text, or the truth text plus a
Korean particle (a leak, counted apart). Text rather than offsets, because the truth is
written against the source files and the importer's body (furniture, captions, the
transcript's second copy, entity decoding) may shift offsets without changing a name.
Exact matches are paired first, so a leak never takes a unit an exact mention could cover.

Figures, overall and per truth type (precision per exported type):
  known_r       covered share of truth mentions whose text is a gazetteer alias
  unknown_r     covered share of the other truth mentions (open-world names)
  unknown_type  share of covered unknown mentions whose exported type agrees
  known_type    the same for known mentions
  precision     exported mentions covering a truth mention / all exported mentions
  particle_leak exported mentions whose text is a truth text plus a particle
--verbose lists each file's misses and extras. --floor NAME=VALUE (--ceiling NAME=VALUE)
makes the exit status 1 when an overall figure falls below (rises above) VALUE, for the
regression test.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "data", "realistic", "names")
TYPES = ("ORG", "GOV", "PERSON", "CHIP", "MODEL", "PLACE", "MEDIA", "RULE")
# Case particles and their common compounds (the lexicon's list, the most frequent part).
PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "으로", "도", "만", "에서",
             "에게", "까지", "부터", "에서는", "에서도", "과의", "와의", "으로는", "로는", "이다", "라는",
             "이라는", "측", "등", "산")


def export(chipline, articles):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "names.db")
        out = os.path.join(tmp, "names.jsonl")
        subprocess.run([chipline, "import", "--db", db, articles], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([chipline, "export", "--db", db, "--out", out], check=True, stdout=subprocess.DEVNULL)
        return read_jsonl(out)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def leak_of(text, surface):
    return text.startswith(surface) and text[len(surface):] in PARTICLES


def match_file(want, got):
    """Pairs truth units with exported mentions: returns hits [(truth, exported)], misses
    {truth index: units left}, extras [exported] and the number of leaks among the hits."""
    left = [m["count"] for m in want]
    by_text = defaultdict(list)
    for i, m in enumerate(want):
        by_text[m["text"]].append(i)
    hits, pending, leaks = [], [], 0
    for g in got:
        for i in by_text.get(g.get("text", ""), []):
            if left[i]:
                left[i] -= 1
                hits.append((want[i], g))
                break
        else:
            pending.append(g)
    extras = []
    for g in pending:
        text = g.get("text", "")
        for i, m in enumerate(want):
            if left[i] and leak_of(text, m["text"]):
                left[i] -= 1
                hits.append((m, g))
                leaks += 1
                break
        else:
            extras.append(g)
    misses = Counter({i: n for i, n in enumerate(left) if n})
    return hits, misses, extras, leaks


def ratio(x, y):
    return round(x / y, 4) if y else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chipline")
    ap.add_argument("--export")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--floor", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--ceiling", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args()
    with open(os.path.join(args.data, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    if args.export:
        rows = read_jsonl(args.export)
    elif args.chipline:
        rows = export(args.chipline, os.path.join(args.data, "articles"))
    else:
        ap.error("give --chipline or --export")

    by_file = defaultdict(list)
    articles = Counter()
    for r in rows:
        name = os.path.basename(r.get("source_file", ""))
        articles[name] += 1
        by_file[name] += [m for m in r.get("mentions", []) if m.get("status", "accepted") != "rejected"]

    c = Counter()  # keys: (figure part, type or "all")
    missing = 0
    for name, want in sorted(truth.items()):
        if name not in articles:
            missing += 1
            print(f"not imported: {name}", file=sys.stderr)
        got = by_file.get(name, [])
        hits, misses, extras, leaks = match_file(want, got)
        c["leak", "all"] += leaks
        for m in want:
            side = "known" if m["known"] else "unknown"
            for t in (m["type"], "all"):
                c[side + "_n", t] += m["count"]
        for m, g in hits:
            side = "known" if m["known"] else "unknown"
            for t in (m["type"], "all"):
                c[side + "_hit", t] += 1
                c[side + "_type_ok", t] += g.get("type") == m["type"]
        for g in got:
            for t in (g.get("type"), "all"):
                c["exported", t] += 1
        for m, g in hits:
            for t in (g.get("type"), "all"):
                c["exported_ok", t] += 1
        if args.verbose and (misses or extras):
            print(f"{name}:")
            for i, n in sorted(misses.items()):
                m = want[i]
                print(f"  missed {'known  ' if m['known'] else 'unknown'} {m['type']:6} {m['text']}" + (f" x{n}" if n > 1 else ""))
            for g in extras:
                print(f"  extra          {g.get('type', ''):6} {g.get('text', '')}")

    def figures(t):
        return {
            "known_r": ratio(c["known_hit", t], c["known_n", t]),
            "unknown_r": ratio(c["unknown_hit", t], c["unknown_n", t]),
            "unknown_type": ratio(c["unknown_type_ok", t], c["unknown_hit", t]),
            "known_type": ratio(c["known_type_ok", t], c["known_hit", t]),
            "precision": ratio(c["exported_ok", t], c["exported", t]),
        }

    overall = figures("all")
    print(f"files: {len(truth) - missing}/{len(truth)} ({sum(articles.values())} articles)")
    print(f"known_r: {overall['known_r']} ({c['known_hit', 'all']}/{c['known_n', 'all']})")
    print(f"unknown_r: {overall['unknown_r']} ({c['unknown_hit', 'all']}/{c['unknown_n', 'all']})")
    print(f"unknown_type: {overall['unknown_type']} ({c['unknown_type_ok', 'all']}/{c['unknown_hit', 'all']})")
    print(f"known_type: {overall['known_type']} ({c['known_type_ok', 'all']}/{c['known_hit', 'all']})")
    print(f"precision: {overall['precision']} ({c['exported_ok', 'all']}/{c['exported', 'all']})")
    print(f"particle_leak: {c['leak', 'all']}")
    def cell(x, n):
        return f"{ratio(c[x, t], c[n, t])} ({c[x, t]}/{c[n, t]})"

    print(f"{'type':7}{'known_r':17}{'unknown_r':17}{'unknown_type':17}precision")
    for t in TYPES:
        print(f"{t:7}{cell('known_hit', 'known_n'):17}{cell('unknown_hit', 'unknown_n'):17}"
              f"{cell('unknown_type_ok', 'unknown_hit'):17}{cell('exported_ok', 'exported'):17}".rstrip())

    overall["particle_leak"] = c["leak", "all"]
    failed = missing > 0
    for bound, below in [(b, True) for b in args.floor] + [(b, False) for b in args.ceiling]:
        figure, _, value = bound.partition("=")
        if figure not in overall:
            ap.error(f"no figure {figure}")
        if (overall[figure] < float(value)) if below else (overall[figure] > float(value)):
            print(f"FAIL: {figure} {overall[figure]} is {'below the floor' if below else 'above the ceiling'} {value}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
