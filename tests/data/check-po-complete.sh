#!/bin/sh
# Fails when a catalogue has untranslated or fuzzy messages, or when it
# lacks messages that the sources hold (a template is extracted afresh).
set -eu
podir=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

cd "$(dirname "$podir")"
# The same keywords as meson's glib preset.
xgettext --files-from=po/POTFILES.in --directory=. --from-code=UTF-8 \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --add-comments=Translators -o "$tmp/relay.pot"

for lang in $(cat po/LINGUAS); do
  po=po/$lang.po
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1 | tail -n1)
  echo "$lang: $stats"
  case "$stats" in
    *fuzzy*|*untranslated*) echo "$po has fuzzy or untranslated messages"; status=1 ;;
  esac
  LC_ALL=C msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/relay.pot"
  missing=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid "..*"' || true)
  if [ "$missing" -gt 0 ]; then
    echo "$po lacks $missing message(s) found in the sources:"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid "..*"' | head -20
    status=1
  fi
done
exit $status
