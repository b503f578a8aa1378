import { build, type Format, type Metafile, type Plugin } from 'esbuild';
import path from 'node:path';
import { ALLOWED_PEERS, REPO_ROOT } from './client-packages';

export type BundleResult = {
  /** Output files relative to outDir with their size in bytes. */
  files: { file: string; bytes: number }[];
  /** Every module the bundles import at run time (should be ALLOWED_PEERS at most). */
  externals: string[];
  /** Every source file inlined, relative to the repo root. */
  inputs: string[];
};

/** Our workspace libs (`@salon/*`) are inlined: they are not published. Everything else stays an import. */
const inlineWorkspaceOnly: Plugin = {
  name: 'inline-workspace-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@salon/') ? undefined : { path: args.path, external: true },
    );
  },
};

const FORMATS: { format: Format; file: string }[] = [
  { format: 'esm', file: 'index.mjs' },
  { format: 'cjs', file: 'index.cjs' },
];

/**
 * Bundles a contract lib's src/index.ts twice, as ESM (index.mjs) and CommonJS (index.cjs).
 * Unminified: the consumer's bundler minifies, and readable code is easier to debug in an app.
 * platform 'neutral' assumes neither Node nor a browser. Fails when the bundle would import
 * anything but the allowed peers.
 */
export async function bundleClientJs(entry: string, outDir: string): Promise<BundleResult> {
  const metafiles: Metafile[] = [];
  for (const { format, file } of FORMATS) {
    const result = await build({
      entryPoints: [entry],
      outfile: path.join(outDir, file),
      bundle: true,
      format,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2020',
      treeShaking: true,
      metafile: true,
      plugins: [inlineWorkspaceOnly],
      logLevel: 'silent',
    });
    metafiles.push(result.metafile);
  }
  const outputs = metafiles.flatMap((m) => Object.entries(m.outputs));
  const externals = [...new Set(outputs.flatMap(([, o]) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort();
  const inputs = [...new Set(metafiles.flatMap((m) => Object.keys(m.inputs)))]
    .map((input) => path.relative(REPO_ROOT, path.resolve(input)))
    .sort();
  const refused = externals.filter((e) => !(ALLOWED_PEERS as readonly string[]).includes(e));
  if (refused.length > 0) {
    throw new Error(
      `${path.relative(REPO_ROOT, entry)} imports ${refused.join(', ')}: a client package may import only ${ALLOWED_PEERS.join(' and ')}. ` +
        'Keep server code and other dependencies out of the contract lib (see docs/clients.md).',
    );
  }
  const files = outputs.map(([out, o]) => ({ file: path.relative(outDir, path.resolve(out)), bytes: o.bytes }));
  return { files, externals, inputs };
}
