export function DossierPrintRoute() {
  return null;
}
export function TrackingBookRoute() {
  return null;
}
