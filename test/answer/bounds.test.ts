import assert from 'node:assert/strict';
import { Engine } from '../../src/engine.ts';
import { LIMITS } from '../../src/limits.ts';
import { writeCorpus, tempDir } from '../helpers.ts';

/** One report far longer than any real one: 200 people present and 120 figures, in ordinary sentences. */
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hải',
  'Khánh',
  'Lâm',
  'Nam',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Vinh',
  'Yên',
  'Hùng',
  'Lan',
  'Mai',
  'Tuấn',
  'Hạnh',
];
const names = Array.from({ length: 200 }, (_, i) => `${SURNAMES[i % 10]} ${MIDDLE[Math.floor(i / 10) % 10]} ${GIVEN[i % 20]}`);
const REPORT = [
  'Văn phòng UBND tỉnh Điện Biên tổng kết công tác năm 2022',
  'Ngày 12/1/2023, Văn phòng UBND tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2022.',
  ...Array.from(
    { length: 20 },
    (_, k) =>
      `Dự hội nghị có ${names
        .slice(k * 10, k * 10 + 10)
        .map((n) => `đồng chí ${n}, chuyên viên`)
        .join('; ')}.`,
  ),
  ...Array.from({ length: 120 }, (_, k) => `Năm 2022, bộ phận số ${k + 1} đã tiếp nhận 1.${String(k).padStart(3, '0')} văn bản đến.`),
].join('\n\n');

describe('answer: bounded by construction on a very long report', function () {
  this.timeout(30_000);
  let e: Engine;
  before(async () => {
    e = await Engine.open({ corpusDir: await writeCorpus({ 'db.txt': REPORT }), cacheDir: await tempDir() });
  });

  it('the report really holds that many facts', () => {
    const f = e.corpus.facts.get('db.txt')!;
    assert.ok(f.people.filter((p) => p.role === 'attendee').length >= 150);
    assert.ok(f.figures.length >= 100);
  });

  it('who attended lists at most the cap, cites only what it lists, and counts the rest', () => {
    const a = e.answerStated({ intent: 'attendees', doc: 'db.txt', lang: 'en' });
    const people = a.lines.filter((l) => l.kind === 'item');
    assert.ok(people.length <= LIMITS.maxPeoplePerMeeting, `${people.length} lines`);
    assert.match(a.answer, /…and \d+ more in this report/);
    assert.ok(a.citations.length <= LIMITS.maxPeoplePerMeeting + 2, `${a.citations.length} citations`);
  });

  it('figures of one report are cut at the cap and say so; /report stays short', () => {
    const a = e.answerStated({ intent: 'figure', categories: ['documents-received'], doc: 'db.txt', lang: 'en' });
    assert.ok(a.lines.filter((l) => l.kind === 'item').length <= LIMITS.maxFigureLines);
    assert.match(a.answer, /more in this report/);
    const s = e.summarize('db.txt', 'vi')!;
    assert.ok(s.lines.length <= LIMITS.maxPeoplePerMeeting + LIMITS.maxFigureLines + 10, `${s.lines.length} lines`);
    assert.match(s.answer, /mục khác trong báo cáo này/);
  });
});
