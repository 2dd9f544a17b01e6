// The expansion limits of a .docx's ZIP archive, for the CLI's reader (zip.ts) and fzlint-web's
// (web/src/docx.ts).

/** Uncompressed bytes of all entries read from one file. */
export const MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024;
/** An entry larger than 1 MB may be at most this many times its compressed size. */
export const MAX_DOCX_RATIO = 200;
/** Entries up to this size are not held to the ratio. */
export const RATIO_FREE_BYTES = 1024 * 1024;
