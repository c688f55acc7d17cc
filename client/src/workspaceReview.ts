/**
 * *Review all documents in the workspace*: the files of `policyReview.files.include` (less `policyReview.files.exclude`)
 * in the languages of `policyReview.languages` are reviewed one at a time — the server reads a closed file from disk,
 * analyses it between other requests and publishes its problems, so the Problems panel lists closed files too — under
 * a progress notification that can be cancelled. The server decides which files (its globs, the project file's); the
 * client finds candidates and the language VS Code would give each.
 */
import * as vscode from 'vscode';
import {
	defaultSettings,
	ReviewFileRequest,
	ReviewFinishedNotification,
	SelectFilesRequest,
	type ReviewFileResult,
	type ReviewFinishedParams,
	type SelectFilesParams,
	type SelectFilesResult,
	type WorkspaceFile,
} from '../../server/src/protocol';
import type { PolicyServer } from './languageServer';
import { t } from './locale';

export const ReviewWorkspaceCommand = 'policyReview.reviewWorkspace';

/** What a review did (the command's result, for the extension-host tests). */
export interface ReviewSummary {
	readonly reviewed: number;
	readonly findings: number;
	/** Files with at least one finding. */
	readonly withFindings: number;
	/** Files not analysed (too large, binary, not mostly Chinese, unreadable). */
	readonly skipped: number;
	readonly cancelled: boolean;
	readonly total: number;
}

function strings(value: unknown, fallback: readonly string[]): readonly string[] {
	return Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : fallback;
}

/**
 * The language VS Code gives a file by its name: the languages contributed by extensions (`extensions`, `filenames`)
 * and `files.associations` patterns of the form `*.ext` or a plain name — the longest matching suffix wins.
 */
class LanguageGuess {
	readonly #suffixes: [suffix: string, language: string][] = [['.txt', 'plaintext']];
	readonly #names = new Map<string, string>();

	constructor(scope: vscode.Uri) {
		for (const ext of vscode.extensions.all) {
			const languages = (ext.packageJSON as { contributes?: { languages?: unknown } }).contributes?.languages;
			if (!Array.isArray(languages)) continue;
			for (const l of languages as { id?: unknown; extensions?: unknown; filenames?: unknown }[]) {
				if (typeof l.id !== 'string') continue;
				for (const e of strings(l.extensions, [])) this.#suffixes.push([e.toLowerCase(), l.id]);
				for (const n of strings(l.filenames, [])) this.#names.set(n, l.id);
			}
		}
		// The user's associations win over the extensions'.
		const associations = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('associations') ?? {};
		for (const [pattern, language] of Object.entries(associations)) {
			if (typeof language !== 'string') continue;
			if (/^\*\.[^*?/{}[\]]+$/.test(pattern)) this.#suffixes.push([pattern.slice(1).toLowerCase(), language]);
			else if (!/[*?/{}[\]]/.test(pattern)) this.#names.set(pattern, language);
		}
		// Longest first; among equals, the later (the user's) first.
		this.#suffixes.reverse().sort((a, b) => b[0].length - a[0].length);
	}

	of(uri: vscode.Uri): string | undefined {
		const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
		const exact = this.#names.get(name);
		if (exact) return exact;
		const lower = name.toLowerCase();
		return this.#suffixes.find(([suffix]) => lower.endsWith(suffix))?.[1];
	}
}

/**
 * The files of every workspace folder that `policyReview.files.include` finds, with their language. The exclude globs
 * go to findFiles as a hint (they keep node_modules from being walked); the server checks both again.
 */
async function candidates(token: vscode.CancellationToken): Promise<WorkspaceFile[]> {
	const found = new Map<string, WorkspaceFile>();
	for (const folder of vscode.workspace.workspaceFolders ?? []) {
		const config = vscode.workspace.getConfiguration('policyReview', folder.uri);
		const include = strings(config.get('files.include'), defaultSettings.files.include);
		const exclude = strings(config.get('files.exclude'), defaultSettings.files.exclude).filter((p) => !/[{}]/.test(p));
		const hint = exclude.length === 0 ? undefined : new vscode.RelativePattern(folder, exclude.length === 1 ? exclude[0]! : `{${exclude.join(',')}}`);
		const languages = new LanguageGuess(folder.uri);
		for (const pattern of include) {
			for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), hint, undefined, token)) {
				const languageId = languages.of(uri);
				if (languageId && !found.has(uri.toString())) found.set(uri.toString(), { uri: uri.toString(), languageId });
			}
		}
	}
	return [...found.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

async function review(server: PolicyServer): Promise<ReviewSummary | undefined> {
	if (!vscode.workspace.workspaceFolders?.length) {
		void vscode.window.showInformationMessage(t('Open a folder to review its documents.'));
		return undefined;
	}
	const summary = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: t('Policy Text Review: reviewing the workspace'), cancellable: true },
		async (progress, token): Promise<ReviewSummary> => {
			progress.report({ message: t('finding the documents…') });
			const found = await candidates(token);
			const client = server.client;
			const selected = client && !token.isCancellationRequested ? await client.sendRequest<SelectFilesResult>(SelectFilesRequest, { files: found } satisfies SelectFilesParams, token) : { files: [] };
			const files = selected.files;
			let reviewed = 0;
			let findings = 0;
			let withFindings = 0;
			let skipped = 0;
			const done: string[] = [];
			for (const [i, f] of files.entries()) {
				// A restart between two files: go on with the new client; none: stop.
				const now = server.client;
				if (token.isCancellationRequested || !now) break;
				const name = vscode.workspace.asRelativePath(vscode.Uri.parse(f.uri));
				progress.report({ message: `${i + 1}/${files.length} ${name}`, increment: 100 / files.length });
				let r: ReviewFileResult;
				try {
					r = await now.sendRequest<ReviewFileResult>(ReviewFileRequest, f, token);
				} catch (e) {
					if (token.isCancellationRequested) break;
					server.output.warn(`${name}: ${String(e)}`);
					continue;
				}
				done.push(f.uri);
				if (r.state === 'done' || r.state === 'open') {
					reviewed++;
					findings += r.findings;
					if (r.findings > 0) withFindings++;
				} else {
					skipped++;
					if (r.message) server.output.info(r.message);
				}
			}
			const cancelled = token.isCancellationRequested || done.length < files.length;
			// A whole review clears the problems of files it no longer covers; a cancelled one leaves them.
			if (!cancelled) void server.client?.sendNotification(ReviewFinishedNotification, { uris: done } satisfies ReviewFinishedParams);
			return { reviewed, findings, withFindings, skipped, cancelled, total: files.length };
		},
	);
	const skippedNote = summary.skipped > 0 ? ` ${t('{0} not analysed (see the Output channel).', summary.skipped)}` : '';
	const message = summary.cancelled
		? t('Review cancelled after {0} of {1} documents.', summary.reviewed + summary.skipped, summary.total)
		: summary.total === 0
			? t('No document to review: see policyReview.files.include, policyReview.files.exclude and policyReview.languages.')
			: t('Reviewed {0} documents: {1} findings in {2} of them.', summary.reviewed, summary.findings, summary.withFindings) + skippedNote;
	const problems = t('Open Problems');
	void vscode.window.showInformationMessage(message, ...(summary.findings > 0 ? [problems] : [])).then((pick) => {
		if (pick === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
	});
	return summary;
}

export function registerWorkspaceReview(server: PolicyServer): vscode.Disposable {
	return vscode.commands.registerCommand(ReviewWorkspaceCommand, () => review(server));
}
