import { matterTypeCodes } from '../codes';
import type { Fee, Material, Matter, Situation, TimeLimit } from '../schema';
import type { Necessity, PaperSize } from '../vocabulary';
import type { DepartmentCode } from './departments';
import { departments } from './departments';

/*
 * Builders that keep the department files short. They only fill in defaults and return
 * plain objects: the catalog is data, validated by the schema in a test and when it
 * arrives from the hub.
 */

/** The implementing government of this bundled catalog: 杭州市. */
export const DIVISION = '330100';

export const onTheSpot: TimeLimit = { unit: 'onTheSpot' };
export const workingDays = (days: number): TimeLimit => ({ unit: 'workingDays', days });

export const free: Fee = { kind: 'free' };
export function charged(...items: { name: string; yuan: number; per: string; basis: string; appliesWhen?: string }[]): Fee {
  return {
    kind: 'charged',
    items: items.map(({ yuan, ...rest }) => ({ ...rest, amountFen: Math.round(yuan * 100) })),
  };
}

export const law = (name: string, article?: string): Matter['legalBasis'][number] =>
  article === undefined ? { name } : { name, article };

type MatterSpec = Omit<
  Matter,
  'code' | 'department' | 'delivery' | 'appointment' | 'version' | 'situations' | 'applicantKinds'
> &
  Partial<Pick<Matter, 'delivery' | 'appointment' | 'version' | 'situations' | 'applicantKinds'>> & {
    dept: DepartmentCode;
    /** Serial of the basic matter within department and type. */
    serial: number;
    /** 业务办理项 number; 0 when the basic matter is not split. */
    item: number;
  };

/** Builds codes from department, type and serials (format in ../codes.ts). */
export function matter(spec: MatterSpec): Matter {
  const { dept, serial, item, ...rest } = spec;
  const basic = `${dept}-${matterTypeCodes[spec.type]}-${String(serial).padStart(4, '0')}`;
  return {
    delivery: ['pickup', 'post'],
    appointment: 'optional',
    version: 1,
    situations: [],
    applicantKinds: ['person'],
    ...rest,
    code: { basic, implementation: `${DIVISION}-${basic}-${String(item).padStart(2, '0')}` },
    department: departments[dept],
  };
}

interface PaperOptions {
  necessity?: Necessity;
  originals?: number;
  copies?: number;
  size?: PaperSize;
  standard: string;
  /** Set when a department or institution issued the document. */
  issuer?: string;
  blankForm?: boolean;
  sample?: boolean;
  byDefault?: boolean;
}

/** A material handed over on paper (originals checked or collected, copies kept). */
export function paper(id: string, name: string, o: PaperOptions): Material {
  return {
    id,
    name,
    necessity: o.necessity ?? 'required',
    form: { originals: o.originals ?? 1, copies: o.copies ?? 0 },
    paperSize: o.size ?? 'A4',
    source: o.issuer === undefined ? { channel: 'applicant' } : { channel: 'department', issuer: o.issuer },
    acceptanceStandard: o.standard,
    blankForm: o.blankForm ?? false,
    sample: o.sample ?? false,
    appliesByDefault: o.byDefault ?? true,
  };
}

/** A certificate fetched from the e-licence library: never asked for on paper. */
export function eLicence(
  id: string,
  name: string,
  licence: string,
  o: { necessity?: Necessity; standard?: string; byDefault?: boolean } = {},
): Material {
  return {
    id,
    name,
    necessity: o.necessity ?? 'required',
    source: { channel: 'eLicence', licence },
    acceptanceStandard: o.standard ?? `通过电子证照库调取${licence}，证照状态有效`,
    blankForm: false,
    sample: false,
    appliesByDefault: o.byDefault ?? true,
  };
}

/** Information the department obtains by data sharing (信息免交). */
export function sharedData(id: string, name: string, issuer: string, o: { standard: string; byDefault?: boolean }): Material {
  return {
    id,
    name,
    necessity: 'dataShared',
    source: { channel: 'department', issuer },
    acceptanceStandard: o.standard,
    blankForm: false,
    sample: false,
    appliesByDefault: o.byDefault ?? true,
  };
}

