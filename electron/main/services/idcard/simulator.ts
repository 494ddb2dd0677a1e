/**
 * A stand-in for a vendor ID-card reader service, for tests and for training terminals
 * without a reader. It answers like the common vendor services (`GET /readcard` → JSON with
 * resultFlag / errorMsg / partyName … identityPic) and can be told what to do:
 * place a card, take it off, answer garbage, or hang. Like a real reader it reads a card
 * once: a second read without taking the card off answers "请重新放卡".
 *
 * Control: `sim.set(...)` in-process, or `POST /control` with the same JSON (training UI).
 * Only synthetic cards belong here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimulatedCard {
  partyName: string;
  gender: '男' | '女';
  nation: string;
  /** YYYYMMDD */
  bornDay: string;
  certAddress: string;
  certNumber: string;
  certOrg: string;
  /** YYYYMMDD */
  effDate: string;
  /** YYYYMMDD or 长期 */
  expDate: string;
  identityPic: string;
}

export type SimulatorMode =
  | { kind: 'card'; card: SimulatedCard }
  | { kind: 'no-card' }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'server-error' };

export class IdCardSimulator {
  private server: Server | undefined;
  private mode: SimulatorMode = { kind: 'no-card' };
  /** The card on the reader has been read since it was placed. */
  private consumed = false;
  private readonly hanging = new Set<ServerResponse>();
  reads = 0;

  /** Sets what the reader does next; placing a card (again) makes it readable once. */
  set(mode: SimulatorMode): void {
    this.mode = mode;
    if (mode.kind === 'card') this.consumed = false;
  }

  placeCard(card: SimulatedCard): void {
    this.set({ kind: 'card', card });
  }

  removeCard(): void {
    this.set({ kind: 'no-card' });
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, resolve);
    });
    const address = this.server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/control' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      try {
        this.set(JSON.parse(Buffer.concat(chunks).toString('utf8')) as SimulatorMode);
        return this.json(res, 200, { ok: true });
      } catch {
        return this.json(res, 400, { ok: false });
      }
    }
    if (url.pathname !== '/readcard') return this.json(res, 404, { resultFlag: -1, errorMsg: 'not found' });
    this.reads++;
    switch (this.mode.kind) {
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"resultFlag":0,"partyName":"张三","certNumber":');
        return;
      case 'server-error':
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal error');
        return;
      case 'no-card':
        return this.json(res, 200, { resultFlag: -1, errorMsg: '未放卡或卡片放置不正确' });
      case 'card':
        if (this.consumed) return this.json(res, 200, { resultFlag: -2, errorMsg: '请重新放卡' });
        this.consumed = true;
        return this.json(res, 200, { resultFlag: 0, errorMsg: '', ...this.mode.card });
    }
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}
