import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy in front of the hub that can "lose" responses: it forwards the
 * request, waits until the hub has answered (so the hub has committed), then cuts
 * the client's connection instead of relaying the answer — the classic
 * "did my push arrive?" failure.
 */
export async function startLossyProxy(target: string) {
  let dropNext = 0;
  let dropMethod: string | undefined;
  let forwarded = 0;
  let dropped = 0;
  let down = false;
  const server = http.createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers.set(k, v);
    const upstream = await fetch(new URL(req.url ?? '/', target), {
      method: req.method,
      headers,
      body: chunks.length && req.method !== 'GET' ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    forwarded++;
    if (dropNext > 0 && (dropMethod === undefined || dropMethod === req.method)) {
      dropNext--;
      dropped++;
      req.socket.destroy();
      return;
    }
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Simulates a network cut: every request fails until set back. */
    setDown(value: boolean) {
      down = value;
    },
    /** Drops the next n responses (of one HTTP method only, if given) after the hub answered. */
    dropResponses(n: number, method?: 'GET' | 'POST') {
      dropNext = n;
      dropMethod = method;
    },
    get dropped() {
      return dropped;
    },
    get forwarded() {
      return forwarded;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
