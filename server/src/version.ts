/** The package's version, set by the bundler (esbuild `define`); `0.0.0-dev` when run from the TypeScript build. */
declare const POLICY_REVIEW_VERSION: string | undefined;

export const VERSION = typeof POLICY_REVIEW_VERSION === 'string' ? POLICY_REVIEW_VERSION : '0.0.0-dev';
