/**
 * Control characters from file names or document text (ESC, BEL, backspace, C1 controls, line
 * separators, and the bidirectional controls that reorder what a terminal shows: U+061C, U+200E/F,
 * U+202A–U+202E, U+2066–U+2069) shown visibly as \u{…}, so that terminal output and CI logs cannot be
 * rewritten by what a linted file contains: no colour changes, cursor moves, hidden lines or text
 * shown in another order come from input.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (ch) => `\\u{${ch.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/** As terminalSafe, and a line break in a single-line field is shown as \n too. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\r?\n/g, '\\n');
}
