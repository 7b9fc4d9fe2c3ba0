/** Where things live on the site. Permanent: links from outside depend on them. */
export const paths = {
  home: "/",
  articles: "/articles/",
  article: (slug: string): string => `/articles/${slug}/`,
  claims: "/claims/",
  /** A page of the claims index: the first is the index itself. */
  claimsPage: (n: number): string => (n <= 1 ? "/claims/" : `/claims/page/${n}/`),
  claim: (id: string): string => `/claims/${id}/`,
  topics: "/topics/",
  topic: (id: string): string => `/topics/${id}/`,
  people: "/people/",
  person: (id: string): string => `/people/${id}/`,
  sources: "/sources/",
  source: (id: string): string => `/sources/${id}/`,
  about: "/about/",
  search: "/search/",
  /** The search index the search page loads; the search build publishes it. */
  searchIndex: "/api/search-index.json",
  /** The quotes and word index, loaded after the first result. */
  searchText: "/api/search-text.json",
  data: {
    claimsJson: "/api/claims.json",
    claimsCsv: "/api/claims.csv",
    topicsJson: "/api/topics.json",
    peopleJson: "/api/people.json",
    sourcesJson: "/api/sources.json",
    checksJson: "/api/checks.json",
    sitemap: "/sitemap.xml",
  },
  /** A time-sensitive topic's timeline data. */
  timelineCsv: (topic: string): string => `/api/timeline/${topic}.csv`,
} as const;
