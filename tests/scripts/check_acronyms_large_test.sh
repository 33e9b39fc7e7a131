#!/usr/bin/env bash
# plainly check reads a large file in parts (about 1 MB each). An acronym explained near the
# start must stay explained in later parts, and an unexplained one is reported once a file,
# at its first use, however many parts it appears in.
set -eu
plainly="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
filler = "We meet on Tuesday in the training room at ten in the morning.\n\n" * 20000  # 1.3 MB
text = ("The National Health Service (NHS) pays for this. Ask the PALS team.\n\n" + filler +
        "The NHS pays for the taxi. The PALS team can help.\n\n" + filler +
        "The NHS and the PALS team both help.\n")
open(f"{d}/long.txt", "w").write(text)
PY
"$plainly" check --format json --fail-on never "$dir/long.txt" > "$dir/out.json"
python3 - "$dir/out.json" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["files"][0]["findings"]
words = [(f["text"], f["line"]) for f in findings if f["text"] in ("NHS", "PALS")]
if words != [("PALS", 1)]:
    sys.exit(f"expected one finding for PALS on line 1 and none for NHS (explained), got {words}")
PY
echo ok
