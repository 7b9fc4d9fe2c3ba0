/**
 * A worker thread of `AnalysisCache.analyseMissing`: analyses its share of the articles and stores
 * each analysis in the cache folder, exactly as the build's own thread would, and says when each is stored.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../schema/article.ts";
import { AnalysisCache } from "./cache.ts";
import { analyseArticle } from "./index.ts";

const data = workerData as {
  dir: string;
  aliasesText: string;
  extractor: string;
  articles: Article[];
};
const cache = new AnalysisCache(data.dir, data.aliasesText, data.extractor);
data.articles.forEach((a, k) => {
  cache.get(a, analyseArticle);
  parentPort?.postMessage(k);
});
