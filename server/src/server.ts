/**
 * The language server: wiring only. Sync, settings, caching and debounced diagnostics; every feature is an
 * adapter in features/ over the pure core in analysis/.
 */
import {
	type Connection,
	type Disposable,
	type InitializeParams,
	type InitializeResult,
	CodeActionKind,
	LSPErrorCodes,
	ResponseError,
	type CancellationToken,
	TextDocuments,
	TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	analyze,
	BlockCache,
	cjkRatio,
	looksBinary,
	parseGlossary,
	ruleById,
	type AnalysisOptions,
	type GlossaryEntry,
	type PolicyAnalysis,
	type RuleId,
} from './analysis/index';
import { AnalysisCache } from './analysisCache';
import { toCodeActions, toDiagnostics } from './features/diagnostics';
import { toDocumentSymbols, toFoldingRanges } from './features/documentSymbols';
import { hoverAt } from './features/hover';
import { toLocale, word, type Locale } from './features/messages';
import { MIN_CJK_RATIO, StatusNotification, defaultSettings, type Settings, type StatusParams } from './protocol';
import { toSettings } from './settings';

export interface RuntimeEnvironment {
	readonly timer: {
		setTimeout(callback: () => void, ms: number): Disposable;
	};
	/** Reads a glossary file (absent in a browser, where only the built-in glossary is used). */
	readonly readFile?: (path: string) => Promise<string>;
	/** Resolves a glossary path against a workspace folder URI (absent: paths are taken as they are). */
	readonly resolvePath?: (path: string, folderUri: string | undefined) => string;
}

/**
 * Run a request handler safely: a cancelled request answers RequestCancelled (checked before and after the
 * work), an exception is logged and answered with `fallback`, so one bad document never takes the server down.
 */
