#!/usr/bin/env sh
# Refresh the translation source from the code (run from the repository root), then translate in Linguist.
# `_t(...)` in a page module is QCoreApplication.translate with the page's class name as context.
set -eu
LUPDATE=${LUPDATE:-pyside6-lupdate}
"$LUPDATE" -tr-function-alias tr+=_t $(find cmer_desk/ui -name "*.py" | sort) \
  -ts cmer_desk/ui/translations/cmer_desk_en.ts -source-language fr_FR -target-language en_GB -no-obsolete
"${PYTHON:-python3}" scripts/fix_ts_contexts.py cmer_desk/ui/translations/cmer_desk_en.ts
