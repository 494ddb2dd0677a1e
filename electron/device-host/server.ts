import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { DEVICE_HOST_IPC_PATH, DEVICE_HOST_TOKEN_HEADER } from '../../shared/ipc/device-host';
import { dispatchIpc, isIpcChannel, type IpcHandlers } from '../../shared/ipc';
import { contentSecurityPolicy } from '../main/app-origin';

export interface DeviceHostOptions {
  /** The renderer build (dist/renderer). */
  rendererRoot: string;
  handlers: IpcHandlers;
  /** Random per launch; the page receives it in the URL fragment. */
  launchToken: string;
  hubOrigin: string;
  port?: number;
}

/**
 * Where no Electron binary exists, this small Node server stands in for the main
 * process: it serves the workstation build and answers the same `shared/ipc`
 * messages over HTTP on 127.0.0.1 only, for callers holding this launch's token.
 */
export async function startDeviceHost(options: DeviceHostOptions): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  // Print jobs carry a PDF (base64, up to 12 MiB); only our token holder on 127.0.0.1 may send them.
  const app = Fastify({ logger: false, bodyLimit: 13 * 1024 * 1024 });
  const expected = Buffer.from(options.launchToken);
  const csp = contentSecurityPolicy(options.hubOrigin);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  app.post<{ Params: { channel: string } }>(`${DEVICE_HOST_IPC_PATH}/:channel`, async (request, reply) => {
    const given = Buffer.from(String(request.headers[DEVICE_HOST_TOKEN_HEADER] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return reply.code(403).send({ ok: false, code: 'UNTRUSTED_SENDER', message: '本机服务令牌不正确，请使用启动程序打印的地址' });
    // Same-origin pages only: a page elsewhere in the browser must not drive local devices.
    const origin = request.headers.origin;
    if (origin && origin !== `http://${request.headers.host}`)
      return reply.code(403).send({ ok: false, code: 'UNTRUSTED_SENDER', message: '拒绝来自其他网站的请求' });
    const channel = request.params.channel;
    if (!isIpcChannel(channel)) return reply.code(404).send({ ok: false, code: 'UNKNOWN_CHANNEL', message: `未知通道 ${channel.slice(0, 40)}` });
    return dispatchIpc(options.handlers, channel, request.body);
  });

  await app.register(fastifyStatic, { root: options.rendererRoot, index: ['index.html'], wildcard: false });
  // Client-side routes fall back to the app; unknown API paths stay 404.
  app.setNotFoundHandler((request, reply) =>
    request.url.startsWith('/device-host/') || request.method !== 'GET'
      ? reply.code(404).send({ ok: false, code: 'UNKNOWN_CHANNEL', message: '地址不存在' })
      : reply.sendFile('index.html'),
  );

  const address = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return { app, url: address, close: () => app.close() };
}
