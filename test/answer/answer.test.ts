import assert from 'node:assert/strict';
import { shippedEngine, writeCorpus, tempDir } from '../helpers.ts';
import { Engine } from '../../src/engine.ts';
import { groundingViolations } from '../../src/answer/grounding.ts';
import { plainSnippet } from '../../src/search/snippet.ts';
import type { Answer } from '../../src/model/answer.ts';

const cites = (a: Answer) => [...new Set(a.citations.map((c) => c.doc.slice(0, 3)))].sort();

/** One question in English, Vietnamese and accentless Vietnamese. */
const FORMS: Record<string, [string, string, string]> = {
  attended2020: ['Who attended the 2020 congress?', 'Ai dự đại hội năm 2020?', 'ai du dai hoi nam 2020'],
  attendedTienGiang: ['Who attended the Tiền Giang conference?', 'Những ai tham dự hội nghị ở Tiền Giang?', 'nhung ai tham du hoi nghi tien giang'],
  issued2019: [
    'How many documents did the office issue in 2019?',
    'Năm 2019 văn phòng ban hành bao nhiêu văn bản?',
    'nam 2019 van phong ban hanh bao nhieu van ban',
  ],
  received: ['How many incoming documents were received?', 'Tiếp nhận bao nhiêu văn bản đến?', 'tiep nhan bao nhieu van ban den'],
  meetings: ['How many meetings were served?', 'Phục vụ bao nhiêu cuộc họp?', 'phuc vu bao nhieu cuoc hop'],
  when: ['When was the 2020 congress held?', 'Đại hội năm 2020 diễn ra khi nào?', 'dai hoi nam 2020 dien ra khi nao'],
  byline: ['Who wrote the report on the Tiền Giang conference?', 'Ai viết bài về hội nghị Tiền Giang?', 'ai viet bai ve hoi nghi tien giang'],
  countReports: ['How many reports are there?', 'Có bao nhiêu báo cáo?', 'co bao nhieu bao cao'],
  newMembers: ['How many new party members were admitted?', 'Kết nạp bao nhiêu đảng viên mới?', 'ket nap bao nhieu dang vien moi'],
};

