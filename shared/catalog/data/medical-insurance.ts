import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  bankCard,
  birthMedicalCertificate,
  deathMedicalCertificate,
  free,
  householdRegister,
  idCard,
  kinshipProof,
  law,
  marriageCertificate,
  matter,
  onTheSpot,
  paper,
  sharedData,
  workingDays,
  yesNo,
} from './helpers';

/** 医疗保障: 参保登记, 生育保险, 转移接续, 异地就医, 个人账户, 门诊慢特病. */

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

export const residentMedicalEnrolment: Matter = matter({
  dept: 'YB',
  type: 'publicService',
  serial: 1,
  item: 1,
  name: '城乡居民基本医疗保险参保登记',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['本市户籍或持有本市居住证、未参加职工基本医疗保险的城乡居民（含新生儿、在校学生）'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第二十五条'), law('《浙江省医疗保障条例》')],
  result: { name: '城乡居民医保参保登记信息', electronic: true, sample: false },
  materials: [
    idCard(),
    birthMedicalCertificate(false),
    idCard('guardian-id-card', '监护人居民身份证', { byDefault: false }),
    householdRegister('household-register', '居民户口簿', false),
    sharedData('student-status', '学籍信息', '教育部门', { standard: '通过教育部门数据共享核验在校学籍', byDefault: false }),
    ...agentMaterials,
  ],
  situations: [
    {
      id: 'insured-person',
      text: '参保人类型',
      kind: 'single',
      required: true,
      options: [
        {
          id: 'newborn',
          label: '新生儿',
          effects: {
            removeMaterials: ['applicant-id-card'],
            addMaterials: ['birth-medical-certificate', 'guardian-id-card', 'household-register'],
          },
        },
        { id: 'student', label: '在校学生', effects: { addMaterials: ['student-status'] } },
        { id: 'other-resident', label: '其他城乡居民' },
      ],
    },
    agentSituation,
  ],
});

export const maternityBenefit: Matter = matter({
  dept: 'YB',
  type: 'benefit',
  serial: 1,
  item: 0,
  name: '生育保险待遇核准（生育医疗费用及生育津贴）',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(5) },
  fee: free,
  conditions: ['用人单位已为职工缴纳生育保险费（职工基本医疗保险）', '符合法律法规规定的生育情形'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第五十四条'), law('《女职工劳动保护特别规定》')],
  result: { name: '生育保险待遇核定结果', electronic: true, sample: false },
  materials: [
    idCard(),
    birthMedicalCertificate(),
    bankCard('申请人本人银行卡'),
    paper('medical-invoices', '分娩医疗费用发票及费用明细清单', {
      originals: 1,
      issuer: '医疗机构',
      standard: '发票与清单金额一致，加盖医疗机构收费专用章',
      byDefault: false,
    }),
    paper('discharge-summary', '出院小结', { copies: 1, issuer: '医疗机构', standard: '加盖医疗机构公章', byDefault: false }),
    marriageCertificate('marriage-certificate', '结婚证', false),
    paper('spouse-unemployed-statement', '配偶未就业承诺书', {
      standard: '配偶本人签名，承诺生育时未就业、未参加职工医保',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('insured-locally', '生育时是否在本市参加职工基本医疗保险（生育保险）', {}, {
      notApplicable: {
        reason: '生育时未在本市参加生育保险，不属于本市医保经办机构的受理范围',
        competentAuthority: '参保地医疗保障经办机构',
      },
    }),
    // Costs not settled at the hospital have to be checked by hand from the invoices.
    yesNo('settled-at-hospital', '分娩医疗费用是否已在定点医疗机构直接结算', {}, {
      addMaterials: ['medical-invoices', 'discharge-summary'],
      promisedLimit: workingDays(15),
    }),
    yesNo('male-employee', '申请人是否为男职工（配偶未就业）', {
      addMaterials: ['marriage-certificate', 'spouse-unemployed-statement'],
    }),
  ],
});

export const medicalInsuranceTransfer: Matter = matter({
  dept: 'YB',
  type: 'publicService',
  serial: 2,
  item: 0,
  name: '基本医疗保险关系转移接续',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(10) },
  fee: free,
  conditions: ['参保人员跨统筹地区就业或居住，需转移基本医疗保险关系'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第三十二条')],
  result: { name: '基本医疗保险关系转移接续信息', electronic: true, sample: false },
  materials: [
    idCard(),
    sharedData('insurance-certificate', '参保缴费凭证', '转出地医疗保障经办机构', {
      standard: '通过国家医保信息平台调取转出地参保凭证',
    }),
    ...agentMaterials,
  ],
  situations: [agentSituation],
});

export const remoteCareFiling: Matter = matter({
  dept: 'YB',
  type: 'publicService',
  serial: 3,
  item: 0,
  name: '异地就医备案',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['本市参保人员因异地长期居住、常驻异地工作、转诊或临时外出需在异地就医'],
  legalBasis: [law('《浙江省医疗保障条例》')],
  result: { name: '异地就医备案信息', electronic: true, sample: false },
  materials: [
    idCard(),
    paper('residence-commitment', '异地长期居住个人承诺书', {
      standard: '本人签名，承诺在备案地长期居住',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('work-commitment', '常驻异地工作承诺书', {
      standard: '本人签名，写明工作单位和常驻地',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('referral-certificate', '转诊证明', {
      issuer: '本市定点医疗机构',
      standard: '由具备转诊资质的医疗机构出具，加盖公章',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'filing-type',
      text: '备案类型',
      kind: 'single',
      required: true,
      options: [
        { id: 'long-term-residence', label: '异地长期居住', effects: { addMaterials: ['residence-commitment'] } },
        { id: 'work-elsewhere', label: '常驻异地工作', effects: { addMaterials: ['work-commitment'] } },
        { id: 'referral', label: '异地转诊', effects: { addMaterials: ['referral-certificate'] } },
        { id: 'temporary', label: '临时外出就医' },
      ],
    },
  ],
});

export const personalAccountInheritance: Matter = matter({
  dept: 'YB',
  type: 'publicService',
  serial: 4,
  item: 0,
  name: '医保个人账户余额继承（参保人员死亡）',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(5) },
  fee: free,
  conditions: ['参保人员死亡，其个人账户余额可以依法继承'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第十四条'), law('《中华人民共和国民法典》', '第一千一百二十二条')],
  result: { name: '个人账户余额支付结果', electronic: true, sample: false },
  materials: [
    idCard(),
    deathMedicalCertificate('death-proof'),
    kinshipProof(),
    bankCard('继承人本人银行卡'),
    paper('heirs-agreement', '继承人协商一致的声明或继承权公证书', {
      standard: '全体法定继承人签名，或公证机构出具的继承权公证书',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [yesNo('several-heirs', '是否有其他法定继承人', { addMaterials: ['heirs-agreement'] })],
});

export const chronicDiseaseRecognition: Matter = matter({
  dept: 'YB',
  type: 'confirmation',
  serial: 1,
  item: 0,
  name: '门诊慢特病待遇认定',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(10) },
  fee: free,
  conditions: ['本市参保人员经定点医疗机构诊断患有规定的门诊慢性病或特殊病种'],
  legalBasis: [law('《浙江省医疗保障条例》')],
  result: { name: '门诊慢特病待遇认定结果', electronic: true, sample: false },
  materials: [
    idCard(),
    paper('diagnosis-records', '病历、诊断证明及相关检查报告', {
      copies: 1,
      issuer: '定点医疗机构',
      standard: '由二级及以上定点医疗机构出具，诊断明确，加盖公章',
    }),
  ],
  situations: [
    // A specialist's online filing sends the records directly: nothing to copy, decided at once.
    yesNo('filed-by-specialist', '是否已由定点医疗机构专科医生在线申报', {
      removeMaterials: ['diagnosis-records'],
      promisedLimit: onTheSpot,
    }),
  ],
});

export const medicalInsuranceMatters: readonly Matter[] = [
  residentMedicalEnrolment,
  maternityBenefit,
  medicalInsuranceTransfer,
  remoteCareFiling,
  personalAccountInheritance,
  chronicDiseaseRecognition,
];
