#!/usr/bin/env python3
"""Benchmark (not a test): MB/s of `plainly check` over a multi-megabyte English text.

Usage: bench/check_speed.py [--binary build/plainly] [--mb 20] [--format json]

Builds a text by repeating varied sentences (plain ones, long ones, and ones the rules flag)
into paragraphs, writes it to a temporary file, and times `plainly check` over it on one
core (taskset -c 0 when available). Prints size and the best of 3 runs of wall time, CPU time
(user + system) and user CPU time, each as MB/s, and the 1-minute load average at the end.
On a shared machine wall time includes waiting for the CPU, so CPU time is the fairer figure.
"""
import argparse
import os
import random
import resource
import shutil
import subprocess
import tempfile
import time

# Mostly plain sentences, as in a real draft, with about one in eight that the rules flag.
CLEAR = [
    "We will pay you £25 for each hour, by bank transfer, within 14 days of the session.",
    "You may stop at any time, and you will still be paid for the whole session.",
    "The meeting is on Tuesday 3 March 2027 from 10am to 1pm in the training room.",
    "Could you let us know if you have any access needs?",
    "If you need a support worker with you, their travel costs are paid too.",
    "The NHS (National Health Service) pays for the interpreter.",
    "Lunch is provided at every session, and there is a quiet room if you need a break.",
    "Payments can affect some benefits, so we will pay for an hour with a free benefits adviser.",
    "The panel reviewed the applications and chose two people from those who applied, after a long "
    "discussion about the skills and experience that the role needs and the support that we offer.",
    "You can bring a friend or a supporter with you to every meeting.",
    "Priya Shah is your contact for any questions or worries, on 01632 960123.",
    "The training room is on the ground floor and has step-free access from the car park.",
    "We will send you the papers one week before each meeting, in the format you choose.",
    "Your name will not appear in the report unless you tick the box on the form.",
    "The role lasts for six sessions between March and June 2027.",
    "Each session is three hours long, including a break of twenty minutes.",
    "We check in with you by phone before each session and again the day after.",
    "You can join by video call or by phone, whichever suits you best.",
    "This session could be upsetting for some people, so a support worker will be in the room.",
    "We cannot promise any more work after this project ends.",
    "Please bring your receipts, or photos of them, to claim your expenses.",
    "The recording will be deleted on 31 March 2028 and will not be shared outside the team.",
    "Saying no will not affect the care or support you receive from us in any way.",
    "We will reply to your application within ten working days.",
]
FLAGGED = [
    "This role may lead to paid work in the future.",
    "Reasonable expenses will be reimbursed where appropriate.",
    "Your views will shape the new service.",
    "You are expected to attend all sessions.",
    "We will try to send the papers quickly.",
    "It is hoped that the project will continue next year.",
]


def make_text(target_bytes, seed=1):
    rnd = random.Random(seed)
    parts, size = [], 0
    while size < target_bytes:
        para = " ".join(rnd.choice(FLAGGED) if rnd.random() < 0.125 else rnd.choice(CLEAR)
                        for _ in range(rnd.randint(2, 6)))
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=None)
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--format", default="json")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = args.binary or next((os.path.join(root, c) for c in ("build-speed/plainly", "build-check/plainly", "build/plainly")
                                  if os.path.exists(os.path.join(root, c))), None)
    text = make_text(int(args.mb * 1024 * 1024))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    size = os.path.getsize(path)
    cmd = [binary, "check", "--format", args.format, "--fail-on", "never", path]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    best = best_cpu = best_user = None
    try:
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            user = after.ru_utime - before.ru_utime
            cpu = user + (after.ru_stime - before.ru_stime)
            best = elapsed if best is None else min(best, elapsed)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            best_user = user if best_user is None else min(best_user, user)
    finally:
        os.unlink(path)
    # On a busy machine wall time includes waiting for the CPU; CPU time (user + system) is
    # what one core spends on the work.
    load = os.getloadavg()[0]
    print(f"{size / 1e6:.1f} MB, best of 3, one core, --format {args.format}: "
          f"wall {best:.3f} s = {size / 1e6 / best:.1f} MB/s; "
          f"CPU {best_cpu:.3f} s = {size / 1e6 / best_cpu:.1f} MB/s; "
          f"user CPU {best_user:.3f} s = {size / 1e6 / best_user:.1f} MB/s; "
          f"load average {load:.2f}")


if __name__ == "__main__":
    main()
