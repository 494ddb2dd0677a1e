import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as it passed the proxy. */
export interface ProxiedRequest {
  method: string;
  path: string;
  /** Upload-Offset the client sent (PATCH): where it (re)started. */
  requestOffset: number | undefined;
  /** Body bytes forwarded to the hub. */
  bodyBytes: number;
  /** Set when the hub's answer reached the proxy. */
  status?: number;
  /** Upload-Offset in the hub's answer: bytes the hub acknowledged. */
  responseOffset?: number;
  /** The connection was cut during this request. */
  cut: boolean;
  /** The hub's answer was withheld from the client. */
  dropped: boolean;
}

/**
 * A streaming HTTP proxy between terminal and hub that can cut the network in the
 * middle of an upload: after a given number of upload (PATCH body) bytes have passed
 * it forwards no more and destroys both connections, like a cable pulled mid-transfer.
 * It records every request with the offsets client and hub named, so a test can prove
 * where a resumed upload started. Bodies are streamed, never buffered.
 */
export async function startCuttingProxy(initialTarget: string) {
  let target = initialTarget;
  let down = false;
  let cutAfter: number | undefined;
  let downAfterCut = false;
  let onThreshold: { at: number; fn: () => void } | undefined;
  let dropNextFinal = false;
  let uploadBytes = 0;
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  let finalSize: number | undefined;

  const server = http.createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const entry: ProxiedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      requestOffset: req.headers['upload-offset'] === undefined ? undefined : Number(req.headers['upload-offset']),
      bodyBytes: 0,
      cut: false,
      dropped: false,
    };
    log.push(entry);
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers, agent: false });
    let finished = false;
    const cutNow = () => {
      entry.cut = true;
      finished = true;
      upstream.destroy();
      req.socket.destroy();
      if (downAfterCut) down = true;
    };
    upstream.on('response', (answer) => {
      entry.status = answer.statusCode;
      const offset = answer.headers['upload-offset'];
      if (typeof offset === 'string') entry.responseOffset = Number(offset);
      if (dropNextFinal && entry.method === 'PATCH' && entry.status === 204 && entry.responseOffset === finalSize) {
        // The hub has answered (so it has verified and stored); the terminal never hears it.
        dropNextFinal = false;
        entry.dropped = true;
        answer.resume();
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!finished) req.socket.destroy();
    });
    req.on('data', (chunk: Buffer) => {
      if (finished) return;
      let part = chunk;
      if (entry.method === 'PATCH' && cutAfter !== undefined && uploadBytes + chunk.length >= cutAfter) {
        part = chunk.subarray(0, cutAfter - uploadBytes);
        cutAfter = undefined;
        if (part.length > 0) {
          uploadBytes += part.length;
          entry.bodyBytes += part.length;
          // Let what already passed reach the hub, then pull the cable.
          upstream.write(part, () => setTimeout(cutNow, 20));
        } else cutNow();
        finished = true;
        return;
      }
      if (entry.method === 'PATCH') uploadBytes += part.length;
      entry.bodyBytes += part.length;
      if (onThreshold && uploadBytes >= onThreshold.at) {
        const { fn } = onThreshold;
        onThreshold = undefined;
        fn();
      }
      if (!upstream.write(part)) {
        req.pause();
        upstream.once('drain', () => req.resume());
      }
    });
    req.on('end', () => {
      if (!finished) upstream.end();
    });
    req.on('close', () => {
      if (!req.complete && !finished) upstream.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    /** Upload body bytes forwarded so far. */
    get uploadBytes() {
      return uploadBytes;
    },
    setTarget(url: string) {
      target = url;
    },
    /** Every new request fails (and every open connection is cut) until set back. */
    setDown(value: boolean) {
      down = value;
      if (value) for (const s of sockets) s.destroy();
    },
    /** Cuts the connection once `bytes` upload bytes (counted from now on) have passed; then, optionally, stays down. */
    cutAfterUploadBytes(bytes: number, options: { stayDown?: boolean } = {}) {
      cutAfter = uploadBytes + bytes;
      downAfterCut = options.stayDown ?? false;
    },
    /** Calls fn once `bytes` upload bytes (counted from now on) have passed. */
    whenUploadBytes(bytes: number, fn: () => void) {
      onThreshold = { at: uploadBytes + bytes, fn };
    },
    /** Withholds the hub's answer to the PATCH that completes an upload of `size` bytes. */
    dropFinalAnswer(size: number) {
      dropNextFinal = true;
      finalSize = size;
    },
    patches: () => log.filter((e) => e.method === 'PATCH'),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
