import { encodeGlobalID } from '@pothos/plugin-relay';
import Database from 'better-sqlite3';
import type { WorkloadSubjects } from './workloads';

/** Picks what the workloads ask about, from the graph itself: the busiest leader and speaker, a middle statement. */
export function findSubjects(file: string): Omit<WorkloadSubjects, 'page20Cursor'> {
  const db = new Database(file, { readonly: true });
  try {
    const slugOf = (id: number) => (db.prepare('SELECT slug FROM "Person" WHERE id = ?').get(id) as { slug: string }).slug;
    const busiest = db.prepare('SELECT B AS id FROM "_EventParticipants" GROUP BY B ORDER BY COUNT(*) DESC, B LIMIT 1').get() as { id: number };
    const speaker = db.prepare('SELECT speakerId AS id FROM "Statement" WHERE speakerId IS NOT NULL GROUP BY speakerId ORDER BY COUNT(*) DESC LIMIT 1').get() as { id: number };
    const { count } = db.prepare('SELECT MAX(id) AS count FROM "Statement"').get() as { count: number };
    return {
      busiestSlug: slugOf(busiest.id),
      speakerSlug: slugOf(speaker.id),
      statementId: encodeGlobalID('Statement', Math.ceil(count / 2)),
      from: '2021-01-01',
      to: '2024-12-31',
      word: 'tariffs',
    };
  } finally {
    db.close();
  }
}
