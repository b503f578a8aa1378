import { sql } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { DEAD_LETTER_QUEUE, JOBS } from './catalogue';
import { jobIdFor } from './job-id';

describe('the job catalogue', () => {
  const database = useTestDatabase();

  it('has a queue for every job after the migrations alone (no worker started), each dead-lettering', async () => {
    const result = (await database().db.execute(sql`select name, dead_letter from pgboss.queue`)) as unknown;
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ name: string; dead_letter: string | null }>;
    const queues = new Map(rows.map((row) => [row.name, row.dead_letter]));
    expect(queues.has(DEAD_LETTER_QUEUE)).toBe(true);
    for (const name of Object.keys(JOBS)) expect([name, queues.get(name)]).toEqual([name, DEAD_LETTER_QUEUE]);
  });

  it('derives one stable UUID per dedupe key', () => {
    expect(jobIdFor('a')).toBe(jobIdFor('a'));
    expect(jobIdFor('a')).not.toBe(jobIdFor('b'));
    expect(jobIdFor('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
