import { err, ok, type Result } from '@salon/errors';
import { DAY_MS } from './constants';
import { createZoneClock, type ZoneClock } from './create-zone-clock';

/** A DTSTART line taken out of rule text, already on the shop's wall clock (floating `Date`). */
export type RuleDtstart = { dtstart: Date | null; rest: string };

const DTSTART_LINE = /^[ \t]*DTSTART(?:;([^:\r\n]*))?:([^\r\n]*)$/gim;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i;

/** Epoch ms of an instant → the shop's wall clock as a floating epoch ms. */
const toShopWall = (shop: ZoneClock, instantMs: number): number => instantMs + shop.offsetAt(instantMs);

function readDateTime(value: string): { wallMs: number; isDate: boolean; isUtc: boolean } | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, z] = match;
  const wallMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  return { wallMs, isDate: h === undefined, isUtc: z !== undefined };
}

/**
 * Takes the DTSTART line out of rule text and puts it on the shop's wall clock, as calendar apps
 * send it: floating (`DTSTART:20261109T100000`, read as shop-local), UTC (`…Z`), in another zone
 * (`DTSTART;TZID=America/New_York:…`, converted to the shop's zone) or a date
 * (`DTSTART;VALUE=DATE:20261109`). rrule's own parser drops `VALUE=DATE` silently and would apply
 * a TZID with the process zone, so this is read here and rrule only ever sees floating dates.
 */
export function readRuleDtstart(text: string, shop: ZoneClock): Result<RuleDtstart, string> {
  const lines = [...text.matchAll(DTSTART_LINE)];
  if (lines.length === 0) return ok({ dtstart: null, rest: text });
  if (lines.length > 1) return err('rrule may have one DTSTART.');
  const [line, params = '', value = ''] = lines[0]!;
  const date = readDateTime(value);
  if (!date) return err('rrule DTSTART must be YYYYMMDD or YYYYMMDDTHHMMSS.');
  let tzid: string | undefined;
  for (const param of params.split(';').filter(Boolean)) {
    const [key = '', paramValue = ''] = param.split('=');
    if (key.toUpperCase() === 'TZID') tzid = paramValue.replace(/^"|"$/g, '');
    else if (key.toUpperCase() !== 'VALUE' || !/^DATE(-TIME)?$/i.test(paramValue)) {
      return err(`rrule DTSTART may not use ${key.toUpperCase()}.`);
    }
  }
  const rest = text.replace(line, '').trim();
  if (tzid !== undefined && date.isUtc) return err('rrule DTSTART may not have both TZID and Z.');
  if (tzid === undefined || date.isDate) {
    return ok({ dtstart: new Date(date.isUtc ? toShopWall(shop, date.wallMs) : date.wallMs), rest });
  }
  const zone = createZoneClock(tzid);
  if (!zone) return err(`rrule DTSTART TZID ${tzid} is not an IANA zone.`);
  return ok({ dtstart: new Date(toShopWall(shop, zone.toInstant(date.wallMs))), rest });
}

const UNTIL_VALUE = /UNTIL=(\d{8}(?:T\d{6}Z?)?)/i;

/**
 * UNTIL on the shop's wall clock. A date-only UNTIL beside a timed DTSTART (RFC 5545 wants their
 * types to match; calendar apps send both) includes that whole date, so the last occurrence is not
 * silently lost. A UTC UNTIL (`…Z`, what RFC 5545 requires beside a TZID) is converted to the
 * shop's zone. `undefined` = no UNTIL in the text.
 */
export function readRuleUntil(text: string, shop: ZoneClock): Date | undefined {
  const match = UNTIL_VALUE.exec(text);
  const date = match ? readDateTime(match[1]!) : undefined;
  if (!date) return undefined;
  if (date.isDate) return new Date(date.wallMs + DAY_MS - 1);
  return new Date(date.isUtc ? toShopWall(shop, date.wallMs) : date.wallMs);
}
