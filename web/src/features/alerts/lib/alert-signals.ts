type Listener = () => void;
const listeners = new Set<Listener>();

/** Someone acknowledged alerts in this tab: the bell's count refetches (its query holds no alert objects urql could invalidate). */
export const alertsAcknowledged = {
  emit: () => listeners.forEach((listener) => listener()),
  listen(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
