import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type Exchange,
} from 'urql';
import { env } from '@/config/env';
import { reportError } from './error-events';
import { currentLanguage } from './i18n';
import { setSocketState, socketReconnected } from './live-events';

export function graphqlHttpUrl(origin = window.location.origin): string {
  return new URL(env.VITE_GRAPHQL_PATH, origin).toString();
}

export function graphqlWsUrl(origin = window.location.origin): string {
  const url = new URL(env.VITE_GRAPHQL_PATH, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function createSubscriptionExchange(wsClient: WsClient): Exchange {
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          const unsubscribe = wsClient.subscribe(input, sink);
          return { unsubscribe };
        },
      };
    },
  });
}

type Options = { url?: string; wsUrl?: string; exchanges?: Exchange[] };

// One client per signed-in session: the app recreates it on sign-in/out so no
// cached data or open socket outlives the user it was fetched for.
export function createGraphqlClient(options: Options = {}): Client {
  // Cookie auth: the browser sends the session cookie on the socket handshake.
  const wsClient = createWsClient({
    url: options.wsUrl ?? graphqlWsUrl(),
    // Live alerts matter all day: keep retrying (graphql-ws backs off) instead of giving up after five attempts.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: (isRetry) => setSocketState(isRetry ? 'reconnecting' : 'connecting'),
      connected: (_socket, _payload, wasRetry) => {
        setSocketState('connected');
        // Alerts are stored: whatever was pushed while the socket was down is read again by the views that refetch.
        if (wasRetry) socketReconnected.emit();
      },
      // 1000: the lazy socket closed itself because nothing is subscribed; anything else is a drop it will retry.
      closed: (event) => setSocketState((event as { code?: number } | undefined)?.code === 1000 ? 'idle' : 'reconnecting'),
    },
  });
  return new Client({
    url: options.url ?? graphqlHttpUrl(),
    // urql defaults to GET for queries; POST keeps one request shape for the
    // server's CSRF check and keeps documents out of access logs.
    preferGetMethod: false,
    exchanges: options.exchanges ?? [
      mapExchange({ onError: reportError }),
      cacheExchange,
      createSubscriptionExchange(wsClient),
      fetchExchange,
    ],
    fetchOptions: () => ({
      credentials: 'include',
      // The API rejects cookie-authenticated requests without it (CSRF guard). Accept-Language: the API's
      // messages and rule texts follow the UI language, not the browser's.
      headers: { 'GraphQL-Require-Preflight': '1', 'Accept-Language': currentLanguage() },
    }),
  });
}
