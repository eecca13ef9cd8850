import assert from 'node:assert/strict';
import {
  LEXICON,
  titleLinkLength,
  abbreviationForms,
  documentRefs,
  evidenceCues,
  hasQuestionCue,
  type EvidenceCue,
  type QuestionCueName,
  INTENT_RULES,
  fillerLengthAt,
  questionCuePositions,
} from '../../src/lexicon/lexicon.ts';
import { unitsIn } from '../../src/understand/question-units.ts';
import { bylineName } from '../../src/lexicon/byline.ts';
import { detectLang, understand } from '../../src/understand/understand.ts';
import { foldKey, tokenize } from '../../src/text/normalize.ts';

// Every example written beside the vocabulary is run: adding a phrasing is a data edit, and its example proves it.
describe('lexicon (data with examples)', () => {
  for (const [name, entry] of Object.entries(LEXICON.evidence)) {
    it(`evidence cue "${name}": its examples match, its counter-examples do not`, () => {
      for (const s of entry.examples.match) assert.ok(evidenceCues(tokenize(s), name as EvidenceCue, true).length > 0, s);
      for (const s of entry.examples.miss) assert.equal(evidenceCues(tokenize(s), name as EvidenceCue, true).length, 0, s);
    });
  }

  for (const [name, entry] of Object.entries(LEXICON.questionCues)) {
    it(`question cue "${name}": its examples match, its counter-examples do not`, () => {
      for (const s of entry.examples.match) assert.ok(hasQuestionCue(tokenize(s), name as QuestionCueName), s);
      for (const s of entry.examples.miss) assert.ok(!hasQuestionCue(tokenize(s), name as QuestionCueName), s);
    });
  }

  it('count fillers: each example counts the noun after them, the fillers ask (no fact must hold them), and "sổ" is no "số"', () => {
    for (const { question, counts } of LEXICON.countFillers.examples) {
      const tokens = tokenize(question);
      const units = unitsIn(tokens, detectLang(question) === 'en');
      assert.ok(
        units[0]?.vi.some((p) => p.text === counts),
        `${question}: ${JSON.stringify(units[0]?.vi.map((p) => p.text))}`,
      );
      const cue = tokens.findIndex((t) => t.folded === 'nhieu' || t.folded === 'many') + 1;
      for (let i = cue; i < cue + fillerLengthAt(tokens, cue); i++) assert.ok(questionCuePositions(tokens).has(i), `${question}: ${tokens[i].text}`);
      assert.ok(fillerLengthAt(tokens, cue) > 0, `${question}: no filler after the cue`);
    }
    assert.equal(fillerLengthAt(tokenize('bao nhiêu sổ sách'), 2), 0);
    assert.equal(fillerLengthAt(tokenize('bao nhieu so van ban'), 2), 1);
    assert.equal(fillerLengthAt(tokenize('bao nhiêu số lượng văn bản'), 2), 2);
  });

  it("intent rules: each rule's example questions are read with its intent, the first matching rule winning", () => {
    for (const rule of INTENT_RULES) {
      for (const q of rule.examples) {
        const u = understand(q);
        assert.equal(u.intent, rule.intent, q);
        assert.equal(u.roleFocus, rule.roleFocus ?? 'all', q);
      }
    }
  });

  it('bylines: names are read, photo credits, site names and labels are not', () => {
    for (const s of LEXICON.byline.examples.match) assert.ok(bylineName(s), s);
    for (const s of LEXICON.byline.examples.miss) assert.equal(bylineName(s), null, s);
    assert.equal(bylineName('Tin, ảnh: Hoàng Mẫn'), 'Hoàng Mẫn');
  });

  it('document dates: a date after a document’s name belongs to the document', () => {
    for (const s of LEXICON.documentDates.examples.match) assert.ok(documentRefs(tokenize(s)).length > 0, s);
    for (const s of LEXICON.documentDates.examples.miss) assert.equal(documentRefs(tokenize(s)).length, 0, s);
  });

  it('cue words match whole accented tokens in reports: "dự" is not "du lịch", "dự thảo" is not attendance', () => {
    assert.equal(evidenceCues(tokenize('Phát triển du lịch bền vững'), 'attendance', true).length, 0);
    assert.equal(evidenceCues(tokenize('Hội nghị thông qua dự thảo nghị quyết'), 'attendance', true).length, 0);
    assert.ok(evidenceCues(tokenize('Dự hội nghị có đồng chí Nguyễn Văn A'), 'attendance', true).length > 0);
  });

  it('title links: a name, a linking phrase, a title', () => {
    for (const s of LEXICON.titleLinks.examples.match) assert.ok(titleLinkLength(s.slice(s.indexOf('Lực') + 3)) > 0, s);
    for (const s of LEXICON.titleLinks.examples.miss) assert.equal(titleLinkLength(s.slice(s.indexOf('Lực') + 3)), 0, s);
  });

  it('abbreviations are searched in both forms', () => {
    assert.ok(abbreviationForms(foldKey('ủy ban nhân dân tỉnh').split(' ')).includes('ubnd'));
    assert.deepEqual(abbreviationForms(['hdnd']), ['hoi', 'dong', 'nhan', 'dan']);
  });

  it('every unit has a Vietnamese form, and a parent is itself a unit', () => {
    const all = new Set(LEXICON.units.flatMap((u) => u.vi));
    for (const u of LEXICON.units) {
      assert.ok(u.vi.length > 0);
      if (u.parent) assert.ok(all.has(u.parent), u.parent);
    }
  });
});

describe('lexicon: data enters only through its loaders', () => {
  it('no module outside src/lexicon/ imports a data file (each is validated once, in its loader)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (p.endsWith('.ts') && !p.startsWith(join('src', 'lexicon')) && /from '[^']*lexicon\/data\/[^']+\.json'/.test(await readFile(p, 'utf8')))
          offenders.push(p);
      }
    };
    await walk('src');
    await walk('commands');
    assert.deepEqual(offenders, []);
  });
});
