/**
 * The word dictionary embedded in a web page (gzip, base64), unpacked once. The gunzip runs in the
 * browser's stream machinery, off the script's thread: a page starts it first (unpackDictionary() in
 * its first import) so that it overlaps with the rest of the script's start-up.
 */
import gzipBase64 from 'fzlint-embedded:jieba-dict-gzip';

/** What a page needs of the Streams API (typed here: the engine's lib has no DOM). */
interface GunzipGlobals {
  DecompressionStream: new (format: 'gzip') => unknown;
  Response: new (body: unknown) => { arrayBuffer(): Promise<ArrayBuffer> };
  Blob: new (parts: Uint8Array[]) => { stream(): { pipeThrough(t: unknown): unknown } };
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let unpacking: Promise<Uint8Array> | undefined;

/** The dictionary's bytes (about 4 MB from 1.7 MB); started at the first call, the same promise after. */
export function unpackDictionary(): Promise<Uint8Array> {
  unpacking ??= (async () => {
    const g = globalThis as unknown as GunzipGlobals;
    const stream = new g.Blob([base64Bytes(gzipBase64)]).stream().pipeThrough(new g.DecompressionStream('gzip'));
    return new Uint8Array(await new g.Response(stream).arrayBuffer());
  })();
  return unpacking;
}
