import { listWorkingWindows } from '@salon/scheduling';
import { engineErrorToAppError } from './engine-error';

const EMPTY = { timeZone: 'UTC', openingHours: [], staff: [], overrides: [], timeOff: [] };

/**
 * Refuses a bad or over-long date range before any row is loaded, with the engine's own rule
 * and limit (so the API and the engine can never disagree on it).
 * @throws ValidationError on `${where}.from|to`
 */
export function checkRange(range: { from: string; to: string }, where: 'body' | 'query'): void {
  const result = listWorkingWindows(EMPTY, range);
  if (!result.ok) throw engineErrorToAppError(result.error, where);
}
