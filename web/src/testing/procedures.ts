import { graphql, HttpResponse } from 'msw';
import { makeFragmentData } from '@/gql';
import {
  CatalogueHealthFiguresFragmentDoc,
  CatalogueHealthRouteDocument,
  CatalogueHealthRouteViewerDocument,
  CatalogueHealth_HealthFragmentDoc,
  LegalBasis_LegalDocumentFragmentDoc,
  ProcedureDetailRouteDocument,
  ProcedureDetailRouteVersionDocument,
  ProcedureDetail_ProcedureFragmentDoc,
  ProcedureEditorForm_ProcedureFragmentDoc,
  ProcedureEditorRouteDocument,
  ProcedureTable_ProcedureFragmentDoc,
  ProceduresRouteDocument,
  ProceduresRoutePageDocument,
  VersionHistory_ProcedureFragmentDoc,
  type LegalBasis_LegalDocumentFragment,
  type ProcedureDetail_ProcedureFragment,
  type Role,
} from '@/gql/graphql';
import { admin } from './fixtures';

// Typed fixtures and handlers for the procedure catalogue routes (tests add them with server.use).

export const landLaw2013: LegalBasis_LegalDocumentFragment = {
  id: 'LegalDocument:1',
  number: '45/2013/QH13',
  kind: 'LAW',
  title: 'Luật Đất đai',
  issuer: 'Quốc hội',
  issuedOn: '2013-11-29',
  effectiveFrom: '2014-07-01',
  expiresOn: '2024-08-01',
  partiallyExpired: false,
  inForce: false,
  replacedBy: { id: 'LegalDocument:2', number: '31/2024/QH15', title: 'Luật Đất đai' },
};

export const landLaw2024: LegalBasis_LegalDocumentFragment = {
  id: 'LegalDocument:2',
  number: '31/2024/QH15',
  kind: 'LAW',
  title: 'Luật Đất đai',
  issuer: 'Quốc hội',
  issuedOn: '2024-01-18',
  effectiveFrom: '2024-08-01',
  expiresOn: null,
  partiallyExpired: false,
  inForce: true,
  replacedBy: null,
};

type Row = { code: string; name: string; citesExpiredLaw?: boolean };

export const birthRegistration: Row = { code: '1.001193', name: 'Đăng ký khai sinh' };
export const landRegistration: Row = { code: '1.004227', name: 'Đăng ký đất đai lần đầu', citesExpiredLaw: true };
export const catalogue: Row[] = [
  birthRegistration,
  { code: '1.001022', name: 'Đăng ký khai tử' },
  landRegistration,
];

export function tableRow({ code, name, citesExpiredLaw = false }: Row) {
  return {
    id: `Procedure:${code}`,
    ...makeFragmentData(
      {
        id: `Procedure:${code}`,
        code,
        name,
        number: 1,
        status: 'PUBLISHED',
        levels: ['COMMUNE'],
        onlineService: 'FULL',
        citesExpiredLaw,
        field: { code: 'TP-HT', name: 'Hộ tịch' },
        sync: { state: 'SYNCED' },
      },
      ProcedureTable_ProcedureFragmentDoc,
    ),
  };
}

const versions = [
  { id: 'Procedure:v1', number: 1, status: 'RETIRED' as const, effectiveFrom: '2020-01-01', effectiveTo: '2024-08-01' },
  { id: 'Procedure:v2', number: 2, status: 'PUBLISHED' as const, effectiveFrom: '2024-08-01', effectiveTo: null },
];

export const landDetail: Omit<ProcedureDetail_ProcedureFragment, ' $fragmentRefs' | 'legalBases'> & {
  legalBases: LegalBasis_LegalDocumentFragment[];
} = {
  id: 'Procedure:v2',
  code: landRegistration.code,
  name: landRegistration.name,
  number: 2,
  status: 'PUBLISHED',
  effectiveFrom: '2024-08-01',
  effectiveTo: null,
  field: { code: 'TNMT-DD', name: 'Đất đai' },
  levels: ['DISTRICT', 'COMMUNE'],
  applicantTypes: ['CITIZEN', 'HOUSEHOLD_BUSINESS'],
  processingTime: { amount: 3, unit: 'WORKING_DAYS' },
  cutOffHour: '15:00:00',
  fees: [{ name: 'Lệ phí cấp giấy chứng nhận', amount: 1500000, payerNotes: 'Miễn cho hộ nghèo' }],
  requiredDocuments: [
    { name: 'Đơn đăng ký đất đai', originals: 1, certifiedCopies: 0, copies: 0, formTemplate: 'Mẫu số 04a/ĐK' },
    { name: 'Giấy tờ về quyền sử dụng đất', originals: 0, certifiedCopies: 1, copies: 2, formTemplate: null },
  ],
  resultDocuments: [{ name: 'Giấy chứng nhận quyền sử dụng đất' }],
  steps: [
    { number: 1, name: 'Tiếp nhận hồ sơ', role: 'RECEPTIONIST', unit: null, budget: 0.5 },
    { number: 2, name: 'Thẩm định hồ sơ', role: 'SPECIALIST', unit: null, budget: 2 },
    { number: 3, name: 'Ký kết quả', role: 'LEADER', unit: null, budget: 0.5 },
  ],
  implementingUnits: [{ code: 'QNA-TK', name: 'Thành phố Tam Kỳ' }],
  receivingUnits: [{ code: 'QNA-TK-AM', name: 'Phường An Mỹ' }],
  onlineService: 'PARTIAL',
  legacyOnlineLevel: 3,
  sync: { state: 'OUT_OF_DATE', lastSyncedAt: '2025-03-01T02:30:00Z' },
  citesExpiredLaw: true,
  expiredLegalBases: [{ id: landLaw2013.id, number: landLaw2013.number, replacedBy: { id: landLaw2024.id, number: landLaw2024.number } }],
  legalBases: [landLaw2013, landLaw2024],
};

