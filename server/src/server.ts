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
	DidChangeWatchedFilesNotification,
	ErrorCodes,
	LSPErrorCodes,
	ResponseError,
	type CancellationToken,
	type Diagnostic,
	TextDocuments,
	TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	analyzeSteps,
	BlockCache,
	cjkRatio,
	cleanText,
	looksBinary,
	unwrap,
	type AnalysisOptions,
	type GlossaryEntry,
	type Indicator,
	type PolicyAnalysis,
} from './analysis/index';
import { AnalysisCache, runSteps, Superseded } from './analysisCache';
import { suppressFindings, type Suppressed } from './config/accepted';
import { EMPTY_CONFIG, entriesFor, ruleLevelsFor } from './config/projectConfig';
import { ProjectConfigs, type DocumentConfig } from './config/projectConfigs';
import { analysisJson, suppressedFindings } from './features/analysisJson';
import { toRange, toSpan } from './features/convert';
import { CSV_BOM, figuresCsv } from './features/figuresCsv';
import { figuresView } from './features/figuresView';
import { toCodeActions, toDiagnostics } from './features/diagnostics';
import { toDocumentSymbols, toFoldingRanges } from './features/documentSymbols';
import { hoverAt } from './features/hover';
import { configProblemsMessage, effectiveLocale, fileProblemMessage, findingMessage, settingsProblemMessage, toLocale, word, type Locale } from './features/messages';
import { compileGlob, matchesGlob } from './config/glob';
import { FileAccess, folderOf, type FileSystem } from './files';
import { dataFromText, DataSets, type DataItems, type DataKind } from './dataFiles';
import {
	AcceptedInDocumentRequest,
	CleanTextRequest,
	CONFIG_FILE,
	ExportFiguresRequest,
	FiguresRequest,
	MIN_CJK_RATIO,
	ReviewFileRequest,
	ReviewFinishedNotification,
	SelectFilesRequest,
	StatusNotification,
	TrustGrantedNotification,
	UnwrapRequest,
	defaultSettings,
	type AcceptedInDocument,
	type AcceptedInDocumentParams,
	type CleanTextParams,
	type CleanTextResult,
	type ExportFiguresParams,
	type ExportFiguresResult,
	type FiguresParams,
	type FiguresResult,
	type ReviewFileParams,
	type ReviewFileResult,
	type ReviewFinishedParams,
	type SelectFilesParams,
	type SelectFilesResult,
	type UnwrapParams,
	type UnwrapResult,
	type InitializationOptions,
	type Settings,
	type StatusParams,
} from './protocol';
import { toSettings } from './settings';
import { VERSION } from './version';

export interface RuntimeEnvironment {
	readonly timer: {
		setTimeout(callback: () => void, ms: number): Disposable;
		setImmediate(callback: () => void): Disposable;
	};
	/** Named files (glossaries); absent in a browser, where only the built-in glossary is used. */
	readonly fileSystem?: FileSystem;
	/** How long a `workspace/configuration` request may stay unanswered before the defaults are used. */
	readonly configurationTimeoutMs?: number;
	/** The process the server runs in, for the start-up line of the log. */
	readonly process?: { readonly runtime: string; uptimeMs(): number };
}

/** What the process around the server needs to know of it. */
export interface ServerHandle {
	/** Whether the client sent `shutdown` (the exit code is 0 only then). */
	readonly shutdownRequested: boolean;
}

export const CONFIGURATION_TIMEOUT_MS = 5_000;

/**
 * Run a request handler safely: a cancelled request answers RequestCancelled (checked before and after the
 * work), an exception is logged and answered with `fallback`, so one bad document never takes the server down.
 */
