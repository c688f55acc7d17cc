/**
 * The VS Code client: starts the language server and adds what only an editor has — each in its own module that
 * takes the `PolicyServer`: the status bar item (statusBar.ts), accepted findings (acceptedFindings.ts), the workspace
 * review (workspaceReview.ts), the figures view and its export (figuresView.ts), unwrapping (unwrap.ts); and the offer
 * to read a Markdown document as Policy Text (markdownOffer.ts). New commands and views register the same way.
 */
import * as vscode from 'vscode';
import { registerAcceptedFindings } from './acceptedFindings';
import { FiguresView } from './figuresView';
import { PolicyServer } from './languageServer';
import { t } from './locale';
import { registerMarkdownOffer } from './markdownOffer';
import { FindingsStatus } from './statusBar';
import { registerUnwrap } from './unwrap';
import { registerWorkspaceReview } from './workspaceReview';

/** What the extension gives other extensions (and its extension-host tests). */
export interface PolicyReviewApi {
	/** The status bar item's current text and tooltip, and whether it is shown. */
	readonly status: { readonly text: string; readonly tooltip: string; readonly visible: boolean };
	/** The figures view: the groups it shows and for which document. */
	readonly figures: { readonly groups: readonly unknown[]; readonly shown: { readonly uri: string | undefined; readonly version: number } };
}

let server: PolicyServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PolicyReviewApi> {
	server = new PolicyServer(context);
	const status = new FindingsStatus(server);
	const figures = new FiguresView(server);
	context.subscriptions.push(
		server,
		status,
		figures,
		registerAcceptedFindings(server),
		registerMarkdownOffer(context),
		registerWorkspaceReview(server),
		registerUnwrap(server),
		vscode.commands.registerCommand('policyReview.restartServer', async () => {
			await server?.restart();
			void vscode.window.setStatusBarMessage(t('Policy Text Review: server restarted'), 3000);
		}),
	);
	try {
		await server.start();
	} catch (e) {
		void vscode.window.showErrorMessage(t('Policy Text Review could not start its server: {0}', String(e)));
	}
	return { status, figures };
}

export async function deactivate(): Promise<void> {
	await server?.stop();
}
