// Progress of the long catalogue commands (import, generate) on stderr. On a terminal: one bar
// redrawn in place ("\r"), at most ten times a second. Anywhere else (a log file, CI): a plain
// line every `every` rows, so a log shows progress without a wall of carriage returns.

export interface Progress {
  update(done: number): void;
  done(): void;
}

export interface ProgressOptions {
  write(text: string): void;
  /** Whether stderr is a terminal. */
  tty: boolean;
  label: string;
  total: number;
  /** Rows between lines when not on a terminal (default 1,000). */
  every?: number;
  now?: () => number;
}

const width = 30;

export function progressBar(done: number, total: number): string {
  const share = total > 0 ? Math.min(done / total, 1) : 1;
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.floor(share * 100)
    .toString()
    .padStart(3)}% ${done}/${total}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const every = options.every ?? 1000;
  const now = options.now ?? Date.now;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastLine = 0;
  let drawn = false;
  let current = 0;
  const draw = () => {
    options.write(`\r${options.label} ${progressBar(current, options.total)}`);
    drawn = true;
  };
  return {
    update(done) {
      current = done;
      if (options.tty) {
        if (now() - lastDraw >= 100 || done >= options.total) {
          lastDraw = now();
          draw();
        }
        return;
      }
      // A line for each multiple of `every` passed (batches may jump over several).
      while (lastLine + every <= done) {
        lastLine += every;
        options.write(`${options.label}: ${lastLine}/${options.total}\n`);
      }
    },
    done() {
      if (options.tty) {
        if (!drawn || current < options.total) draw();
        options.write("\n");
      } else if (current > lastLine) {
        options.write(`${options.label}: ${current}/${options.total}\n`);
      }
    },
  };
}
