// A signed-in request: bearer-token validation, the Viewer, the authorization rule, fields read from claims.
export default {
  name: 'me (bearer, POST)',
  setup: async (ctx) => ({ token: await ctx.login('admin@onestop.local') }),
  request: (ctx, { token }) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { fullName roles } }' }),
  }),
};
