import { z } from 'zod';
import { paths } from '@/config/paths';
import { STATIC_DEMO_ACCOUNTS, type DemoAccount } from '@/config/demo';

const DemoAccountsSchema = z.array(
  z.object({ email: z.string(), role: z.string(), unit: z.string().nullish() }),
);

// The API publishes its seeded accounts only in the demo profile (404 elsewhere);
// the build-time VITE_DEMO list is the fallback.
export async function loadDemoAccounts(): Promise<DemoAccount[]> {
  try {
    const response = await fetch(paths.authDemoAccounts, {
      credentials: 'include',
      headers: { Accept: 'application/json' },
    });
    if (response.ok) {
      const parsed = DemoAccountsSchema.safeParse(await response.json());
      if (parsed.success) {
        return parsed.data.map((a) => ({ email: a.email, role: a.role, unit: a.unit ?? '' }));
      }
    }
  } catch {
    // Fall through to the static list.
  }
  return STATIC_DEMO_ACCOUNTS;
}
