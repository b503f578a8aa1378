import { signDevToken } from './index';
import { parseCliArgs, USAGE } from './parse-cli-args';

/** Where the CLI writes; injected so tests need no child process. */
export type CliIo = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

/**
 * Runs the token CLI and returns its exit code. Only the token goes to stdout, so
 * `TOKEN=$(npm run -s token -- --user olivia)` captures exactly it; everything else goes to stderr.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`error: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.value.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  io.stdout.write(`${await signDevToken(parsed.value.request)}\n`);
  return 0;
}
