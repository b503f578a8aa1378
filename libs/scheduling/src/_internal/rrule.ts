import * as rruleModule from 'rrule';

// rrule ships a CommonJS bundle without an `exports` map. Bundlers, tsx and Jest see its named
// exports; native Node ESM sees only a default export. Reading both keeps the engine loadable
// everywhere. Nothing from rrule leaves the library.
const rrule = (rruleModule as { default?: typeof rruleModule }).default ?? rruleModule;

export const { RRule, Frequency, Weekday } = rrule;
export type { Options } from 'rrule';
