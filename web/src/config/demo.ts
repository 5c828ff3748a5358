import { env } from './env';

export type DemoAccount = { email: string; role: string; unit: string };

// Password shared by all seeded demo accounts (the API's demo profile).
export const DEMO_PASSWORD = 'OneStop@2020';

// Used only when VITE_DEMO=1 and the server does not publish /auth/demo-accounts.
export const STATIC_DEMO_ACCOUNTS: DemoAccount[] =
  env.VITE_DEMO === '1'
    ? [{ email: 'admin@onestop.local', role: 'ADMIN', unit: 'Tỉnh Quảng Nam' }]
    : [];
