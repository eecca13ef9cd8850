/**
 * The answer engine's facade: a corpus (loaded by src/store/) and the
 * answerers over it. Knows nothing about Discord.
 */
import { answerTrend } from './answer/trend.ts';
import { lookAtStore } from './store/update-store.ts';
import { LIMITS } from './limits.ts';
import { checkCacheFolder } from './store/cache-files.ts';
import { loadCorpusInWorker } from './store/build-in-worker.ts';
import { loadCorpus, loadStaleCorpus, type Corpus, type EngineOptions } from './store/load.ts';
import { answerQuestion, answerStated, summarizeReport } from './answer/answer.ts';
import type { StatedQuestion } from './model/question.ts';
import type { Answer, AnswerResult, AskOptions } from './model/answer.ts';
import type { AnswerRequest } from './model/request.ts';
import { renderText } from './render/text.ts';
import { lookups } from './store/lookups.ts';
import { warmSpelling } from './understand/spelling.ts';
import { locateInIndex } from './answer/report-words.ts';

/** The answer with its lines also as one text (the JSON output's `answer`). */
function withText(a: AnswerResult): Answer {
  return { ...a, answer: renderText(a.lines) };
}

export class Engine {
  constructor(public corpus: Corpus) {}

  /**
   * Open a corpus: with a valid cache, load it here (fast); otherwise build
   * the index in a worker thread so that the process stays responsive.
   */
  static async open(opts: EngineOptions): Promise<Engine> {
    opts = { ...opts, cacheWritable: await checkCacheFolder(opts.cacheDir) };
    // The folder looks as when the store was saved (loading reads segments only), or is small: here is fine.
    const look = await lookAtStore(opts);
    if (look.current || look.listed.length <= LIMITS.inProcessReports) return new Engine(await loadCorpus(opts, look));
    // After an upgrade, the previous version's store serves until the new one is built (the caller rebuilds it).
    const stale = opts.serveStale ? await loadStaleCorpus(opts) : null;
    if (stale) return new Engine(stale);
    return new Engine(await loadCorpusInWorker(opts));
  }

  /** Answer one question; never throws on user input. */
  ask(question: string, opts: AskOptions = {}): Answer {
    return withText(answerQuestion(this.corpus, question, opts));
  }

  /** Answer a question a command states in fields (/who-attended, /how-many); never throws. */
  answerStated(stated: StatedQuestion): Answer {
    return withText(answerStated(this.corpus, stated));
  }

  /** One report's facts at a glance, or null for an unknown id. */
  summarize(doc: string, lang: 'en' | 'vi'): Answer | null {
    const a = summarizeReport(this.corpus, doc, lang);
    return a && withText(a);
  }

  /** Make the answer a front end's request asks for; null for a report that is not in the corpus. Never throws on user input. */
  answer(req: AnswerRequest): Answer | null {
    switch (req.kind) {
      case 'ask':
        return this.ask(req.question, { lang: req.lang, doc: req.doc, assumed: req.assumed });
      case 'search':
        return this.ask(req.query, { search: true, limit: req.limit, lang: req.lang });
      case 'stated':
        return this.answerStated({ intent: req.intent, what: req.what, categories: req.categories, doc: req.doc, lang: req.lang });
      case 'report':
        return this.summarize(req.doc, req.lang);
      case 'trend':
        return withText(answerTrend(this.corpus, req));
    }
  }

  /**
   * Build the per-corpus lookup tables now (figures by kind and unit, people,
   * reports by id, the words a typo may be read as) rather than in the first question: where answers are made
   * (the answer thread, the console), right after loading.
   */
  warm(): this {
    lookups(this.corpus);
    locateInIndex(this.corpus);
    warmSpelling(this.corpus);
    return this;
  }

  /** Swap in a freshly loaded corpus (answers keep using the old one until then). */
  replace(corpus: Corpus): void {
    this.corpus = corpus;
  }
}