describe('answer', () => {
  it('who attended the 2020 congress: the group, from the congress report, in all three forms', async () => {
    const e = await shippedEngine();
    for (const q of FORMS.attended2020) {
      const a = e.ask(q);
      assert.equal(a.intent, 'attendees', q);
      assert.equal(a.found, true, q);
      assert.deepEqual(cites(a), ['001'], q);
      assert.match(a.answer, /lãnh đạo Đảng ủy Khối các cơ quan tỉnh/, q);
      assert.doesNotMatch(a.answer, /Vũ Hồng Bắc|Võ Văn Bình/, q);
    }
  });

  it('who attended the Tiền Giang conference: Võ Văn Bình with his title (English beside it for English)', async () => {
    const e = await shippedEngine();
    const [en, vi, plain] = FORMS.attendedTienGiang.map((q) => e.ask(q));
    for (const a of [en, vi, plain]) {
      // The evidence sentence, quoted as the report writes it.
      assert.match(a.answer, /«Phó Bí thư Thường trực Tỉnh ủy Võ Văn Bình đã đến dự/);
      assert.deepEqual(cites(a), ['004']);
    }
    assert.equal(en.lang, 'en');
    // English answers read the names with their titles, and the titles in English.
    assert.match(en.answer, /Võ Văn Bình, Phó Bí thư Thường trực Tỉnh ủy \(Standing Deputy Secretary of the Provincial Party Committee\)/);
    assert.equal(vi.lang, 'vi');
    assert.equal(plain.lang, 'vi');
  });

  it('documents issued in 2019: 16,486 from the 2019 review, never the 2018 figures', async () => {
    const e = await shippedEngine();
    for (const q of FORMS.issued2019) {
      const a = e.ask(q);
      assert.equal(a.intent, 'figure', q);
      assert.match(a.answer, /16[.,]486/, q);
      assert.doesNotMatch(a.answer, /10[.,]500|30[.,]900|65[.,]000/, q);
      assert.deepEqual(cites(a), ['002'], q);
    }
  });

  it('incoming documents and meetings served, each with its period', async () => {
    const e = await shippedEngine();
    for (const q of FORMS.received) {
      const a = e.ask(q);
      // The clause with the figure, and the meeting named by its headline (which states the term).
      assert.match(a.answer, /«[^»]*tiếp nhận trên 153\.000 văn bản đến[^»]*»/, q);
      assert.ok(
        a.lines.some((l) => l.kind === 'heading' && l.text === 'Đảng bộ Văn phòng UBND tỉnh đại hội nhiệm kỳ 2020-2025'),
        q,
      );
    }
    for (const q of FORMS.meetings) {
      const a = e.ask(q);
      assert.match(a.answer, /1[.,]881 cuộc họp/, q);
    }
    for (const q of FORMS.newMembers) assert.match(e.ask(q).answer, /\b8\b.*đảng viên mới/, q);
  });

  it('a bare "how many documents" gives the report count and the document figures', async () => {
    const e = await shippedEngine();
    for (const q of ['how many documents are there?', 'có bao nhiêu văn bản?', 'bao nhieu van ban']) {
      const a = e.ask(q);
      assert.match(a.answer, /(holds|có) 5 (reports|báo cáo)/, q);
      // …and the document figures of the meeting that states them, quoted.
      assert.match(a.answer, /«[^»]*\d[^»]*văn bản[^»]*»/, q);
      assert.deepEqual(groundingViolations(a), [], q);
    }
    for (const q of FORMS.countReports) {
      const a = e.ask(q);
      assert.equal(a.intent, 'count-reports', q);
      assert.match(a.answer, /5/, q);
    }
  });

  it('when: the stated date, and an inferred year said to be inferred', async () => {
    const e = await shippedEngine();
    for (const q of FORMS.when) {
      const a = e.ask(q);
      assert.equal(a.intent, 'date', q);
      // The sentence that dates the meeting, quoted; its stated year needs no reading.
      assert.match(a.answer, /«[^»]*Ngày 22\/5\/2020, Đảng bộ Văn phòng UBND tỉnh tổ chức đại hội[^»]*»/, q);
      assert.doesNotMatch(a.answer, /→/, q);
      assert.equal(a.citations[0].date, '2020-05-22', q);
    }
    const inferred = e.ask('When was the 2018 review conference of the People’s Committee office held?');
    // "Chiều 10-1" reviewing 2018: the year is inferred, said to be, and cited where the text names it.
    assert.match(inferred.answer, /«Chiều 10-1[^»]*» \[\d+\]\n\s+→ 10\/1\/2019 \(year inferred from the year it reviews\)/);
    assert.equal(inferred.citations[0].date, '2019-01-10');
    assert.deepEqual(groundingViolations(inferred), []);
    // "Chiều 8-3" under a 10/03/2019 header: the year comes from the page's date line, which is cited.
    const header = e.ask('When was the Tiền Giang conference held?');
    assert.match(header.answer, /«[^»]*Chiều 8-3[^»]*» \[\d+\]\n\s+→ 8\/3\/2019 \(year from the page’s date line\)/);
    assert.ok(
      header.citations.some((c) => /10\/03\/2019/.test(c.snippet)),
      'the date line is cited',
    );
    assert.equal(header.citations[0].date, '2019-03-08');
  });

  it('when: a year the text never states is not put into the answer, only into the source’s date', async () => {
    const dir = await writeCorpus({
      'yb.txt':
        'Thứ ba, 06/01/2015\n\nVăn phòng UBND tỉnh Yên Bái tổng kết công tác\n\nChiều 5-1, Văn phòng UBND tỉnh Yên Bái tổ chức hội nghị tổng kết công tác văn phòng, đánh giá kết quả đạt được.\n\nMinh Hà',
    });
    const e = await Engine.open({ corpusDir: dir, cacheDir: await tempDir() });
    const a = e.ask('When was the Yen Bai conference held?');
    // The year is given only with the line that states it (the page's date line), cited, and said to come from there.
    assert.match(a.answer, /«Chiều 5-1, Văn phòng UBND tỉnh Yên Bái tổ chức hội nghị[^»]*»/);
    assert.match(a.answer, /→ 5\/1\/2015 \(year from the page’s date line\) \[\d+\]\[\d+\]/);
    assert.ok(a.citations.some((c) => c.snippet.includes('06/01/2015')));
    assert.equal(a.citations[0].date, '2015-01-05');
    assert.deepEqual(groundingViolations(a), []);
  });

  it('who wrote: the byline, cited', async () => {
    const e = await shippedEngine();
    for (const q of FORMS.byline) {
      const a = e.ask(q);
      assert.equal(a.intent, 'byline', q);
      assert.match(a.answer, /H\. NGA \[\d+\]/, q);
      const n = Number(/H\. NGA \[(\d+)\]/.exec(a.answer)?.[1]);
      assert.equal(plainSnippet(a.citations.find((c) => c.n === n)!.snippet), 'H. NGA');
    }
  });

  it('who chaired: says the reports do not say, and lists closest passages', async () => {
    const e = await shippedEngine();
    for (const q of ['Who chaired the 2020 congress?', 'Ai chủ trì đại hội 2020?', 'ai chu tri dai hoi 2020']) {
      const a = e.ask(q);
      assert.equal(a.intent, 'chair');
      assert.equal(a.found, false);
      assert.match(a.answer, /do not say|không nêu/);
      assert.ok(a.citations.length > 0, 'closest matches are cited');
    }
  });

  it('lists the reports and answers free search with snippets', async () => {
    const e = await shippedEngine();
    const list = e.ask('list the reports');
    assert.equal(list.intent, 'list-reports');
    assert.equal(list.answer.split('\n').filter((l) => l.startsWith('•')).length, 5);
    // Words to look for: the sentence that holds them, quoted, its source bolding the words.
    const s = e.ask('phần mềm quản lí văn bản');
    assert.equal(s.intent, 'search');
    assert.match(s.answer, /«[^»]*phần mềm quản lí văn bản[^»]*»/);
    assert.deepEqual(cites(s), ['003']);
    assert.ok(s.citations.some((c) => /\*\*phần mềm quản lí văn bản\*\*/.test(c.snippet)));
    const plain = e.ask('phan mem quan li van ban');
    assert.deepEqual(cites(plain), ['003']);
    // Searching explicitly lists the best passages.
    const listed = e.ask('phần mềm quản lí văn bản', { search: true });
    assert.ok(listed.citations[0].doc.startsWith('003'));
    assert.match(listed.citations[0].snippet, /\*\*phần mềm quản lí văn bản\*\*/);
  });

  it('does not invent: unknown facts are "not said", in the question’s language', async () => {
    const e = await shippedEngine();
    const en = e.ask('How many documents did the office issue in 2023?');
    assert.equal(en.found, false);
    assert.match(en.answer, /do not (say|state)/);
    const vi = e.ask('Năm 2023 ban hành bao nhiêu văn bản?');
    assert.equal(vi.found, false);
    assert.match(vi.answer, /không nêu/);
    const who = e.ask('Who attended the 2012 congress?');
    assert.equal(who.found, false);
  });

  it('answers hostile input calmly', async () => {
    const e = await shippedEngine();
    for (const q of ['', '   ', '@everyone', ':~^*+-', 'title:văn~2 +đảng -viên', 'x'.repeat(3000), '<@123456789012345678> ai dự?', '\u0000\u200b', '🤖🤖']) {
      const a = e.ask(q);
      assert.equal(typeof a.answer, 'string');
      assert.ok(a.answer.length > 0);
      assert.ok(a.question.length <= 500);
    }
    assert.equal(e.ask('').intent, 'invalid');
  });

  it('keeps the grounding invariant over every kind of question', async () => {
    const e = await shippedEngine();
    const questions = [
      ...Object.values(FORMS).flat(),
      'who attended?',
      'ai dự hội nghị năm 2018',
      'who spoke at the 2019 conference?',
      'how many awards?',
      'bao nhieu giay khen',
      'how many programme items?',
      'when was the conference held?',
      'who wrote the reports?',
    ];
    for (const q of questions) {
      const a = e.ask(q);
      assert.deepEqual(groundingViolations(a), [], q);
      for (const c of a.citations) {
        assert.ok(c.snippet.length > 0);
        assert.ok(c.date === null || /^\d{4}-\d{2}-\d{2}$/.test(c.date));
        // ¶0 is the headline or a line above the body (site name, date line); body paragraphs count from 1.
        assert.ok(Number.isInteger(c.paragraph) && c.paragraph >= 0);
      }
      for (const m of a.answer.matchAll(/\[(\d+)\]/g))
        assert.ok(
          a.citations.some((c) => c.n === Number(m[1])),
          `${q}: [${m[1]}]`,
        );
    }
  });

  it('the grounding check itself catches an invented number or name', async () => {
    const e = await shippedEngine();
    const a = e.ask('How many documents did the office issue in 2019?');
    const tampered = { ...a, lines: a.lines.map((l) => (l.source === 'passage' ? { ...l, text: l.text.replace(/16\.486/, '17.000') } : l)) };
    assert.ok(groundingViolations(tampered).some((v) => v.missing === 'number 17.000'));
    const b = e.ask('Who attended the Tiền Giang conference?');
    const named = { ...b, lines: b.lines.map((l) => (l.source === 'passage' ? { ...l, text: l.text.replace('Võ Văn Bình', 'Trần Văn Tú') } : l)) };
    assert.ok(groundingViolations(named).some((v) => v.missing.startsWith('name')));
  });
});
