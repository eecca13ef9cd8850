import assert from 'node:assert/strict';
import { foldDiacritics, foldKey, normalizeText, tokenize, hasVietnameseMarks } from '../../src/text/normalize.ts';

describe('text/normalize', () => {
  it('turns NFD into NFC and unifies tone-mark styles', () => {
    const nfd = 'Văn phòng Tỉnh uỷ Thanh Hoá, thuỷ lợi, hoà bình'.normalize('NFD');
    const out = normalizeText(nfd);
    assert.equal(out, 'Văn phòng Tỉnh ủy Thanh Hóa, thủy lợi, hòa bình');
    assert.equal(out, out.normalize('NFC'));
  });

  it('leaves syllables with a final consonant and "qu" alone', () => {
    assert.equal(normalizeText('hoàng quý thuyết'), 'hoàng quý thuyết');
  });

  it('strips BOMs, CRLF and non-breaking spaces', () => {
    assert.equal(normalizeText('\uFEFFDự\u00A0Hội nghị\r\ncó'), 'Dự Hội nghị\ncó');
  });

  it('folds diacritics including đ/Đ', () => {
    assert.equal(foldDiacritics('Đảng ủy Hội nghị Tiền Giang'), 'Dang uy Hoi nghi Tien Giang');
    assert.equal(foldKey('  UỶ BAN   Nhân dân '), 'uy ban nhan dan');
  });

  it('tokenizes on anything but letters and digits, keeping offsets into the text', () => {
    const text = 'LSO-Ngày 22/5/2020, Đảng bộ: họp~^*+';
    const toks = tokenize(text);
    assert.deepEqual(
      toks.map((t) => t.text),
      ['lso', 'ngày', '22', '5', '2020', 'đảng', 'bộ', 'họp'],
    );
    for (const t of toks) assert.equal(text.slice(t.start, t.start + t.length).toLowerCase(), t.text);
    assert.equal(toks[5].folded, 'dang');
  });

  it('tells marked Vietnamese from plain ASCII', () => {
    assert.equal(hasVietnameseMarks('ai dự hội nghị'), true);
    assert.equal(hasVietnameseMarks('ai du hoi nghi'), false);
  });
});
