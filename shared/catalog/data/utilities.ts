import type { Matter } from '../schema';
import { free, idCard, law, matter, onTheSpot, propertyCertificate, sharedData, workingDays, yesNo } from './helpers';

/**
 * 水电气网过户: public services of the utilities. In the 二手房 bundle the registry pushes
 * the new owner's data once the transfer is accepted, so the counter asks for nothing
 * beyond what the registration already holds.
 */

const utilityTransfer = (o: {
  dept: 'GS' | 'GD' | 'RQ' | 'GW';
  name: string;
  account: string;
  basis: string;
  result: string;
}): Matter =>
  matter({
    dept: o.dept,
    type: 'publicService',
    serial: 1,
    item: 0,
    name: o.name,
    handlingType: 'onTheSpot',
    limits: { statutory: null, promised: onTheSpot },
    appointment: 'none',
    delivery: ['pickup'],
    fee: free,
    conditions: ['房屋产权已转移，新产权人申请将用户户名变更为本人'],
    legalBasis: [law(o.basis)],
    result: { name: o.result, electronic: true, sample: false },
    applicantKinds: ['person', 'legalPerson'],
    materials: [
      idCard('applicant-id-card', '新产权人居民身份证'),
      propertyCertificate('property-certificate', '新产权人不动产权证书'),
      sharedData('account-settlement', `原${o.account}户结清信息`, o.dept === 'GW' ? '广电网络公司' : '公用事业企业', {
        standard: `通过营业系统核验原户${o.account}已结清`,
      }),
    ],
  });

export const waterTransfer: Matter = utilityTransfer({
  dept: 'GS',
  name: '供水用户过户',
  account: '水费',
  basis: '《城市供水条例》',
  result: '供水用户过户确认单',
});

export const electricityTransfer: Matter = utilityTransfer({
  dept: 'GD',
  name: '居民用电更名过户',
  account: '电费',
  basis: '《供电营业规则》',
  result: '用电更名过户确认单',
});

export const gasTransfer: Matter = {
  ...utilityTransfer({
    dept: 'RQ',
    name: '管道燃气用户过户',
    account: '燃气费',
    basis: '《城镇燃气管理条例》',
    result: '燃气用户过户确认单',
  }),
  // A change of user may require a home safety check before the account moves.
  situations: [yesNo('safety-check', '是否需要上门安全检查', { promisedLimit: workingDays(3) })],
};

export const broadbandTransfer: Matter = utilityTransfer({
  dept: 'GW',
  name: '有线电视（宽带）用户过户',
  account: '收视（宽带）费',
  basis: '《广播电视管理条例》',
  result: '有线电视（宽带）用户过户确认单',
});

export const utilityMatters: readonly Matter[] = [waterTransfer, electricityTransfer, gasTransfer, broadbandTransfer];
