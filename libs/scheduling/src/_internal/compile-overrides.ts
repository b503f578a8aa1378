import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { fail } from './fail';
import { parseLocalDate } from './parse-local-date';
import { parseWindow } from './parse-window';
import { type MinuteWindow } from './schedule';

type DayWindows = Map<number, MinuteWindow[]>;

export type CompiledOverrides = { shop: DayWindows; staff: Map<string, DayWindows> };

/** Validates date overrides and files them by owner (shop or staff id) and local date. */
export function compileOverrides(overrides: unknown): Result<CompiledOverrides, ScheduleError> {
  if (!Array.isArray(overrides)) return fail('invalid_type', 'overrides must be an array.', 'overrides');
  const shop: DayWindows = new Map();
  const staff = new Map<string, DayWindows>();
  for (const [index, override] of overrides.entries()) {
    const path = `overrides[${index}]`;
    if (typeof override !== 'object' || override === null) {
      return fail('invalid_type', `${path} must be an object.`, path);
    }
    const { date, staffId } = override as { date?: unknown; staffId?: unknown };
    const day = parseLocalDate(date);
    if (day === undefined) return fail('invalid_date', `${path}.date must be "YYYY-MM-DD".`, `${path}.date`);
    if (staffId !== undefined && staffId !== null && typeof staffId !== 'string') {
      return fail('invalid_type', `${path}.staffId must be a string when set.`, `${path}.staffId`);
    }
    const windows = readOverrideWindows(override, path);
    if (!windows.ok) return windows;
    const owner = typeof staffId === 'string' ? (staff.get(staffId) ?? new Map<number, MinuteWindow[]>()) : shop;
    if (owner.has(day)) return fail('duplicate_id', `${path} repeats an override for the same date and owner.`, path);
    owner.set(day, windows.value);
    if (typeof staffId === 'string') staff.set(staffId, owner);
  }
  return ok({ shop, staff });
}

function readOverrideWindows(override: object, path: string): Result<MinuteWindow[], ScheduleError> {
  const { kind, windows } = override as { kind?: unknown; windows?: unknown };
  if (kind === 'closed') return ok([]);
  if (kind !== 'open') return fail('invalid_type', `${path}.kind must be "closed" or "open".`, `${path}.kind`);
  if (!Array.isArray(windows)) return fail('invalid_type', `${path}.windows must be an array.`, `${path}.windows`);
  const parsed: MinuteWindow[] = [];
  for (const [index, window] of windows.entries()) {
    const result = parseWindow(window, `${path}.windows[${index}]`);
    if (!result.ok) return result;
    parsed.push(result.value);
  }
  // Kept as given: windowsOn joins them in real time, which differs from wall-clock minutes on a DST night.
  return ok(parsed);
}
