import { ws } from 'msw';
import { graphqlWsUrl } from '@/lib/graphql-client';

type Subscriber = { id: string; operationName: string | undefined };

// A graphql-ws server in MSW: acknowledges `connection_init`, records subscriptions, and lets a test push `next`
// messages or drop the socket (the client then reconnects). The mock server installs one (`liveSocket`).
export function createLiveSocket() {
  const link = ws.link(graphqlWsUrl());
  const subscribers: Subscriber[] = [];
  let clients: { send: (data: string) => void; close: (code?: number, reason?: string) => void }[] = [];
  let connections = 0;

  const handler = link.addEventListener('connection', ({ client }) => {
    connections += 1;
    clients.push(client);
    client.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: { operationName?: string } };
      if (message.type === 'connection_init') client.send(JSON.stringify({ type: 'connection_ack' }));
      if (message.type === 'ping') client.send(JSON.stringify({ type: 'pong' }));
      if (message.type === 'subscribe' && message.id) subscribers.push({ id: message.id, operationName: message.payload?.operationName });
    });
  });

  return {
    handler,
    get connections() {
      return connections;
    },
    subscribed: (operationName: string) => subscribers.some((s) => s.operationName === operationName),
    /** Sends `data` to every subscription of `operationName`. */
    push(operationName: string, data: unknown) {
      for (const s of subscribers.filter((x) => x.operationName === operationName)) {
        for (const client of clients) client.send(JSON.stringify({ type: 'next', id: s.id, payload: { data } }));
      }
    },
    /** Ends every subscription of `operationName` as the server does when its stream fails: `next` with errors, then `complete`. */
    end(operationName: string, errors: unknown[]) {
      for (const s of subscribers.filter((x) => x.operationName === operationName)) {
        for (const client of clients) {
          client.send(JSON.stringify({ type: 'next', id: s.id, payload: { errors } }));
          client.send(JSON.stringify({ type: 'complete', id: s.id }));
        }
        subscribers.splice(subscribers.indexOf(s), 1);
      }
    },
    /** Forgets the previous test's sockets. */
    reset() {
      clients = [];
      subscribers.length = 0;
      connections = 0;
    },
    /** Closes the socket abnormally; graphql-ws retries and subscribes again. */
    drop() {
      const open = clients;
      clients = [];
      subscribers.length = 0;
      for (const client of open) client.close(4000, 'test drop');
    },
  };
}
