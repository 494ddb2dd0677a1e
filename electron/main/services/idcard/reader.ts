/**
 * ID-card readers at the counter mostly come with a vendor service on localhost that the
 * app calls over HTTP and that answers JSON (the sdtapi.dll-style SDK is the other kind).
 * Vendors differ in URL and field names, not in substance: this adapter takes the URL per
 * terminal, accepts the field names of the common vendor services (aliases below), and gives
 * back our shape with the ID number checked by the domain rules.
 *
 * The reader reads a card once: to read it again it must be taken off and put back. Vendor
 * services say so with an error text ("请重新放卡", "card already read"); that becomes
 * IDCARD_REMOVE_CARD. Never log what comes back: it is personal data.
 */
import { parseResidentId } from '../../../../shared/identity';
import { err, ok, type Result } from '../../../../shared/result';

export interface IdCardData {
  name: string;
  sex: 'male' | 'female';
  /** 民族, as printed (e.g. "汉"). */
  ethnicity: string;
  /** YYYY-MM-DD */
  birthDate: string;
  address: string;
  /** Canonical 18 characters. */
  idNumber: string;
  /** 签发机关 */
  authority: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD, or '长期'. */
  validUntil: string;
  /** The photo as the service gives it (usually base64 of a JPEG/BMP), without a data: prefix; '' if none. */
  photoBase64: string;
}

export type IdCardErrorCode =
  | 'IDCARD_SERVICE_DOWN'
  | 'IDCARD_TIMEOUT'
  | 'IDCARD_NO_CARD'
  | 'IDCARD_REMOVE_CARD'
  | 'IDCARD_MALFORMED_ANSWER'
  | 'IDCARD_INVALID_ID'
  | 'IDCARD_READ_FAILED';

export interface IdCardReaderOptions {
  /** The vendor service's read URL, e.g. http://127.0.0.1:19196/readcard (per terminal). */
  url: string;
  /** Default 5000 ms: a read takes about a second on real readers. */
  timeoutMs?: number;
  /** 'GET' (most services) or 'POST'. */
  method?: 'GET' | 'POST';
  /** Connection attempts per read (a service being restarted refuses for a moment). Default 2. */
  attempts?: number;
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

export interface IdCardReaderStatus {
  url: string;
  /** null: not tried yet. */
  reachable: boolean | null;
  lastReadAt: string | null;
  /** For IT diagnostics: the code and the Chinese message of the last failure; never card data. */
  lastError: { code: IdCardErrorCode; message: string; at: string } | null;
}

const ALIASES = {
  name: ['name', 'partyName', 'Name', 'xm', 'peopleName'],
  sex: ['sex', 'gender', 'Sex', 'xb', 'sexCode'],
  ethnicity: ['ethnicity', 'nation', 'Nation', 'mz', 'people', 'folk'],
  birth: ['birth', 'birthDate', 'bornDay', 'Born', 'csrq', 'birthday'],
  address: ['address', 'certAddress', 'Address', 'zz'],
  idNumber: ['idNumber', 'certNumber', 'IDCode', 'cardNo', 'sfzh', 'CardNo', 'idNum'],
  authority: ['authority', 'certOrg', 'IssuedAt', 'police', 'qfjg', 'signingOrganization'],
  validFrom: ['validFrom', 'effDate', 'startDate', 'yxqStart', 'EffectedDate', 'validStart'],
  validUntil: ['validUntil', 'expDate', 'endDate', 'yxqEnd', 'ExpiredDate', 'validEnd'],
  photo: ['photo', 'photoBase64', 'identityPic', 'Base64Photo', 'picture', 'zp'],
} as const;

const pick = (o: Record<string, unknown>, keys: readonly string[]): string | undefined => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return undefined;
};

/** 19900101, 1990-01-01, 1990.01.01, 1990年01月01日 → 1990-01-01 */
function normalizeDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/长期/.test(s)) return '长期';
  const d = s.replace(/\D/g, '');
  if (d.length !== 8) return undefined;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

const NO_CARD = /无卡|未放卡|没有卡|请放卡|寻卡失败|no card|card not (present|found)|not found card/i;
const REMOVE_CARD = /重新放卡|取下|拿开|移开|already read|remove (the )?card|re-?place/i;

const malformed = () => err('IDCARD_MALFORMED_ANSWER' as const, '身份证阅读器服务返回了无法识别的数据，请重新读卡；如持续出现请联系信息技术人员检查阅读器驱动版本');

