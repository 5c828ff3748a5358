/**
 * The receipt code in what a desk officer typed or a handheld QR/barcode scanner (a keyboard wedge) entered:
 * the code itself, or the public lookup address printed as the QR code on form 01 (`…/lookup?code=<code>`).
 * Returns null when nothing usable was entered.
 */
export function scannedReceiptCode(entered: string): string | null {
  const text = entered.trim();
  if (!text) return null;
  if (/^https?:\/\//i.test(text)) {
    try {
      const code = new URL(text).searchParams.get('code')?.trim();
      return code ? code.toUpperCase() : null;
    } catch {
      return null;
    }
  }
  return text.toUpperCase();
}
