import { MINUTES_PER_DAY } from './constants';

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * "HH:mm" → minutes since local midnight, or `undefined` when malformed. "24:00" is accepted only
 * as an end (`isEnd`), meaning the next midnight.
 */
export function parseLocalTime(text: unknown, isEnd: boolean): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (text === '24:00') return isEnd ? MINUTES_PER_DAY : undefined;
  const match = LOCAL_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}
