import { type Logger } from '@salon/http';

/**
 * Runs `task` now and then every `intervalMs`, never two at once; a failure is logged and
 * retried on the next tick. stop() waits for a run in flight, so shutdown never cuts one.
 */
export function runPeriodically(name: string, intervalMs: number, logger: Logger, task: () => Promise<unknown>) {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = task()
      .then((result) => logger.info({ job: name, result }, 'job done'))
      .catch((error: unknown) => logger.error({ job: name, err: error }, 'job failed'))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
