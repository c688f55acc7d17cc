#!/usr/bin/env bash
# `npm run screenshots`: screenshots of the extension in a real VS Code (../shared/vscode-harness) for the README:
# the seed page's outline, a hover on “1427”, a consistency warning with its quick fix in the Problems panel
# (a copy of the 2023 communiqué with one figure changed, made here), the Quick Fix menu of that figure with
# Accept this finding, messages in Chinese (policyReview.locale) on an English VS Code; the figures view of that copy
# and the seed page unwrapped.
set -euo pipefail
cd "$(dirname "$0")/.."
harness="$PWD/../shared/vscode-harness"
shared="$PWD/../shared"
out="$PWD/docs/images"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out" "$tmp/ws"
cp "$shared/fixtures/seed-newspaper-page.txt" "$tmp/ws/"
# One figure changed: the share of 民营企业 in foreign trade, 53.5% → 55.5% (223601 ÷ 417568 = 53.55%).
sed 's/占进出口总额比重为53.5%/占进出口总额比重为55.5%/' "$shared/corpus/stats-bulletin/national-2023.txt" > "$tmp/ws/统计公报-2023-改动一处.txt"
grep -q '占进出口总额比重为55.5%' "$tmp/ws/统计公报-2023-改动一处.txt"

bash "$harness/shoot.sh" "$PWD" "$tmp/ws" seed-newspaper-page.txt "$tmp/outline" --outline | grep -E '^(outline|screenshot|done)' | head -5
cp "$tmp/outline/02-outline.png" "$out/outline.png"

bash "$harness/shoot.sh" "$PWD" "$tmp/ws" seed-newspaper-page.txt "$tmp/hover" --hover '1427' | grep -E '^(hover|screenshot|done)' | head -5
cp "$tmp/hover/02-hover.png" "$out/hover-formula.png"

bash "$harness/shoot.sh" "$PWD" "$tmp/ws" "统计公报-2023-改动一处.txt" "$tmp/problems" --hover '55.5%' --problems | grep -E '^(hover|problem|screenshot|done)' | head -8
cp "$tmp/problems/03-problems.png" "$out/problems-quickfix.png"
mkdir -p "$tmp/ws-zh/.vscode"
cp "$tmp/ws/统计公报-2023-改动一处.txt" "$tmp/ws-zh/"
echo '{ "policyReview.locale": "zh", "editor.wordWrap": "on" }' > "$tmp/ws-zh/.vscode/settings.json"
node scripts/shoot-views.js accept "$tmp/ws-zh" "统计公报-2023-改动一处.txt" "$out/accept-finding.png" '55.5%' | grep -E '^(quickfix|status|screenshot)'
# The figures view of the changed communiqué (its failing relation first, a figure of it revealed), and the seed page
# unwrapped (word wrap on, the Outline beside it).
node scripts/shoot-views.js figures "$tmp/ws-zh" "统计公报-2023-改动一处.txt" "$out/figures-view.png" | grep -E '^(figures|screenshot)' | head -8
cp "$shared/fixtures/seed-newspaper-page.txt" "$tmp/ws-zh/"
node scripts/shoot-views.js unwrap "$tmp/ws-zh" seed-newspaper-page.txt "$out/unwrapped-page.png" | grep -E '^(editor|screenshot)' | head -6
ls -la "$out"
