#!/usr/bin/env python3
"""pdf_speed.py PLAINLY [--runs N] -- how fast plainly writes PDFs.

For every example, times `plainly make EXAMPLE --format md` and `--format md,pdf` (CPU
time of the child process, user + system; best of N runs). The difference is the time
spent writing PDFs: reported as milliseconds per PDF document and pages per second.
Run from the repo root. A measurement, not a test.
"""
import argparse
import glob
import os
import re
import resource
import subprocess
import sys
import tempfile


def cpu_of(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(cmd, runs):
    return min(cpu_of(cmd) for _ in range(runs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plainly")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    total_md = total_pdf = 0.0
    docs = pages = 0
    print("%-22s %5s %6s %10s %10s" % ("example", "PDFs", "pages", "md (s)", "md+pdf (s)"))
    for ex in sorted(glob.glob("examples/*.yaml")):
        with tempfile.TemporaryDirectory() as out:
            t_md = best([a.plainly, "make", ex, "--format", "md", "--out", out], a.runs)
            t_pdf = best([a.plainly, "make", ex, "--format", "md,pdf", "--out", out], a.runs)
            pdfs = glob.glob(os.path.join(out, "**", "*.pdf"), recursive=True)
            n_pages = 0
            for f in pdfs:
                info = subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout
                n_pages += int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        print("%-22s %5d %6d %10.3f %10.3f" % (os.path.basename(ex), len(pdfs), n_pages, t_md, t_pdf))
        total_md += t_md
        total_pdf += t_pdf
        docs += len(pdfs)
        pages += n_pages
    pdf_time = max(total_pdf - total_md, 1e-9)
    print("PDF writing: %d documents, %d pages, %.3f s CPU" % (docs, pages, pdf_time))
    print("  %.1f ms per document, %.0f pages per second" % (1000 * pdf_time / docs, pages / pdf_time))
    return 0


if __name__ == "__main__":
    sys.exit(main())
