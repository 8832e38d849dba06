/** A one-line progress bar with rate and ETA on stderr, drawn only when stderr is a terminal. */
export interface ProgressBar {
  update(label: string, done: number, total: number): void;
  done(): void;
}

const WIDTH = 28;

export function progressBar(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr,
  clock: () => number = Date.now,
): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  let phaseStarted = clock();
  let phase = '';
  let lastDraw = 0;
  return {
    update(label, done, total) {
      const now = clock();
      if (label !== phase) {
        phase = label;
        phaseStarted = now;
      } else if (now - lastDraw < 80 && done < total) {
        return;
      }
      lastDraw = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const elapsed = (now - phaseStarted) / 1000;
      const eta = ratio > 0.02 && ratio < 1 ? ` ETA ${Math.ceil((elapsed / ratio) * (1 - ratio))}s` : '';
      // The rate, once a phase has run long enough for it to mean something.
      const rate = elapsed >= 0.5 && done > 0 ? ` ${Math.round(done / elapsed).toLocaleString('en-US')}/s` : '';
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r\x1b[2K${label.padEnd(8)} ${bar} ${done}/${total}${rate}${eta}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
