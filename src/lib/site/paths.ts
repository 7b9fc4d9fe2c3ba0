/** Where things live on the site. Permanent: links from outside depend on them. */
export const paths = {
  home: "/",
  articles: "/articles/",
  article: (slug: string): string => `/articles/${slug}/`,
  claims: "/claims/",
  claim: (id: string): string => `/claims/${id}/`,
  topics: "/topics/",
  topic: (id: string): string => `/topics/${id}/`,
  people: "/people/",
  person: (id: string): string => `/people/${id}/`,
  sources: "/sources/",
  source: (id: string): string => `/sources/${id}/`,
  about: "/about/",
  search: "/search/",
} as const;
