#!/usr/bin/env bash
# Easy-read pictures in every output, including an organisation's own pictures chosen in the
# definitions file (a PNG with its own alt text, a JPEG with the concept's):
# - every picture has alternative text: Markdown ![alt], PDF Figure /Alt, HTML alt, DOCX descr;
# - the .md file refers to its pictures beside it (pictures/NAME), so the folder still works
#   when it is moved (or zipped and sent), and Pandoc can read it there;
# - the credits do not credit the organisation's own pictures to OpenMoji.
# Run from the repository root: bash tests/scripts/pictures_outputs_test.sh path/to/plainly
set -u
plainly="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d /tmp/plainly-pictures-outputs.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

fixture=tests/cli/fixtures/pictures/definitions
own_alt="Room 2 at Riverside House"
formats=md,pdf,txt
have_pandoc=no
if command -v pandoc >/dev/null 2>&1; then have_pandoc=yes; formats=$formats,html,docx; fi

"$plainly" make "$fixture/good.yaml" --style easy-read --format "$formats" --today 2026-11-25 \
  --out "$tmp/made" >/dev/null 2>"$tmp/err" || { fail "make: $(cat "$tmp/err")"; exit 1; }
# Move the whole folder, as a person who zips it and sends it would.
mv "$tmp/made" "$tmp/moved"
out="$tmp/moved/focus-group-member"

# 1. Markdown: alt text on every picture, each one a relative path to a file beside it.
mds=0
for md in "$out"/*.easy-read.md; do
  mds=$((mds + 1))
  grep -q '](/' "$md" && fail "$md refers to a picture by its full path"
  while IFS= read -r image; do
    alt="$(sed -E 's/^!\[([^]]*)\].*/\1/' <<<"$image")"
    path="$(sed -E 's/^!\[[^]]*\]\(([^)]*)\)$/\1/' <<<"$image")"
    [ -n "$alt" ] || fail "$md: a picture has no alt text: $image"
    [[ "$path" == pictures/* ]] || fail "$md: picture not in pictures/: $image"
    [ -f "$out/$path" ] || fail "$md: picture missing after the folder was moved: $path"
  done < <(grep -o '^!\[[^]]*\]([^)]*)' "$md")
done
[ "$mds" -eq 4 ] || fail "expected 4 easy-read .md files (advert, offer, consent, consent review), found $mds"
grep -qF "![$own_alt](pictures/building.png)" "$out/advert.easy-read.md" ||
  fail "advert.easy-read.md: the definition's picture and alt text are not used"
cmp -s "$out/pictures/building.png" "$fixture/our-pictures/room.png" || fail "pictures/building.png is not the definition's PNG"
cmp -s "$out/pictures/pay.jpg" "$fixture/our-pictures/cash.jpg" || fail "pictures/pay.jpg is not the definition's JPEG"
[ ! -e "$out/pictures/pay.png" ] || fail "the built-in pay.png was copied although the definition replaces it"

# 2. Credits: the organisation's pictures are named as not from OpenMoji.
grep -qxF "These pictures do not come from OpenMoji:" "$out/advert.easy-read.txt" || fail "credits do not say which pictures are not from OpenMoji"
grep -qxF -- "- $own_alt" "$out/advert.easy-read.txt" || fail "credits do not name the organisation's picture"

# 3. PDF: every Figure has non-empty /Alt; the definition's alt text is there.
for pdf in "$out"/*.easy-read.pdf; do
  qpdf --qdf --object-streams=disable "$pdf" "$tmp/q.pdf"
  figures=$(grep -a -c '/S /Figure' "$tmp/q.pdf")
  alts=$(grep -a -c -E '/Alt (\([^)]|<[0-9A-Fa-f])' "$tmp/q.pdf")
  [ "$figures" -gt 0 ] || fail "$pdf: no figures"
  [ "$figures" -eq "$alts" ] || fail "$pdf: $figures figures but $alts with alt text"
  if [[ "$pdf" == */advert.* ]]; then
    grep -aqF "/Alt ($own_alt)" "$tmp/q.pdf" || fail "$pdf: the definition's alt text is not a figure's /Alt"
  fi
done

if [ "$have_pandoc" = yes ]; then
  # 4. HTML: every img has alt text; the JPEG is embedded.
  python3 - "$out/advert.easy-read.html" "$own_alt" <<'EOF' || fail "HTML alt text"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
imgs = re.findall(r"<img\b[^>]*>", html)
bad = [i[:80] for i in imgs if not re.search(r'\balt="[^"]+"', i)]
assert imgs and not bad, f"{len(imgs)} images, without alt: {bad}"
assert f'alt="{sys.argv[2]}"' in html, "the definition's alt text is missing"
assert "data:image/jpeg" in html, "the JPEG picture is not embedded"
EOF
  # 5. DOCX: every picture has descr; the definition's alt text is there.
  python3 - "$out/advert.easy-read.docx" "$own_alt" <<'EOF' || fail "DOCX alt text"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
xml = z.read("word/document.xml").decode("utf-8")
pics = re.findall(r"<wp:docPr\b[^>]*>", xml)
bad = [p for p in pics if not re.search(r'\bdescr="[^"]+"', p)]
assert pics and not bad, f"{len(pics)} pictures, without descr: {bad}"
assert f'descr="{sys.argv[2]}"' in xml, "the definition's alt text is missing"
assert any(n.lower().endswith((".jpg", ".jpeg")) for n in z.namelist()), "the JPEG picture is not inside"
EOF
  # 6. Pandoc reads the moved .md with its pictures beside it.
  (cd "$out" && pandoc --from=gfm --to=html --self-contained --fail-if-warnings \
    --metadata=pagetitle:x advert.easy-read.md -o "$tmp/from-md.html") 2>"$tmp/err" ||
    fail "Pandoc could not read the moved .md with its pictures: $(cat "$tmp/err")"
fi

[ "$failures" -eq 0 ] && echo "pictures in outputs: all checks passed ($mds Markdown files, pandoc: $have_pandoc)"
exit $((failures > 0))
