import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';

describe('parseEnv', () => {
  it('applies defaults', () => {
    expect(parseEnv({})).toEqual({ VITE_GRAPHQL_PATH: '/graphql', VITE_DEMO: '0' });
  });

  it('rejects invalid values', () => {
    expect(() => parseEnv({ VITE_DEMO: 'yes' })).toThrow(/Invalid environment/);
  });
});
