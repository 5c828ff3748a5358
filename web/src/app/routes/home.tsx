import { Skeleton } from 'antd';
import { useQuery } from 'urql';
import { WelcomeCard } from '@/features/home/components/welcome-card';
import { graphql } from '@/gql';

const HomeRouteQuery = graphql(`
  query HomeRoute {
    me {
      id
      ...WelcomeCard_me
    }
  }
`);

export function HomeRoute() {
  const [{ data }] = useQuery({ query: HomeRouteQuery });
  if (!data?.me) return <Skeleton active />;
  return <WelcomeCard me={data.me} />;
}
