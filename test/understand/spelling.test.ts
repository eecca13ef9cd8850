import assert from 'node:assert/strict';
import { correctSpelling } from '../../src/understand/spelling.ts';
import { shippedCorpus, shippedEngine } from '../helpers.ts';

const read = async (q: string) => correctSpelling(await shippedCorpus(), q);

describe('understand/spelling', () => {
  it('forgives one edit (a letter missing, extra or wrong) and two letters swapped', async () => {
    assert.equal((await read('who atended the 2020 congres?')).text, 'who attended the 2020 congress?');
    assert.deepEqual((await read('who atended')).corrections, [{ from: 'atended', to: 'attended' }]);
    assert.equal((await read('how many documnets')).text, 'how many documents'); // swapped
    assert.equal((await read('who chaiured it')).text, 'who chaired it'); // extra letter
    assert.equal((await read('hoi nghi tong ket nam 2019 co bao nhieu dai bieu tham duu')).corrections.length, 0, 'four letters or fewer: never');
  });

  it('does not forgive what is likely another word: a different first letter, two edits in a short word, a known word, a number', async () => {
    assert.deepEqual((await read('Apart from delegates')).corrections, []);
    assert.deepEqual((await read('who directed the meeting')).corrections, []); // "director" is two edits away
    assert.deepEqual((await read('ai chủ trì hội nghị năm 2019')).corrections, []);
    assert.deepEqual((await read('12345 văn bản')).corrections, []);
  });

  it("knows the corpus's own words, accentless too, and the names of its people and provinces", async () => {
    assert.deepEqual((await read('van phong ubnd tinh tien giang')).corrections, []);
    assert.deepEqual((await read('Who is Võ Văn Bình?')).corrections, []);
  });

  it('the answer reads the corrected question and says first what it read differently', async () => {
    const a = (await shippedEngine()).ask('who atended the 2020 congres?');
    assert.equal(a.lines[0].kind, 'note');
    assert.equal(a.lines[0].text, 'Reading “atended” as “attended”, “congres” as “congress”.');
    assert.ok(a.found);
    assert.match(a.answer, /Dự đại hội có lãnh đạo Đảng ủy Khối các cơ quan tỉnh/);
  });
});
