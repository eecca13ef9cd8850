/** The engine's tunables, each with its reason. */
export const LIMITS = {
  /** Paragraphs longer than this are split at sentence ends: long passages dilute ranking and make poor snippets. */
  passageMaxChars: 900,
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
  /** Closest passages listed when the reports do not answer. */
  closestMatches: 3,
  /** Search results returned by default. */
  searchResults: 5,
  /** Search results at most (a Discord embed shows ten sources over two pages comfortably). */
  maxSearchResults: 10,
} as const;
