#!/usr/bin/env python3
"""Measure `plainly check` on a labelled sentence set (a measurement, not a test).

Usage: scripts/eval-checker.py [FILE.tsv ...] [--binary build/plainly] [--data FILE.tsv]
                               [--show | --summary]

The data is a TSV with columns id, label, text; label is "clear" or a problem category
(speculative, promissory, vague, pressure). Default data: ../shared/corpus/dev-sentences.tsv
(beside the repository) when present. Each sentence is checked on its own line; a sentence
counts as flagged when plainly reports any finding that is not a clarity finding.
Prints precision, recall and F1 for "problem or clear", recall per category, and the
clear sentences that were flagged. --show also lists every miss and false alarm; --summary
prints the figures only (for a set you must not tune on). Several files are measured one
after the other, e.g.:
  scripts/eval-checker.py ../shared/corpus/dev-sentences.tsv tests/data/checker-heldout.tsv
--pooled measures all the files as one set instead (one line of figures for everything):
  scripts/eval-checker.py --pooled --summary tests/data/checker-*.tsv ../shared/corpus/dev-sentences.tsv
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

EXTRA_ARGS = []
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=None)
    ap.add_argument("files", nargs="*", help="labelled TSV files (default: the dev set)")
    ap.add_argument("--data", default=None, help="a labelled TSV file (same as giving it as an argument)")
    ap.add_argument("--show", action="store_true", help="list misses and false alarms")
    ap.add_argument("--summary", action="store_true", help="print the figures only, no sentences")
    ap.add_argument("--pooled", action="store_true", help="measure all files as one set")
    ap.add_argument("--rules", action="append", default=[],
                    help="an extra rule file for plainly check (to try a change); repeat for more")
    args = ap.parse_args()
    global EXTRA_ARGS
    EXTRA_ARGS = [a for r in args.rules for a in ("--rules", r)]
    binary = args.binary
    if binary is None:
        for cand in ("build-rules/plainly", "build-check/plainly", "build/plainly"):
            if os.path.exists(os.path.join(ROOT, cand)):
                binary = os.path.join(ROOT, cand)
                break
    if not binary or not os.path.exists(binary):
        sys.exit("eval-checker: build plainly first, or pass --binary PATH")
    files = list(args.files) + ([args.data] if args.data else [])
    if not files:
        files = [os.path.join(ROOT, "..", "shared", "corpus", "dev-sentences.tsv")]
    for path in files:
        if not os.path.exists(path):
            sys.exit(f"eval-checker: no data at {path}")
    if args.pooled:
        rows = [row for path in files for row in read_rows(path)]
        print(f"== pooled: {len(files)} files")
        measure_rows(binary, rows, args.show and not args.summary, args.summary)
        return
    for n, path in enumerate(files):
        if len(files) > 1:
            print(("\n" if n else "") + f"== {path}")
        measure(binary, path, args.show and not args.summary, args.summary)


def measure(binary, data, show, summary):
    measure_rows(binary, read_rows(data), show, summary)


def read_rows(data):
    rows = []
    with open(data, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        idx = {name: header.index(name) for name in ("id", "label", "text")}
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(header):
                continue
            rows.append((parts[idx["id"]], parts[idx["label"]], parts[idx["text"]]))
    return rows


def measure_rows(binary, rows, show, summary):

    # One sentence a paragraph: line 2k+1 holds sentence k.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        for _, _, text in rows:
            tmp.write(text + "\n\n")
        path = tmp.name
    try:
        out = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", *EXTRA_ARGS, path],
                             capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    if out.returncode != 0:
        sys.exit(f"eval-checker: plainly failed ({out.returncode}): {out.stderr}")
    report = json.loads(out.stdout)
    flagged = collections.defaultdict(list)
    for f in report["files"][0]["findings"]:
        if f["category"] != "clarity":
            flagged[(f["line"] - 1) // 2].append(f)

    tp = fp = fn = tn = 0
    per_cat = collections.Counter()
    per_cat_hit = collections.Counter()
    misses, alarms = [], []
    for k, (sid, label, text) in enumerate(rows):
        problem = label != "clear"
        hit = bool(flagged.get(k))
        if problem:
            per_cat[label] += 1
            per_cat_hit[label] += hit
        if problem and hit:
            tp += 1
        elif problem:
            fn += 1
            misses.append((sid, label, text))
        elif hit:
            fp += 1
            alarms.append((sid, text, [(f["rule"], f["text"]) for f in flagged[k]]))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    clear_total = tn + fp
    print(f"sentences: {len(rows)} ({tp + fn} problem, {clear_total} clear)")
    print(f"precision: {precision:.3f}  recall: {recall:.3f}  F1: {f1:.3f}")
    for cat in sorted(per_cat):
        print(f"recall {cat}: {per_cat_hit[cat]}/{per_cat[cat]} = {per_cat_hit[cat] / per_cat[cat]:.2f}")
    print(f"clear sentences flagged: {fp} of {clear_total}")
    if summary:
        return
    for sid, text, why in alarms:
        print(f"  {sid}: {text}  <- {why}")
    if show:
        print("missed problems:")
        for sid, label, text in misses:
            print(f"  {sid} [{label}]: {text}")


if __name__ == "__main__":
    main()
