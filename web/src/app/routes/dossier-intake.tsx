export function DossierIntakeRoute() {
  return null;
}
