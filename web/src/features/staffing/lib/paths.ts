export const staffingPaths = {
  unit: '/staffing',
  compliance: '/staffing/compliance',
  import: '/staffing/import',
  person: (id: string) => `/staffing/people/${encodeURIComponent(id)}`,
} as const;
