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
  /** Closest passages listed when the reports do not answer. */
  closestMatches: 3,
  /** Search results returned by default. */
  searchResults: 5,
  /** Search results at most (a Discord embed shows ten sources over two pages comfortably). */
  maxSearchResults: 10,
} as const;
