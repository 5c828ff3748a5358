import { describe, expect, it } from 'vitest';
import { formatDate } from '../dates';

describe('formatDate', () => {
  it('uses dd/MM/yyyy in Vietnamese', () => {
    expect(formatDate('2026-09-02T03:00:00Z', 'vi')).toBe('02/09/2026');
  });

  it('counts the day in Asia/Ho_Chi_Minh, not UTC', () => {
    // 18:30 UTC on 1 Sep is 01:30 on 2 Sep in Vietnam.
    expect(formatDate('2026-09-01T18:30:00Z', 'vi')).toBe('02/09/2026');
  });
});
