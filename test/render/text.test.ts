import assert from 'node:assert/strict';
import { lineText, markers, renderText } from '../../src/render/text.ts';
import { heading, item, note, reading } from '../../src/answer/lines.ts';
import { shippedEngine } from '../helpers.ts';

describe('render/text', () => {
  it('writes each kind of line its own way, markers once and in order at the end', () => {
    assert.equal(markers([3, 1, 3]), '[1][3]');
    assert.equal(lineText(heading('Hội nghị tổng kết', [2, 1], 'passage', 'Cà Mau')), '**Hội nghị tổng kết** — Cà Mau [1][2]');
    assert.equal(lineText(item('Chủ trì: «…»', [4])), '• Chủ trì: «…» [4]');
    assert.equal(lineText(item('2019-01-10 · Hội nghị (a.txt)', [], 'corpus', 'Tên bài')), '• **Tên bài** — 2019-01-10 · Hội nghị (a.txt)');
    assert.equal(lineText(reading('→ Nguyễn Văn A, Chủ tịch', [4])), '  → Nguyễn Văn A, Chủ tịch [4]');
    assert.equal(lineText(note('The reports do not say.')), 'The reports do not say.');
  });

  it('a style decides the markup: the report’s words are escaped, the heading made strong', () => {
    const style = { strong: (s: string) => `<b>${s}</b>`, escape: (s: string) => s.replace(/\*/g, '\\*') };
    assert.equal(renderText([heading('a*b', [1]), item('x*', [])], style), '<b>a\\*b</b> [1]\n• x\\*');
  });

  it('the engine’s answers carry no markup in their lines; the text form is made from them', async () => {
    const e = await shippedEngine();
    for (const q of ['who attended the 2020 congress?', 'how many documents did the office issue in 2019?', 'list the reports']) {
      const a = e.ask(q);
      assert.ok(a.lines.length > 0, q);
      for (const l of a.lines) assert.doesNotMatch(`${l.text}${l.emphasis ?? ''}`, /\*\*|^• |\[\d+\]$/, `${q}: ${l.text}`);
      assert.equal(a.answer, renderText(a.lines));
    }
  });
});
