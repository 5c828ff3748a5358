export const satisfactionPaths = {
  dashboard: '/satisfaction',
  followUps: '/satisfaction/follow-ups',
  kiosk: '/satisfaction/kiosk',
  // Public pages: the rating link the API issues is `/danh-gia/{code}?t={token}` (Satisfaction:PublicBaseUrl).
  rate: '/danh-gia',
  survey: '/khao-sat',
} as const;
