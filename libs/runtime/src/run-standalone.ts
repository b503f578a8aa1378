import { ConfigError, StartupRefusedError } from '@salon/config';
import { createDatabase, type DatabaseHandle } from '@salon/db';
import { createLogger, onShutdownSignal, type Logger } from '@salon/http';

type BaseConfig = {
  DATABASE_URL?: string;
  DATABASE_POOL_MODE: 'session' | 'transaction';
  DATABASE_POOL_SIZE: number;
  LOG_LEVEL: string;
};
type Closable = { close(): Promise<void> };

export type StandaloneOptions<TConfig extends BaseConfig> = {
  name: string;
  loadConfig: () => TConfig;
  start: (deps: { config: TConfig; database: DatabaseHandle; logger: Logger }) => Promise<Closable>;
};

/**
 * Runs one process on its own over PostgreSQL, as it is deployed and scaled. The embedded
 * database is not offered here: PGlite is single-process, and two processes on one data
 * directory silently lose writes, so `npm start` hosts all three in one process instead.
 * @pure false
 */
export async function runStandalone<TConfig extends BaseConfig>(opts: StandaloneOptions<TConfig>): Promise<void> {
  try {
    const config = opts.loadConfig();
    if (!config.DATABASE_URL) {
      throw new ConfigError([
        `DATABASE_URL: required when ${opts.name} runs on its own. For the embedded database run \`npm start\`, which hosts all three processes together.`,
      ]);
    }
    const logger = createLogger({ name: opts.name, level: config.LOG_LEVEL });
    const database = await createDatabase({
      url: config.DATABASE_URL,
      maxConnections: config.DATABASE_POOL_SIZE,
      poolMode: config.DATABASE_POOL_MODE,
    });
    const running = await opts.start({ config, database, logger });
    onShutdownSignal(async (signal) => {
      logger.info({ signal }, `${opts.name} shutting down`);
      await running.close();
      await database.close();
    });
  } catch (error) {
    exitOnStartupError(opts.name, error);
  }
}

/** A bad config or a refused start is the operator's to fix: print it plainly, without a stack trace. */
export function exitOnStartupError(name: string, error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupRefusedError) {
    process.stderr.write(`${name}: ${error.message}\n`);
  } else {
    process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
}
