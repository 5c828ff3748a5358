import { makeFragmentData } from '@/gql';
import {
  UnitTable_UnitFragmentDoc,
  UnitTreeNode_UnitFragmentDoc,
  UnitTree_UnitFragmentDoc,
  UserSummary_MeFragmentDoc,
  WelcomeCard_MeFragmentDoc,
  type Role,
  type UnitKind,
} from '@/gql/graphql';

export type UnitFixture = { id: string; code: string; name: string; kind: UnitKind; children: UnitFixture[] };

const unit = (code: string, name: string, kind: UnitKind, children: UnitFixture[] = []): UnitFixture => ({
  id: `Unit:${code}`,
  code,
  name,
  kind,
  children,
});

export const anMy = unit('QNA-TK-AM', 'Phường An Mỹ', 'COMMUNE');
export const tamKy = unit('QNA-TK', 'Thành phố Tam Kỳ', 'DISTRICT', [anMy]);
export const soTuPhap = unit('QNA-STP', 'Sở Tư pháp', 'DEPARTMENT');
export const quangNam = unit('QNA', 'Tỉnh Quảng Nam', 'PROVINCE', [soTuPhap, tamKy]);
export const allUnits = [quangNam, soTuPhap, tamKy, anMy];

export const admin = {
  id: 'Me:1',
  email: 'admin@onestop.local',
  fullName: 'Nguyễn Văn An',
  roles: ['ADMIN', 'LEADER'] as Role[],
  unit: { id: quangNam.id, name: quangNam.name },
};

export const userSummary = () => makeFragmentData(admin, UserSummary_MeFragmentDoc);
export const welcomeCard = () => makeFragmentData(admin, WelcomeCard_MeFragmentDoc);

export function treeNode(u: UnitFixture) {
  const { id, code, name, kind } = u;
  return makeFragmentData({ id, code, name, kind, children: u.children.map((c) => ({ id: c.id })) }, UnitTreeNode_UnitFragmentDoc);
}

export function treeRoot(u: UnitFixture) {
  // Same wire object as the server sends: node fields plus full children.
  return makeFragmentData({ ...treeNode(u), children: u.children.map(treeNode) }, UnitTree_UnitFragmentDoc);
}

export function tableRow(u: UnitFixture, parent: UnitFixture | null) {
  const { id, code, name, kind } = u;
  const oneStopDesk = kind === 'PROVINCE' ? 'Trung tâm Phục vụ hành chính công' : null;
  return makeFragmentData(
    { id, code, name, kind, oneStopDesk, parent: parent && { id: parent.id, name: parent.name } },
    UnitTable_UnitFragmentDoc,
  );
}
