import assert from 'node:assert/strict';
import { startHarness, type Harness } from './harness.ts';
import { DISCORD } from '../../src/discord/limits.ts';

const callbackOf = (h: Harness, id: string) => h.fake.responseTo(id);

/** A title used as the file name: 120 characters and more, as users save reports. */
const LONG_ID = `${'Hoi nghi tong ket cong tac nam 2022 va trien khai nhiem vu nam 2023 cua Van phong UBND tinh Son La '.repeat(2).trim()}.txt`;
const people = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Minh Tuấn', 'Phạm Quốc Bảo', 'Hoàng Văn Dũng', 'Đỗ Thị Mai', 'Vũ Đức Thắng'];
const REPORT = [
  'Văn phòng UBND tỉnh Sơn La tổng kết công tác năm 2022',
  'Ngày 10/1/2023, Văn phòng UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2022.',
  ...people.map(
    (p, i) => `Dự hội nghị có đồng chí ${p}, Phó Giám đốc Sở ${['Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế', 'Công Thương', 'Tư pháp', 'Giáo dục'][i]}.`,
  ),
  'Năm 2022, Văn phòng đã tiếp nhận 12.300 văn bản đến, phát hành 3.450 văn bản đi.',
  'Thu Trang',
].join('\n\n');

describe('Discord: report ids longer than Discord carries', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ corpus: { [LONG_ID]: REPORT, 'short.txt': REPORT.replace('Sơn La', 'Lai Châu') } });
  });
  after(async () => h.stop());

  it('a 120-character report id is offered as a short key, opened by /report and /who-attended, and paged with buttons', async () => {
    assert.ok(LONG_ID.length > 120);
    const ac = await callbackOf(h, h.fake.autocomplete('report', [{ name: 'id', value: 'son la', focused: true }]).id);
    const [choice] = ac.body.data.choices;
    assert.ok(choice.value.length <= DISCORD.choiceValue && choice.name.length <= DISCORD.choiceName);
    assert.notEqual(choice.value, LONG_ID.slice(0, 100), 'not a cut id, which would name no report');
    const shown = await callbackOf(h, h.fake.command('report', { id: choice.value }).id);
    const e = shown.body.data.embeds[0];
    assert.match(e.description, /Nguyễn Văn Hùng/);
    assert.match(e.description, /12\.300/);
    assert.doesNotMatch(e.description, /Lai Châu/);
    const who = await callbackOf(h, h.fake.command('who-attended', { meeting: choice.value }).id);
    assert.match(who.body.data.embeds[0].description, /Vũ Đức Thắng/);
    // More sources than a page holds: the button's id stays within Discord's limit and pages.
    const data = who.body.data;
    const more = data.components?.[0]?.components.find((c: { custom_id?: string }) => c.custom_id?.startsWith('v2:src:'));
    assert.ok(more, 'a second page of sources');
    assert.ok(more.custom_id.length <= DISCORD.customId);
    const message = { ...h.fake.message(data), embeds: data.embeds, components: data.components };
    const page = await callbackOf(h, h.fake.button(more.custom_id, message).id);
    assert.equal(page.body.type, 7);
    assert.match(page.body.data.embeds[0].fields[0].name, /^\[6\]/);
  });
});
