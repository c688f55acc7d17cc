// Part of `npm run screenshots`: steps the harness's shoot.js has no option for, driven with the harness's own helpers
// (../shared/vscode-harness/lib.js: a throw-away code-server, headless Chromium).
//   accept:  the Quick Fix menu on an inconsistent figure, with *Accept this finding* under the fix, and the status bar;
//   figures: the Figures and Formulas view of a document (the failing relation expanded, one of its figures revealed);
//   unwrap:  a page after *Unwrap hard-wrapped text* (word wrap on, the Outline beside it).
// usage: node scripts/shoot-views.js accept|figures|unwrap <workspaceFolder> <file> <out.png> [figure (accept)]
// Prints what it saw ("quickfix: …", "status: …", "figures: …" per row of the view, "editor: …" per line); exit 1 when
// the menu has no accept action, or the view or the edit is missing.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const harness = path.resolve(root, '..', 'shared', 'vscode-harness');
const { makeTempDir, startCodeServer, launchBrowser, workbenchUrl } = require(path.join(harness, 'lib.js'));

const [mode, folder, file, out, figure] = process.argv.slice(2);
if (!out || !['accept', 'figures', 'unwrap'].includes(mode) || (mode === 'accept' && !figure)) {
	console.error('usage: node scripts/shoot-views.js accept|figures|unwrap <workspaceFolder> <file> <out.png> [figure (accept)]');
	process.exit(2);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const STATUS = '[id="policy-review.policy-text-review.policyReview.status"]';

/** Run a command by its title in the command palette. */
async function command(page, title) {
	await page.keyboard.press('F1');
	await page.keyboard.insertText(title);
	const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
	await row.waitFor();
	await row.click();
}

/** The visible rows of a tree or list, indented by level. */
async function rows(page, selector) {
	return page.evaluate(
		(sel) =>
			[...document.querySelectorAll(sel)]
				.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
				.map((r) => `${'  '.repeat(Number(r.getAttribute('aria-level') || 1) - 1)}${r.innerText.replace(/\s+/g, ' ').trim()}`),
		selector,
	);
}

/** A wider side bar: its sash dragged to the right. */
async function widenSideBar(page, by) {
	const bar = await page.locator('.part.sidebar').boundingBox();
	if (!bar) return;
	const x = bar.x + bar.width + 1;
	const y = bar.y + bar.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + by, y, { steps: 10 });
	await page.mouse.up();
}

async function accept(page) {
	// The cursor on the figure: the find widget reveals it and selects it.
	await page.keyboard.press('Control+F');
	await page.keyboard.insertText(figure);
	await page.keyboard.press('Escape');
	const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
	// The code actions of the cursor's position may take a moment after the diagnostics: ask again until the menu shows.
	for (let i = 0; ; i++) {
		await page.keyboard.press('Control+.');
		if (await menu.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
		if (i === 5) throw new Error('no Quick Fix menu');
	}
	await sleep(500);
	const rows = (await menu.locator('.action-list-item, .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
	for (const row of rows) console.log(`quickfix: ${row}`);
	console.log(`status: ${(await page.locator(STATUS).innerText()).trim()}`);
	return rows.some((r) => /Accept this finding|接受此项/.test(r));
}

async function figures(page) {
	await command(page, 'Focus on Figures and Formulas View');
	await widenSideBar(page, 280);
	// The folders section gives the view its room.
	const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header');
	if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
	const view = '.pane:has(.pane-header[aria-label*="Figures and Formulas"]) .monaco-list-row';
	// The first relation is one that fails (they come first): a click selects its figure in the editor; → expands it.
	const relations = page.locator(view, { hasText: /^Relations|^核对关系/ }).first();
	await relations.waitFor();
	const failing = page.locator(`${view}[aria-level="2"]`, { has: page.locator('.codicon-error') }).first();
	await failing.locator('.monaco-tl-twistie').click();
	await sleep(300);
	// A figure of it, by its role: revealed in the editor.
	await page.locator(`${view}[aria-level="3"]`).last().click();
	await sleep(800);
	const seen = await rows(page, view);
	for (const r of seen) console.log(`figures: ${r}`);
	return (await page.locator(`${view} .codicon-error`).count()) > 0;
}

async function unwrap(page) {
	const before = await page.locator('.editor-instance .monaco-editor .view-line').count();
	await command(page, 'Policy Text Review: Unwrap hard-wrapped text');
	await sleep(1500);
	await page.keyboard.press('Control+Home');
	// The Outline beside the text: the same headings as before.
	const outline = page.locator('.pane-header[aria-label^="Outline"]');
	const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header');
	if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
	if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
	await sleep(1500);
	const lines = await rows(page, '.editor-instance .monaco-editor .view-line');
	for (const l of lines.slice(0, 12)) console.log(`editor: ${l.slice(0, 60)}`);
	return before > 0 && lines.some((l) => l.startsWith('2002年6月，时任福建省委副书记、省长的习近平同志'));
}

async function main(state) {
	const server = startCodeServer(state);
	try {
		const base = await server.ready;
		const browser = await launchBrowser(state);
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		page.setDefaultTimeout(30000);
		await page.goto(workbenchUrl(base, folder, { extensionDevelopmentPath: root, openFile: path.join(folder, file) }));
		await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
		// Analysed: the status bar item counts the findings.
		await page.locator(STATUS).waitFor();
		await page.waitForFunction((sel) => /\d|No findings|无问题|没有问题/.test(document.querySelector(sel)?.textContent ?? ''), STATUS);
		await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		const ok = await { accept, figures, unwrap }[mode](page);
		await page.screenshot({ path: out });
		console.log(`screenshot: ${out}`);
		await browser.close();
		return ok ? 0 : 1;
	} finally {
		await server.stop();
	}
}

const state = makeTempDir(`vsh-${mode}-`);
main(state)
	.then(
		(code) => code,
		(e) => {
			console.error(`[shoot-views] ${e.message}`);
			return 1;
		},
	)
	.then((code) => {
		fs.rmSync(state, { recursive: true, force: true });
		process.exit(code);
	});