/** An application form the hall provides blank, with a filled-in sample. */
export function form(id: string, name: string, o: { standard?: string; originals?: number; byDefault?: boolean } = {}): Material {
  return paper(id, name, {
    originals: o.originals ?? 1,
    standard: o.standard ?? '填写完整、准确，申请人签名（单位加盖公章）',
    blankForm: true,
    sample: true,
    ...(o.byDefault === undefined ? {} : { byDefault: o.byDefault }),
  });
}

const ID_CARD_STANDARD = '在有效期内；现场读卡核验，人证一致';

/** The person at the counter identifies with the ID card alone (一证通办). */
export function idCard(id = 'applicant-id-card', name = '申请人居民身份证', o: { copies?: number; byDefault?: boolean } = {}): Material {
  return paper(id, name, {
    originals: 1,
    copies: o.copies ?? 0,
    size: 'asIs',
    standard: ID_CARD_STANDARD,
    ...(o.byDefault === undefined ? {} : { byDefault: o.byDefault }),
  });
}

export const householdRegister = (id = 'household-register', name = '居民户口簿', byDefault = true): Material =>
  eLicence(id, name, '居民户口簿', { byDefault });
export const marriageCertificate = (id = 'marriage-certificate', name = '结婚证', byDefault = true): Material =>
  eLicence(id, name, '结婚证', { byDefault });
export const businessLicence = (id = 'business-licence', byDefault = true): Material =>
  eLicence(id, '营业执照', '营业执照', { byDefault });
export const propertyCertificate = (id = 'property-certificate', name = '不动产权证书', byDefault = true): Material =>
  eLicence(id, name, '不动产权证书', { byDefault });
export const birthMedicalCertificate = (byDefault = true): Material =>
  eLicence('birth-medical-certificate', '出生医学证明', '出生医学证明', { byDefault });

export const bankCard = (name = '本人社会保障卡（已激活金融功能）或本人银行卡'): Material =>
  paper('bank-card', name, { originals: 1, size: 'asIs', standard: '卡片在有效期内，户名与申请人一致' });

export const deathMedicalCertificate = (id = 'death-medical-certificate'): Material =>
  paper(id, '居民死亡医学证明（推断）书', {
    originals: 1,
    copies: 1,
    issuer: '医疗卫生机构',
    standard: '由医疗卫生机构出具，加盖公章，死者姓名、身份号码与户籍信息一致',
  });

export const kinshipProof = (byDefault = true): Material =>
  paper('kinship-proof', '申请人与死者的亲属关系证明', {
    originals: 1,
    copies: 1,
    standard: '户口簿、出生医学证明、结婚证、公证书或村（社区）出具的证明之一，能证明亲属关系',
    byDefault,
  });

/** 委托他人代办: the agent's ID and a signed power of attorney. */
export const agentMaterials: readonly Material[] = [
  idCard('agent-id-card', '代理人居民身份证', { byDefault: false }),
  paper('power-of-attorney', '授权委托书', {
    standard: '载明委托事项和权限，委托人签名（单位加盖公章），在有效期内',
    blankForm: true,
    sample: true,
    byDefault: false,
  }),
];

export const agentSituation: Situation = {
  id: 'by-agent',
  text: '是否委托他人代办',
  kind: 'yesNo',
  required: true,
  options: [
    { id: 'yes', label: '是', effects: { addMaterials: ['agent-id-card', 'power-of-attorney'] } },
    { id: 'no', label: '否' },
  ],
};

/** A legal person acts through a handler (经办人) authorised by the unit. */
export const handlerMaterials: readonly Material[] = [
  idCard('handler-id-card', '经办人居民身份证'),
  paper('unit-authorisation', '单位授权委托书', {
    standard: '载明经办人姓名、身份号码和委托事项，加盖单位公章',
    blankForm: true,
    sample: true,
  }),
];

export function yesNo(
  id: string,
  text: string,
  yes: NonNullable<Situation['options'][number]['effects']>,
  no?: NonNullable<Situation['options'][number]['effects']>,
): Situation {
  return {
    id,
    text,
    kind: 'yesNo',
    required: true,
    options: [
      { id: 'yes', label: '是', effects: yes },
      no === undefined ? { id: 'no', label: '否' } : { id: 'no', label: '否', effects: no },
    ],
  };
}
