import { setupServer } from 'msw/node';
import { defaultHandlers } from './handlers';
import { createLiveSocket } from './live-socket';

/** The app's graphql-ws socket; tests push subscription events through it. */
export const liveSocket = createLiveSocket();

export const server = setupServer(...defaultHandlers, liveSocket.handler);
