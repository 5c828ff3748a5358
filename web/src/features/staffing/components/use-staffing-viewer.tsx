import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { canEditStaffing } from '../lib/roles';

const StaffingViewerQuery = graphql(`
  query StaffingViewer {
    me {
      id
      roles
      unit {
        id
        code
        name
      }
    }
  }
`);

/** The signed-in user's roles and unit, for defaults and for showing the editing controls. */
export function useStaffingViewer() {
  const [{ data, fetching }] = useQuery({ query: StaffingViewerQuery });
  const me = data?.me;
  return { me, fetching: fetching && !data, canEdit: canEditStaffing(me?.roles) };
}
