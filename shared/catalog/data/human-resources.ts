import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  bankCard,
  birthMedicalCertificate,
  businessLicence,
  deathMedicalCertificate,
  eLicence,
  form,
  free,
  handlerMaterials,
  householdRegister,
  idCard,
  kinshipProof,
  law,
  matter,
  onTheSpot,
  paper,
  sharedData,
  workingDays,
  yesNo,
} from './helpers';

/** 人力社保: 社会保障卡, 社会保险登记, 养老待遇, 失业保险, 就业服务. */

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

export const socialSecurityCard: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 1,
  item: 1,
  name: '社会保障卡申领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(10) },
  fee: free,
  conditions: ['在本市参加社会保险或有本市户籍、居住证的人员首次申领社会保障卡'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第五十八条')],
  result: { name: '社会保障卡（含电子社保卡）', electronic: true, sample: false },
  materials: [
    idCard(),
    sharedData('id-photo', '本人证件照片', '公安机关', { standard: '调用公安人口信息库照片，符合制卡要求' }),
    birthMedicalCertificate(false),
    idCard('guardian-id-card', '监护人居民身份证', { byDefault: false }),
    householdRegister('household-register', '居民户口簿', false),
    ...agentMaterials,
  ],
  situations: [
    {
      id: 'cardholder',
      text: '持卡人类型',
      kind: 'single',
      required: true,
      options: [
        { id: 'adult', label: '成年人' },
        { id: 'minor', label: '未成年人（已办理居民身份证）', effects: { addMaterials: ['guardian-id-card', 'household-register'] } },
        {
          id: 'newborn',
          label: '新生儿',
          effects: {
            removeMaterials: ['applicant-id-card'],
            addMaterials: ['birth-medical-certificate', 'guardian-id-card', 'household-register'],
          },
        },
      ],
    },
    // 即时制卡网点 print the card while the applicant waits.
    yesNo('instant-issuance', '是否在即时制卡网点现场制卡', { promisedLimit: onTheSpot }),
    agentSituation,
  ],
});

export const employerInsuranceRegistration: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 2,
  item: 1,
  name: '单位参保登记',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['用人单位应当自成立之日起三十日内申请办理社会保险登记'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第五十七条'), law('《社会保险费征缴暂行条例》')],
  result: { name: '社会保险登记信息（单位参保编号）', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    ...handlerMaterials,
    paper('bank-account-info', '单位银行结算账户信息', {
      necessity: 'optional',
      copies: 1,
      originals: 0,
      standard: '开户银行出具的账户信息，户名与单位名称一致',
    }),
    form('employee-roster', '职工参保登记花名册', { byDefault: false }),
  ],
  situations: [yesNo('register-employees', '是否同时办理职工参保登记', { addMaterials: ['employee-roster'] })],
});

export const flexibleEmploymentEnrolment: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 2,
  item: 2,
  name: '灵活就业人员参保登记',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第十条')],
  result: { name: '个人参保登记信息', electronic: true, sample: false },
  materials: [
    idCard(),
    form('enrolment-form', '灵活就业人员参保登记表'),
    eLicence('residence-permit', '浙江省居住证', '浙江省居住证', { byDefault: false }),
  ],
  situations: [yesNo('non-local-household', '是否为非本市户籍', { addMaterials: ['residence-permit'] })],
});

