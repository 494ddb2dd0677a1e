import type { Matter } from '../schema';
import { agentMaterials, agentSituation, free, householdRegister, idCard, law, matter, paper, workingDays } from './helpers';

/** 残联: 残疾人证. */
export const disabilityCertificate: Matter = matter({
  dept: 'CL',
  type: 'confirmation',
  serial: 1,
  item: 1,
  name: '残疾人证新办',
  handlingType: 'promised',
  // Time spent on the medical assessment is not counted in the limit (鉴定 is excluded, 行政许可法 art. 45).
  limits: { statutory: null, promised: workingDays(10) },
  fee: free,
  conditions: ['符合残疾标准的本市户籍居民，经指定医疗机构评定残疾类别和等级'],
  legalBasis: [law('《中华人民共和国残疾人保障法》'), law('《残疾人证管理办法》')],
  result: { name: '中华人民共和国残疾人证（第二代，含电子证照）', electronic: true, sample: false },
  materials: [
    idCard(),
    householdRegister(),
    paper('id-photos', '近期二寸免冠彩色照片', { originals: 2, size: 'asIs', standard: '白底彩色照片 2 张' }),
    paper('disability-assessment', '残疾评定表', {
      issuer: '残联指定的评定医疗机构',
      standard: '评定医师签名，加盖评定机构公章',
    }),
    ...agentMaterials,
  ],
  situations: [agentSituation],
});

export const disabledPersonsMatters: readonly Matter[] = [disabilityCertificate];
