import { makeFragmentData } from '@/gql';
import { EvaluationView_EvaluationFragmentDoc, type FollowUpStatus, type RatingLevel } from '@/gql/graphql';

export const RATED_CODE = '000.00.21.H47-261120-0007';

const BASES = ['Giải quyết trước hạn.', 'Mọi bước trước hạn.', '1 lần yêu cầu bổ sung, hoàn thiện.', 'Chỉ liên hệ Bộ phận một cửa.'];

/** A dossier's evaluation as dossierRating / rateDossier return it: indices 5 and 9 are unit-level (no data). */
export function evaluation(level: RatingLevel | null, followUp?: { status: FollowUpStatus; outcome: string | null }) {
  return makeFragmentData(
    {
      code: RATED_CODE,
      indexPoints: 9,
      rating: level
        ? { level, reason: level === 'NOT_SATISFIED' ? 'Chờ lâu tại quầy' : null, ratedAt: '2026-11-20T03:00:00Z', changeableUntil: '2026-11-27T03:00:00Z' }
        : null,
      indices: Array.from({ length: 9 }, (_, i) => ({
        number: i + 1,
        key: `K${i + 1}`,
        points: i === 4 || i === 8 ? null : [2, 2, 1, 1, 0, 2, 1, 0, 0][i] ?? null,
        basis: BASES[i] ?? 'Không đủ dữ liệu.',
      })),
      followUps: followUp
        ? [{ id: 'FollowUp:1', status: followUp.status, reason: 'Chờ lâu tại quầy', resolveBy: '2026-12-11', outcome: followUp.outcome, resolvedAt: followUp.outcome ? '2026-11-25T03:00:00Z' : null }]
        : [],
    },
    EvaluationView_EvaluationFragmentDoc,
  );
}
