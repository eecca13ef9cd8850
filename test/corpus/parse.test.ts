import assert from 'node:assert/strict';
import { parseReport } from '../../src/corpus/parse.ts';
import { isJunkLine, looksLikeByline, splitLongParagraph } from '../../src/corpus/line-shapes.ts';
import { normalizeText } from '../../src/text/normalize.ts';
import { shippedCorpus } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT, CONGRESS_REPORT_NFD } from '../fixtures.ts';

describe('corpus/parse', () => {
  it('parses the shipped reports: titles, dates with their certainty, kinds, bylines', async () => {
    const { reports } = await shippedCorpus();
    const byId = new Map(reports.map((r) => [r.id.slice(0, 3), r]));
    assert.equal(reports.length, 5);
    // Stated year
    assert.equal(byId.get('001')?.date.iso, '2020-05-22');
    assert.equal(byId.get('001')?.date.certainty, 'stated');
    assert.equal(byId.get('001')?.kind, 'congress');
    assert.equal(byId.get('001')?.term, '2020-2025');
    // "Chiều 10-1" reviewing 2018 → January 2019, inferred
    assert.equal(byId.get('000')?.date.iso, '2019-01-10');
    assert.equal(byId.get('000')?.date.certainty, 'inferred-from-reviewed-year');
    // "Chiều 29/12" reviewing 2015 → December 2015
    assert.equal(byId.get('003')?.date.iso, '2015-12-29');
    // "Chiều 8-3" under a 10/03/2019 header
    assert.equal(byId.get('004')?.date.iso, '2019-03-08');
    assert.equal(byId.get('004')?.date.certainty, 'header');
    assert.equal(byId.get('004')?.province, 'Tiền Giang');
    assert.equal(byId.get('004')?.office, 'Văn phòng Tỉnh ủy Tiền Giang');
    assert.deepEqual(
      reports.map((r) => r.byline),
      ['Thu Huyền', 'ĐỖ HOẠT', 'Bích Diệp', 'Trường Biên/HTTV', 'H. NGA'],
    );
    assert.equal(byId.get('003')?.title, 'Văn phòng UBND: Phát huy vai trò tham mưu phục vụ công tác lãnh đạo, chỉ đạo của tỉnh');
    assert.equal(byId.get('000')?.titleFromText, true);
  });

  it('keeps captions apart, drops duplicate captions and page junk', async () => {
    const { reports } = await shippedCorpus();
    const r4 = reports.find((r) => r.id.startsWith('004'))!;
    assert.equal(r4.captions.filter((c) => c.startsWith('Quang cảnh')).length, 1);
    const body = r4.passages.map((p) => p.text).join('\n');
    assert.ok(!body.includes('Quang cảnh hội nghị'));
    const r3 = reports.find((r) => r.id.startsWith('003'))!;
    assert.ok(!r3.passages.some((p) => /BÀI MỚI ĐĂNG|^TOP$/.test(p.text)));
    assert.ok(r3.captions.includes('Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Đình Sơn'));
  });

  it('numbers passages from 1 in reading order, each with its report id', async () => {
    const { reports } = await shippedCorpus();
    for (const r of reports) {
      assert.equal(r.passages[0].paragraph, 1);
      for (const p of r.passages) assert.equal(p.doc, r.id);
      const nums = r.passages.map((p) => p.paragraph);
      assert.deepEqual(
        nums,
        [...nums].sort((a, b) => a - b),
      );
    }
  });

  it('parses a report with a header dateline, CRLF, a "do … chủ trì" chair and an agency byline', () => {
    const r = parseReport('hdnd.txt', normalizeText(HDND_REPORT));
    assert.equal(r.title, 'Văn phòng HĐND tỉnh Quảng Trị tổng kết công tác năm 2020');
    assert.equal(r.headerDate, '2021-01-08');
    assert.equal(r.date.iso, '2021-01-07');
    assert.equal(r.kind, 'conference');
    assert.equal(r.coveredYear, 2020);
    assert.equal(r.office, 'Văn phòng HĐND tỉnh Quảng Trị');
    assert.equal(r.province, 'Quảng Trị');
    assert.equal(r.byline, 'Thu Hà (TTXVN)');
    assert.deepEqual(r.captions, ['Quang cảnh hội nghị']);
    assert.equal(r.passages.length, 4);
  });

  it('reads NFD text with a BOM exactly like NFC', () => {
    const a = parseReport('a.txt', normalizeText(CONGRESS_REPORT));
    const b = parseReport('a.txt', normalizeText(CONGRESS_REPORT_NFD));
    assert.deepEqual(b, a);
    assert.equal(a.date.iso, '2025-06-12');
    assert.equal(a.kind, 'congress');
    assert.equal(a.term, '2025-2030');
    assert.deepEqual(a.captions, ['Ảnh: Đại hội biểu quyết thông qua nghị quyết']);
  });

  it('recognises junk lines and bylines of the genre', () => {
    for (const j of ['BÀI MỚI ĐĂNG', 'TOP', '.', '...', 'Tin liên quan']) assert.ok(isJunkLine(j), j);
    assert.ok(!isJunkLine('Quang cảnh hội nghị'));
    for (const b of ['Thu Hà (TTXVN)', 'ĐỖ HOẠT', 'H. NGA', 'Trường Biên/HTTV', 'Tin, ảnh: Minh Anh']) assert.ok(looksLikeByline(b), b);
    assert.ok(!looksLikeByline('Quang cảnh hội nghị'));
    assert.ok(!looksLikeByline('VĂN PHÒNG UBND TỈNH TỔNG KẾT CÔNG TÁC'), 'an all-capitals headline is not a byline');
  });

  it('splits a very long paragraph at sentence ends', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Câu số ${i} nói về công tác văn phòng của tỉnh.`).join(' ');
    const parts = splitLongParagraph(long, 300);
    assert.ok(parts.length > 1);
    for (const p of parts) assert.ok(p.length <= 300 && /\.$/.test(p));
    assert.equal(parts.join(' '), long);
    // Scraped text with no sentence ends at all is cut at spaces, never mid-word.
    const run = 'văn phòng tỉnh hội nghị '.repeat(500).trim();
    const pieces = splitLongParagraph(run, 300);
    assert.ok(pieces.length > 10 && pieces.every((p) => p.length <= 600));
    assert.equal(pieces.join(' '), run);
  });

  it('takes a byline above the body, and drops "Tin liên quan" lists and bare links', () => {
    const r = parseReport(
      'lc.txt',
      normalizeText(
        'Văn phòng UBND tỉnh Lào Cai tổng kết năm 2021\n\nTin, ảnh: Minh Anh\n\nChiều 6/1/2022, Văn phòng UBND tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2021. Dự hội nghị có đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh.\n\nNăm 2021, Văn phòng đã tiếp nhận 52.300 văn bản đến.\n\nTin liên quan:\n\nVăn phòng Tỉnh ủy Lào Cai triển khai nhiệm vụ năm 2022\n\nHội nghị cán bộ công chức Sở Tài chính năm 2022\n\nhttps://example.vn/bai-viet\n',
      ),
    );
    assert.equal(r.byline, 'Minh Anh');
    assert.equal(r.title, 'Văn phòng UBND tỉnh Lào Cai tổng kết năm 2021');
    assert.equal(r.passages.length, 2);
    assert.deepEqual(r.captions, []);
  });
});
