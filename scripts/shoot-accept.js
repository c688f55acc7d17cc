// Part of `npm run screenshots`: the Quick Fix menu on an inconsistent figure, with *Accept this finding* under the
// fix, and the status bar item — a step the harness's shoot.js has no option for, so this drives the workbench with
// the harness's own helpers (../shared/vscode-harness/lib.js): a throw-away code-server, headless Chromium.
// usage: node scripts/shoot-accept.js <workspaceFolder> <file> <figure> <out.png>
// Prints what it saw ("quickfix: …" per menu row, "status: …"); exit 1 when the menu has no accept action.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const harness = path.resolve(root, '..', 'shared', 'vscode-harness');
const { makeTempDir, startCodeServer, launchBrowser, workbenchUrl } = require(path.join(harness, 'lib.js'));

const [folder, file, figure, out] = process.argv.slice(2);
if (!out) {
	console.error('usage: node scripts/shoot-accept.js <workspaceFolder> <file> <figure> <out.png>');
	process.exit(2);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main(state) {
	const server = startCodeServer(state);
	try {
		const base = await server.ready;
		const browser = await launchBrowser(state);
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		page.setDefaultTimeout(30000);
		await page.goto(workbenchUrl(base, folder, { extensionDevelopmentPath: root, openFile: path.join(folder, file) }));
		const lines = page.locator('.editor-instance .monaco-editor .view-lines');
		await lines.first().waitFor();
		// Put the cursor on the figure: the find widget reveals it and selects it.
		await lines.first().click();
		await page.keyboard.press('Control+F');
		await page.keyboard.insertText(figure);
		await page.keyboard.press('Escape');
		// Wait for our diagnostic there: the status bar item counts findings once they are published.
		const status = page.locator('[id="policy-review.policy-text-review.policyReview.status"]');
		await status.waitFor();
		await page.waitForFunction(() => /\d/.test(document.querySelector('[id="policy-review.policy-text-review.policyReview.status"]')?.textContent ?? ''));
		const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
		// The code actions of the cursor's position may take a moment after the diagnostics: ask again until the menu shows.
		for (let i = 0; ; i++) {
			await page.keyboard.press('Control+.');
			if (await menu.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
			if (i === 5) {
				await page.screenshot({ path: out.replace(/\.png$/, '-error.png') });
				throw new Error('no Quick Fix menu');
			}
		}
		await sleep(500);
		const rows = (await menu.locator('.action-list-item, .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
		for (const row of rows) console.log(`quickfix: ${row}`);
		console.log(`status: ${(await status.innerText()).trim()}`);
		await page.screenshot({ path: out });
		console.log(`screenshot: ${out}`);
		await browser.close();
		return rows.some((r) => /Accept this finding|接受此项/.test(r)) ? 0 : 1;
	} finally {
		await server.stop();
	}
}

const state = makeTempDir('vsh-accept-');
main(state)
	.then(
		(code) => code,
		(e) => {
			console.error(`[shoot-accept] ${e.message}`);
			return 1;
		},
	)
	.then((code) => {
		fs.rmSync(state, { recursive: true, force: true });
		process.exit(code);
	});
