import assert from 'node:assert/strict';
import { detectLang, keepQuestion, understand, understandStated } from '../../src/understand/understand.ts';
import { ordinalForms } from '../../src/understand/ordinals.ts';
import { LIMITS } from '../../src/limits.ts';

describe('understand', () => {
  it('keeps the end of a long message, where the question is, cut at a word', () => {
    const long = `${'Chào bot, mình hỏi hơi dài. '.repeat(40)}Năm 2018 có bao nhiêu văn bản đến?`;
    const kept = keepQuestion(long);
    assert.ok(kept.length <= LIMITS.questionMaxChars);
    assert.ok(kept.endsWith('bao nhiêu văn bản đến?'));
    assert.ok(long.includes(` ${kept}`), 'starts on a whole word');
    assert.equal(understand(long).year, 2018);
  });

  it('language: accentless Vietnamese is Vietnamese; English naming Vietnamese places is English', () => {
    assert.equal(detectLang('tap the nao duoc de nghi tang co thi dua'), 'vi');
    assert.equal(detectLang('Có bao nhiêu văn bản đến?'), 'vi');
    assert.equal(detectLang('Who chaired the Hà Nam meeting?'), 'en');
    assert.equal(detectLang('Which report mentions Năm Căn?'), 'en');
  });

  it('reads selectors in either language: year, term, kind, office, province, latest', () => {
    const vi = understand('Đại hội Đảng bộ Văn phòng Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025 có bao nhiêu đại biểu?');
    assert.deepEqual([vi.kind, vi.office, vi.province, vi.term, vi.year], ['congress', 'tinh-uy', 'Hà Giang', '2020-2025', null]);
    const en = understand('Who attended the latest session of the Provincial People’s Council in 2021?');
    assert.deepEqual([en.kind, en.office, en.relative, en.year, en.intent], ['session', 'hdnd', 'latest', 2021, 'attendees']);
    const plain = understand('hoi nghi tong ket ubnd tinh lao cai nam 2019 ai chu tri');
    assert.deepEqual([plain.kind, plain.office, plain.province, plain.year, plain.intent], ['conference', 'ubnd', 'Lào Cai', 2019, 'chair']);
  });

  it('"chaired by X" selects meetings; what is asked beside it is the intent', () => {
    const who = understand('Who was at the meeting chaired by Nguyễn Văn Phong?');
    assert.equal(who.chairedBy, true);
    assert.equal(who.intent, 'attendees');
    const when = understand('When was the conference chaired by Trần Huy Tuấn held?');
    assert.equal(when.chairedBy, true);
    assert.equal(when.intent, 'date');
    // Asking who chaired is not the selector.
    assert.equal(understand('Who chaired the 2019 review conference?').chairedBy, false);
  });

  it('empty, punctuation-only and Lunr syntax are invalid or plain questions, never errors', () => {
    for (const q of ['', '   ', '???', '*:~^+-']) assert.equal(understand(q).intent, 'invalid', JSON.stringify(q));
    assert.equal(understand('help').intent, 'help');
    assert.notEqual(understand('title:văn* +bản -đến ~2 ^3').intent, 'invalid');
  });

  it('a stated question keeps the command’s intent whatever its words say', () => {
    const who = understandStated({ intent: 'attendees', what: 'how many documents in 2019', lang: 'en' });
    assert.equal(who.intent, 'attendees');
    assert.equal(who.year, 2019);
    const picked = understandStated({ intent: 'figure', categories: ['awards'], what: 'hội nghị 2020' });
    assert.deepEqual([picked.intent, picked.categories, picked.kind, picked.year, picked.lang], ['figure', ['awards'], 'conference', 2020, 'vi']);
    // Typed words name the figure kinds when none is picked.
    assert.deepEqual(understandStated({ intent: 'figure', what: 'văn bản đến' }).categories, ['documents-received']);
    assert.equal(understandStated({ intent: 'count-reports' }).intent, 'count-reports');
  });

  it('ordinals are searched as Roman numerals and digits both ways', () => {
    // Folded forms: what the index holds for "XV" and "VII".
    assert.deepEqual(ordinalForms('the 15th congress'), ['xv', '15']);
    assert.deepEqual(ordinalForms('Đại hội khóa XV'), ['15']);
    assert.deepEqual(ordinalForms('kỳ họp thứ 7'), ['vii']);
  });
});
