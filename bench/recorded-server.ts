/**
 * A local HTTP server on 127.0.0.1 that answers connector requests with recorded or prepared
 * bodies, chosen by a function of the request's path and query: the connectors run unchanged
 * against it through MARKETFACTS_YAHOO_URL / MARKETFACTS_FRED_URL / MARKETFACTS_STOOQ_URL.
 * Used by `npm run bench` and the command-line tests of `update`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer: status (200 by default), content type and body. */
export interface RecordedAnswer {
  readonly status?: number;
  readonly contentType?: string;
  readonly body: string;
}

/** A running server: its base URL, the request URLs it saw, and how to stop it. */
export interface RecordedServer {
  readonly baseUrl: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts a server answering `answer(url)` (`url` is the path and query); a missing answer is a 404. */
export function startRecordedServer(answer: (url: URL) => RecordedAnswer | undefined): Promise<RecordedServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const reply = answer(url);
    response.writeHead(reply?.status ?? (reply === undefined ? 404 : 200), { 'content-type': reply?.contentType ?? 'application/json' });
    response.end(reply?.body ?? '');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