/** Maps a vendor answer to our shape; exported for tests of vendor variants. */
export function mapVendorAnswer(body: unknown): Result<IdCardData, IdCardErrorCode> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return malformed();
  const outer = body as Record<string, unknown>;
  // Some services wrap the card in data/result/cardInfo.
  const inner = [outer['data'], outer['result'], outer['cardInfo']].find((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) as
    | Record<string, unknown>
    | undefined;
  const o = inner ? { ...outer, ...inner } : outer;
  const status = o['resultFlag'] ?? o['code'] ?? o['retCode'] ?? o['errCode'] ?? o['status'];
  const text = pick(o, ['errorMsg', 'message', 'msg', 'retMsg', 'error']) ?? '';
  const failed = (typeof status === 'number' && status !== 0 && status !== 200) || (typeof status === 'string' && !/^(0|200|ok|success)$/i.test(status));
  if (failed || (!pick(o, ALIASES.idNumber) && text)) {
    if (REMOVE_CARD.test(text)) return err('IDCARD_REMOVE_CARD', '请将身份证从阅读器上取下，再重新放上读卡');
    if (NO_CARD.test(text)) return err('IDCARD_NO_CARD', '阅读器上没有身份证，请将身份证平放在阅读器感应区后再读卡');
    return err('IDCARD_READ_FAILED', '读卡失败，请将身份证取下后重新放置再试；如持续失败请联系信息技术人员');
  }
  const idRaw = pick(o, ALIASES.idNumber);
  const name = pick(o, ALIASES.name);
  if (!idRaw || !name) return malformed();
  const id = parseResidentId(idRaw);
  if (!id.ok) return err('IDCARD_INVALID_ID', `读到的公民身份号码未通过校验（${id.message}），请重新读卡；如仍不通过请人工核对证件`);
  const sexText = pick(o, ALIASES.sex) ?? '';
  const sex: 'male' | 'female' = /^(男|1|m|male)$/i.test(sexText) ? 'male' : /^(女|2|f|female)$/i.test(sexText) ? 'female' : id.value.sex;
  const birth = normalizeDate(pick(o, ALIASES.birth)) ?? id.value.birthDate;
  let validFrom = normalizeDate(pick(o, ALIASES.validFrom));
  let validUntil = normalizeDate(pick(o, ALIASES.validUntil));
  // Some services give the whole period in one field: "2020.01.01-2040.01.01".
  const period = pick(o, ['validPeriod', 'yxq', 'ValidDate', 'validity']);
  if (period && (!validFrom || !validUntil)) {
    const [a, b] = period.split(/\s*[-—至~]\s*/);
    validFrom ??= normalizeDate(a);
    validUntil ??= normalizeDate(b);
  }
  const photo = (pick(o, ALIASES.photo) ?? '').replace(/^data:[^,]*,/, '');
  if (photo && !/^[A-Za-z0-9+/=\s]+$/.test(photo)) return malformed();
  return ok({
    name,
    sex,
    ethnicity: (pick(o, ALIASES.ethnicity) ?? '').replace(/族$/, ''),
    birthDate: birth,
    address: pick(o, ALIASES.address) ?? '',
    idNumber: id.value.id,
    authority: pick(o, ALIASES.authority) ?? '',
    validFrom: validFrom ?? '',
    validUntil: validUntil ?? '',
    photoBase64: photo.replace(/\s/g, ''),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class IdCardReader {
  private state: IdCardReaderStatus;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: IdCardReaderOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.state = { url: options.url, reachable: null, lastReadAt: null, lastError: null };
  }

  status(): IdCardReaderStatus {
    return { ...this.state, lastError: this.state.lastError && { ...this.state.lastError } };
  }

  /** One read. Never throws; a service down is retried once (it may be restarting). */
  async read(): Promise<Result<IdCardData, IdCardErrorCode>> {
    const result = await this.readOnce();
    const at = new Date().toISOString();
    if (result.ok) this.state = { ...this.state, reachable: true, lastReadAt: at, lastError: null };
    else
      this.state = {
        ...this.state,
        reachable: result.code === 'IDCARD_SERVICE_DOWN' ? false : result.code === 'IDCARD_TIMEOUT' ? this.state.reachable : true,
        // A card simply not there yet is not an error worth showing IT.
        lastError: result.code === 'IDCARD_NO_CARD' ? this.state.lastError : { code: result.code, message: result.message, at },
      };
    return result;
  }

  private async readOnce(): Promise<Result<IdCardData, IdCardErrorCode>> {
    const attempts = Math.max(1, this.options.attempts ?? 2);
    const timeoutMs = this.options.timeoutMs ?? 5000;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(this.options.url, {
          method: this.options.method ?? 'GET',
          signal: AbortSignal.timeout(timeoutMs),
          headers: { accept: 'application/json' },
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'TimeoutError' || name === 'AbortError')
          return err('IDCARD_TIMEOUT', '身份证阅读器长时间没有响应，请取下身份证后重新放置再读；如持续出现请重新插拔阅读器或重启读卡服务');
        if (attempt < attempts) {
          await sleep(this.options.retryDelayMs ?? 300);
          continue;
        }
        return err('IDCARD_SERVICE_DOWN', '无法连接身份证阅读器服务，请确认阅读器已连接、读卡服务已启动（可在“设备状态”中查看地址）；如无法恢复请联系信息技术人员');
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
          return err('IDCARD_TIMEOUT', '身份证阅读器长时间没有响应，请取下身份证后重新放置再读；如持续出现请重新插拔阅读器或重启读卡服务');
        return malformed();
      }
      if (!response.ok && response.status >= 500 && !text.trim().startsWith('{'))
        return err('IDCARD_READ_FAILED', '身份证阅读器服务出错，请重新读卡；如持续失败请重启读卡服务或联系信息技术人员');
      let body: unknown;
      try {
        // Some vendor services prepend a BOM.
        body = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        return malformed();
      }
      return mapVendorAnswer(body);
    }
  }
}
