// Receipt codes contain dots (000.00.21.H47-261126-0001); the API's SPA fallback treats a last path segment
// with a dot as a file and answers 404 on reload, so dossier addresses end with a slash.
export function dossierPath(code: string, suffix = ''): string {
  return `/dossiers/${encodeURIComponent(code)}/${suffix}`;
}
