// The ceiling: a bare ASP.NET Core endpoint (only with Bench:BareEndpoint=true) answering the same JSON as
// `{ __typename }`. Every other scenario's ratio is relative to this one.
export default {
  name: 'bare ASP.NET endpoint (POST)',
  baseline: true,
  request: () => ({
    method: 'POST',
    path: '/bench/bare',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  }),
};
