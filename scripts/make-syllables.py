#!/usr/bin/env python3
"""Derive locales/en-GB/syllables.txt from the CMU Pronouncing Dictionary, and measure it.

The dictionary comes from the npm package `cmu-pronouncing-dictionary` (ISC licence; the
data is CMUdict, BSD licence). Install it outside the repository first:

    mkdir -p /tmp/cmu && (cd /tmp/cmu && npm install cmu-pronouncing-dictionary)
    cmake --build build --target check_syllables
    scripts/make-syllables.py --cmu /tmp/cmu/node_modules/cmu-pronouncing-dictionary/index.js \
        --tool build/bench/check_syllables            # writes the data file
    scripts/make-syllables.py --cmu ... --tool ... --measure   # prints the agreement

The data file holds only the words where plainly's rule-based estimate differs from CMU
(the first pronunciation), as "word count" lines. Words with characters other than a-z and
an apostrophe are left out.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTRY = re.compile(r'^\s*"([^"]+)":\s*"([^"]+)",?\s*$')


def load_cmu(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = ENTRY.match(line)
            if not m:
                continue
            word, phones = m.group(1), m.group(2)
            if "(" in word or not re.fullmatch(r"[a-z][a-z']*", word):
                continue
            words[word] = sum(1 for p in phones.split() if p[-1].isdigit())
    return words


def run_tool(tool, words):
    out = subprocess.run([tool], input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
    result = {}
    for line in out.stdout.splitlines():
        w, est, cnt = line.split(" ")
        result[w] = (int(est), int(cnt))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmu", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--out", default=os.path.join(ROOT, "locales", "en-GB", "syllables.txt"))
    ap.add_argument("--measure", action="store_true")
    args = ap.parse_args()
    cmu = load_cmu(args.cmu)
    words = sorted(cmu)
    got = run_tool(args.tool, words)
    rule_ok = sum(1 for w in words if got[w][0] == cmu[w])
    if args.measure:
        shipped_ok = sum(1 for w in words if got[w][1] == cmu[w])
        print(f"CMU words: {len(words)}")
        print(f"rule-based estimate agrees exactly: {rule_ok} ({100.0 * rule_ok / len(words):.1f}%)")
        print(f"plainly (estimate + shipped exceptions) agrees exactly: {shipped_ok} "
              f"({100.0 * shipped_ok / len(words):.1f}%)")
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Syllable counts where plainly's rule-based estimate differs from the CMU\n")
        f.write("# Pronouncing Dictionary. Made by scripts/make-syllables.py; see syllables-LICENSE.txt.\n")
        n = 0
        for w in words:
            if got[w][0] != cmu[w]:
                f.write(f"{w} {cmu[w]}\n")
                n += 1
    print(f"wrote {n} exceptions of {len(words)} words; the estimate alone agrees on "
          f"{100.0 * rule_ok / len(words):.1f}%", file=sys.stderr)


if __name__ == "__main__":
    main()
