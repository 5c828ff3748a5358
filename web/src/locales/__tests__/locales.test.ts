import { describe, expect, it } from 'vitest';
import { loadEnResources, viResources as vi } from '@/lib/locale-resources';

// English is its own chunk (loaded on demand); it must still match the bundled Vietnamese key for key.
const en = await loadEnResources();

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files (shared and every feature\'s)', () => {
  it('have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('have no empty translations', () => {
    for (const [name, locale] of Object.entries({ vi, en })) {
      const empty = keys(locale).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, name).toEqual([]);
    }
  });
});
