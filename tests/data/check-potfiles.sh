#!/bin/sh
# Fails when a file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -eu
top=${1:-.}
cd "$top"

potfiles=po/POTFILES.in
status=0

listed=$(grep -v '^#' "$potfiles" | sed '/^[[:space:]]*$/d' | sort -u)

# C sources with _( N_( C_( NC_( or g_dngettext, and .ui or data files with
# translatable attributes or <_tag> elements.
found=$( {
  grep -rlE '\b(_|N_|C_|NC_)\(|g_dngettext \(|ngettext \(' --include='*.c' src 2>/dev/null || true
  grep -rlE 'translatable="yes"' --include='*.ui' src data 2>/dev/null || true
  grep -rlE '<summary>|<description>' --include='*.gschema.xml' data 2>/dev/null || true
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in 2>/dev/null || true
} | sort -u)

for f in $found; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "Missing from $potfiles: $f"
    status=1
  fi
done

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "Listed in $potfiles but missing: $f"
    status=1
  fi
done

[ $status -eq 0 ] && echo "POTFILES.in lists all $(printf '%s\n' "$listed" | wc -l) files with strings"
exit $status
