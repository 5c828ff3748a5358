// zod/mini: the tree-shakable build, since this module is part of the main bundle.
import * as z from 'zod/mini';

const EnvSchema = z.object({
  // Path of the GraphQL endpoint on the SPA's own origin (cookie auth needs same-site).
  VITE_GRAPHQL_PATH: z._default(z.string().check(z.startsWith('/')), '/graphql'),
  // '1' shows the static demo-accounts hint when the server does not publish them.
  VITE_DEMO: z._default(z.enum(['0', '1']), '0'),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env: Env = parseEnv(import.meta.env);
