import { graphql, HttpResponse } from 'msw';
import {
  AssignModalOfficesDocument,
  OfficerWorkloadsDocument,
  PeopleDirectoryDocument,
  StaffingComplianceRouteDocument,
  StaffingPersonRouteDocument,
  StaffingRouteDocument,
  StaffingViewerDocument,
  UnitPickerSearchDocument,
  type Role,
} from '@/gql/graphql';
import { compliance, directoryPerson, personRecord, viewer } from './staffing-fixtures';

/** The staffing pages' default world; `roles` picks the viewer (ANALYST sees birth dates masked). */
export function staffingHandlers(roles: Role[] = ['ADMIN']) {
  const masked = roles.includes('ANALYST');
  return [
    graphql.query(StaffingViewerDocument, () => HttpResponse.json({ data: { me: viewer(roles) } })),
    graphql.query(UnitPickerSearchDocument, () =>
      HttpResponse.json({
        data: { units: { nodes: [{ id: 'Unit:QNA', code: '000.00.00.H47', name: 'Ủy ban nhân dân tỉnh Quảng Nam' }] }, unit: null },
      }),
    ),
    graphql.query(StaffingRouteDocument, () => HttpResponse.json({ data: { offices: { totalCount: 0, nodes: [] } } })),
    graphql.query(OfficerWorkloadsDocument, () => HttpResponse.json({ data: { officers: [] } })),
    graphql.query(PeopleDirectoryDocument, () =>
      HttpResponse.json({
        data: { people: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [directoryPerson(masked)] } },
      }),
    ),
    graphql.query(StaffingComplianceRouteDocument, ({ variables }) => {
      const asOf = variables.asOf ?? '2025-06-01';
      return HttpResponse.json({ data: { staffingCompliance: { asOf, ...compliance(asOf) } } });
    }),
    graphql.query(StaffingPersonRouteDocument, () => HttpResponse.json({ data: { person: personRecord(masked) } })),
    graphql.query(AssignModalOfficesDocument, () =>
      HttpResponse.json({
        data: { offices: { nodes: [{ id: 'Office:000.02.02.H47', code: '000.02.02.H47', name: 'Phòng Tổ chức - Hành chính' }] } },
      }),
    ),
  ];
}
