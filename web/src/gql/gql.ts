/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HomeRoute {\n    me {\n      id\n      ...WelcomeCard_me\n    }\n  }\n": typeof types.HomeRouteDocument,
    "\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n": typeof types.UnitsRouteDocument,
    "\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.UserSummary_MeFragmentDoc,
    "\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.WelcomeCard_MeFragmentDoc,
    "\n  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {\n    units(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UnitTable_unit\n      }\n    }\n  }\n": typeof types.UnitDirectoryDocument,
    "\n  fragment UnitTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    oneStopDesk\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.UnitTable_UnitFragmentDoc,
    "\n  fragment UnitTreeNode_unit on Unit {\n    id\n    code\n    name\n    kind\n    children {\n      id\n    }\n  }\n": typeof types.UnitTreeNode_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    ...UnitTreeNode_unit\n    children {\n      ...UnitTreeNode_unit\n    }\n  }\n": typeof types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($code: String!) {\n    unit(code: $code) {\n      id\n      children {\n        ...UnitTreeNode_unit\n      }\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
};
const documents: Documents = {
    "\n  query HomeRoute {\n    me {\n      id\n      ...WelcomeCard_me\n    }\n  }\n": types.HomeRouteDocument,
    "\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n": types.UnitsRouteDocument,
    "\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": types.UserSummary_MeFragmentDoc,
    "\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": types.WelcomeCard_MeFragmentDoc,
    "\n  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {\n    units(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UnitTable_unit\n      }\n    }\n  }\n": types.UnitDirectoryDocument,
    "\n  fragment UnitTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    oneStopDesk\n    parent {\n      id\n      name\n    }\n  }\n": types.UnitTable_UnitFragmentDoc,
    "\n  fragment UnitTreeNode_unit on Unit {\n    id\n    code\n    name\n    kind\n    children {\n      id\n    }\n  }\n": types.UnitTreeNode_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    ...UnitTreeNode_unit\n    children {\n      ...UnitTreeNode_unit\n    }\n  }\n": types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($code: String!) {\n    unit(code: $code) {\n      id\n      children {\n        ...UnitTreeNode_unit\n      }\n    }\n  }\n": types.UnitTreeChildrenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeRoute {\n    me {\n      id\n      ...WelcomeCard_me\n    }\n  }\n"): (typeof documents)["\n  query HomeRoute {\n    me {\n      id\n      ...WelcomeCard_me\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {\n    units(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UnitTable_unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {\n    units(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UnitTable_unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    oneStopDesk\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    oneStopDesk\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTreeNode_unit on Unit {\n    id\n    code\n    name\n    kind\n    children {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UnitTreeNode_unit on Unit {\n    id\n    code\n    name\n    kind\n    children {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTree_unit on Unit {\n    ...UnitTreeNode_unit\n    children {\n      ...UnitTreeNode_unit\n    }\n  }\n"): (typeof documents)["\n  fragment UnitTree_unit on Unit {\n    ...UnitTreeNode_unit\n    children {\n      ...UnitTreeNode_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeChildren($code: String!) {\n    unit(code: $code) {\n      id\n      children {\n        ...UnitTreeNode_unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeChildren($code: String!) {\n    unit(code: $code) {\n      id\n      children {\n        ...UnitTreeNode_unit\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;