export const retirement: Matter = matter({
  dept: 'RS',
  type: 'confirmation',
  serial: 1,
  item: 0,
  name: '职工正常退休申请',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(10) },
  fee: free,
  conditions: ['达到法定退休年龄（含按规定弹性提前或延迟）', '基本养老保险累计缴费年限达到规定的最低缴费年限'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第十六条'), law('《国务院关于渐进式延迟法定退休年龄的办法》')],
  result: { name: '基本养老金核定表', electronic: true, sample: true },
  materials: [
    idCard(),
    form('retirement-application', '职工退休申请表'),
    bankCard(),
    paper('personnel-file', '本人人事档案', {
      issuer: '档案保管机构',
      standard: '档案齐全，含参加工作时间、工种等原始记载',
      byDefault: false,
    }),
    paper('flexible-retirement-application', '弹性退休申请书', {
      standard: '本人签名，写明选择的退休时间',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('employer-agreement', '用人单位同意延迟退休的书面协议', {
      standard: '职工与用人单位协商一致，双方签章',
      byDefault: false,
    }),
    paper('special-job-proof', '从事特殊工种的原始记录', {
      copies: 1,
      issuer: '原用人单位或档案保管机构',
      standard: '原始招工表、工资台账等能证明从事特殊工种年限的记录',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'retirement-option',
      text: '退休方式',
      kind: 'single',
      required: true,
      options: [
        { id: 'statutory-age', label: '按法定退休年龄退休' },
        { id: 'flexible-early', label: '弹性提前退休', effects: { addMaterials: ['flexible-retirement-application'] } },
        {
          id: 'flexible-late',
          label: '弹性延迟退休',
          effects: { addMaterials: ['flexible-retirement-application', 'employer-agreement'] },
        },
        {
          id: 'special-job',
          label: '特殊工种提前退休',
          effects: { addMaterials: ['special-job-proof', 'personnel-file'], promisedLimit: workingDays(20) },
        },
      ],
    },
    // 视同缴费年限 must be read from the paper personnel file: a longer review.
    yesNo('deemed-contribution', '是否有视同缴费年限（实行个人缴费前的工作年限）', {
      addMaterials: ['personnel-file'],
      promisedLimit: workingDays(15),
    }),
  ],
});

export const pensionTermination: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 3,
  item: 0,
  name: '养老保险待遇终止（参保人员死亡）',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['领取基本养老金人员死亡，由其亲属或所在单位申报停发待遇'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第十六条')],
  result: { name: '养老保险待遇终止核定信息', electronic: true, sample: false },
  materials: [
    idCard(),
    deathMedicalCertificate('death-proof'),
    paper('deceased-social-security-card', '死者社会保障卡', {
      necessity: 'optional',
      size: 'asIs',
      standard: '交回注销；遗失的不影响办理',
    }),
  ],
});

export const funeralGrant: Matter = matter({
  dept: 'RS',
  type: 'benefit',
  serial: 1,
  item: 0,
  name: '丧葬补助金、抚恤金申领',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(5) },
  fee: free,
  conditions: ['参加基本养老保险的个人因病或者非因工死亡，其遗属申领丧葬补助金和抚恤金'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第十七条')],
  result: { name: '丧葬补助金、抚恤金核定表', electronic: true, sample: true },
  materials: [
    idCard(),
    deathMedicalCertificate('death-proof'),
    kinshipProof(),
    householdRegister('household-register', '与死者同户的居民户口簿', false),
    form('survivor-benefit-application', '遗属待遇申领表'),
    bankCard('申领人本人银行卡'),
    paper('heirs-agreement', '其他第一顺序继承人同意由申领人领取的声明', {
      standard: '全体第一顺序继承人签名并附身份证复印件',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('same-household', '申领人与死者是否在同一户口簿', {
      removeMaterials: ['kinship-proof'],
      addMaterials: ['household-register'],
    }),
    yesNo('several-heirs', '是否有其他第一顺序继承人', { addMaterials: ['heirs-agreement'] }),
  ],
});

export const unemploymentBenefit: Matter = matter({
  dept: 'RS',
  type: 'benefit',
  serial: 2,
  item: 0,
  name: '失业保险金申领',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(10), promised: onTheSpot },
  fee: free,
  conditions: ['失业前用人单位和本人已经缴纳失业保险费满一年', '非因本人意愿中断就业', '已经进行失业登记，并有求职要求'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第四十五条'), law('《失业保险条例》')],
  result: { name: '失业保险金核定结果', electronic: true, sample: false },
  materials: [
    idCard(),
    paper('termination-proof', '解除或终止劳动关系证明', {
      copies: 1,
      issuer: '原用人单位',
      standard: '原用人单位出具，加盖公章，写明解除或终止原因和日期',
    }),
    bankCard(),
  ],
  situations: [
    // Once the employer has filed the termination online the proof is 信息免交.
    yesNo('termination-filed', '原用人单位是否已在系统中办理退工登记', { removeMaterials: ['termination-proof'] }),
  ],
});

export const employmentCard: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 4,
  item: 0,
  name: '就业创业证申领',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者'],
  legalBasis: [law('《中华人民共和国就业促进法》'), law('《就业服务与就业管理规定》')],
  result: { name: '就业创业证（电子证）', electronic: true, sample: false },
  materials: [
    idCard(),
    // The diploma is often issued weeks after graduation: 容缺后补 with a written commitment.
    paper('graduation-certificate', '毕业证书', {
      necessity: 'deferrable',
      copies: 1,
      size: 'asIs',
      standard: '原件核验；尚未取得的，可签署容缺承诺书后补交',
      byDefault: false,
    }),
  ],
  situations: [yesNo('graduate', '是否为毕业年度高校毕业生', { addMaterials: ['graduation-certificate'] })],
});

export const insuranceRecordPrint: Matter = matter({
  dept: 'RS',
  type: 'publicService',
  serial: 5,
  item: 0,
  name: '个人参保证明打印',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  delivery: ['pickup'],
  fee: free,
  conditions: ['在本市参加社会保险的个人'],
  legalBasis: [law(SOCIAL_INSURANCE_LAW, '第七十四条')],
  result: { name: '社会保险个人参保证明', electronic: true, sample: true },
  materials: [idCard(), ...agentMaterials],
  situations: [agentSituation],
});

export const humanResourcesMatters: readonly Matter[] = [
  socialSecurityCard,
  employerInsuranceRegistration,
  flexibleEmploymentEnrolment,
  retirement,
  pensionTermination,
  funeralGrant,
  unemploymentBenefit,
  employmentCard,
  insuranceRecordPrint,
];
