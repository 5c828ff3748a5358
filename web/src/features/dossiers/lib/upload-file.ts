import { currentLanguage } from '@/lib/i18n';

export type UploadedFile = { id: string; name: string; size: number; contentType: string };
export type UploadProblem = { code: string; message: string };

/** Accepted by the server (checked there by content): PDF, JPEG, PNG, DOCX, XLSX. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

/** `POST /files` (multipart, field `file`): the stored file, or the server's `{ code, message }` (type, size, rights). */
export async function uploadFile(file: File): Promise<{ file: UploadedFile } | { problem: UploadProblem }> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    // The custom header is the server's CSRF guard for cookie-authenticated uploads.
    response = await fetch(new URL('/files', window.location.origin), {
      method: 'POST',
      body,
      credentials: 'include',
      headers: { 'GraphQL-Require-Preflight': '1', 'Accept-Language': currentLanguage() },
    });
  } catch {
    return { problem: { code: 'NETWORK', message: '' } };
  }
  const json = (await response.json().catch(() => null)) as Partial<UploadedFile & UploadProblem> | null;
  if (response.ok && json?.id) return { file: json as UploadedFile };
  return { problem: { code: json?.code ?? `HTTP_${response.status}`, message: json?.message ?? '' } };
}

export function fileUrl(id: string): string {
  return `/files/${encodeURIComponent(id)}`;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
