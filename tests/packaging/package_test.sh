#!/usr/bin/env bash
# Builds the Debian package of a build tree with CPack and checks it as a user meets it:
# desktop file and AppStream metadata valid, lintian without errors, dependencies named,
# and the program unpacked into a scratch root (dpkg -x) runs --help and a headless
# import/export on its own, with no path into the source or build tree inside.
#   package_test.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
# Exit 77 (skipped) only when a tool it needs is not installed.
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
scratch=$3
app_id=org.chipline.Chipline

skip() { echo "SKIP: $*" >&2; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream lintian:lintian \
            dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev cpack:cmake; do
  command -v "${tool%%:*}" >/dev/null || skip "${tool%%:*} is not installed (apt-get install ${tool#*:})"
done

rm -rf "$scratch"
mkdir -p "$scratch/home"
# The installed program must not rely on anything of the developer's environment.
run_installed() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" LC_ALL=C.UTF-8 "$scratch/root/usr/bin/chipline" "$@"
}

step "desktop-file-validate"
out=$(desktop-file-validate "$source/packaging/linux/$app_id.desktop" 2>&1) || fail "desktop file invalid: $out"
if grep -Eq 'error|warning' <<<"$out"; then fail "desktop file: $out"; fi

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$build/packaging/$app_id.metainfo.xml" || fail "AppStream metadata invalid"

step "cpack"
cpack --config "$build/CPackConfig.cmake" -B "$scratch/cpack" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$scratch/cpack" -maxdepth 1 -name 'chipline_*.deb' | head -n 1)
[ -n "$deb" ] || { cat "$scratch/cpack.log" >&2; fail "cpack made no .deb"; }
echo "$deb"

step "control fields"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Installed-Size
depends=$(dpkg-deb --field "$deb" Depends)
for needed in fonts-noto-cjk libqt6widgets6 libqt6core6 libicu72 libsqlite3-0 libxml2; do
  grep -q "\\b$needed\\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

step "lintian"
lintian --fail-on error --display-info "$deb" || fail "lintian reports errors"

step "dpkg -x"
dpkg-deb -x "$deb" "$scratch/root"
for f in usr/bin/chipline usr/bin/chipline-gui \
         usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/man/man1/chipline.1.gz \
         usr/share/man/man1/chipline-gui.1.gz \
         usr/share/doc/chipline/copyright usr/share/doc/chipline/changelog.gz \
         usr/share/chipline/README usr/share/chipline/gazetteer/gazetteer.tsv \
         usr/share/chipline/vocabulary/event-triggers.tsv usr/share/chipline/sample; do
  [ -e "$scratch/root/$f" ] || fail "not installed: /$f"
done
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}px icon"
done
if grep -rlaF -e "$build" -e "$source" "$scratch/root"; then
  fail "installed files name the build or source tree (listed above)"
fi

step "installed chipline --help, --version"
run_installed --help >"$scratch/help.txt" || fail "chipline --help failed"
cat "$scratch/help.txt"
version=$(dpkg-deb --field "$deb" Version)
run_installed --version | grep -qF "chipline $version" || fail "--version does not say $version"

step "man page covers every command"
commands=$(sed -n '/^Commands:/,/^$/p' "$scratch/help.txt" | awk 'NF && $1 != "Commands:" {print $1}')
[ -n "$commands" ] || fail "no commands found in chipline --help"
man_text=$(zcat "$scratch/root/usr/share/man/man1/chipline.1.gz" | sed 's/\\-/-/g')
for c in $commands; do
  grep -q "^\.SS \"\?$c\b" <<<"$man_text" || fail "man page has no section for the command '$c'"
  run_installed "$c" --help >/dev/null || fail "chipline $c --help failed"
done
if command -v groff >/dev/null; then
  warnings=$(zcat "$scratch/root/usr/share/man/man1/chipline.1.gz" | preconv -e UTF-8 | groff -man -Tutf8 -ww -z 2>&1)
  [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi

step "headless import and export with the installed program"
db="$scratch/try.db"
run_installed import --db "$db" "$scratch/root/usr/share/chipline/sample" || fail "import failed"
run_installed export --db "$db" --out "$scratch/articles.jsonl" || fail "export failed"
articles=$(wc -l <"$scratch/articles.jsonl")
[ "$articles" -gt 0 ] || fail "export wrote no articles"
grep -q '"title"' "$scratch/articles.jsonl" || fail "export lacks titles"
echo "exported $articles articles"
# chipline hands the command that paints to the installed chipline-gui.
run_installed timeline --db "$db" --status all --csv "$scratch/timeline.csv" || fail "timeline failed"
[ "$(wc -l <"$scratch/timeline.csv")" -gt 1 ] || fail "timeline wrote no events"

step "default database in the user's data folder"
run_installed import "$scratch/root/usr/share/chipline/sample/wire_h20_charge.txt" || fail "import into the default database failed"
created=$(find "$scratch/home/.local/share" -name chipline.db)
[ -n "$created" ] || fail "no database created under \$HOME/.local/share"
echo "${created#"$scratch/home/"}"

echo "PASS"