async function runSafe<T>(
	runtime: RuntimeEnvironment,
	connection: Connection,
	state: { initialized: boolean; shutdownRequested: boolean },
	label: string,
	token: CancellationToken,
	fallback: T,
	fn: () => Promise<T> | T,
): Promise<T | ResponseError<void>> {
	if (!state.initialized) return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized');
	if (state.shutdownRequested) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down');
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

/** What an analysis was made with: the options, the small identity that keys the analysis cache, and the project file. */
interface Prepared {
	readonly options: AnalysisOptions;
	readonly key: string;
	readonly project: DocumentConfig | undefined;
}

/** A document's analysis with what it was made with. */
interface Analysed extends Prepared {
	readonly analysis: PolicyAnalysis;
	readonly settings: Settings;
}

/** An analysis that takes longer than this is shown as under way (the status bar's spinner). */
const ANALYSING_NOTICE_MS = 250;

export function startServer(connection: Connection, runtime: RuntimeEnvironment): ServerHandle {
	const documents = new TextDocuments(TextDocument);
	const state = { initialized: false, shutdownRequested: false };
	/** The client's display language; `policyReview.locale` may choose another. */
	let displayLocale: Locale = 'en';
	let rulePagesUri: string | undefined;
	/** `policyReview.locale` as last read (a window-wide setting), for messages that concern no one document. */
	let windowLocale: Settings['locale'] = defaultSettings.locale;
	let hasConfiguration = false;
	let hasFolderEvents = false;
	let globalSettings: Settings = defaultSettings;
	let folders: string[] = [];
	let access = new FileAccess(runtime.fileSystem, true);
	const configurationTimeoutMs = runtime.configurationTimeoutMs ?? CONFIGURATION_TIMEOUT_MS;
	const settingsCache = new Map<string, Promise<Settings>>();
	/** Documents whose settings are the defaults because the client did not answer in time: asked again on their next change. */
	const provisional = new Set<string>();
	const pending = new Map<string, Disposable>();
	const justOpened = new Set<string>();
	/** Documents and settings problems we told the user about, so that we say it once. */
	const announced = new Set<string>();

	/** Per document, the block results of its last analysis: an edit re-reads only the paragraphs it touched. */
	const blockCaches = new Map<string, BlockCache>();
	const cache = new AnalysisCache();
	/** User data files loading or loaded, by kind and resolved path, until the settings change; then the file system's cache (path, size, mtime) answers for unchanged files. */
	const dataLoads = new Map<string, Promise<{ stamp: string; items: readonly unknown[] } | undefined>>();
	const glossarySets = new DataSets<GlossaryEntry>();
	const indicatorSets = new DataSets<Indicator>();
	const configs = new ProjectConfigs(
		() => access,
		(key, name, problem) => {
			const locale = messageLocale();
			if ('file' in problem) tell(`config:${key}`, word('configSkipped', locale, { problem: fileProblemMessage(name, problem.file, locale) }));
			else tell(`config:${key}`, word('configProblems', locale, { file: name, problems: configProblemsMessage(problem.parts, locale) }));
		},
	);
	let canWatchFiles = false;

	/** The language of every message for a document with these settings. */
	const localeOf = (settings: Settings): Locale => effectiveLocale(settings.locale, displayLocale);
	const messageLocale = (): Locale => effectiveLocale(hasConfiguration ? windowLocale : globalSettings.locale, displayLocale);

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		state.initialized = true;
		displayLocale = toLocale(params.locale);
		folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
		hasConfiguration = params.capabilities.workspace?.configuration === true;
		hasFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
		canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		configs.cached = canWatchFiles;
		const init = params.initializationOptions as InitializationOptions | undefined;
		if (init?.settings !== undefined) globalSettings = toSettings(init.settings).settings;
		if (typeof init?.rulePagesUri === 'string') rulePagesUri = init.rulePagesUri;
		access = new FileAccess(runtime.fileSystem, init?.trusted !== false);
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Policy Text Review' },
				foldingRangeProvider: true,
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'policy-review', version: VERSION },
		};
	});

	connection.onInitialized(() => {
		if (runtime.process) {
			const locale = messageLocale();
			connection.console.info(word('started', locale, { version: VERSION, ms: Math.round(runtime.process.uptimeMs()), node: runtime.process.runtime, display: displayLocale, locale }));
		}
		// Edits of the project files (an accepted finding, a colleague's pull) re-apply at once.
		if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
		if (!hasFolderEvents) return;
		connection.workspace.onDidChangeWorkspaceFolders((e) => {
			const removed = new Set(e.removed.map((f) => f.uri));
			folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
			reload(); // a relative glossary path may now resolve against another folder
		});
	});

	connection.onShutdown(() => {
		state.shutdownRequested = true;
		for (const timer of pending.values()) timer.dispose();
		pending.clear();
		cache.clear();
	});

	/** `promise`'s value, or `undefined` when it has not settled within `ms`. */
	function within<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
		return new Promise((resolve, reject) => {
			const timer = runtime.timer.setTimeout(() => resolve(undefined), ms);
			promise.then(
				(value) => (timer.dispose(), resolve({ value })),
				(e: unknown) => (timer.dispose(), reject(e instanceof Error ? e : new Error(String(e)))),
			);
		});
	}

	function getSettings(uri: string): Promise<Settings> {
		if (!hasConfiguration) return Promise.resolve(globalSettings);
		let s = settingsCache.get(uri);
		if (!s) {
			const asked = connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyReview' }) as Promise<unknown>;
			s = within(asked, configurationTimeoutMs).then(
				(answer) => {
					if (!answer) {
						// Never wait forever: the defaults now, and the question again on this document's next change.
						provisional.add(uri);
						connection.console.warn(word('configurationTimeout', messageLocale(), { uri, ms: configurationTimeoutMs }));
						return defaultSettings;
					}
					const { settings, problems } = toSettings(answer.value);
					windowLocale = settings.locale;
					if (problems.length > 0) {
						const locale = localeOf(settings);
						const text = problems.map((p) => settingsProblemMessage(p, locale)).join(locale === 'zh' ? '；' : '; ');
						connection.console.warn(text);
						// One clear message per distinct problem, not one per document.
						announce(`settings:${JSON.stringify(problems)}`, word('settingsProblems', locale, { problems: text }));
					}
					return settings;
				},
				() => defaultSettings,
			);
			settingsCache.set(uri, s);
		}
		return s;
	}

	/** A user data file: read through the file module, parsed once per stamp; a problem is told once until the settings change. */
	function loadData<K extends DataKind>(kind: K, name: string, folder: string | undefined, locale: Locale): Promise<{ stamp: string; items: readonly DataItems[K][] } | undefined> {
		const resolved = access.resolve(name, folder);
		const key = `${kind}:${'path' in resolved ? resolved.path : `${name}\u0000${folder ?? ''}`}`;
		let loaded = dataLoads.get(key) as Promise<{ stamp: string; items: readonly DataItems[K][] } | undefined> | undefined;
		if (!loaded) {
			loaded = access.read(name, folder, 'setting').then((file) => {
				const parsed = file.ok ? dataFromText(kind, file.text, name) : { problem: file.problem };
				if ('problem' in parsed) {
					tell(key, word(`${kind}Skipped`, locale, { problem: fileProblemMessage(name, parsed.problem, locale) }));
					return undefined;
				}
				if (parsed.problems.length > 0) {
					for (const p of parsed.problems) connection.console.warn(p);
					tell(key, word(`${kind}Entries`, locale, { file: name, count: parsed.problems.length }));
				}
				return { stamp: file.ok ? file.stamp : key, items: parsed.items };
			});
			dataLoads.set(key, loaded);
		}
		return loaded;
	}

	/** The combined set of one kind's files named by the settings. */
	async function loadSet<K extends DataKind>(kind: K, names: readonly string[], sets: DataSets<DataItems[K]>, folder: string | undefined, locale: Locale): Promise<{ id: number; items: readonly DataItems[K][] }> {
		const loaded = (await Promise.all(names.map((name) => loadData(kind, name, folder, locale)))).filter((g) => g !== undefined);
		return sets.get(
			loaded.map((g) => g.stamp),
			() => loaded.map((g) => g.items),
		);
	}

	/**
	 * The glossaries and indicators of a settings object and workspace folder, loaded once (settings are cached per
	 * document until they change), so that a keystroke or a hover neither reloads them nor serialises them: the
	 * cache key holds the sets' numbers, not their items.
	 */
	type DataOf = { readonly glossary: { readonly id: number; readonly items: readonly GlossaryEntry[] }; readonly indicators: { readonly id: number; readonly items: readonly Indicator[] } };
	const preparedData = new WeakMap<Settings, Map<string, Promise<DataOf>>>();
	function dataOf(settings: Settings, folder: string | undefined): Promise<DataOf> {
		let byFolder = preparedData.get(settings);
		if (!byFolder) preparedData.set(settings, (byFolder = new Map<string, Promise<DataOf>>()));
		let data = byFolder.get(folder ?? '');
		if (!data) {
			const locale = localeOf(settings);
			data = Promise.all([loadSet('glossary', settings.glossaryFiles, glossarySets, folder, locale), loadSet('indicators', settings.indicatorFiles, indicatorSets, folder, locale)]).then(([glossary, indicators]) => ({ glossary, indicators }));
			byFolder.set(folder ?? '', data);
		}
		return data;
	}

	/**
	 * A document's analysis options: its glossaries, and its rule levels — the settings', then its project file's,
	 * then the overrides that match its path.
	 */
	async function toOptions(doc: TextDocument, settings: Settings): Promise<Prepared> {
		const folder = folderOf(doc.uri, folders);
		const { glossary, indicators } = await dataOf(settings, folder);
		const project = access.trusted ? await configs.forDocument(doc.uri, folder) : undefined;
		const ruleLevels = ruleLevelsFor(settings.rules, project?.config ?? EMPTY_CONFIG, project?.relativePath);
		return {
			options: { ruleLevels, glossary: glossary.items, indicators: indicators.items },
			key: `${glossary.id}\u0000${indicators.id}\u0000${JSON.stringify(ruleLevels)}`,
			project,
		};
	}

	/** Whether a version's content is analysable (size, binary, share of Chinese): computed once per version. */
	const contentVerdicts = new Map<string, { version: number; languageId: string; maxFileSize: number; locale: string; ok: boolean }>();

	/** Whether we analyse this document at all; if not, why goes to the log (once) and the client's status. */
	function served(doc: TextDocument, settings: Settings): boolean {
		const name = doc.uri.slice(doc.uri.lastIndexOf('/') + 1);
		if (!settings.enable || !settings.languages.includes(doc.languageId)) {
			notServed(doc.uri, settings.enable ? undefined : word('disabled', localeOf(settings), { name }));
			return false;
		}
		const known = contentVerdicts.get(doc.uri);
		if (known && known.version === doc.version && known.languageId === doc.languageId && known.maxFileSize === settings.maxFileSize && known.locale === settings.locale) return known.ok;
		const ok = servedContent(doc, settings, name);
		contentVerdicts.set(doc.uri, { version: doc.version, languageId: doc.languageId, maxFileSize: settings.maxFileSize, locale: settings.locale, ok });
		return ok;
	}

	/** Why a text is not analysed (too large, binary: skipped; a `.txt` or `.md` not mostly Chinese: not served), or undefined. */
	function contentVerdict(text: string, languageId: string, settings: Settings, name: string): { state: 'skipped' | 'not-served'; message: string } | undefined {
		const locale = localeOf(settings);
		if (text.length > settings.maxFileSize) return { state: 'skipped', message: word('tooLarge', locale, { name, size: text.length, max: settings.maxFileSize }) };
		if (looksBinary(text)) return { state: 'skipped', message: word('binary', locale, { name }) };
		// A `.txt` or `.md` is ours only when it is mostly Chinese; `policy-text` always is.
		if (languageId === 'policy-text') return undefined;
		const ratio = cjkRatio(text);
		if (ratio >= MIN_CJK_RATIO) return undefined;
		return { state: 'not-served', message: word('notServed', locale, { name, percent: Math.round(ratio * 100) }) };
	}

	function servedContent(doc: TextDocument, settings: Settings, name: string): boolean {
		const verdict = contentVerdict(doc.getText(), doc.languageId, settings, name);
		if (verdict?.state === 'skipped') skip(doc.uri, verdict.message);
		else if (verdict) notServed(doc.uri, verdict.message);
		return verdict === undefined;
	}

	/** The last status sent per document: a status is sent only when it changes. */
	const statuses = new Map<string, string>();
	function sendStatus(params: StatusParams): void {
		const key = JSON.stringify(params);
		if (statuses.get(params.uri) === key) return;
		statuses.set(params.uri, key);
		void connection.sendNotification(StatusNotification, params);
	}

	/** Documents we said why we do not serve, in the log: said once per document. */
	const logged = new Set<string>();
	function notServed(uri: string, why: string | undefined): void {
		if (why !== undefined && !logged.has(uri)) {
			logged.add(uri);
			connection.console.info(why);
		}
		sendStatus({ uri, state: 'not-served', ...(why !== undefined ? { message: why } : {}) });
	}

	/** Documents skipped (too large, binary): told once with a message and in the log, and as a status for the client. */
	function skip(uri: string, message: string): void {
		sendStatus({ uri, state: 'skipped', message });
		if (!logged.has(uri)) {
			logged.add(uri);
			connection.console.warn(message);
		}
		announce(uri, message);
	}

	function announce(uri: string, message: string): void {
		if (announced.has(uri)) return;
		announced.add(uri);
		void connection.window.showWarningMessage(message);
	}

	/** Problems with named files: told once per file until the settings change. */
	const told = new Set<string>();
	function tell(key: string, message: string): void {
		if (told.has(key)) return;
		told.add(key);
		void connection.window.showWarningMessage(message);
	}
	/** Why files of the workspace are not read while it is not trusted: told once. */
	let toldRestricted = false;

	/** The analysis of the document's current version, run in steps; undefined when the document is not ours. */
	async function analysisOf(doc: TextDocument): Promise<Analysed | undefined> {
		const settings = await getSettings(doc.uri);
		if (!served(doc, settings)) return undefined;
		if (!access.trusted && !toldRestricted) {
			toldRestricted = true;
			void connection.window.showInformationMessage(word('restricted', localeOf(settings)));
		}
		const prepared = await toOptions(doc, settings);
		const { options, key } = prepared;
		const analysis = await cache.get(doc, key, (wanted) => {
			let blocks = blockCaches.get(doc.uri);
			if (!blocks) blockCaches.set(doc.uri, (blocks = new BlockCache()));
			const steps = analyzeSteps(doc.getText(), options, blocks);
			return runSteps(steps, () => wanted() && !state.shutdownRequested, (resume) => void runtime.timer.setImmediate(resume));
		});
		return { ...prepared, analysis, settings };
	}

	/** The findings shown and those hidden (accepted in the project file, turned off by markers): once per analysis and project file. */
	const suppressions = new WeakMap<PolicyAnalysis, { config: object | undefined; result: Suppressed }>();
	function suppressedOf(doc: TextDocument, r: Analysed): Suppressed {
		const config = r.project?.config;
		const known = suppressions.get(r.analysis);
		if (known && known.config === config) return known.result;
		const result = suppressed(doc.getText(), r.analysis.findings, r.project);
		suppressions.set(r.analysis, { config, result });
		return result;
	}

	/** The findings a project file accepts or markers turn off, set apart from those shown. */
	function suppressed(text: string, findings: PolicyAnalysis['findings'], project: DocumentConfig | undefined): Suppressed {
		return suppressFindings(text, findings, project?.config ? entriesFor(project.config, project.relativePath) : []);
	}

	/** The diagnostics of the findings shown (anchored for *Accept this finding* when there is a project file). */
	function diagnosticsOf(doc: TextDocument, shown: Suppressed, project: DocumentConfig | undefined, locale: Locale): Diagnostic[] {
		return toDiagnostics(doc, shown.shown, locale, { ...(rulePagesUri ? { rulePagesUri } : {}) }, project ? shown.shownAnchors : undefined);
	}

	/**
	 * For a request: the analysis of the version the document has when the analysis ends (an edit while it runs
	 * makes it start again on the new text, a few times at most), so that offsets and analysis agree.
	 */
	async function currentAnalysis(uri: string, token: CancellationToken): Promise<(Analysed & { doc: TextDocument }) | undefined> {
		for (let attempt = 0; attempt < 5 && !token.isCancellationRequested; attempt++) {
			const doc = documents.get(uri);
			if (!doc) return undefined;
			const version = doc.version;
			try {
				const result = await analysisOf(doc);
				if (documents.get(uri) === doc && doc.version === version) return result && { doc, ...result };
			} catch (e) {
				if (!(e instanceof Superseded)) throw e;
			}
		}
		return undefined;
	}

	async function validate(uri: string): Promise<void> {
		pending.delete(uri);
		const doc = documents.get(uri);
		// Nothing is published before `initialize` (a didOpen sent too early) or after `shutdown`.
		if (!doc || !state.initialized || state.shutdownRequested) return;
		const version = doc.version;
		// A long analysis shows as under way; a short one does not flicker.
		const notice = runtime.timer.setTimeout(() => sendStatus({ uri, state: 'analysing' }), ANALYSING_NOTICE_MS);
		try {
			const result = await analysisOf(doc);
			if (documents.get(uri) !== doc || doc.version !== version) return; // a newer edit or a re-open will publish
			if (!result) {
				await connection.sendDiagnostics({ uri, version, diagnostics: [] });
				return;
			}
			const shown = suppressedOf(doc, result);
			const diagnostics = diagnosticsOf(doc, shown, result.project, localeOf(result.settings));
			await connection.sendDiagnostics({ uri, version, diagnostics });
			const accepted = shown.hidden.filter((h) => h.suppression.by === 'accepted').length;
			sendStatus({ uri, state: 'done', accepted, disabled: shown.hidden.length - accepted });
		} catch (e) {
			if (e instanceof Superseded) return;
			connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
		} finally {
			notice.dispose();
		}
	}

	function schedule(uri: string, delayMs: number): void {
		pending.get(uri)?.dispose();
		pending.set(uri, runtime.timer.setTimeout(() => void validate(uri), delayMs));
	}

	/** Settings, glossaries or trust changed: forget what they gave, and analyse every open document again. */
	function reload(): void {
		settingsCache.clear();
		provisional.clear();
		dataLoads.clear();
		glossarySets.clear();
		indicatorSets.clear();
		configs.clear();
		told.clear();
		cache.clear();
		for (const doc of documents.all()) void validate(doc.uri);
	}

	documents.onDidOpen((e) => {
		const uri = e.document.uri;
		justOpened.add(uri);
		// didOpen again for an open URI (even with the same version) brings a new text: nothing of the old one holds.
		cache.delete(uri);
		contentVerdicts.delete(uri);
	});
	documents.onDidChangeContent((e) => {
		const uri = e.document.uri;
		if (provisional.delete(uri)) settingsCache.delete(uri);
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
		provisional.delete(uri);
		announced.delete(uri);
		logged.delete(uri);
		statuses.delete(uri);
		contentVerdicts.delete(uri);
		cache.delete(uri);
		blockCaches.delete(uri);
		// A document of a workspace review keeps its problems when its editor closes: they are read again from disk.
		const reviewedAs = reviewed.get(uri);
		if (reviewedAs !== undefined) void reviewFile({ uri, languageId: reviewedAs }, undefined).catch(() => undefined);
		else void connection.sendDiagnostics({ uri, diagnostics: [] });
	});

	connection.onDidChangeConfiguration((change) => {
		const raw = (change.settings as { policyReview?: unknown } | null | undefined)?.policyReview;
		if (!hasConfiguration && raw !== undefined) globalSettings = toSettings(raw).settings;
		reload();
	});

	connection.onNotification(TrustGrantedNotification, () => {
		access.trust();
		reload();
	});

	// A project file created, changed or deleted: its levels and accepted findings apply at once.
	connection.onDidChangeWatchedFiles((e) => {
		if (!e.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) return;
		configs.clear();
		told.clear();
		for (const doc of documents.all()) void validate(doc.uri);
	});

	// A `markdown` document has VS Code's Markdown outline and folding: ours would be a second outline. Switched to
	// `policy-text`, it has ours alone (diagnostics and hovers come either way).
	const outlined = (doc: TextDocument): boolean => doc.languageId !== 'markdown';

	connection.onDocumentSymbol((params, token) =>
		runSafe(runtime, connection, state, 'documentSymbol', token, [], async () => {
			const r = await currentAnalysis(params.textDocument.uri, token);
			return r && outlined(r.doc) ? toDocumentSymbols(r.doc, r.analysis.sections, localeOf(r.settings), r.analysis.tables) : [];
		}),
	);

	connection.onFoldingRanges((params, token) =>
		runSafe(runtime, connection, state, 'foldingRange', token, [], async () => {
			const r = await currentAnalysis(params.textDocument.uri, token);
			return r && outlined(r.doc) ? toFoldingRanges(r.doc, r.analysis.sections, r.analysis.tables) : [];
		}),
	);

	connection.onHover((params, token) =>
		runSafe(runtime, connection, state, 'hover', token, null, async () => {
			const r = await currentAnalysis(params.textDocument.uri, token);
			return r ? hoverAt(r.doc, r.analysis, r.doc.offsetAt(params.position), localeOf(r.settings), r.options.glossary) : null;
		}),
	);

	connection.onCodeAction((params, token) =>
		runSafe(runtime, connection, state, 'codeAction', token, [], async () => {
			const uri = params.textDocument.uri;
			const settings = await getSettings(uri);
			// Accepting needs a project file to write to: a document in a trusted workspace folder.
			const project = access.trusted ? await configs.forDocument(uri, folderOf(uri, folders)) : undefined;
			return toCodeActions(uri, params.context.diagnostics, localeOf(settings), project);
		}),
	);

	connection.onRequest(AcceptedInDocumentRequest, (params: AcceptedInDocumentParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'acceptedInDocument', token, [], async (): Promise<AcceptedInDocument[]> => {
			const r = await currentAnalysis(params.uri, token);
			if (!r?.project?.config) return [];
			const entries = entriesFor(r.project.config, r.project.relativePath);
			const locale = localeOf(r.settings);
			return suppressedOf(r.doc, r).hidden.flatMap((h) =>
				h.suppression.by === 'accepted'
					? [{ configUri: r.project!.configUri, entry: entries[h.suppression.entry]!, range: toRange(r.doc, h.finding.span), message: findingMessage(h.finding, locale) }]
					: [],
			);
		}),
	);

	// ───────────── the figures view and its export ─────────────

	connection.onRequest(FiguresRequest, (params: FiguresParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'figures', token, { uri: params.uri, version: 0, groups: [] }, async (): Promise<FiguresResult> => {
			const r = await currentAnalysis(params.uri, token);
			if (!r) return { uri: params.uri, version: documents.get(params.uri)?.version ?? 0, groups: [] };
			return { uri: params.uri, version: r.doc.version, groups: figuresView(r.doc, r.analysis, localeOf(r.settings)) };
		}),
	);

	connection.onRequest(ExportFiguresRequest, (params: ExportFiguresParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'exportFigures', token, { content: '', figures: 0 }, async (): Promise<ExportFiguresResult> => {
			const r = await currentAnalysis(params.uri, token);
			if (!r) return { content: '', figures: 0 };
			const locale = localeOf(r.settings);
			// What the command-line tool prints for the file: the findings reported, and those accepted or turned off.
			const { shown, hidden } = suppressedOf(r.doc, r);
			const entries = r.project?.config ? entriesFor(r.project.config, r.project.relativePath) : [];
			const json = analysisJson({ file: params.file, doc: r.doc, analysis: { ...r.analysis, findings: shown }, suppressed: suppressedFindings(hidden, entries, r.project?.configUri) }, locale);
			const content = params.format === 'csv' ? CSV_BOM + figuresCsv([json], locale) : `${JSON.stringify(json, null, 2)}\n`;
			return { content, figures: json.claims.length };
		}),
	);

	// ───────────── unwrapping (stateless: the client sends the text it shows) ─────────────

	connection.onRequest(UnwrapRequest, (params: UnwrapParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'unwrap', token, { paragraphs: 0, joined: 0 }, (): UnwrapResult => {
			const doc = TextDocument.create('untitled:unwrap', 'plaintext', 0, params.text);
			const span = params.range ? toSpan(doc, params.range) : undefined;
			const u = unwrap(params.text, span);
			if (!u || params.text.slice(u.span.start, u.span.end) === u.text) return { paragraphs: u?.paragraphs ?? 0, joined: 0 };
			return { edit: { range: toRange(doc, u.span), newText: u.text }, paragraphs: u.paragraphs, joined: u.joined };
		}),
	);

	connection.onRequest(CleanTextRequest, (params: CleanTextParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'cleanText', token, { text: '' }, (): CleanTextResult => {
			const doc = TextDocument.create('untitled:clean', 'plaintext', 0, params.text);
			const span = params.range ? toSpan(doc, params.range) : undefined;
			return { text: cleanText(params.text, span && span.end > span.start ? span : undefined) };
		}),
	);

	// ───────────── the workspace review ─────────────

	/** Files a workspace review published problems for (closed files), with their language: kept until the next review. */
	const reviewed = new Map<string, string>();

	/** The settings of a workspace folder (resource settings are per folder in VS Code), else of the file itself. */
	const folderSettings = (uri: string): Promise<Settings> => getSettings(folderOf(uri, folders) ?? uri);

	/** The path of `uri` relative to its workspace folder, or undefined when it is in none. */
	function relativeToFolder(uri: string): string | undefined {
		const folder = folderOf(uri, folders);
		if (!folder) return undefined;
		const prefix = folder.endsWith('/') ? folder : `${folder}/`;
		return uri.startsWith(prefix) ? decodeURIComponent(uri.slice(prefix.length)) : undefined;
	}

	connection.onRequest(SelectFilesRequest, (params: SelectFilesParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'selectFiles', token, { files: [] }, async (): Promise<SelectFilesResult> => {
			const globs = new Map<Settings, { include: ReturnType<typeof compileGlob>[]; exclude: ReturnType<typeof compileGlob>[] }>();
			const files = [];
			for (const f of params.files) {
				const settings = await folderSettings(f.uri);
				if (!settings.enable || !settings.languages.includes(f.languageId)) continue;
				let g = globs.get(settings);
				if (!g) globs.set(settings, (g = { include: settings.files.include.map(compileGlob), exclude: settings.files.exclude.map(compileGlob) }));
				const path = relativeToFolder(f.uri);
				if (path === undefined) continue;
				if (g.include.some((p) => matchesGlob(p, path)) && !g.exclude.some((p) => matchesGlob(p, path))) files.push(f);
			}
			return { files };
		}),
	);

	/**
	 * Review one file of the workspace: the open document's analysis, or the file read from disk, analysed in steps (other
	 * requests are answered between them) and its problems published.
	 */
	async function reviewFile(f: ReviewFileParams, token: CancellationToken | undefined): Promise<ReviewFileResult> {
		const open = documents.get(f.uri);
		if (open) {
			const r = await analysisOf(open);
			return { state: 'open', findings: r ? suppressedOf(open, r).shown.length : 0 };
		}
		const settings = await folderSettings(f.uri);
		const locale = localeOf(settings);
		const name = f.uri.slice(f.uri.lastIndexOf('/') + 1);
		const file = await access.readDocument(f.uri);
		if (!file.ok) return { state: 'unreadable', findings: 0, message: fileProblemMessage(decodeURIComponent(name), file.problem, locale) };
		const verdict = contentVerdict(file.text, f.languageId, settings, decodeURIComponent(name));
		if (verdict) {
			if (reviewed.delete(f.uri)) void connection.sendDiagnostics({ uri: f.uri, diagnostics: [] });
			return { state: verdict.state, findings: 0, message: verdict.message };
		}
		const doc = TextDocument.create(f.uri, f.languageId, 0, file.text);
		const prepared = await toOptions(doc, settings);
		const steps = analyzeSteps(file.text, prepared.options, new BlockCache());
		const analysis = await runSteps(steps, () => !token?.isCancellationRequested && !state.shutdownRequested, (resume) => void runtime.timer.setImmediate(resume));
		// Opened meanwhile: the editor's analysis publishes.
		if (documents.get(f.uri)) return { state: 'open', findings: 0 };
		const diagnostics = diagnosticsOf(doc, suppressed(file.text, analysis.findings, prepared.project), prepared.project, locale);
		await connection.sendDiagnostics({ uri: f.uri, diagnostics });
		reviewed.set(f.uri, f.languageId);
		return { state: 'done', findings: diagnostics.length };
	}

	connection.onRequest(ReviewFileRequest, (params: ReviewFileParams, token: CancellationToken) =>
		runSafe(runtime, connection, state, 'reviewFile', token, { state: 'unreadable', findings: 0 }, async (): Promise<ReviewFileResult> => {
			try {
				return await reviewFile(params, token);
			} catch (e) {
				if (e instanceof Superseded) return { state: 'unreadable', findings: 0 };
				throw e;
			}
		}),
	);

	connection.onNotification(ReviewFinishedNotification, (params: ReviewFinishedParams) => {
		const now = new Set(params.uris);
		for (const uri of [...reviewed.keys()]) {
			if (now.has(uri)) continue;
			reviewed.delete(uri);
			if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
		}
	});

	documents.listen(connection);
	connection.listen();
	return state;
}
