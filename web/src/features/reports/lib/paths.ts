// Unit codes contain dots (000.00.32.H47): like dossier addresses, unit addresses end with a slash so the API's SPA
// fallback does not take the last segment for a file.
export const reportsPaths = {
  overview: '/reports',
  unit: (code: string) => `/reports/units/${encodeURIComponent(code)}/`,
  results: (unitCode?: string | null) => (unitCode ? `/reports/results?unit=${encodeURIComponent(unitCode)}` : '/reports/results'),
} as const;

/** The II.06a download endpoints (GET, cookie session), with the report's arguments. */
export function resultsDownload(extension: 'xlsx' | 'csv', args: { from: string; to: string; unitCode?: string | null; groupBy: string }): string {
  const query = new URLSearchParams({ from: args.from, to: args.to, groupBy: args.groupBy });
  if (args.unitCode) query.set('unitCode', args.unitCode);
  return `/reports/dossier-results.${extension}?${query.toString()}`;
}

// Same address as the dossiers feature's page (features do not import each other).
export function dossierPath(code: string): string {
  return `/dossiers/${encodeURIComponent(code)}/`;
}
