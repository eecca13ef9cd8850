/**
 * Trends on reports the test writes: every plotted value is a figure a report
 * states about the noun asked, at the period the report is about; a plan, a
 * figure of another noun and a report with no figure add no point.
 */
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { Engine } from '../../src/engine.ts';
import { chartSpec, renderChartPng } from '../../src/render/chart.ts';
import { findNumbers } from '../../src/text/numbers.ts';
import { tempDir, writeCorpus } from '../helpers.ts';
import { LIMITS } from '../../src/limits.ts';

const report = (year: number, province: string, body: string) =>
  `Văn phòng UBND tỉnh ${province} tổng kết công tác năm ${year}\n\nNgày 15/1/${year + 1}, Văn phòng UBND tỉnh ${province} tổ chức hội nghị tổng kết công tác năm ${year}, triển khai nhiệm vụ năm ${year + 1}.\n\n${body}\n\nMinh Anh\n`;

describe('answer/trend', () => {
  let engine: Engine;
  before(async () => {
    const corpusDir = await writeCorpus({
      'a.txt': report(2019, 'Hà Nam', 'Trong năm, Văn phòng đã tiếp nhận 12.450 văn bản đến, tham mưu ban hành 6.100 văn bản đi.'),
      'b.txt': report(2020, 'Hà Nam', 'Năm 2020, Văn phòng tiếp nhận gần 1,5 vạn văn bản đến; phục vụ 320 cuộc họp.'),
      // A target is not a result: no point.
      'c.txt': report(2021, 'Hà Nam', 'Năm 2022, Văn phòng phấn đấu tiếp nhận và xử lý 20.000 văn bản đến đúng hạn.'),
      'd.txt': report(2020, 'Nam Định', 'Cơ quan đã tiếp nhận 9.870 văn bản đến và 45 đơn thư.'),
      // No figure of documents received at all.
      'e.txt': report(2018, 'Nam Định', 'Văn phòng đã phục vụ 210 cuộc họp của lãnh đạo tỉnh.'),
      // A congress: its figures are the whole term's.
      'f.txt':
        'Đảng bộ Văn phòng UBND tỉnh Hà Nam tổ chức Đại hội nhiệm kỳ 2020-2025\n\nNgày 10/6/2020, Đảng bộ Văn phòng UBND tỉnh Hà Nam tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2020-2025.\n\nTrong nhiệm kỳ qua, Văn phòng đã tiếp nhận 61.000 văn bản đến.\n\nMinh Anh\n',
    });
    engine = (await Engine.open({ corpusDir, cacheDir: await tempDir() })).warm();
  });

  const points = (a: ReturnType<Engine['answer']>) => a?.chart?.points.map((p) => [p.x, p.series, p.value]);

  it("plots each report's figure of the noun asked, at the year it reviews, by office; a plan or another noun adds nothing", () => {
    const a = engine.answer({ kind: 'trend', what: 'văn bản đến' });
    assert.equal(a?.found, true);
    assert.deepEqual(points(a), [
      ['2019', 'Văn phòng UBND tỉnh Hà Nam', 12450],
      ['2020', 'Văn phòng UBND tỉnh Hà Nam', 15000],
      // A term's total is a series of its own: no line joins it to a year's figure.
      ['2020–2025', 'Văn phòng UBND tỉnh Hà Nam (cả nhiệm kỳ)', 61000],
      ['2020', 'Văn phòng UBND tỉnh Nam Định', 9870],
    ]);
    // Every point is quoted: its citation's snippet holds the figure as written.
    for (const p of a!.chart!.points) {
      const c = a!.citations.find((x) => x.n === p.cite)!;
      assert.ok(c.snippet.replace(/\*\*/g, '').includes(p.raw), `${p.raw} in [${p.cite}]`);
      assert.ok(findNumbers(p.raw).some((n) => n.value === p.value));
      assert.match(a!.answer, new RegExp(`${p.x}: «[^»]*${p.raw.replace(/[.,]/g, '\\$&')}[^»]*» \\[${p.cite}\\]`));
    }
  });

  it('the same in English, within years, for one office; asked in words it is a trend too', () => {
    assert.deepEqual(points(engine.answer({ kind: 'trend', what: 'documents received', office: 'Hà Nam', from: 2020 })), [
      ['2020', 'Văn phòng UBND tỉnh Hà Nam', 15000],
      ['2020–2025', 'Văn phòng UBND tỉnh Hà Nam (whole term)', 61000],
    ]);
    assert.deepEqual(points(engine.answer({ kind: 'trend', what: 'meetings' })), [
      ['2018', 'Văn phòng UBND tỉnh Nam Định', 210],
      ['2020', 'Văn phòng UBND tỉnh Hà Nam', 320],
    ]);
    const asked = engine.answer({ kind: 'ask', question: 'số văn bản đến qua các năm của Hà Nam?' });
    assert.deepEqual(points(asked)?.slice(0, 2), [
      ['2019', 'Văn phòng UBND tỉnh Hà Nam', 12450],
      ['2020', 'Văn phòng UBND tỉnh Hà Nam', 15000],
    ]);
    assert.equal(asked?.chart?.title, 'số văn bản đến qua các năm của Hà Nam?');
    // A province named with the noun is the trend's: Nam Định's figures are not points of Hà Nam's.
    const named = engine.answer({ kind: 'trend', what: 'văn bản đến ở Hà Nam' });
    assert.deepEqual(
      points(named)?.map(([, series]) => series),
      ['Văn phòng UBND tỉnh Hà Nam', 'Văn phòng UBND tỉnh Hà Nam', 'Văn phòng UBND tỉnh Hà Nam (cả nhiệm kỳ)'],
    );
  });

  it('asked in words as "số … qua các năm", counts the noun after "số": a general figure of documents is no point of incoming ones', async () => {
    const corpusDir = await writeCorpus({
      'g.txt': report(2018, 'Hà Nam', 'Năm vừa qua, Văn phòng đã tham mưu xử lý trên 30.900 văn bản.'),
      'h.txt': report(2019, 'Hà Nam', 'Trong năm, Văn phòng đã tiếp nhận 12.450 văn bản đến.'),
    });
    const e = (await Engine.open({ corpusDir, cacheDir: await tempDir() })).warm();
    for (const question of ['số văn bản đến qua các năm', 'so van ban den qua cac nam', 'số lượng văn bản đến qua các năm'])
      assert.deepEqual(points(e.answer({ kind: 'ask', question })), [['2019', 'Văn phòng UBND tỉnh Hà Nam', 12450]], question);
  });

  it('says so when no report states the figure, and when the kind of figure is not one the reports count', () => {
    const none = engine.answer({ kind: 'trend', what: 'văn bản đến', from: 2030 });
    assert.equal(none?.found, false);
    assert.equal(none?.chart, undefined);
    const unknown = engine.answer({ kind: 'trend', what: 'bicycles' });
    assert.equal(unknown?.found, false);
    assert.match(unknown!.answer, /I do not know “bicycles” as a kind of figure/);
  });

  it('draws a PNG that decodes, of the drawn size, whose plotted data are the quoted figures', async function () {
    this.timeout(20_000);
    const a = engine.answer({ kind: 'trend', what: 'văn bản đến', lang: 'vi' })!;
    const spec = chartSpec(a.chart!, 'vi') as { data: { values: { value: number; label: string }[] } };
    assert.deepEqual(
      spec.data.values.map((v) => [v.value, v.label]),
      a.chart!.points.map((p) => [findNumbers(p.raw)[0]!.value, `[${p.cite}]`]),
    );
    const { png, width, height } = await renderChartPng(a.chart!, 'vi');
    const image = PNG.sync.read(Buffer.from(png));
    assert.deepEqual([image.width, image.height], [width, height]);
    assert.ok(width >= 640 && width <= 1200 && height >= 320 && height <= 800, `${width}×${height}`);
    // Not a blank page: the lines, points and Vietnamese labels put many colours on it.
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4 * 7) colours.add(image.data.readUInt32BE(i));
    assert.ok(colours.size > 20, `${colours.size} colours`);
  });

  it('reads at most LIMITS.trendReports reports, best-ranked first, and says how many more may state it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < LIMITS.trendReports + 5; i++)
      files[`y${i}.txt`] = report(1970 + i, 'Hà Nam', `Trong năm, Văn phòng đã tiếp nhận ${1000 + i} văn bản đến.`);
    const many = (await Engine.open({ corpusDir: await writeCorpus(files), cacheDir: await tempDir() })).warm();
    const a = many.answer({ kind: 'trend', what: 'văn bản đến' })!;
    assert.equal(a.chart?.points.length, LIMITS.trendReports);
    assert.match(a.answer, /Còn 5 báo cáo khác có thể nêu số liệu này nhưng chưa đọc/);
    assert.match(
      many.answer({ kind: 'trend', what: 'văn bản đến', lang: 'en' })!.answer,
      /5 more reports may state it, not read: name an office, a province or years/,
    );
    const narrowed = many.answer({ kind: 'trend', what: 'văn bản đến', from: 2000 })!;
    assert.equal(narrowed.chart?.points.length, 15);
    assert.doesNotMatch(narrowed.answer, /more report/);
  });
});
