import type { Server } from 'node:http';

/**
 * Stops a server the way a deploy needs it: no new connections, idle keep-alive connections
 * closed at once, requests in flight given `timeoutMs` to finish before their connections
 * are cut. Resolves once every connection is gone.
 */
export function stopServer(server: Server, timeoutMs: number): Promise<{ closedConnections: boolean }> {
  return new Promise((resolve) => {
    let forced = false;
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearTimeout(deadline);
      resolve({ closedConnections: forced });
    });
    server.closeIdleConnections();
  });
}
