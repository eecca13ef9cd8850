/** What a trend answer says of its own (answer/trend.ts), in English and Vietnamese. */
import type { Lang } from '../model/report.ts';

export const TREND = {
  en: {
    trendTitle: (what: string, office?: string) => `${what}${office ? ` — ${office}` : ''}, by year`,
    trendUnknown: (what: string) =>
      `I do not know “${what}” as a kind of figure the reports count. Try one of the kinds /how-many suggests (documents received, meetings, new party members, …), or /search for the words.`,
    trendIntro: (n: number, offices: number) =>
      `${n} figure${n === 1 ? '' : 's'} stated in the reports${offices > 1 ? `, from ${offices} offices` : ''}, each quoted below; the chart plots only these.`,
    wholeTerm: '(whole term)',
    trendMore: (n: number) => `${n} more report${n === 1 ? '' : 's'} may state it, not read: name an office, a province or years to narrow the chart.`,
  },
  vi: {
    trendTitle: (what: string, office?: string) => `${what}${office ? ` — ${office}` : ''} qua các năm`,
    trendUnknown: (what: string) =>
      `Tôi không biết “${what}” là loại số liệu nào mà các báo cáo đếm. Hãy thử một loại mà /bao-nhiêu gợi ý (văn bản đến, cuộc họp, đảng viên mới, …), hoặc /tìm theo từ.`,
    trendIntro: (n: number, offices: number) =>
      `${n} số liệu các báo cáo nêu${offices > 1 ? `, của ${offices} cơ quan` : ''}, trích dẫn dưới đây; biểu đồ chỉ vẽ các số này.`,
    wholeTerm: '(cả nhiệm kỳ)',
    trendMore: (n: number) => `Còn ${n} báo cáo khác có thể nêu số liệu này nhưng chưa đọc: hãy nêu cơ quan, tỉnh hoặc khoảng năm để thu hẹp biểu đồ.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
