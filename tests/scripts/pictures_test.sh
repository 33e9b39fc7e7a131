#!/usr/bin/env bash
# Easy-read pictures end to end: every picture in every easy-read document has alternative
# text and a real PNG file; a broken or unknown picture stops `make` with exit 2, naming
# the picture and the file, and writes nothing.
# Run from the repository root: bash tests/scripts/pictures_test.sh path/to/plainly
set -u
plainly="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d /tmp/plainly-pictures-test.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Every easy-read document of every example: each image has alt text and a PNG file.
images=0
for example in examples/*.yaml; do
  name="$(basename "$example" .yaml)"
  "$plainly" make "$example" --style easy-read --format model --out "$tmp/out/$name" >/dev/null 2>"$tmp/err" ||
    { fail "make $example: $(cat "$tmp/err")"; continue; }
  while IFS= read -r line; do
    images=$((images + 1))
    url="$(sed -E 's/.*image url="([^"]*)".*/\1/' <<<"$line")"
    alt="$(sed -E 's/.*alt="([^"]*)".*/\1/' <<<"$line")"
    [[ "$line" == *' alt="'* && -n "$alt" ]] || fail "$example: a picture has no alt text: $line"
    [[ "$url" == /* && -f "$url" ]] || fail "$example: picture file not found: $url"
    [[ "$(head -c 8 "$url" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "$example: not a PNG: $url"
  done < <(grep -h '^ *image ' "$tmp/out/$name"/*/*.model.txt)
done
[ "$images" -ge 40 ] || fail "expected at least 40 pictures in the easy-read documents, found $images"
echo "checked $images pictures in the examples' easy-read documents"

# 2. A template naming a concept that is not in the list: exit 2, nothing written.
"$plainly" make examples/focus-group.yaml --doc advert --style easy-read --format model \
  --templates tests/cli/fixtures/pictures/unknown-concept --out "$tmp/unknown" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] || fail "unknown concept: exit $code, expected 2"
grep -q "picture 'mony': this picture is not in the list. Did you mean 'money'?" "$tmp/err" ||
  fail "unknown concept: message: $(cat "$tmp/err")"
[ ! -e "$tmp/unknown" ] || fail "unknown concept: files were written: $(ls -R "$tmp/unknown")"

# 3. A picture file that is not a PNG: exit 2 naming the concept and file, nothing written.
data="$tmp/data"
mkdir -p "$data/templates/pictures"
for d in locales fonts; do ln -s "$PWD/$d" "$data/$d"; done
for d in templates/*; do [ "$d" = templates/pictures ] || ln -s "$PWD/$d" "$data/$d"; done
for f in templates/pictures/*; do ln -s "$PWD/$f" "$data/$f"; done
rm "$data/templates/pictures/phone.png"
echo "this is not a picture" > "$data/templates/pictures/phone.png"
PLAINLY_DATA_DIR="$data" "$plainly" make examples/focus-group.yaml --style easy-read --format model \
  --out "$tmp/broken" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] || fail "broken picture: exit $code, expected 2"
grep -qF "$data/templates/pictures/phone.png: error: picture 'phone': this file is not a PNG or JPEG picture." "$tmp/err" ||
  fail "broken picture: message: $(cat "$tmp/err")"
[ -z "$(find "$tmp/broken" -type f 2>/dev/null)" ] || fail "broken picture: files were written: $(find "$tmp/broken" -type f)"

# 4. The same with the picture missing.
rm "$data/templates/pictures/phone.png"
PLAINLY_DATA_DIR="$data" "$plainly" make examples/focus-group.yaml --style easy-read --format model \
  --out "$tmp/missing" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] || fail "missing picture: exit $code, expected 2"
grep -qF "$data/templates/pictures/phone.png: error: picture 'phone': we cannot find this file." "$tmp/err" ||
  fail "missing picture: message: $(cat "$tmp/err")"

# 5. An organisation's own folder (--pictures): a JPEG there replaces the built-in picture.
mkdir -p "$tmp/ours"
printf '\377\330\377\340not-really-a-whole-jpeg' > "$tmp/ours/phone.jpg"
"$plainly" make examples/focus-group.yaml --style easy-read --format model --pictures "$tmp/ours" \
  --out "$tmp/ours-out" >/dev/null 2>"$tmp/err" || fail "own pictures: $(cat "$tmp/err")"
grep -qF "image url=\"$tmp/ours/phone.jpg\" alt=\"" "$tmp/ours-out"/*/*.model.txt ||
  fail "own pictures: phone.jpg from --pictures was not used"

[ "$failures" -eq 0 ] && echo "pictures: all checks passed"
exit $((failures > 0))