async function runSafe<T>(
	runtime: RuntimeEnvironment,
	connection: Connection,
	label: string,
	token: CancellationToken,
	fallback: T,
	fn: () => Promise<T> | T,
): Promise<T | ResponseError<void>> {
	const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
	// Yield once, so that a $/cancelRequest sent right after the request is seen before the work starts.
	await new Promise<void>((resolve) => runtime.timer.setTimeout(resolve, 0));
	if (token.isCancellationRequested) return cancelled();
	try {
		const result = await fn();
		return token.isCancellationRequested ? cancelled() : result;
	} catch (e) {
		connection.console.error(`${label} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
		return fallback;
	}
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
	const documents = new TextDocuments(TextDocument);
	let locale: Locale = 'en';
	let hasConfiguration = false;
	let globalSettings: Settings = defaultSettings;
	const settingsCache = new Map<string, Promise<Settings>>();
	const pending = new Map<string, Disposable>();
	const justOpened = new Set<string>();
	/** Documents we told the user about (too large or binary), so that we say it once. */
	const announced = new Set<string>();

	/** Per document, the block results of its last analysis: an edit re-reads only the paragraphs it touched. */
	const blockCaches = new Map<string, BlockCache>();
	const cache = new AnalysisCache((doc) => {
		const d = documents.get(doc.uri);
		let blocks = blockCaches.get(doc.uri);
		if (!blocks) blockCaches.set(doc.uri, (blocks = new BlockCache()));
		return analyze(d ? d.getText() : '', currentOptions.get(doc.uri) ?? {}, blocks);
	});
	const currentOptions = new Map<string, AnalysisOptions>();
	let workspaceFolder: string | undefined;
	/** Loaded user glossaries by path; a problem is reported once per path until the settings change. */
	const glossaries = new Map<string, Promise<readonly GlossaryEntry[]>>();

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		locale = toLocale(params.locale);
		workspaceFolder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
		hasConfiguration = params.capabilities.workspace?.configuration === true;
		const init = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
		if (init !== undefined) globalSettings = toSettings(init).settings;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Policy Text Review' },
				foldingRangeProvider: true,
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
			},
			serverInfo: { name: 'policy-review' },
		};
	});

	function getSettings(uri: string): Promise<Settings> {
		if (!hasConfiguration) return Promise.resolve(globalSettings);
		let s = settingsCache.get(uri);
		if (!s) {
			s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyReview' }).then(
				(raw: unknown) => {
					const { settings, problems } = toSettings(raw);
					if (problems.length > 0) {
						for (const p of problems) connection.console.warn(p);
						// One clear message per distinct problem, not one per document.
						announce(`settings:${problems.join('|')}`, `Policy Text Review: ${problems.join('; ')}`);
					}
					return settings;
				},
				() => defaultSettings,
			);
			settingsCache.set(uri, s);
		}
		return s;
	}

	function loadGlossary(path: string): Promise<readonly GlossaryEntry[]> {
		let loaded = glossaries.get(path);
		if (!loaded) {
			const read = runtime.readFile;
			const resolved = runtime.resolvePath ? runtime.resolvePath(path, workspaceFolder) : path;
			loaded = (read ? read(resolved) : Promise.reject(new Error('no file system')))
				.then((text) => {
					const { entries, problems } = parseGlossary(JSON.parse(text) as unknown, path);
					if (problems.length > 0) void connection.window.showWarningMessage(`Policy Text Review: ${problems.join('; ')}`);
					return entries;
				})
				.catch((e: unknown) => {
					void connection.window.showWarningMessage(`Policy Text Review: glossary ${path} could not be read (${e instanceof Error ? e.message : String(e)}); the built-in glossary is used.`);
					return [];
				});
			glossaries.set(path, loaded);
		}
		return loaded;
	}

	/**
	 * Analysis options and the cache key they give, prepared once per settings object (settings are cached per
	 * document until they change), so that a keystroke or a hover neither reloads glossaries nor serialises them.
	 */
	const preparedOptions = new WeakMap<Settings, Promise<{ options: AnalysisOptions; key: string }>>();
	function toOptions(settings: Settings): Promise<{ options: AnalysisOptions; key: string }> {
		let prepared = preparedOptions.get(settings);
		if (!prepared) {
			prepared = (async () => {
				const ruleLevels: Partial<Record<RuleId, Settings['rules'][string]>> = {};
				for (const [id, level] of Object.entries(settings.rules)) {
					if (ruleById.has(id as RuleId)) ruleLevels[id as RuleId] = level;
				}
				const glossary = (await Promise.all(settings.glossaryFiles.map(loadGlossary))).flat();
				const options: AnalysisOptions = { ruleLevels, glossary };
				return { options, key: JSON.stringify(options) };
			})();
			preparedOptions.set(settings, prepared);
		}
		return prepared;
	}

	/** Whether a version's content is analysable (size, binary, share of Chinese): computed once per version. */
	const contentVerdicts = new Map<string, { version: number; maxFileSize: number; ok: boolean }>();

	/** Whether we analyse this document at all, and if not, why (said once to the user). */
	function served(doc: TextDocument, settings: Settings): boolean {
		if (!settings.enable || !settings.languages.includes(doc.languageId)) return false;
		const known = contentVerdicts.get(doc.uri);
		if (known && known.version === doc.version && known.maxFileSize === settings.maxFileSize) return known.ok;
		const ok = servedContent(doc, settings);
		contentVerdicts.set(doc.uri, { version: doc.version, maxFileSize: settings.maxFileSize, ok });
		return ok;
	}

	function servedContent(doc: TextDocument, settings: Settings): boolean {
		const text = doc.getText();
		const name = doc.uri.slice(doc.uri.lastIndexOf('/') + 1);
		if (text.length > settings.maxFileSize) {
			skip(doc.uri, word('tooLarge', locale, { name, size: text.length, max: settings.maxFileSize }));
			return false;
		}
		if (looksBinary(text)) {
			skip(doc.uri, word('binary', locale, { name }));
			return false;
		}
		if (skipped.delete(doc.uri)) void connection.sendNotification(StatusNotification, { uri: doc.uri, state: 'ok' } satisfies StatusParams);
		// A `.txt` or `.md` is ours only when it is mostly Chinese; `policy-text` always is.
		return doc.languageId === 'policy-text' || cjkRatio(text) >= MIN_CJK_RATIO;
	}

	/** Documents skipped (too large, binary): told once with a message, and as a status for the client. */
	const skipped = new Set<string>();
	function skip(uri: string, message: string): void {
		if (!skipped.has(uri)) {
			skipped.add(uri);
			void connection.sendNotification(StatusNotification, { uri, state: 'skipped', message } satisfies StatusParams);
		}
		announce(uri, message);
	}

	function announce(uri: string, message: string): void {
		if (announced.has(uri)) return;
		announced.add(uri);
		void connection.window.showWarningMessage(message);
	}

	/** The analysis of the current version, or undefined when the document is not ours. */
	async function analysisOf(doc: TextDocument): Promise<PolicyAnalysis | undefined> {
		const settings = await getSettings(doc.uri);
		if (!served(doc, settings)) return undefined;
		const { options, key } = await toOptions(settings);
		currentOptions.set(doc.uri, options);
		return cache.get(doc, key);
	}

	async function validate(uri: string): Promise<void> {
		pending.delete(uri);
		const doc = documents.get(uri);
		if (!doc) return;
		const version = doc.version;
		try {
			const analysis = await analysisOf(doc);
			const current = documents.get(uri);
			if (!current || current.version !== version) return; // a newer edit will publish
			const diagnostics = analysis ? toDiagnostics(doc, analysis.findings, locale) : [];
			await connection.sendDiagnostics({ uri, version, diagnostics });
		} catch (e) {
			connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
		}
	}

	function schedule(uri: string, delayMs: number): void {
		pending.get(uri)?.dispose();
		pending.set(uri, runtime.timer.setTimeout(() => void validate(uri), delayMs));
	}

	documents.onDidOpen((e) => {
		justOpened.add(e.document.uri);
	});
	documents.onDidChangeContent((e) => {
		const uri = e.document.uri;
		if (justOpened.delete(uri)) {
			void validate(uri); // no debounce after opening
			return;
		}
		void getSettings(uri).then((s) => schedule(uri, s.diagnosticsDelayMs));
	});
	documents.onDidClose((e) => {
		const uri = e.document.uri;
		pending.get(uri)?.dispose();
		pending.delete(uri);
		justOpened.delete(uri);
		settingsCache.delete(uri);
		currentOptions.delete(uri);
		announced.delete(uri);
		skipped.delete(uri);
		contentVerdicts.delete(uri);
		cache.delete(uri);
		blockCaches.delete(uri);
		void connection.sendDiagnostics({ uri, diagnostics: [] });
	});

	connection.onDidChangeConfiguration((change) => {
		settingsCache.clear();
		glossaries.clear();
		cache.clear();
		const raw = (change.settings as { policyReview?: unknown } | null | undefined)?.policyReview;
		if (!hasConfiguration && raw !== undefined) globalSettings = toSettings(raw).settings;
		for (const doc of documents.all()) void validate(doc.uri);
	});

	connection.onDocumentSymbol((params, token) =>
		runSafe(runtime, connection, 'documentSymbol', token, [], async () => {
			const doc = documents.get(params.textDocument.uri);
			const analysis = doc && (await analysisOf(doc));
			return doc && analysis ? toDocumentSymbols(doc, analysis.sections, locale) : [];
		}),
	);

	connection.onFoldingRanges((params, token) =>
		runSafe(runtime, connection, 'foldingRange', token, [], async () => {
			const doc = documents.get(params.textDocument.uri);
			const analysis = doc && (await analysisOf(doc));
			return doc && analysis ? toFoldingRanges(doc, analysis.sections) : [];
		}),
	);

	connection.onHover((params, token) =>
		runSafe(runtime, connection, 'hover', token, null, async () => {
			const doc = documents.get(params.textDocument.uri);
			const analysis = doc && (await analysisOf(doc));
			return doc && analysis ? hoverAt(doc, analysis, doc.offsetAt(params.position), locale, currentOptions.get(doc.uri)?.glossary) : null;
		}),
	);

	connection.onCodeAction((params, token) =>
		runSafe(runtime, connection, 'codeAction', token, [], () => toCodeActions(params.textDocument.uri, params.context.diagnostics, locale)),
	);

	documents.listen(connection);
	connection.listen();
}
