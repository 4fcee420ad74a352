#!/usr/bin/env sh
# Refresh the two translation sources from the code (run from the repository root), then translate:
#  - the interface's tr() strings: cmer_desk/ui/translations/cmer_desk_en.ts (Qt Linguist); and
#    cmer_desk_fr.ts, the plural forms of the French source ("%n fiche(s)" -> "1 fiche", "2 fiches");
#  - the words made outside Qt (domain labels, validation messages, counts): the gettext catalogue
#    cmer_desk/domain/locale/en/LC_MESSAGES/cmer_desk.po (any .po editor, or by hand), extracted by pybabel.
# `_t(...)` in a page module is QCoreApplication.translate with the page's class name as context.
set -eu
BIN=${BIN:-.venv/bin}
LUPDATE=${LUPDATE:-$BIN/pyside6-lupdate}
PYBABEL=${PYBABEL:-$BIN/pybabel}
SOURCES=$(find cmer_desk/ui -name "*.py" | sort)
BEFORE=$(mktemp -d)
trap 'rm -rf "$BEFORE"' EXIT
cp cmer_desk/ui/translations/*.ts "$BEFORE"/  # what lupdate must not lose (see fix_ts_contexts.py)
"$LUPDATE" -tr-function-alias tr+=_t $SOURCES \
  -ts cmer_desk/ui/translations/cmer_desk_en.ts -source-language fr_FR -target-language en_GB -no-obsolete
"$LUPDATE" -tr-function-alias tr+=_t -pluralonly $SOURCES \
  -ts cmer_desk/ui/translations/cmer_desk_fr.ts -source-language fr_FR -target-language fr_FR -no-obsolete
for ts in cmer_desk/ui/translations/cmer_desk_en.ts cmer_desk/ui/translations/cmer_desk_fr.ts; do
  "${PYTHON:-$BIN/python}" scripts/fix_ts_contexts.py "$ts" "$BEFORE/$(basename "$ts")"
done
POT="$BEFORE/cmer_desk.pot"
"$PYBABEL" -q extract --no-wrap --sort-by-file -k N_ -k _ -k gettext -k ngettext:1,2 -k interface_ngettext:1,2 --project cmer-desk \
  --copyright-holder "cmer-desk" -o "$POT" cmer_desk/domain cmer_desk/services cmer_desk/formats
if [ -f cmer_desk/domain/locale/en/LC_MESSAGES/cmer_desk.po ]; then
  "$PYBABEL" -q update --no-wrap --ignore-obsolete -i "$POT" -d cmer_desk/domain/locale -D cmer_desk -l en
else
  "$PYBABEL" -q init -i "$POT" -d cmer_desk/domain/locale -D cmer_desk -l en
fi
