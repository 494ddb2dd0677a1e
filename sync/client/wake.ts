/**
 * A sleep that can be cut short: the retry loop waits on it, and "send now",
 * the browser's `online` event or a stop wakes it at once.
 */
export class Wake {
  private pending: (() => void)[] = [];

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pending = this.pending.filter((p) => p !== done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending.push(done);
    });
  }

  kick(): void {
    for (const p of [...this.pending]) p();
  }
}
