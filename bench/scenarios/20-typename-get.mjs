// The same over GET: query-string parsing instead of a JSON body, plus the mutation-over-GET check.
export default {
  name: '{ __typename } GET',
  request: () => ({
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
  }),
};
