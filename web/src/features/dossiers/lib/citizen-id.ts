// Province codes that open a 12-digit personal ID number (Circular 07/2016/TT-BCA, 63 provinces).
const PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 ' +
    '042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 ' +
    '086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

/** A citizen ID (CCCD / số định danh cá nhân): 12 digits, a province code, then the century/sex digit. */
export function isValidCitizenId(value: string): boolean {
  return /^\d{12}$/.test(value) && PROVINCE_CODES.has(value.slice(0, 3));
}

/** Vietnamese phone numbers: 0 or +84, then 9 digits (mobile) or 10 digits (landline 02x). */
export function isValidPhone(value: string): boolean {
  return /^(0|\+84)\d{9,10}$/.test(value.replace(/[\s.-]/g, ''));
}
