import assert from 'node:assert/strict';
import { parseReport } from '../../src/corpus/parse.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { shippedCorpus } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT, NGHE_AN_REPORT, BAC_NINH_REPORT, PHU_THO_REPORT } from '../fixtures.ts';
import type { ReportFacts } from '../../src/model/facts.ts';
import type { Report } from '../../src/model/report.ts';

function spanText(r: Report, f: { span: { paragraph: number; start: number; end: number } }): string {
  const p = r.passages.find((x) => x.paragraph === f.span.paragraph && x.text.length >= f.span.end)!;
  return p.text.slice(f.span.start, f.span.end);
}

function who(f: ReportFacts, role: string): string[] {
  return f.people.filter((p) => p.role === role).map((p) => p.name);
}

describe('facts/attendance', () => {
  it('reads "Dự Hội nghị có đồng chí X, title; groups" with titles and groups', async () => {
    const c = await shippedCorpus();
    const r = c.reports.find((x) => x.id.startsWith('000'))!;
    const f = c.facts.get(r.id)!;
    const bac = f.people.find((p) => p.role === 'attendee' && p.name === 'Vũ Hồng Bắc')!;
    assert.equal(bac.title, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    assert.ok(spanText(r, bac).includes('Vũ Hồng Bắc, Phó Bí thư Tỉnh ủy'));
    assert.ok(f.groups.some((g) => g.role === 'attendee' && g.name.startsWith('lãnh đạo Đảng ủy Khối các cơ quan tỉnh')));
    // The badge: presenter and recipient
    assert.deepEqual(who(f, 'presenter'), ['Vũ Hồng Bắc']);
    assert.deepEqual(who(f, 'recipient'), ['Ngô Thượng Quế']);
  });

  it('reads the subject-before-verb phrasings: "X … dự hội nghị", "X đã đến dự và phát biểu"', async () => {
    const c = await shippedCorpus();
    const r3 = c.reports.find((x) => x.id.startsWith('003'))!;
    const f3 = c.facts.get(r3.id)!;
    assert.deepEqual(who(f3, 'attendee'), ['Lê Đình Sơn']);
    assert.equal(f3.people[0].title, 'Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    assert.ok(f3.groups.some((g) => g.name === 'các Phó Chủ tịch UBND tỉnh'));
    const f4 = c.facts.get(c.reports.find((x) => x.id.startsWith('004'))!.id)!;
    assert.deepEqual(who(f4, 'attendee'), ['Võ Văn Bình']);
    assert.ok(who(f4, 'speaker').includes('Võ Văn Bình'));
  });

  it('finds no people where a report names none, only the group', async () => {
    const c = await shippedCorpus();
    const f1 = c.facts.get(c.reports.find((x) => x.id.startsWith('001'))!.id)!;
    assert.deepEqual(who(f1, 'attendee'), []);
    assert.deepEqual(
      f1.groups.filter((g) => g.role === 'attendee').map((g) => g.name),
      ['lãnh đạo Đảng ủy Khối các cơ quan tỉnh'],
    );
  });

  it('reads "Tham dự … có các đồng chí: A, title; B, title" and "do X chủ trì"', () => {
    const r = parseReport('hdnd.txt', normalizeText(HDND_REPORT));
    const f = extractFacts(r);
    assert.deepEqual(who(f, 'attendee'), ['Nguyễn Thị Lan', 'Lê Quốc Huy']);
    assert.equal(f.people.find((p) => p.name === 'Lê Quốc Huy')?.title, 'Trưởng ban Pháp chế HĐND tỉnh');
    assert.deepEqual(who(f, 'chair'), ['Trần Văn Minh']);
    assert.equal(f.people.find((p) => p.role === 'chair')?.title, 'Chánh Văn phòng HĐND tỉnh');
    assert.ok(f.groups.some((g) => g.name === 'đại diện lãnh đạo các ban HĐND tỉnh'));
    assert.deepEqual(who(f, 'presenter'), ['Nguyễn Thị Lan']);
  });

  it('reads "Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: …"', () => {
    const r = parseReport('c.txt', normalizeText(CONGRESS_REPORT));
    const f = extractFacts(r);
    assert.deepEqual(who(f, 'attendee'), ['Phạm Quang Ngọc', 'Đinh Thị Hoa']);
    assert.equal(f.people[0].title, 'Ủy viên Ban Thường vụ Tỉnh ủy, Chánh Văn phòng Tỉnh ủy');
  });

  it('reads a dash between name and title, "Chủ trì hội nghị có …" and two co-chairs', () => {
    const a = parseReport('a.txt', normalizeText(NGHE_AN_REPORT));
    assert.equal(a.title.startsWith('Sáng ngày 15/01/2022, Văn phòng UBND tỉnh Nghệ An'), true, 'the source tag is not part of the title');
    const fa = extractFacts(a);
    assert.equal(fa.people.find((p) => p.name === 'Nguyễn Đức Trung')?.title, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    assert.deepEqual(who(fa, 'chair'), ['Đậu Vĩnh Thịnh']);
    assert.ok(!fa.groups.some((g) => g.name.startsWith('–')));
    const b = parseReport('b.txt', normalizeText(BAC_NINH_REPORT));
    assert.equal(b.byline, 'PV');
    const fb = extractFacts(b);
    assert.deepEqual(who(fb, 'chair'), ['Trần Minh Tuấn', 'Phạm Văn Đạt']);
    assert.deepEqual(who(fb, 'attendee'), ['Nguyễn Quốc Chung', 'Lê Thị Hoa']);
  });

  it('reads "Về phía lãnh đạo tỉnh có đồng chí …"', () => {
    const f = extractFacts(parseReport('pt.txt', normalizeText(PHU_THO_REPORT)));
    assert.deepEqual(who(f, 'attendee'), ['Bùi Đình Thi', 'Hồ Đức Hùng']);
  });
});
