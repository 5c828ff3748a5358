import type { ImplementingLevel, OnlineServiceClass, ProcedureFilter, ProcedureStatus, SyncState } from '@/gql/graphql';

export const LEVELS: ImplementingLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
export const ONLINE_SERVICES: OnlineServiceClass[] = ['NONE', 'PARTIAL', 'FULL'];
export const STATUSES: ProcedureStatus[] = ['PUBLISHED', 'DRAFT', 'RETIRED'];
export const SYNC_STATES: SyncState[] = ['SYNCED', 'OUT_OF_DATE', 'NOT_SYNCED'];

// The catalogue's filters live in the URL (?q=&field=&level=&unit=&online=&status=&expired=&sync=),
// so a filtered list can be linked to, e.g. from the health page.
export type CatalogueFilters = {
  search?: string;
  fieldCode?: string;
  level?: ImplementingLevel;
  unitCode?: string;
  onlineService?: OnlineServiceClass;
  status?: ProcedureStatus;
  citesExpiredLaw?: boolean;
  syncState?: SyncState;
};

const PARAMS = {
  search: 'q',
  fieldCode: 'field',
  level: 'level',
  unitCode: 'unit',
  onlineService: 'online',
  status: 'status',
  citesExpiredLaw: 'expired',
  syncState: 'sync',
} as const satisfies Record<keyof CatalogueFilters, string>;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const expired = params.get(PARAMS.citesExpiredLaw);
  return {
    search: text(PARAMS.search),
    fieldCode: text(PARAMS.fieldCode),
    level: oneOf(LEVELS, params.get(PARAMS.level)),
    unitCode: text(PARAMS.unitCode),
    onlineService: oneOf(ONLINE_SERVICES, params.get(PARAMS.onlineService)),
    status: oneOf(STATUSES, params.get(PARAMS.status)),
    citesExpiredLaw: expired === 'true' ? true : expired === 'false' ? false : undefined,
    syncState: oneOf(SYNC_STATES, params.get(PARAMS.syncState)),
  };
}

export function filtersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof CatalogueFilters)[]) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(PARAMS[key], String(value));
  }
  return params;
}

/** Only the filters that are set, as the API's ProcedureFilter (null when none). */
export function toProcedureFilter(filters: CatalogueFilters): ProcedureFilter | null {
  const where: ProcedureFilter = {};
  for (const [key, value] of Object.entries(filters) as [keyof CatalogueFilters, unknown][]) {
    if (value !== undefined && value !== '') Object.assign(where, { [key]: value });
  }
  return Object.keys(where).length > 0 ? where : null;
}

export function catalogueLink(filters: CatalogueFilters): string {
  const query = filtersToParams(filters).toString();
  return query ? `/procedures?${query}` : '/procedures';
}
