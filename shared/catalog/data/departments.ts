import type { Department } from '../schema';

/**
 * Implementing departments of the Hangzhou (330100) catalog. The code is the department
 * segment of every basic matter code (see ../codes.ts). Utilities and the bank take part
 * only through 一件事 bundles (水电气网过户, 银行开户预约).
 */
export const departments = {
  GA: { code: 'GA', name: '杭州市公安局' },
  RS: { code: 'RS', name: '杭州市人力资源和社会保障局' },
  YB: { code: 'YB', name: '杭州市医疗保障局' },
  WJ: { code: 'WJ', name: '杭州市卫生健康委员会' },
  SJ: { code: 'SJ', name: '杭州市市场监督管理局' },
  SW: { code: 'SW', name: '国家税务总局杭州市税务局' },
  BDC: { code: 'BDC', name: '杭州市不动产登记服务中心' },
  GJJ: { code: 'GJJ', name: '杭州住房公积金管理中心' },
  MZ: { code: 'MZ', name: '杭州市民政局' },
  CL: { code: 'CL', name: '杭州市残疾人联合会' },
  GS: { code: 'GS', name: '市自来水公司' },
  GD: { code: 'GD', name: '市供电公司' },
  RQ: { code: 'RQ', name: '市燃气公司' },
  GW: { code: 'GW', name: '广电网络公司' },
  YH: { code: 'YH', name: '企业开办合作银行' },
} as const satisfies Record<string, Department>;

export type DepartmentCode = keyof typeof departments;
