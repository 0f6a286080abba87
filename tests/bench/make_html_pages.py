#!/usr/bin/env python3
"""Writes N saved article pages for timing `chipline import`: the team's HTML fixtures
(tests/data/ingest/html/pages) repeated with small variations (a number in the first paragraph
and the title) so that no two are duplicates.

  make_html_pages.py OUT_DIR [N=1000]
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "..", "data", "ingest", "html", "pages")


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    sources = []
    for path in sorted(glob.glob(os.path.join(PAGES, "*.html"))):
        expected = open(path.replace(".html", ".expected.txt"), encoding="utf-8").read()
        sources.append((open(path, encoding="utf-8").read(), expected.split("\n")[0][:25]))
    for i in range(n):
        page, lead = sources[i % len(sources)]
        page = page.replace(lead, f"{lead} ({i})")
        page = re.sub(r"(<title>)", rf"\g<1>{i} ", page, count=1)
        page = re.sub(r'(og:title" content=")', rf"\g<1>{i} ", page, count=1)
        open(os.path.join(out, f"page{i:04d}.html"), "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main()
