/**
 * The ID-card adapter against the simulator over real HTTP on 127.0.0.1: read, card
 * removed / not re-placed, timeout, service down (and back), malformed answer, a card whose
 * number fails the check. Synthetic card data only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../shared/identity';
import { IdCardReader, mapVendorAnswer } from '../../../electron/main/services/idcard/reader';
import { IdCardSimulator, type SimulatedCard } from '../../../electron/main/services/idcard/simulator';

const body17 = '11010119900307123';
const ID = body17 + residentIdCheckChar(body17);
const PHOTO = Buffer.from('synthetic photo bytes').toString('base64');
const card: SimulatedCard = {
  partyName: '测试甲',
  gender: '男',
  nation: '汉',
  bornDay: '19900307',
  certAddress: '北京市东城区测试路1号',
  certNumber: ID,
  certOrg: '北京市公安局东城分局',
  effDate: '20200101',
  expDate: '20400101',
  identityPic: PHOTO,
};

let sim: IdCardSimulator;
let url: string;

beforeEach(async () => {
  sim = new IdCardSimulator();
  url = `${await sim.start()}/readcard`;
});
afterEach(async () => {
  await sim.stop();
});

describe('ID-card reader against the simulator', () => {
  it('reads a card and maps every field to our shape', async () => {
    const reader = new IdCardReader({ url });
    sim.placeCard(card);
    const r = await reader.read();
    expect(r).toEqual({
      ok: true,
      value: {
        name: '测试甲',
        sex: 'male',
        ethnicity: '汉',
        birthDate: '1990-03-07',
        address: '北京市东城区测试路1号',
        idNumber: ID,
        authority: '北京市公安局东城分局',
        validFrom: '2020-01-01',
        validUntil: '2040-01-01',
        photoBase64: PHOTO,
      },
    });
    expect(reader.status()).toMatchObject({ reachable: true, lastError: null });
  });

  it('asks for the card to be removed before the same card is read again, and reads it once re-placed', async () => {
    const reader = new IdCardReader({ url });
    sim.placeCard(card);
    expect((await reader.read()).ok).toBe(true);
    const again = await reader.read();
    expect(again).toMatchObject({ ok: false, code: 'IDCARD_REMOVE_CARD' });
    if (!again.ok) expect(again.message).toMatch(/取下/);
    sim.removeCard();
    const none = await reader.read();
    expect(none).toMatchObject({ ok: false, code: 'IDCARD_NO_CARD' });
    if (!none.ok) expect(none.message).toMatch(/没有身份证/);
    sim.placeCard(card);
    expect((await reader.read()).ok).toBe(true);
  });

  it('gives up after the timeout when the service hangs', async () => {
    const reader = new IdCardReader({ url, timeoutMs: 300 });
    sim.set({ kind: 'hang' });
    const t0 = Date.now();
    const r = await reader.read();
    expect(r).toMatchObject({ ok: false, code: 'IDCARD_TIMEOUT' });
    if (!r.ok) expect(r.message).toMatch(/没有响应/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(reader.status().lastError?.code).toBe('IDCARD_TIMEOUT');
  });

  it('reports the service down, then reads again once it is back on the same port', async () => {
    const port = new URL(url).port;
    await sim.stop();
    const reader = new IdCardReader({ url, retryDelayMs: 50 });
    const down = await reader.read();
    expect(down).toMatchObject({ ok: false, code: 'IDCARD_SERVICE_DOWN' });
    if (!down.ok) expect(down.message).toMatch(/无法连接身份证阅读器服务/);
    expect(reader.status().reachable).toBe(false);
    sim = new IdCardSimulator();
    await sim.start(Number(port));
    sim.placeCard(card);
    expect((await reader.read()).ok).toBe(true);
    expect(reader.status()).toMatchObject({ reachable: true, lastError: null });
  });

  it('rejects a malformed answer and a server error with clear messages', async () => {
    const reader = new IdCardReader({ url });
    sim.set({ kind: 'malformed' });
    const bad = await reader.read();
    expect(bad).toMatchObject({ ok: false, code: 'IDCARD_MALFORMED_ANSWER' });
    if (!bad.ok) expect(bad.message).toMatch(/无法识别/);
    sim.set({ kind: 'server-error' });
    expect(await reader.read()).toMatchObject({ ok: false, code: 'IDCARD_READ_FAILED' });
  });

  it('refuses a card whose ID number fails the check character', async () => {
    const reader = new IdCardReader({ url });
    const wrong = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    sim.placeCard({ ...card, certNumber: wrong });
    const r = await reader.read();
    expect(r).toMatchObject({ ok: false, code: 'IDCARD_INVALID_ID' });
  });

  it('can be driven over HTTP for training (POST /control)', async () => {
    const base = url.replace(/\/readcard$/, '');
    const res = await fetch(`${base}/control`, { method: 'POST', body: JSON.stringify({ kind: 'card', card }) });
    expect(res.status).toBe(200);
    expect((await new IdCardReader({ url }).read()).ok).toBe(true);
  });
});

describe('vendor answer variants', () => {
  it('accepts wrapped answers, other field names and a combined validity period', () => {
    const r = mapVendorAnswer({
      code: 0,
      data: { name: '测试乙', sex: '女', nation: '回族', birthday: '1990年03月07日', address: 'x', cardNo: ID.toLowerCase(), police: 'y', validPeriod: '2020.01.01-长期', photo: `data:image/jpeg;base64,${PHOTO}` },
    });
    expect(r).toMatchObject({ ok: true, value: { name: '测试乙', sex: 'female', ethnicity: '回', birthDate: '1990-03-07', validFrom: '2020-01-01', validUntil: '长期', photoBase64: PHOTO, idNumber: ID } });
  });
  it('treats arrays, missing fields and non-base64 photos as malformed', () => {
    expect(mapVendorAnswer([])).toMatchObject({ code: 'IDCARD_MALFORMED_ANSWER' });
    expect(mapVendorAnswer({ resultFlag: 0, partyName: '测试' })).toMatchObject({ code: 'IDCARD_MALFORMED_ANSWER' });
    expect(mapVendorAnswer({ resultFlag: 0, partyName: '测试', certNumber: ID, identityPic: '<script>' })).toMatchObject({ code: 'IDCARD_MALFORMED_ANSWER' });
  });
});
