// The GraphQL transport and executer with nothing behind them: JSON body, parse/validate, execute, serialize.
export default {
  name: '{ __typename } POST',
  request: () => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  }),
};
