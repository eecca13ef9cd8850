import { Engine } from '../src/engine.ts';
import { writeCorpus, tempDir, removeTemporaryFiles } from './helpers.ts';
import { setLogLevel } from '../src/log.ts';
setLogLevel('warn');
const report = ['Văn phòng UBND tỉnh Sơn La tổng kết công tác năm 2022', 'Ngày 10/1/2023, Văn phòng UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2022.', 'Năm 2022, Văn phòng đã tiếp nhận 12.300 văn bản đến; chủ trì 15 cuộc kiểm tra công vụ tại các sở, ngành; tổ chức 4 đợt tập huấn nghiệp vụ cho 320 lượt cán bộ; tham mưu 27 phiên họp thường kỳ.'].join('\n\n');
const e = await Engine.open({ corpusDir: await writeCorpus({ 'sl.txt': report }), cacheDir: await tempDir() });
for (const q of process.argv.slice(2)) { const a = e.ask(q); console.log('Q', q, '\n', a.answer.split('\n').slice(0, 4).join('\n'), '\n'); }
await removeTemporaryFiles();
