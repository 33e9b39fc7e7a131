#!/usr/bin/env python3
"""Run one CLI test file (after pandoc's test/command/ format).

A file holds one or more cases. Each case starts with a command line:

    $ plainly validate tests/cli/fixtures/bad-date.yaml
    < a line given on standard input (optional, repeatable)
    > an expected standard output line (repeatable)
    2> an expected standard error line (repeatable)
    => 2

Lines starting with '#' are comments. Commands run from the repository root with no shell;
'plainly' is replaced by the binary under test. Expected output must match exactly, unless
the case has the line '~ partial', in which case each expected line must appear, in order.

Commands that write files use the folder name 'build-cli-test-out'. It is replaced, in the
command and in the expected lines, by a fresh temporary folder for this run (removed at the
end), so two test runs at once (two build folders, or ctest -j) never share an output folder.
"""
import shlex
import shutil
import subprocess
import sys
import tempfile

OUT_TOKEN = "build-cli-test-out"


def parse(path):
    cases, case = [], None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("$ "):
                case = {"cmd": line[2:], "line": lineno, "stdin": [], "out": [], "err": [],
                        "code": 0, "partial": False}
                cases.append(case)
            elif case is None or not line.strip() or line.startswith("#"):
                continue
            elif line.startswith("< ") or line == "<":
                case["stdin"].append(line[2:])
            elif line.startswith("2> ") or line == "2>":
                case["err"].append(line[3:])
            elif line.startswith("> ") or line == ">":
                case["out"].append(line[2:])
            elif line.startswith("=> "):
                case["code"] = int(line[3:])
            elif line == "~ partial":
                case["partial"] = True
            else:
                sys.exit(f"{path}:{lineno}: cannot read this line: {line!r}")
    return cases


def matches(expected, actual, partial):
    if not partial:
        return expected == actual
    i = 0
    for line in actual:
        if i < len(expected) and line == expected[i]:
            i += 1
    return i == len(expected)


def main():
    binary, path = sys.argv[1], sys.argv[2]
    out_dir = tempfile.mkdtemp(prefix="plainly-cli-")
    try:
        failures = run_cases(binary, path, out_dir)
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    sys.exit(1 if failures else 0)


def with_out_dir(case, out_dir):
    """The case with the output folder token replaced by this run's folder."""
    swap = lambda lines: [l.replace(OUT_TOKEN, out_dir) for l in lines]
    return dict(case, cmd=case["cmd"].replace(OUT_TOKEN, out_dir), out=swap(case["out"]),
                err=swap(case["err"]), stdin=swap(case["stdin"]))


def run_cases(binary, path, out_dir):
    failures = 0
    for case in parse(path):
        case = with_out_dir(case, out_dir)
        argv = shlex.split(case["cmd"])
        if argv and argv[0] == "plainly":
            argv[0] = binary
        stdin = "".join(l + "\n" for l in case["stdin"])
        try:
            p = subprocess.run(argv, input=stdin.encode(), capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            print(f"{path}:{case['line']}: timed out: {case['cmd']}")
            failures += 1
            continue
        out = p.stdout.decode("utf-8", "replace").splitlines()
        err = p.stderr.decode("utf-8", "replace").splitlines()
        ok = (p.returncode == case["code"] and matches(case["out"], out, case["partial"])
              and matches(case["err"], err, case["partial"]))
        if not ok:
            failures += 1
            print(f"{path}:{case['line']}: FAILED: {case['cmd']}")
            print(f"  exit code: expected {case['code']}, got {p.returncode}")
            print("  expected stdout:", *case["out"], sep="\n    ")
            print("  actual stdout:", *out, sep="\n    ")
            print("  expected stderr:", *case["err"], sep="\n    ")
            print("  actual stderr:", *err, sep="\n    ")
    return failures


if __name__ == "__main__":
    main()
