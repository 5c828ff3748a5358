import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';

type Session = { restart: () => void };

const SessionContext = createContext<Session | null>(null);

type Props = { createClient: () => Client; children: ReactNode };

// A new urql client per sign-in/out drops every cached result of the previous user.
export function SessionProvider({ createClient, children }: Props) {
  const [client, setClient] = useState(createClient);
  const restart = useCallback(() => setClient(createClient()), [createClient]);
  const session = useMemo(() => ({ restart }), [restart]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
