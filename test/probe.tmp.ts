import { parseReport } from '../src/corpus/parse.ts';
import { extractFacts } from '../src/facts/extract.ts';
import { understand } from '../src/understand/understand.ts';
const sents = [
  'Có mặt tại hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị Lan, Chánh Văn phòng.',
  'Tham gia hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.',
  'Về dự hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.',
  'Đến chung vui cùng hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.',
  'Hội nghị vinh dự được đón đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.',
  'Hội nghị có sự góp mặt của đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.',
];
for (const s of sents) {
  const r = parseReport('x.txt', `Văn phòng UBND tỉnh tổng kết năm 2022\n\nNgày 10/1/2023, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2022.\n\n${s}`);
  const f = extractFacts(r);
  console.log(f.people.filter((p) => p.role === 'attendee').map((p) => p.name), '|', s.slice(0, 40));
}
for (const q of ['who was present at the 2022 conference?', 'who was in attendance at the conference?', 'who graced the conference?', 'ai có mặt tại hội nghị', 'những ai đã góp mặt ở hội nghị', 'which officials turned up at the conference?', 'who showed up at the conference', 'who were the guests at the conference?', 'who was there at the conference', 'khách mời của hội nghị là ai']) console.log(understand(q).intent, '|', q);
