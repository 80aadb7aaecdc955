// The fixed typing script: queries typed key by key, so every prefix is measured. Partial words,
// typos, several words, a phrase, an exclusion, OR and filters, in the words of the generated
// corpora (bench/vocabulary.ts).

/** The queries, each typed from an empty box. */
export const typedQueries = [
  'autoscaling',
  'kubernetes operator',
  'karpentr',
  'obsevability',
  '"big red button"',
  'service mesh -istio',
  'keda OR karpenter',
  'day:1 tracing',
  'kind:keynote platform',
  'backstge portal',
  'gitops argo',
  'speaker:garcia cost',
];

/** Every query the script makes the app run: each non-blank prefix of each typed query. */
export function typedPrefixes(queries: readonly string[] = typedQueries): string[] {
  return queries.flatMap((query) =>
    Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)).filter((prefix) => prefix.trim()),
  );
}
