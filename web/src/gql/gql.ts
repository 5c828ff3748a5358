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
    "\n  query StaffingComplianceRoute($unitCode: String, $asOf: Date) {\n    staffingCompliance(unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      ...ComplianceDashboard_compliance\n    }\n  }\n": typeof types.StaffingComplianceRouteDocument,
    "\n  query StaffingPersonRoute($id: ID!) {\n    person(id: $id) {\n      id\n      personKey\n      fullName\n      dateOfBirth\n      seniorityStart\n      version\n      unit {\n        id\n        code\n      }\n      ...PersonProfile_person\n    }\n  }\n": typeof types.StaffingPersonRouteDocument,
    "\n  query StaffingRoute($unitCode: String!, $asOf: Date) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      totalCount\n      nodes {\n        id\n        ...OfficeTable_office\n      }\n    }\n  }\n": typeof types.StaffingRouteDocument,
    "\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n": typeof types.UnitsRouteDocument,
    "\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.UserSummary_MeFragmentDoc,
    "\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.WelcomeCard_MeFragmentDoc,
    "\n  query AssignModalOffices($unitCode: String!) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AssignModalOfficesDocument,
    "\n  mutation AssignModalAssign($input: AssignPersonInput!) {\n    assignPerson(input: $input) {\n      assignment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.AssignModalAssignDocument,
    "\n  mutation EndAssignmentModalEnd($input: EndAssignmentInput!) {\n    endAssignment(input: $input) {\n      assignment {\n        id\n        to\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.EndAssignmentModalEndDocument,
    "\n  fragment ComplianceDashboard_compliance on StaffingCompliance {\n    asOf\n    totals {\n      units\n      offices\n      people\n      violatingOffices\n      warningOffices\n      compliantOffices\n      results {\n        status\n        ...RuleResultTable_result\n      }\n      rules {\n        code\n        status\n        violations\n        warnings\n        compliant\n      }\n    }\n    units {\n      unit {\n        id\n        code\n        name\n      }\n      status\n      violations\n      warnings\n      offices {\n        office {\n          id\n          code\n          name\n          kind\n        }\n        status\n        results {\n          status\n          ...RuleResultTable_result\n        }\n      }\n    }\n  }\n": typeof types.ComplianceDashboard_ComplianceFragmentDoc,
    "\n  mutation EmploymentModalRecord($input: RecordEmploymentInput!) {\n    recordEmployment(input: $input) {\n      employment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.EmploymentModalRecordDocument,
    "\n  mutation EmploymentModalUpdate($input: UpdateEmploymentInput!) {\n    updateEmployment(input: $input) {\n      employment {\n        id\n        end\n        supportJob\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.EmploymentModalUpdateDocument,
    "\n  fragment ImportReport_payload on ImportStaffingPayload {\n    rows\n    created\n    updated\n    unchanged\n    rowErrors {\n      row\n      field\n      code\n      message\n    }\n  }\n": typeof types.ImportReport_PayloadFragmentDoc,
    "\n  mutation ImportUploaderImport($input: ImportStaffingInput!) {\n    importStaffing(input: $input) {\n      ...ImportReport_payload\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.ImportUploaderImportDocument,
    "\n  mutation OfficeFormCreate($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        code\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.OfficeFormCreateDocument,
    "\n  mutation OfficeFormUpdate($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      office {\n        id\n        code\n        name\n        headcountQuota\n        provinceClass\n        internalUnits\n        establishedOn\n        dissolvedOn\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.OfficeFormUpdateDocument,
    "\n  fragment OfficeTable_office on Office {\n    id\n    code\n    name\n    kind\n    provinceClass\n    headcountQuota\n    internalUnits\n    establishedOn\n    dissolvedOn\n    version\n    unit {\n      id\n      code\n      name\n    }\n    staff(asOf: $asOf) {\n      id\n      position\n      postType\n      from\n      to\n      person {\n        id\n        fullName\n        personKey\n        employment(asOf: $asOf) {\n          id\n          type\n          supportJob\n        }\n      }\n    }\n  }\n": typeof types.OfficeTable_OfficeFragmentDoc,
    "\n  fragment StaffingErrorFields_error on StaffingError {\n    __typename\n    ... on ValidationError {\n      code\n      message\n      field\n    }\n    ... on NotFoundError {\n      code\n      message\n    }\n    ... on ConcurrencyConflictError {\n      code\n      message\n      currentVersion\n    }\n    ... on ForbiddenError {\n      code\n      message\n    }\n    ... on OverlappingHeadPostError {\n      code\n      message\n      personKey\n    }\n    ... on QuotaExceededError {\n      code\n      message\n      officeCode\n      headcountQuota\n    }\n  }\n": typeof types.StaffingErrorFields_ErrorFragmentDoc,
    "\n  fragment PeopleDirectory_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    post(asOf: $asOf) {\n      id\n      position\n      postType\n      office {\n        id\n        code\n        name\n      }\n    }\n    employment(asOf: $asOf) {\n      id\n      type\n      supportJob\n      end\n    }\n  }\n": typeof types.PeopleDirectory_PersonFragmentDoc,
    "\n  query PeopleDirectory($first: Int!, $after: String, $where: PersonFilter, $asOf: Date) {\n    people(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PeopleDirectory_person\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  mutation PersonFormCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.PersonFormCreateDocument,
    "\n  mutation PersonFormUpdate($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        fullName\n        dateOfBirth\n        birthYear\n        seniorityStart\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": typeof types.PersonFormUpdateDocument,
    "\n  fragment PersonProfile_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    version\n    unit {\n      id\n      code\n      name\n    }\n    post {\n      id\n      position\n      office {\n        id\n        name\n      }\n    }\n    employment {\n      id\n      type\n    }\n    assignments {\n      id\n      from\n      to\n      position\n      postType\n      version\n      office {\n        id\n        code\n        name\n      }\n    }\n    employments {\n      id\n      type\n      supportJob\n      start\n      end\n      version\n    }\n  }\n": typeof types.PersonProfile_PersonFragmentDoc,
    "\n  fragment RuleResultTable_result on RuleResult {\n    status\n    message\n    figures {\n      staffCount\n      civilServants\n      headcountQuota\n      deputies\n      allowedDeputies\n      minimumStaff\n      internalUnits\n      offending\n    }\n    rule {\n      id\n      code\n      text\n      legalSource\n      confidence\n      effectiveFrom\n      effectiveTo\n    }\n    people {\n      id\n      fullName\n      personKey\n    }\n  }\n": typeof types.RuleResultTable_ResultFragmentDoc,
    "\n  query UnitPickerSearch($search: String, $code: String!, $hasCode: Boolean!) {\n    units(first: 30, where: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    unit(code: $code) @include(if: $hasCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitPickerSearchDocument,
    "\n  query StaffingViewer {\n    me {\n      id\n      roles\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.StaffingViewerDocument,
    "\n  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {\n    units(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UnitTable_unit\n      }\n    }\n  }\n": typeof types.UnitDirectoryDocument,
    "\n  fragment UnitTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    oneStopDesk\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.UnitTable_UnitFragmentDoc,
    "\n  fragment UnitTreeNode_unit on Unit {\n    id\n    code\n    name\n    kind\n    children {\n      id\n    }\n  }\n": typeof types.UnitTreeNode_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    ...UnitTreeNode_unit\n    children {\n      ...UnitTreeNode_unit\n    }\n  }\n": typeof types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($code: String!) {\n    unit(code: $code) {\n      id\n      children {\n        ...UnitTreeNode_unit\n      }\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
};
const documents: Documents = {
    "\n  query HomeRoute {\n    me {\n      id\n      ...WelcomeCard_me\n    }\n  }\n": types.HomeRouteDocument,
    "\n  query StaffingComplianceRoute($unitCode: String, $asOf: Date) {\n    staffingCompliance(unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      ...ComplianceDashboard_compliance\n    }\n  }\n": types.StaffingComplianceRouteDocument,
    "\n  query StaffingPersonRoute($id: ID!) {\n    person(id: $id) {\n      id\n      personKey\n      fullName\n      dateOfBirth\n      seniorityStart\n      version\n      unit {\n        id\n        code\n      }\n      ...PersonProfile_person\n    }\n  }\n": types.StaffingPersonRouteDocument,
    "\n  query StaffingRoute($unitCode: String!, $asOf: Date) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      totalCount\n      nodes {\n        id\n        ...OfficeTable_office\n      }\n    }\n  }\n": types.StaffingRouteDocument,
    "\n  query UnitsRoute {\n    me {\n      id\n      unit {\n        id\n        ...UnitTree_unit\n      }\n    }\n  }\n": types.UnitsRouteDocument,
    "\n  query AppShell {\n    me {\n      id\n      ...UserSummary_me\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment UserSummary_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": types.UserSummary_MeFragmentDoc,
    "\n  fragment WelcomeCard_me on Me {\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n  }\n": types.WelcomeCard_MeFragmentDoc,
    "\n  query AssignModalOffices($unitCode: String!) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AssignModalOfficesDocument,
    "\n  mutation AssignModalAssign($input: AssignPersonInput!) {\n    assignPerson(input: $input) {\n      assignment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.AssignModalAssignDocument,
    "\n  mutation EndAssignmentModalEnd($input: EndAssignmentInput!) {\n    endAssignment(input: $input) {\n      assignment {\n        id\n        to\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.EndAssignmentModalEndDocument,
    "\n  fragment ComplianceDashboard_compliance on StaffingCompliance {\n    asOf\n    totals {\n      units\n      offices\n      people\n      violatingOffices\n      warningOffices\n      compliantOffices\n      results {\n        status\n        ...RuleResultTable_result\n      }\n      rules {\n        code\n        status\n        violations\n        warnings\n        compliant\n      }\n    }\n    units {\n      unit {\n        id\n        code\n        name\n      }\n      status\n      violations\n      warnings\n      offices {\n        office {\n          id\n          code\n          name\n          kind\n        }\n        status\n        results {\n          status\n          ...RuleResultTable_result\n        }\n      }\n    }\n  }\n": types.ComplianceDashboard_ComplianceFragmentDoc,
    "\n  mutation EmploymentModalRecord($input: RecordEmploymentInput!) {\n    recordEmployment(input: $input) {\n      employment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.EmploymentModalRecordDocument,
    "\n  mutation EmploymentModalUpdate($input: UpdateEmploymentInput!) {\n    updateEmployment(input: $input) {\n      employment {\n        id\n        end\n        supportJob\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.EmploymentModalUpdateDocument,
    "\n  fragment ImportReport_payload on ImportStaffingPayload {\n    rows\n    created\n    updated\n    unchanged\n    rowErrors {\n      row\n      field\n      code\n      message\n    }\n  }\n": types.ImportReport_PayloadFragmentDoc,
    "\n  mutation ImportUploaderImport($input: ImportStaffingInput!) {\n    importStaffing(input: $input) {\n      ...ImportReport_payload\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.ImportUploaderImportDocument,
    "\n  mutation OfficeFormCreate($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        code\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.OfficeFormCreateDocument,
    "\n  mutation OfficeFormUpdate($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      office {\n        id\n        code\n        name\n        headcountQuota\n        provinceClass\n        internalUnits\n        establishedOn\n        dissolvedOn\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.OfficeFormUpdateDocument,
    "\n  fragment OfficeTable_office on Office {\n    id\n    code\n    name\n    kind\n    provinceClass\n    headcountQuota\n    internalUnits\n    establishedOn\n    dissolvedOn\n    version\n    unit {\n      id\n      code\n      name\n    }\n    staff(asOf: $asOf) {\n      id\n      position\n      postType\n      from\n      to\n      person {\n        id\n        fullName\n        personKey\n        employment(asOf: $asOf) {\n          id\n          type\n          supportJob\n        }\n      }\n    }\n  }\n": types.OfficeTable_OfficeFragmentDoc,
    "\n  fragment StaffingErrorFields_error on StaffingError {\n    __typename\n    ... on ValidationError {\n      code\n      message\n      field\n    }\n    ... on NotFoundError {\n      code\n      message\n    }\n    ... on ConcurrencyConflictError {\n      code\n      message\n      currentVersion\n    }\n    ... on ForbiddenError {\n      code\n      message\n    }\n    ... on OverlappingHeadPostError {\n      code\n      message\n      personKey\n    }\n    ... on QuotaExceededError {\n      code\n      message\n      officeCode\n      headcountQuota\n    }\n  }\n": types.StaffingErrorFields_ErrorFragmentDoc,
    "\n  fragment PeopleDirectory_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    post(asOf: $asOf) {\n      id\n      position\n      postType\n      office {\n        id\n        code\n        name\n      }\n    }\n    employment(asOf: $asOf) {\n      id\n      type\n      supportJob\n      end\n    }\n  }\n": types.PeopleDirectory_PersonFragmentDoc,
    "\n  query PeopleDirectory($first: Int!, $after: String, $where: PersonFilter, $asOf: Date) {\n    people(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PeopleDirectory_person\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  mutation PersonFormCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.PersonFormCreateDocument,
    "\n  mutation PersonFormUpdate($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        fullName\n        dateOfBirth\n        birthYear\n        seniorityStart\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n": types.PersonFormUpdateDocument,
    "\n  fragment PersonProfile_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    version\n    unit {\n      id\n      code\n      name\n    }\n    post {\n      id\n      position\n      office {\n        id\n        name\n      }\n    }\n    employment {\n      id\n      type\n    }\n    assignments {\n      id\n      from\n      to\n      position\n      postType\n      version\n      office {\n        id\n        code\n        name\n      }\n    }\n    employments {\n      id\n      type\n      supportJob\n      start\n      end\n      version\n    }\n  }\n": types.PersonProfile_PersonFragmentDoc,
    "\n  fragment RuleResultTable_result on RuleResult {\n    status\n    message\n    figures {\n      staffCount\n      civilServants\n      headcountQuota\n      deputies\n      allowedDeputies\n      minimumStaff\n      internalUnits\n      offending\n    }\n    rule {\n      id\n      code\n      text\n      legalSource\n      confidence\n      effectiveFrom\n      effectiveTo\n    }\n    people {\n      id\n      fullName\n      personKey\n    }\n  }\n": types.RuleResultTable_ResultFragmentDoc,
    "\n  query UnitPickerSearch($search: String, $code: String!, $hasCode: Boolean!) {\n    units(first: 30, where: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    unit(code: $code) @include(if: $hasCode) {\n      id\n      code\n      name\n    }\n  }\n": types.UnitPickerSearchDocument,
    "\n  query StaffingViewer {\n    me {\n      id\n      roles\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.StaffingViewerDocument,
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
export function graphql(source: "\n  query StaffingComplianceRoute($unitCode: String, $asOf: Date) {\n    staffingCompliance(unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      ...ComplianceDashboard_compliance\n    }\n  }\n"): (typeof documents)["\n  query StaffingComplianceRoute($unitCode: String, $asOf: Date) {\n    staffingCompliance(unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      ...ComplianceDashboard_compliance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingPersonRoute($id: ID!) {\n    person(id: $id) {\n      id\n      personKey\n      fullName\n      dateOfBirth\n      seniorityStart\n      version\n      unit {\n        id\n        code\n      }\n      ...PersonProfile_person\n    }\n  }\n"): (typeof documents)["\n  query StaffingPersonRoute($id: ID!) {\n    person(id: $id) {\n      id\n      personKey\n      fullName\n      dateOfBirth\n      seniorityStart\n      version\n      unit {\n        id\n        code\n      }\n      ...PersonProfile_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingRoute($unitCode: String!, $asOf: Date) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      totalCount\n      nodes {\n        id\n        ...OfficeTable_office\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffingRoute($unitCode: String!, $asOf: Date) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      totalCount\n      nodes {\n        id\n        ...OfficeTable_office\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AssignModalOffices($unitCode: String!) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignModalOffices($unitCode: String!) {\n    offices(first: 100, where: { unitCode: $unitCode }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignModalAssign($input: AssignPersonInput!) {\n    assignPerson(input: $input) {\n      assignment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignModalAssign($input: AssignPersonInput!) {\n    assignPerson(input: $input) {\n      assignment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAssignmentModalEnd($input: EndAssignmentInput!) {\n    endAssignment(input: $input) {\n      assignment {\n        id\n        to\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndAssignmentModalEnd($input: EndAssignmentInput!) {\n    endAssignment(input: $input) {\n      assignment {\n        id\n        to\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplianceDashboard_compliance on StaffingCompliance {\n    asOf\n    totals {\n      units\n      offices\n      people\n      violatingOffices\n      warningOffices\n      compliantOffices\n      results {\n        status\n        ...RuleResultTable_result\n      }\n      rules {\n        code\n        status\n        violations\n        warnings\n        compliant\n      }\n    }\n    units {\n      unit {\n        id\n        code\n        name\n      }\n      status\n      violations\n      warnings\n      offices {\n        office {\n          id\n          code\n          name\n          kind\n        }\n        status\n        results {\n          status\n          ...RuleResultTable_result\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplianceDashboard_compliance on StaffingCompliance {\n    asOf\n    totals {\n      units\n      offices\n      people\n      violatingOffices\n      warningOffices\n      compliantOffices\n      results {\n        status\n        ...RuleResultTable_result\n      }\n      rules {\n        code\n        status\n        violations\n        warnings\n        compliant\n      }\n    }\n    units {\n      unit {\n        id\n        code\n        name\n      }\n      status\n      violations\n      warnings\n      offices {\n        office {\n          id\n          code\n          name\n          kind\n        }\n        status\n        results {\n          status\n          ...RuleResultTable_result\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmploymentModalRecord($input: RecordEmploymentInput!) {\n    recordEmployment(input: $input) {\n      employment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmploymentModalRecord($input: RecordEmploymentInput!) {\n    recordEmployment(input: $input) {\n      employment {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmploymentModalUpdate($input: UpdateEmploymentInput!) {\n    updateEmployment(input: $input) {\n      employment {\n        id\n        end\n        supportJob\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmploymentModalUpdate($input: UpdateEmploymentInput!) {\n    updateEmployment(input: $input) {\n      employment {\n        id\n        end\n        supportJob\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReport_payload on ImportStaffingPayload {\n    rows\n    created\n    updated\n    unchanged\n    rowErrors {\n      row\n      field\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReport_payload on ImportStaffingPayload {\n    rows\n    created\n    updated\n    unchanged\n    rowErrors {\n      row\n      field\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUploaderImport($input: ImportStaffingInput!) {\n    importStaffing(input: $input) {\n      ...ImportReport_payload\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUploaderImport($input: ImportStaffingInput!) {\n    importStaffing(input: $input) {\n      ...ImportReport_payload\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeFormCreate($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        code\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeFormCreate($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        code\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeFormUpdate($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      office {\n        id\n        code\n        name\n        headcountQuota\n        provinceClass\n        internalUnits\n        establishedOn\n        dissolvedOn\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OfficeFormUpdate($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      office {\n        id\n        code\n        name\n        headcountQuota\n        provinceClass\n        internalUnits\n        establishedOn\n        dissolvedOn\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeTable_office on Office {\n    id\n    code\n    name\n    kind\n    provinceClass\n    headcountQuota\n    internalUnits\n    establishedOn\n    dissolvedOn\n    version\n    unit {\n      id\n      code\n      name\n    }\n    staff(asOf: $asOf) {\n      id\n      position\n      postType\n      from\n      to\n      person {\n        id\n        fullName\n        personKey\n        employment(asOf: $asOf) {\n          id\n          type\n          supportJob\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfficeTable_office on Office {\n    id\n    code\n    name\n    kind\n    provinceClass\n    headcountQuota\n    internalUnits\n    establishedOn\n    dissolvedOn\n    version\n    unit {\n      id\n      code\n      name\n    }\n    staff(asOf: $asOf) {\n      id\n      position\n      postType\n      from\n      to\n      person {\n        id\n        fullName\n        personKey\n        employment(asOf: $asOf) {\n          id\n          type\n          supportJob\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffingErrorFields_error on StaffingError {\n    __typename\n    ... on ValidationError {\n      code\n      message\n      field\n    }\n    ... on NotFoundError {\n      code\n      message\n    }\n    ... on ConcurrencyConflictError {\n      code\n      message\n      currentVersion\n    }\n    ... on ForbiddenError {\n      code\n      message\n    }\n    ... on OverlappingHeadPostError {\n      code\n      message\n      personKey\n    }\n    ... on QuotaExceededError {\n      code\n      message\n      officeCode\n      headcountQuota\n    }\n  }\n"): (typeof documents)["\n  fragment StaffingErrorFields_error on StaffingError {\n    __typename\n    ... on ValidationError {\n      code\n      message\n      field\n    }\n    ... on NotFoundError {\n      code\n      message\n    }\n    ... on ConcurrencyConflictError {\n      code\n      message\n      currentVersion\n    }\n    ... on ForbiddenError {\n      code\n      message\n    }\n    ... on OverlappingHeadPostError {\n      code\n      message\n      personKey\n    }\n    ... on QuotaExceededError {\n      code\n      message\n      officeCode\n      headcountQuota\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleDirectory_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    post(asOf: $asOf) {\n      id\n      position\n      postType\n      office {\n        id\n        code\n        name\n      }\n    }\n    employment(asOf: $asOf) {\n      id\n      type\n      supportJob\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleDirectory_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    post(asOf: $asOf) {\n      id\n      position\n      postType\n      office {\n        id\n        code\n        name\n      }\n    }\n    employment(asOf: $asOf) {\n      id\n      type\n      supportJob\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($first: Int!, $after: String, $where: PersonFilter, $asOf: Date) {\n    people(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PeopleDirectory_person\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($first: Int!, $after: String, $where: PersonFilter, $asOf: Date) {\n    people(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PeopleDirectory_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonFormCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersonFormCreate($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonFormUpdate($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        fullName\n        dateOfBirth\n        birthYear\n        seniorityStart\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersonFormUpdate($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        fullName\n        dateOfBirth\n        birthYear\n        seniorityStart\n        version\n      }\n      errors {\n        ...StaffingErrorFields_error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonProfile_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    version\n    unit {\n      id\n      code\n      name\n    }\n    post {\n      id\n      position\n      office {\n        id\n        name\n      }\n    }\n    employment {\n      id\n      type\n    }\n    assignments {\n      id\n      from\n      to\n      position\n      postType\n      version\n      office {\n        id\n        code\n        name\n      }\n    }\n    employments {\n      id\n      type\n      supportJob\n      start\n      end\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment PersonProfile_person on Person {\n    id\n    personKey\n    fullName\n    dateOfBirth\n    birthYear\n    seniorityStart\n    version\n    unit {\n      id\n      code\n      name\n    }\n    post {\n      id\n      position\n      office {\n        id\n        name\n      }\n    }\n    employment {\n      id\n      type\n    }\n    assignments {\n      id\n      from\n      to\n      position\n      postType\n      version\n      office {\n        id\n        code\n        name\n      }\n    }\n    employments {\n      id\n      type\n      supportJob\n      start\n      end\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleResultTable_result on RuleResult {\n    status\n    message\n    figures {\n      staffCount\n      civilServants\n      headcountQuota\n      deputies\n      allowedDeputies\n      minimumStaff\n      internalUnits\n      offending\n    }\n    rule {\n      id\n      code\n      text\n      legalSource\n      confidence\n      effectiveFrom\n      effectiveTo\n    }\n    people {\n      id\n      fullName\n      personKey\n    }\n  }\n"): (typeof documents)["\n  fragment RuleResultTable_result on RuleResult {\n    status\n    message\n    figures {\n      staffCount\n      civilServants\n      headcountQuota\n      deputies\n      allowedDeputies\n      minimumStaff\n      internalUnits\n      offending\n    }\n    rule {\n      id\n      code\n      text\n      legalSource\n      confidence\n      effectiveFrom\n      effectiveTo\n    }\n    people {\n      id\n      fullName\n      personKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPickerSearch($search: String, $code: String!, $hasCode: Boolean!) {\n    units(first: 30, where: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    unit(code: $code) @include(if: $hasCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnitPickerSearch($search: String, $code: String!, $hasCode: Boolean!) {\n    units(first: 30, where: { search: $search }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n    unit(code: $code) @include(if: $hasCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffingViewer {\n    me {\n      id\n      roles\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffingViewer {\n    me {\n      id\n      roles\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
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