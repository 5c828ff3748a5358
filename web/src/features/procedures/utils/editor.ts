import type {
  ApplicantType,
  ImplementingLevel,
  OnlineServiceClass,
  ProcedureContentInput,
  ProcessingTimeUnit,
  Role,
} from '@/gql/graphql';

// Values of the editor form (antd Form); converted to ProcedureContentInput on save.
export type EditorValues = {
  code: string;
  name: string;
  fieldCode?: string;
  levels: ImplementingLevel[];
  applicantTypes: ApplicantType[];
  processingTime: { amount?: number | null; unit: ProcessingTimeUnit };
  /** "HH:mm" */
  cutOffHour?: string;
  onlineService: OnlineServiceClass;
  legacyOnlineLevel: number;
  fees: { name: string; amount?: number | null; payerNotes?: string | null }[];
  requiredDocuments: { name: string; originals: number; certifiedCopies: number; copies: number; formTemplate?: string | null }[];
  resultDocuments: { name: string }[];
  steps: { name: string; role?: Role | null; unit?: string | null; budget?: number | null }[];
  legalBasisNumbers: string[];
  implementingUnitCodes: string[];
  receivingUnitCodes: string[];
};

export const EMPTY_VALUES: EditorValues = {
  code: '',
  name: '',
  levels: [],
  applicantTypes: ['CITIZEN'],
  processingTime: { amount: null, unit: 'WORKING_DAYS' },
  onlineService: 'NONE',
  legacyOnlineLevel: 2,
  fees: [],
  requiredDocuments: [],
  resultDocuments: [],
  steps: [],
  legalBasisNumbers: [],
  implementingUnitCodes: [],
  receivingUnitCodes: [],
};

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function toContentInput(v: EditorValues): ProcedureContentInput {
  return {
    name: v.name.trim(),
    fieldCode: v.fieldCode ?? '',
    levels: v.levels,
    applicantTypes: v.applicantTypes,
    processingTime: { amount: v.processingTime.amount ?? 0, unit: v.processingTime.unit },
    cutOffHour: v.cutOffHour ? `${v.cutOffHour}:00` : null,
    onlineService: v.onlineService,
    legacyOnlineLevel: v.legacyOnlineLevel,
    fees: v.fees.map((f) => ({ name: f.name?.trim() ?? '', amount: f.amount ?? 0, payerNotes: blank(f.payerNotes) })),
    requiredDocuments: v.requiredDocuments.map((d) => ({
      name: d.name?.trim() ?? '',
      originals: d.originals ?? 0,
      certifiedCopies: d.certifiedCopies ?? 0,
      copies: d.copies ?? 0,
      formTemplate: blank(d.formTemplate),
    })),
    resultDocuments: v.resultDocuments.map((r) => r.name?.trim() ?? ''),
    steps: v.steps.map((s) => ({ name: s.name?.trim() ?? '', role: s.role ?? null, unit: blank(s.unit), budget: s.budget ?? 0 })),
    legalBasisNumbers: v.legalBasisNumbers.map((n) => n.trim()).filter(Boolean),
    implementingUnitCodes: v.implementingUnitCodes,
    receivingUnitCodes: v.receivingUnitCodes,
  };
}

// Server paths look like "content.fees.0.amount", "content.steps.1" (a whole row) or "code".
// A whole-row error is shown under the row's name input.
const ROW_LISTS = new Set(['requiredDocuments', 'steps']);

export function formPath(field: string): (string | number)[] {
  const parts = field.replace(/^content\./, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [list] = parts;
  if (parts.length === 2 && typeof list === 'string' && ROW_LISTS.has(list)) return [...parts, 'name'];
  if (parts.length === 2 && list === 'resultDocuments') return [...parts, 'name'];
  if (list === 'fieldCode' && parts.length === 1) return ['fieldCode'];
  return parts;
}

/** Paths the editor form renders; other server paths are shown in a summary. */
export function isFormPath(path: (string | number)[]): boolean {
  const top = path[0];
  return typeof top === 'string' && (top in EMPTY_VALUES || top === 'fieldCode' || top === 'cutOffHour');
}
