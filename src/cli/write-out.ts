// Printing a long answer from a CLI command that ends with process.exit().

/**
 * Writes and waits until the pipe took it all. process.stdout on a pipe is asynchronous once the
 * pipe's buffer (64 KiB on Linux) is full, and process.exit() drops what is still queued, so a long
 * export or `extract --json` read by another program would be cut short.
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A reader that stopped early (`| head`) wants no more: not an error of ours.
    process.stdout.once('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? resolve() : reject(e)));
    process.stdout.write(text, (e) => (e && (e as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(e) : resolve()));
  });
}
