#!/bin/bash
# Shows that a speed change changes no verdict: `gradexp check --json` with every wall-time budget
# lifted, on D2L (/work/d2l/md), the bench vault and the corpus notes, for two builds; the outputs
# must be the same bytes (docs/performance.md, "Where the time goes").
#
#   scripts/verdict-identity.sh OLD_DIST NEW_DIST [OUT_DIR]
#
# Each build's check bundles are copied to OUT_DIR (default /tmp/verdict-identity) and their
# budgets patched there, in the bundle: the per-formula limit (DEFAULT_TIME_LIMIT_MS), the
# approximations' walk (LIMIT_WALK_MS), the indexed definitions' share (NOTE_SHARE_MS and its
# per-claim `timeLimitMs ?? 250`), the drawn distributions' (DISTRIBUTION_TIME_MS) and the two
# CHECK_TIME_MS; the note's own budget is lifted with --max-seconds. A new budget added to the
# formula code must be added here (the script refuses a bundle where it patches fewer than it expects).
set -euo pipefail
old=${1:?old dist}; new=${2:?new dist}; out=${3:-/tmp/verdict-identity}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
if [ ! -f "$out/vault/000-chapter-001.md" ]; then
  mkdir -p "$out/vault"
  cat > "$out/dump.ts" <<TS
import { writeFileSync } from 'node:fs';
import { d2lVault } from '$root/bench/vault';
d2lVault().forEach((note, k) => writeFileSync('$out/vault/' + String(k).padStart(3, '0') + '-' + note.name, note.text));
TS
  "$root/node_modules/.bin/esbuild" "$out/dump.ts" --bundle --platform=node --log-level=error --outfile="$out/dump.js"
  node "$out/dump.js"
  rm -f "$out/dump.ts" "$out/dump.js"
fi
lift() {
  rm -rf "$2"; mkdir -p "$2"
  cp "$1"/cli.js "$1"/cli-formulas.js "$1"/check-worker.js "$2"/
  sed -i 's/^var DEFAULT_TIME_LIMIT_MS = 250;/var DEFAULT_TIME_LIMIT_MS = 1e9;/; s/^var LIMIT_WALK_MS = 40;/var LIMIT_WALK_MS = 1e9;/; s/^var NOTE_SHARE_MS = 2e3;/var NOTE_SHARE_MS = 1e12;/; s/(options.timeLimitMs ?? 250)/(options.timeLimitMs ?? 1e9)/; s/^var CHECK_TIME_MS\([0-9]*\) = 1500;/var CHECK_TIME_MS\1 = 1e9;/; s/^var DISTRIBUTION_TIME_MS = 1500;/var DISTRIBUTION_TIME_MS = 1e9;/' "$2"/cli-formulas.js
  local n; n=$(grep -c '^var [A-Z_0-9]* = 1e9;\|^var NOTE_SHARE_MS = 1e12;\|?? 1e9)' "$2"/cli-formulas.js)
  [ "$n" = 7 ] || { echo "$1: patched $n of the 7 budgets (renamed or new ones?)" >&2; exit 2; }
}
lift "$old" "$out/old"; lift "$new" "$out/new"
status=0
for set in d2l vault corpus; do
  case $set in d2l) files=(/work/d2l/md/*.md);; vault) files=("$out"/vault/*.md);; corpus) files=("$root"/test/corpus/notes/*.md);; esac
  for b in old new; do node "$out/$b/cli.js" check --json --max-seconds 86400 "${files[@]}" > "$out/$b-$set.json" 2>/dev/null || true; done
  if cmp -s "$out/old-$set.json" "$out/new-$set.json"; then echo "$set: same bytes"; else echo "$set: DIFFERENT ($out/old-$set.json, $out/new-$set.json)"; status=1; fi
done
exit $status
