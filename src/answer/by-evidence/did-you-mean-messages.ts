/** What a "did you mean" answer says (by-evidence/unknown-words.ts), in English and Vietnamese. */
import type { Lang } from '../../model/report.ts';

export const DID_YOU_MEAN = {
  en: {
    notCounted: (what: string, english: boolean) =>
      english
        ? `I did not understand what to count: I find “${what}” neither in the reports nor in my glossary of their terms, so I cannot say how many.`
        : `I did not understand what to count: no report mentions “${what}”, so the reports cannot say how many.`,
    kinds: (list: string) => `Did you mean one of the figures the reports give? ${list}`,
    notMentioned: (names: string) => `I did not understand: no report mentions ${names}.`,
    meetings: 'The closest meetings by the other words of the question:',
    search: 'Or search the passages for your words with /search.',
  },
  vi: {
    notCounted: (what: string, english: boolean) =>
      english
        ? `Tôi chưa hiểu cần đếm gì: không tìm thấy “${what}” trong các báo cáo hay trong bảng thuật ngữ, nên không thể cho biết số lượng.`
        : `Tôi chưa hiểu cần đếm gì: không báo cáo nào nhắc đến “${what}”, nên các báo cáo không cho biết số lượng.`,
    kinds: (list: string) => `Có phải bạn muốn hỏi một trong các số liệu báo cáo có? ${list}`,
    notMentioned: (names: string) => `Tôi chưa hiểu: không báo cáo nào nhắc đến ${names}.`,
    meetings: 'Các cuộc họp gần nhất theo những từ còn lại của câu hỏi:',
    search: 'Hoặc tìm các đoạn chứa từ của bạn bằng /tìm (/search).',
  },
} satisfies Record<Lang, Record<string, unknown>>;
