import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/**
 * A raw row (database column names, driver values, e.g. from `executePrepared` on `select t.*` or
 * `returning *`) as the table's typed row, each value mapped the way drizzle's own selects map it
 * (timestamptz text → Date, custom types such as tstzrange). Columns missing from `raw` become null.
 * @example const [booking] = (await executePrepared(tx, sql`insert … returning *`)).map((row) => tableRow(bookings, row));
 */
export function tableRow<T extends Table>(table: T, raw: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
