import { useQuery } from 'urql';
import { graphql } from '@/gql';

const SatisfactionViewerQuery = graphql(`
  query SatisfactionViewer {
    me {
      id
      roles
    }
  }
`);

/** The signed-in user's roles, for the tabs and the actions shown. */
export function useSatisfactionViewer() {
  const [{ data, fetching }] = useQuery({ query: SatisfactionViewerQuery });
  return { roles: data?.me?.roles, fetching: fetching && !data };
}
