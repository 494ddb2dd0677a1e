import type { Matter } from '../schema';
import { businessLicence, free, handlerMaterials, idCard, law, matter, onTheSpot } from './helpers';

/** 银行开户预约: the bank's part of 企业开办, booked at the counter, opened at the branch. */
export const bankAccountAppointment: Matter = matter({
  dept: 'YH',
  type: 'publicService',
  serial: 1,
  item: 0,
  name: '企业银行基本存款账户开户预约',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  delivery: ['pickup'],
  fee: free,
  conditions: ['已领取营业执照的企业，选择开户银行并预约开户时间'],
  legalBasis: [law('《人民币银行结算账户管理办法》')],
  result: { name: '开户预约回执', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    idCard('legal-rep-id-card', '法定代表人居民身份证', { copies: 1 }),
    ...handlerMaterials,
  ],
});

export const bankMatters: readonly Matter[] = [bankAccountAppointment];
