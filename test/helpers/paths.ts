import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
/** ../shared beside the repository (read-only reference data, also present in CI). */
export const referenceDir = path.resolve(repoRoot, '../shared/fixtures/reference');
export const fullwidthReport = path.join(referenceDir, 'shanwei-2020.fullwidth.txt');
export const webCopyReport = path.join(referenceDir, 'shanwei-2020.txt');
export const mutatedReport = path.join(referenceDir, 'shanwei-2020.mutated.txt');
export const cliBin = path.join(repoRoot, 'bin', 'fzlint.cjs');
