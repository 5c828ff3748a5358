import { paths } from '@/config/paths';

export type SignInResult = 'signed-in' | 'invalid-credentials' | 'locked-out' | 'failed';

async function readDetail(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'detail' in body && typeof body.detail === 'string') {
      return body.detail;
    }
  } catch {
    // Empty or non-JSON body: the status code decides.
  }
  return undefined;
}

// ASP.NET Core Identity's /login: 200 sets the cookie; 401 carries a problem
// body whose detail is "Failed" or "LockedOut".
export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch(paths.authLogin, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
      credentials: 'include',
    });
  } catch {
    return 'failed';
  }
  if (response.ok) return 'signed-in';
  const detail = await readDetail(response);
  if (detail === 'LockedOut' || response.status === 423 || response.status === 429) {
    return 'locked-out';
  }
  if (response.status === 401 || response.status === 400) return 'invalid-credentials';
  return 'failed';
}

export async function signOut(): Promise<void> {
  try {
    await fetch(paths.authLogout, { method: 'POST', credentials: 'include' });
  } catch {
    // Even if the server is unreachable the SPA forgets the session locally.
  }
}
