/**
 * Names of the parts of an OPC package (a .docx): `/`-separated paths inside the archive. The few
 * path operations the annotated-copy writer needs, without node:path (it runs in the page too).
 */

/** The folder of a part name ('' for a part at the top). */
export function partDirName(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '' : name.slice(0, i);
}

/** The last segment of a part name. */
export function partBaseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The segments joined and normalized: empty and `.` segments dropped, `..` taking the one before it away. */
export function partJoin(...segments: string[]): string {
  const out: string[] = [];
  for (const segment of segments.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else out.push('..');
    } else out.push(segment);
  }
  return out.join('/');
}
