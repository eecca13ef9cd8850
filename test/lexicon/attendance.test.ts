import assert from 'node:assert/strict';
import { extractAttendance } from '../../src/facts/attendance.ts';
import { ATTENDANCE } from '../../src/lexicon/attendance.ts';
import type { PersonRole } from '../../src/model/facts.ts';
import { normalizeText } from '../../src/text/normalize.ts';

const ROLES: [keyof (typeof ATTENDANCE.examples)[number], PersonRole][] = [
  ['attendees', 'attendee'],
  ['chair', 'chair'],
  ['speakers', 'speaker'],
  ['presenters', 'presenter'],
  ['recipients', 'recipient'],
];

describe('lexicon/attendance', () => {
  it('every example sentence yields exactly the people it lists, role by role', () => {
    for (const ex of ATTENDANCE.examples) {
      const text = normalizeText(ex.sentence);
      const { people } = extractAttendance([{ id: 'example#1', doc: 'example', paragraph: 1, text }]);
      for (const [field, role] of ROLES) {
        const want = ex[field] as string[] | undefined;
        if (!want) continue;
        const got = [...new Set(people.filter((p) => p.role === role).map((p) => p.name))];
        assert.deepEqual(got, want, `${role} in: ${ex.sentence}`);
      }
    }
  });

  it('every list holds words in the tone style report text is matched in', () => {
    for (const [key, words] of Object.entries(ATTENDANCE)) {
      if (!Array.isArray(words) || key === 'examples') continue;
      for (const w of words as string[]) assert.equal(w, normalizeText(w), `${key}: ${w}`);
    }
  });
});
