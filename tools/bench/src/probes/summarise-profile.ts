import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/**
 * Prints where a V8 `.cpuprofile`'s time went: by package, the top functions by their own time, and
 * the top functions of ours and of the HTTP/database libraries by inclusive time (callees included;
 * only synchronous callees: an awaited statement's answer is another stack). `lastSeconds` keeps only
 * the profile's last seconds, so a bench server's start-up (module loading, the OpenAPI document)
 * does not blur the steady state.
 */
export function summarise(file: string, opts: { lastSeconds?: number } = {}): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { samples, timeDeltas } = lastSamples(profile, opts.lastSeconds);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const group = groupOf(frame);
    groups.set(group, (groups.get(group) ?? 0) + us);
    fns.set(nameOf(frame), (fns.get(nameOf(frame)) ?? 0) + us);
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  const line = ([name, us]: [string, number]) => console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`profile ${file}: ${(total / 1e6).toFixed(1)} s sampled${opts.lastSeconds ? ` (the last ${opts.lastSeconds} s)` : ''}`);
  top(groups, 25).forEach(line);
  console.log('top functions (own time):');
  top(fns, 40).forEach(line);
  console.log('ours and the edge, callees included:');
  const inclusive = inclusiveByFunction(profile, byId, self);
  top(new Map([...inclusive].filter(([name]) => /^\S+ (libs|apps|tools)\/|@ts-rest|express\/lib|pino-http|pg-boss\/src\/manager/.test(name))), 30).forEach(line);
}

function lastSamples(profile: Profile, seconds: number | undefined): Pick<Profile, 'samples' | 'timeDeltas'> {
  if (!seconds) return profile;
  let at = 0;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  const from = times.findIndex((time) => time >= at - seconds * 1e6);
  return { samples: profile.samples.slice(from), timeDeltas: profile.timeDeltas.slice(from) };
}

function groupOf(frame: Node['callFrame']): string {
  if (frame.url === '') return `(${frame.functionName || 'native'})`;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (match) return match[1]!;
  if (frame.url.startsWith('node:')) return frame.url;
  return /\/(libs|apps|tools)\//.test(frame.url) ? 'ours' : frame.url;
}

function nameOf(frame: Node['callFrame']): string {
  const where = frame.url.replace('file://', '').replace(/.*node_modules\//, '').replace(`${process.cwd()}/`, '');
  return `${frame.functionName || '(anon)'} ${where}:${frame.lineNumber}`;
}

/** Per function, its frames' time with everything they called, a recursive frame counted once. */
function inclusiveByFunction(profile: Profile, byId: Map<number, Node>, self: Map<number, number>): Map<string, number> {
  const below = new Map<number, number>();
  const sum = (id: number): number => {
    const total = (byId.get(id)!.children ?? []).reduce((acc, child) => acc + sum(child), self.get(id) ?? 0);
    below.set(id, total);
    return total;
  };
  sum(profile.nodes[0]!.id);
  const result = new Map<string, number>();
  const open = new Set<string>();
  const visit = (id: number): void => {
    const node = byId.get(id)!;
    const name = nameOf(node.callFrame);
    const isOuter = !open.has(name);
    if (isOuter) {
      result.set(name, (result.get(name) ?? 0) + (below.get(id) ?? 0));
      open.add(name);
    }
    for (const child of node.children ?? []) visit(child);
    if (isOuter) open.delete(name);
  };
  visit(profile.nodes[0]!.id);
  return result;
}
