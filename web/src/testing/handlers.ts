import { graphql, http, HttpResponse } from 'msw';
import {
  AlertBellSummaryDocument,
  AppShellDocument,
  HomeRouteDocument,
  UnitDirectoryDocument,
  UnitTreeChildrenDocument,
  UnitsRouteDocument,
} from '@/gql/graphql';
import { admin, allUnits, quangNam, tableRow, treeNode, treeRoot, userSummary, welcomeCard } from './fixtures';

// Default world: admin is signed in; tests override with server.use(...).
export const signedOut = [
  graphql.query(AppShellDocument, () => HttpResponse.json({ data: { me: null } })),
];

export const defaultHandlers = [
  graphql.query(AppShellDocument, () => HttpResponse.json({ data: { me: { id: admin.id, ...userSummary() } } })),
  graphql.query(AlertBellSummaryDocument, () => HttpResponse.json({ data: { alertSummary: { open: 0, unacknowledged: 0 } } })),
  graphql.query(HomeRouteDocument, () => HttpResponse.json({ data: { me: { id: admin.id, ...welcomeCard() } } })),
  graphql.query(UnitsRouteDocument, () =>
    HttpResponse.json({ data: { me: { id: admin.id, unit: { id: quangNam.id, ...treeRoot(quangNam) } } } }),
  ),
  graphql.query(UnitTreeChildrenDocument, ({ variables }) => {
    const found = allUnits.find((u) => u.code === variables.code);
    return HttpResponse.json({
      data: { unit: found ? { id: found.id, children: found.children.map(treeNode) } : null },
    });
  }),
  graphql.query(UnitDirectoryDocument, ({ variables }) => {
    const search = variables.where?.search?.toLowerCase() ?? '';
    const parentOf = (code: string) => allUnits.find((u) => u.children.some((c) => c.code === code)) ?? null;
    const matches = allUnits.filter((u) => u.name.toLowerCase().includes(search));
    return HttpResponse.json({
      data: {
        units: {
          totalCount: matches.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          nodes: matches.map((u) => tableRow(u, parentOf(u.code))),
        },
      },
    });
  }),
  http.get('/auth/demo-accounts', () => new HttpResponse(null, { status: 404 })),
  http.post('/auth/login', () => new HttpResponse(null, { status: 200 })),
  http.post('/auth/logout', () => new HttpResponse(null, { status: 200 })),
];
