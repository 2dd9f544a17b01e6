import { location } from 'vfile-location';
import type { Line } from './types';

/** Split text into lines at LF, CRLF or lone CR, keeping UTF-16 offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i === text.length || ch === 10 || ch === 13) {
      lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** Converts offsets to 1-based line/column points (UTF-16 columns), backed by vfile-location. */
export class LineIndex {
  private readonly loc: ReturnType<typeof location>;
  constructor(private readonly text: string) {
    this.loc = location(text);
  }

  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const p = this.loc.toPoint(clamped);
    if (p) return { line: p.line, column: p.column };
    return { line: 1, column: 1 };
  }

  toOffset(point: Point): number {
    const o = this.loc.toOffset({ line: point.line, column: point.column });
    return o === undefined ? this.text.length : o;
  }
}
