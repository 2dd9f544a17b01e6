/**
 * The word dictionary of the web worker server (browser-server.ts): not in its bundle (it would
 * double the VSIX), but the VSIX's dist/jieba.dict, which the client reads through the workspace file
 * system and sends, base64-encoded, when the server asks (once, before the first lint). A request, not
 * a URL: a worker that code-server's web extension host starts cannot fetch the extension's files.
 */
export const DICTIONARY_REQUEST = 'fzlint/wordDictionary';

/** Bytes as base64, in chunks (no Buffer in a browser; String.fromCharCode takes a bounded argument list). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
