/** A one-line progress bar on stderr, only when stderr is a terminal; stdout stays clean. */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function createProgress(total: number, enabled: boolean, write: (text: string) => void, locale: 'zh-CN' | 'en'): Progress {
  if (!enabled || total < 2) return NONE;
  const width = 30;
  let last = -1;
  let shown = false;
  const label = locale === 'zh-CN' ? '检查' : 'checking';
  return {
    tick(done) {
      const filled = Math.round((done / total) * width);
      if (filled === last && done !== total) return;
      last = filled;
      shown = true;
      write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (shown) write('\r\x1b[2K');
    },
  };
}