export function detailData(p = landDetail) {
  return {
    id: p.id,
    number: p.number,
    ...makeFragmentData(
      {
        ...p,
        legalBases: p.legalBases.map((d) => ({ id: d.id, ...makeFragmentData(d, LegalBasis_LegalDocumentFragmentDoc) })),
        ...makeFragmentData({ id: p.id, code: p.code, number: p.number, versions }, VersionHistory_ProcedureFragmentDoc),
      },
      ProcedureDetail_ProcedureFragmentDoc,
    ),
  };
}

export function editorProcedure(status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED', revision = 7) {
  const p = landDetail;
  const form = makeFragmentData(
    {
      code: p.code,
      name: p.name,
      field: { code: p.field.code },
      levels: p.levels,
      applicantTypes: p.applicantTypes,
      processingTime: p.processingTime,
      cutOffHour: p.cutOffHour,
      onlineService: p.onlineService,
      legacyOnlineLevel: p.legacyOnlineLevel,
      fees: p.fees,
      requiredDocuments: p.requiredDocuments,
      resultDocuments: p.resultDocuments,
      steps: p.steps.map(({ name, role, unit, budget }) => ({ name, role, unit, budget })),
      legalBases: p.legalBases.map((d) => ({ number: d.number })),
      implementingUnits: p.implementingUnits.map((u) => ({ code: u.code })),
      receivingUnits: p.receivingUnits.map((u) => ({ code: u.code })),
    },
    ProcedureEditorForm_ProcedureFragmentDoc,
  );
  const draft = status === 'DRAFT' ? [{ id: 'Procedure:v3', number: 3, status: 'DRAFT' as const, ...form }] : [];
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    number: p.number,
    status: 'PUBLISHED' as const,
    revision,
    ...form,
    versions: [{ id: p.id, number: p.number, status: 'PUBLISHED' as const, ...form }, ...draft],
  };
}

const figures = (published: number, citingExpiredLaw: number) =>
  makeFragmentData(
    {
      published,
      drafts: 1,
      citingExpiredLaw,
      missingRequiredFields: 0,
      onlinePartial: 2,
      onlineFull: 3,
      onlineServiceShare: 0.5,
      sync: { synced: published - 1, outOfDate: 1, notSynced: 0 },
    },
    CatalogueHealthFiguresFragmentDoc,
  );

export const health = makeFragmentData(
  {
    on: '2025-06-02',
    total: figures(30, 4),
    units: [
      { unitCode: 'QNA-STP', unitName: 'Sở Tư pháp', figures: figures(20, 0) },
      { unitCode: 'QNA-STNMT', unitName: 'Sở Tài nguyên và Môi trường', figures: figures(10, 4) },
    ],
  },
  CatalogueHealth_HealthFragmentDoc,
);

const me = (roles: Role[]) => ({ id: admin.id, roles });

/** Handlers for a viewer with `roles` (null: anonymous). */
export function procedureHandlers(roles: Role[] | null = admin.roles) {
  const viewer = roles ? me(roles) : null;
  return [
    graphql.query(ProceduresRouteDocument, () =>
      HttpResponse.json({ data: { me: viewer, procedureFields: [{ code: 'TP-HT', name: 'Hộ tịch' }, { code: 'TNMT-DD', name: 'Đất đai' }] } }),
    ),
    graphql.query(ProceduresRoutePageDocument, ({ variables }) => {
      const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
      const search = fold(variables.where?.search ?? '');
      const matches = catalogue
        .filter((p) => fold(p.name).includes(search))
        .filter((p) => !variables.where?.citesExpiredLaw || p.citesExpiredLaw);
      const page = variables.after ? matches.slice(2) : matches.slice(0, 2);
      return HttpResponse.json({
        data: {
          procedures: {
            totalCount: matches.length,
            pageInfo: { hasNextPage: !variables.after && matches.length > 2, endCursor: variables.after ? null : 'cursor-2' },
            nodes: page.map(tableRow),
          },
        },
      });
    }),
    graphql.query(ProcedureDetailRouteDocument, ({ variables }) =>
      HttpResponse.json({ data: { me: viewer, procedure: variables.code === landDetail.code ? detailData() : null } }),
    ),
    graphql.query(ProcedureDetailRouteVersionDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          me: viewer,
          procedure: {
            id: landDetail.id,
            number: 2,
            version: { ...detailData({ ...landDetail, id: 'Procedure:v1', number: variables.number, status: 'RETIRED' }) },
          },
        },
      }),
    ),
    graphql.query(ProcedureEditorRouteDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          me: viewer,
          procedureFields: [{ code: 'TNMT-DD', name: 'Đất đai' }],
          legalDocuments: {
            nodes: [landLaw2013, landLaw2024].map((d) => ({ id: d.id, number: d.number, title: d.title, inForce: d.inForce })),
          },
          units: { nodes: [{ id: 'Unit:QNA-TK', code: 'QNA-TK', name: 'Thành phố Tam Kỳ' }] },
          ...(variables.isNew ? {} : { procedure: editorProcedure() }),
        },
      }),
    ),
    graphql.query(CatalogueHealthRouteViewerDocument, () => HttpResponse.json({ data: { me: viewer } })),
    graphql.query(CatalogueHealthRouteDocument, () => HttpResponse.json({ data: { catalogueHealth: health } })),
  ];
}
