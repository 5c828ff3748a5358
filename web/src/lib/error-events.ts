import type { CombinedError } from 'urql';

// The urql exchange lives outside React; the toaster component subscribes here.
type Listener = (error: CombinedError) => void;

const listeners = new Set<Listener>();

export function reportError(error: CombinedError): void {
  listeners.forEach((listener) => listener(error));
}

export function onError(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
