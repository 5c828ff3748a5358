import type { ComplianceStatus } from '@/gql/graphql';

const ORDER: Record<ComplianceStatus, number> = { VIOLATION: 0, WARNING: 1, COMPLIANT: 2 };

/** Stable sort: violations first, then warnings, then compliant. */
export function bySeverity<T>(items: readonly T[], status: (item: T) => ComplianceStatus): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => ORDER[status(a.item)] - ORDER[status(b.item)] || a.index - b.index)
    .map(({ item }) => item);
}
