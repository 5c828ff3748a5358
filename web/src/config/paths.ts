export const paths = {
  home: '/',
  login: '/login',
  // Banana Cake Pop, served by the API next to the endpoint.
  graphqlIde: '/graphql/',
  authLogin: '/auth/login?useCookies=true',
  authLogout: '/auth/logout',
  authDemoAccounts: '/auth/demo-accounts',
} as const;
