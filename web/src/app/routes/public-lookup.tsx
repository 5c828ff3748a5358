export function PublicLookupRoute() {
  return null;
}
