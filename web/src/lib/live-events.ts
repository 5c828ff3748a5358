import { useEffect, useSyncExternalStore } from 'react';

type Listener = () => void;

function createSignal() {
  const listeners = new Set<Listener>();
  return {
    emit: () => listeners.forEach((listener) => listener()),
    listen(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A deadline alert arrived on the live socket (the bell emits it); queues and counts refetch. */
export const alertArrived = createSignal();
/** The socket came back after a drop: events sent meanwhile were missed, so live views refetch. */
export const socketReconnected = createSignal();

export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let socketState: SocketState = 'idle';
const stateListeners = new Set<Listener>();

/** Called by the graphql-ws client's event hooks (lib/graphql-client.ts). */
export function setSocketState(next: SocketState): void {
  if (next === socketState) return;
  socketState = next;
  stateListeners.forEach((listener) => listener());
}

export function useSocketState(): SocketState {
  return useSyncExternalStore(
    (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    () => socketState,
  );
}

/** Runs `refetch` whenever an alert arrives or the socket reconnects (the two moments a live view may be stale). */
export function useLiveRefetch(refetch: () => void, { onAlert = true }: { onAlert?: boolean } = {}): void {
  useEffect(() => {
    const stops = [socketReconnected.listen(refetch), ...(onAlert ? [alertArrived.listen(refetch)] : [])];
    return () => stops.forEach((stop) => stop());
  }, [refetch, onAlert]);
}
