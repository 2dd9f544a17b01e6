/**
 * Workspace trust. The client says whether the workspace is trusted (VS Code: `workspace.isTrusted`)
 * in `initializationOptions.trusted`, and sends `fzlint/didGrantWorkspaceTrust` when the user grants
 * it later. A client that says nothing is treated as untrusted: code rules (JS) in packs never load
 * then, whatever the settings say. Data packs and config files are read either way.
 */

/** Sent by the client when the user trusts the workspace (VS Code: onDidGrantWorkspaceTrust). */
export const DID_GRANT_TRUST_NOTIFICATION = 'fzlint/didGrantWorkspaceTrust';

export const workspaceTrust = { trusted: false };

/** `trusted: true` in the initialize request's initializationOptions; anything else is untrusted. */
export function readTrust(initializationOptions: unknown): boolean {
  return !!initializationOptions && typeof initializationOptions === 'object' && (initializationOptions as { trusted?: unknown }).trusted === true;
}
