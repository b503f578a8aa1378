// `npm run token -- --user NAME [--role owner|customer] [--expires 1h]`: see ../README.md.
import { runCli } from './run-cli';

runCli(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
