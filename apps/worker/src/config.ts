import { baseEnvShape, loadConfig, port } from '@salon/config';
import { z } from 'zod';

export const WorkerConfigSchema = z.object({
  ...baseEnvShape,
  WORKER_PORT: port(3003),
  HOUSEKEEPING_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(15 * 60_000),
});
export type WorkerConfig = z.infer<typeof WorkerConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadWorkerConfig = (env: Record<string, string | undefined>): WorkerConfig =>
  loadConfig(WorkerConfigSchema, env);
