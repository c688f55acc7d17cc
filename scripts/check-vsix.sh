#!/usr/bin/env bash
# Builds the .vsix as a user gets it, installs it into the harness's real VS Code, opens the seed page and checks
# that our outline appears there (a packaged extension that fails to start is how extensions most often break).
set -euo pipefail
cd "$(dirname "$0")/.."
harness="$PWD/../shared/vscode-harness"
seed="$PWD/../shared/fixtures/seed-newspaper-page.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run package -- --out "$tmp/policy-text-review.vsix"
# What the package must hold besides the bundles: every rule page (diagnostics link them) and the project file's schema.
listing=$(python3 -m zipfile -l "$tmp/policy-text-review.vsix")
for page in docs/rules/*.md schemas/policy-review.schema.json; do
	if ! echo "$listing" | grep -q "extension/$page"; then
		echo "check-vsix: the package does not hold $page" >&2
		exit 1
	fi
done
mkdir -p "$tmp/ws"
cp "$seed" "$tmp/ws/"
report=$(bash "$harness/shoot.sh" --vsix "$tmp/policy-text-review.vsix" "$tmp/ws" seed-newspaper-page.txt "$tmp/shots" --outline)
echo "$report" | grep -E '^(installed|language|outline):' | head -8
for expected in '^installed: policy-review.policy-text-review@' '^outline: 云南省曲靖市麒麟区：智慧党建按下城市基层治理“快进键”' '^outline:   筑牢基层党建堡垒，构建治理新格局' '^outline:     织密党建网'; do
	if ! echo "$report" | grep -q "$expected"; then
		echo "check-vsix: the packaged extension did not show: $expected" >&2
		exit 1
	fi
done
echo "check-vsix: the packaged .vsix installs and shows the outline of the seed page"
