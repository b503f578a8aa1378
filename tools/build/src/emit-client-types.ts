import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ALLOWED_PEERS, REPO_ROOT } from './client-packages';

const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g;

/**
 * Declarations for the workspace files the client bundles inline (`sources`, as esbuild reported
 * them) and any they reach through types only, emitted by tsc (declarations only, one program for
 * every package) under outDir/ mirroring libs/. Each is a root: tsc treats a lib reached through
 * node_modules as external and would not emit it. `@salon/*`
 * specifiers become relative paths into that tree, since those libs are inlined and never published.
 * Fails if a declaration imports anything but relative files and the allowed peers, so a
 * consumer's tsc never meets an unresolvable import.
 */
export function emitClientTypes(sources: string[], outDir: string): void {
  const rootDir = path.join(REPO_ROOT, 'libs');
  const base = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, 'tsconfig.base.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const options: ts.CompilerOptions = {
    ...base?.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir,
    outDir,
    types: [],
  };
  let program = ts.createProgram(sources, options);
  for (;;) {
    const roots = new Set(program.getRootFileNames());
    const reached = program.getSourceFiles().map((f) => f.fileName);
    const more = reached.filter((f) => f.startsWith(`${rootDir}/`) && !f.endsWith('.d.ts') && !roots.has(f));
    if (more.length === 0) break;
    program = ts.createProgram([...roots, ...more], options, undefined, program);
  }
  const problems: string[] = [];
  const result = program.emit(undefined, (fileName, text, _bom, _onError, sources) => {
    const source = sources?.[0]?.fileName;
    if (!source) throw new Error(`tsc emitted ${fileName} from no source file`);
    const rewritten = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
      if (spec.startsWith('.')) return whole;
      if (spec.startsWith('@salon/')) {
        const target = ts.resolveModuleName(spec, source, options, ts.sys).resolvedModule?.resolvedFileName;
        if (!target?.startsWith(rootDir)) {
          problems.push(`${path.relative(REPO_ROOT, source)}: cannot map ${spec} into the package`);
          return whole;
        }
        const relative = path.relative(path.dirname(source), target).replace(/\.ts$/, '').split(path.sep).join('/');
        return `${lead}${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote}`;
      }
      if (!(ALLOWED_PEERS as readonly string[]).includes(spec)) {
        problems.push(`${path.relative(REPO_ROOT, source)}: its declarations import ${spec}`);
      }
      return whole;
    });
    fs.mkdirSync(path.dirname(fileName), { recursive: true });
    fs.writeFileSync(fileName, rewritten);
  });
  const where = (d: ts.Diagnostic) => (d.file ? `${path.relative(REPO_ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '');
  problems.push(...result.diagnostics.map((d) => where(d) + ts.flattenDiagnosticMessageText(d.messageText, '\n')));
  if (result.emitSkipped || problems.length > 0) {
    throw new Error(`client declarations failed:\n${problems.join('\n')}`);
  }
}

/** Where emitClientTypes put the declarations of a source file under libs/. */
export const declarationOf = (source: string) => path.relative(path.join(REPO_ROOT, 'libs'), source).replace(/\.ts$/, '.d.ts');

/**
 * Copies an entry's declarations and every declaration they import, following relative specifiers,
 * from the emitted tree into a package's types/ folder. Fails on an import that leads nowhere.
 */
export function copyDeclarations(fromDir: string, entryDts: string, toDir: string): void {
  const pending = [entryDts];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(path.join(fromDir, file), 'utf8');
    fs.mkdirSync(path.dirname(path.join(toDir, file)), { recursive: true });
    fs.writeFileSync(path.join(toDir, file), text);
    for (const [, , , spec] of text.matchAll(SPECIFIER)) {
      if (!spec?.startsWith('.')) continue;
      const base = path.join(path.dirname(file), spec);
      const target = [`${base}.d.ts`, path.join(base, 'index.d.ts')].find((f) => fs.existsSync(path.join(fromDir, f)));
      if (!target) throw new Error(`${file} imports ${spec}, which has no declarations`);
      pending.push(target);
    }
  }
}

