/** The engine's tunables, each with its reason. */
export const LIMITS = {
  /** Report files larger than this are refused with a warning (MAX_REPORT_MB): one huge file would slow every answer. Real reports are a few KB. */
  maxReportBytes: 5 * 1024 * 1024,
  /** Paragraphs longer than this are split at sentence ends: long passages dilute ranking and make poor snippets. */
  passageMaxChars: 900,
  /** A byline stands among the last few short lines of a page (after captions and credits), never higher. */
  bylineSearchLines: 4,
  /** Snippets quote about this much text around the match (the issue asks for ~300). */
  snippetChars: 300,
  /** Questions longer than this are cut before understanding: nobody asks 3,000-character questions on purpose. */
  questionMaxChars: 500,
  /** At most this many query terms are searched, so a pasted essay cannot make a query explode. */
  maxQueryTerms: 32,
  /** A term held by at most this share of passages is selective enough to send to Lunr (see searchIndex). */
  selectiveShare: 0.02,
  /** …or by at most this many passages, on small corpora. */
  selectiveMinPassages: 300,
  /** Candidates re-ranked against the whole question. */
  rerankPool: 40,
  /** Lunr scores every posting of the terms it is given: above this many, candidates come from a bounded walk instead. */
  lunrPostingBudget: 4000,
  /** Candidates gathered by that walk for a question made only of common words. */
  broadPool: 60,
  /** Meetings shown in one answer: the rest are counted, and the user is asked to narrow the question. */
  maxReportsPerAnswer: 10,
  /** Figure lines shown in one answer. */
  maxFigureLines: 30,
  /** People listed for one meeting: more than a message shows; the rest are counted, not cited (a 5 MB report lists thousands). */
  maxPeoplePerMeeting: 30,
  /** Passages searched for names when linking the people a question names to the reports. */
  personSearchPassages: 12,
  /** Up to this many reports, every report is ranked for every question; above it, only those the index or the question's people find. */
  scanAllReports: 400,
  /** Passages the index returns to find candidate reports on a large corpus. */
  candidatePassages: 80,
  /** Reports whose evidence is read for one question: the best by relevance; the rest only rank. */
  evidenceReports: 12,
  /** A date this many characters after a document's name ("Chỉ thị số 12/CT-TTg ngày 21/4/2024") is that document's date. */
  documentDateReach: 45,
  /** The counted noun stands within this many words after "how many" / "bao nhiêu". */
  countedNounReach: 5,
  /** …or before the number, within this many words ("Số đại biểu chính thức có mặt là 499/500"). */
  unitBeforeReach: 8,
  /** A number followed by another counted noun than the one asked scores this for its unit (1.6 for the asked one). */
  otherUnitMatch: 0.25,
  /** A figure in the lead (which states a report's main figures) gains this much. */
  leadBonus: 0.3,
  /** Weight of the words of the paragraph around a figure's sentence (which event it belongs to). */
  paragraphWeight: 0.8,
  /** A stated change this close to the best figure's evidence answers a comparison from one report. */
  statedChangeShare: 0.6,
  /** The text before a colon this short is a label of the figure after it ("Pháp chế: 03 lượt ý kiến"). */
  labelMaxChars: 80,
  /** A figure's clause (what it counts) is cut at commas when the part between semicolons is longer than this. */
  clauseMaxChars: 160,
  /** "16.486 văn bản" for "văn bản đi": the general noun scores this share of the specific one. */
  parentUnitShare: 0.6,
  /** Question words the report's headline or lead already holds identify the report, not the fact: they weigh this much in a sentence. */
  contextWordWeight: 0.3,
  /** A report this close to the best (as a share of its score) also fits the question: it may answer through its evidence, and ambiguity is said, not hidden. Below it, a report does not answer even when the best one lacks the evidence. */
  ambiguityMargin: 0.8,
  /** Reports answered for when a question fits several. */
  maxAnsweredReports: 3,
  /** A quoted clause longer than this is cut to the part around its evidence. */
  quoteMaxChars: 320,
  /** A figure is quoted with its clause, not its whole sentence of figures ("…tham mưu ban hành 1.235 văn bản các loại…"). */
  figureQuoteMaxChars: 180,
  /** An attendee list is quoted whole up to this length: a name cut off is a name lost. */
  listQuoteMaxChars: 900,
  /** A free question is answered when its best sentence holds at least this much (relevance plus word coverage). */
  freeAnswerCoverage: 0.45,
  /** For "who…" questions a sentence naming someone, and for award questions one with an award word, gains this much. */
  whoNameBonus: 0.25,
  /** A second sentence of the same report is quoted when its evidence scores at least this share of the best. */
  secondQuoteShare: 0.85,
  /** …for attendee lists, which are often split over several sentences, at least this share. */
  listQuoteShare: 0.75,
  /** Evidence sentences quoted per report (a long attendee list may span several). */
  maxQuotesPerReport: 4,
  /** A quote's people are read out with their titles when it names at most this many. */
  maxReadingPeople: 6,
  /** A title that only narrows the one asked ("Bí thư Đảng ủy" for "Party Secretary") fits this much. */
  narrowerTitleFit: 0.6,
  /** With a place or year in the question, a person's meetings this close to the best-ranked one are listed. */
  personNarrowShare: 0.75,
  /** Reports listed for a person. */
  maxPersonReports: 5,
  /** Reports whose sentences and tokens (and, apart, whose word sets) stay in memory between questions, the least recently used going first: at 3,000 they held some 250 MB at 10,000 reports for no faster answers (measured at 10,000 reports: p95 75 ms at 3,000, 77 ms at 1,000, and 140 MB less kept). */
  materialisedReports: 1000,
  /**
   * Once the corpus is loaded, V8 may grow the heap this much (percent) above what survives a full collection. Its
   * default lets the heap grow to 2–4 times what is live: at 10,000 reports about 1 GB RSS after 1,000 questions for
   * 320 MB live; at 25 %, and with one full collection once the load's garbage can go, under 700 MB with the same
   * latency (at 10 %, p99 grew from 50 to 87 ms). Set after the load, which it only slowed (memory-policy.ts).
   */
  heapGrowingPercent: 25,
  /** …and that full collection this long after the load: not on the way to the first prompt (0.1 s at 10,000 reports). */
  settleCollectionMs: 2_000,
  /** At start, a folder of at most this many report files is brought up to date on the main thread (some 100 ms), not in a worker, which costs more to start. */
  inProcessReports: 200,
  /** Passages in one segment of the index store: a changed report rewrites its segment only (about 0.3 s at this size), and a build holds one segment's index at a time. */
  segmentPassages: 2000,
  /** Posting entries (passage numbers) kept materialised across terms: a common term's postings are 100k entries at 10,000 reports. */
  materialisedPostings: 500_000,
  /** Reports a trend reads at most, best-ranked first: a chart of more offices and years is unreadable, and each report read costs (bench: 0.7 s at 1,000 reports unbounded). */
  trendReports: 40,
  /** Closest passages listed when the reports do not answer. */
  closestMatches: 3,
  /** An answer not made within this time is given up and its worker thread replaced: nothing real takes a second, and Discord's edit window is long, but one question must not stall the others. */
  answerTimeoutMs: 15_000,
  /** Search results returned by default. */
  searchResults: 5,
  /** Search results at most (a Discord embed shows ten sources over two pages comfortably). */
  maxSearchResults: 10,
} as const;
