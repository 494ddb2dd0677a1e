import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  birthMedicalCertificate,
  businessLicence,
  charged,
  deathMedicalCertificate,
  form,
  free,
  handlerMaterials,
  householdRegister,
  idCard,
  law,
  marriageCertificate,
  matter,
  onTheSpot,
  paper,
  propertyCertificate,
  sharedData,
  workingDays,
  yesNo,
} from './helpers';

/** 公安: 户籍, 居民身份证, 出入境, 治安 (印章), 交管. */

const ID_CARD_FEE_BASIS = '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》';
const photoReceipt = paper('photo-receipt', '数码相片采集回执', {
  necessity: 'optional',
  size: 'asIs',
  standard: '在具备资质的照相馆拍摄，回执在有效期内；未提供的现场采集相片',
});
const guardianIdCard = (byDefault = false) => idCard('guardian-id-card', '监护人居民身份证', { byDefault });

export const birthRegistration: Matter = matter({
  dept: 'GA',
  type: 'confirmation',
  serial: 1,
  item: 1,
  name: '出生登记',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['婴儿出生后，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记', '随父或随母落户，落户方为本市常住户口'],
  legalBasis: [law('《中华人民共和国户口登记条例》', '第七条')],
  result: { name: '居民户口簿（新生儿户口登记页）', electronic: true, sample: false },
  materials: [
    birthMedicalCertificate(),
    paper('birth-medical-certificate-paper', '出生医学证明（纸质）', {
      originals: 1,
      copies: 1,
      size: 'asIs',
      issuer: '助产医疗机构',
      standard: '由省外助产机构签发，编号清晰、加盖出生医学证明专用章',
      byDefault: false,
    }),
    paper('parents-id-cards', '父母双方居民身份证', {
      originals: 1,
      copies: 1,
      size: 'asIs',
      standard: '到场一方提供原件读卡核验，未到场一方提供复印件；均在有效期内',
    }),
    householdRegister('household-register', '落户方居民户口簿'),
    marriageCertificate(),
    paper('non-marital-birth-statement', '非婚生育情况说明', {
      standard: '由父母双方或到场一方签名，写明子女出生情况及随父或随母落户的意愿',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('overdue-explanation', '超期申报情况说明', {
      standard: '写明未在出生后一个月内申报的原因，申报人签名',
      blankForm: true,
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('birth-certificate-in-province', '出生医学证明是否由浙江省内助产机构签发', {}, {
      removeMaterials: ['birth-medical-certificate'],
      addMaterials: ['birth-medical-certificate-paper'],
    }),
    yesNo('parents-married', '父母是否已登记结婚', {}, {
      removeMaterials: ['marriage-certificate'],
      addMaterials: ['non-marital-birth-statement'],
    }),
    // Past the one-month window the station must check the facts first: no longer 即办.
    yesNo('overdue', '是否超过出生后一个月申报', { addMaterials: ['overdue-explanation'], promisedLimit: workingDays(5) }),
  ],
});

export const deathDeregistration: Matter = matter({
  dept: 'GA',
  type: 'confirmation',
  serial: 1,
  item: 2,
  name: '死亡注销户口',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['公民死亡后，由户主、亲属、抚养人或者邻居向户口登记机关申报注销户口'],
  legalBasis: [law('《中华人民共和国户口登记条例》', '第八条')],
  result: { name: '户口注销证明', electronic: true, sample: true },
  materials: [
    idCard(),
    deathMedicalCertificate(),
    paper('police-death-certificate', '公安机关出具的死亡证明', {
      originals: 1,
      copies: 1,
      issuer: '公安机关',
      standard: '由公安机关出具，加盖公章',
      byDefault: false,
    }),
    paper('deceased-id-card', '死者居民身份证', { originals: 1, size: 'asIs', standard: '交回注销' }),
    paper('id-card-loss-statement', '死者居民身份证遗失说明', {
      standard: '申报人签名，写明遗失情况',
      blankForm: true,
      byDefault: false,
    }),
    householdRegister(),
  ],
  situations: [
    yesNo('abnormal-death', '是否为非正常死亡', {
      removeMaterials: ['death-medical-certificate'],
      addMaterials: ['police-death-certificate'],
    }),
    yesNo('deceased-id-card-lost', '死者居民身份证是否遗失', {
      removeMaterials: ['deceased-id-card'],
      addMaterials: ['id-card-loss-statement'],
    }),
  ],
});

export const householdMoveIn: Matter = matter({
  dept: 'GA',
  type: 'licensing',
  serial: 1,
  item: 1,
  name: '户口迁移（准予迁入）',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(5) },
  fee: free,
  conditions: ['符合本市户口迁入政策规定的投靠、购房、人才引进等条件', '迁入地址为合法稳定住所或单位、人才集体户'],
  legalBasis: [law('《中华人民共和国户口登记条例》', '第十条'), law('《中华人民共和国行政许可法》', '第四十二条')],
  result: { name: '准予迁入证明（跨省迁移为一站式迁入，直接办理落户）', electronic: true, sample: true },
  materials: [
    idCard(),
    householdRegister('household-register', '迁移人居民户口簿'),
    form('move-in-application', '户口迁移申请表'),
    marriageCertificate('marriage-certificate', '结婚证', false),
    householdRegister('host-household-register', '被投靠人居民户口簿', false),
    paper('host-consent', '被投靠人（户主）同意落户声明', {
      standard: '户主或房屋产权人签名，同意迁移人在其户内落户',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('kinship-certificate', '亲属关系证明', {
      copies: 1,
      standard: '出生医学证明、公证书或户籍档案等能证明父母子女关系的材料',
      byDefault: false,
    }),
    propertyCertificate('property-certificate', '迁入地住房不动产权证书', false),
    paper('graduation-certificate', '毕业证书、学位证书', {
      copies: 1,
      size: 'asIs',
      standard: '原件核验；国（境）外学历须附教育部留学服务中心认证',
      byDefault: false,
    }),
    sharedData('local-social-insurance', '本市社会保险缴纳记录', '人力社保部门', {
      standard: '通过人社数据共享核验在本市正常缴纳社会保险',
      byDefault: false,
    }),
    ...agentMaterials,
  ],
  situations: [
    {
      id: 'move-reason',
      text: '迁入原因',
      kind: 'single',
      required: true,
      options: [
        { id: 'spouse', label: '夫妻投靠', effects: { addMaterials: ['marriage-certificate', 'host-household-register', 'host-consent'] } },
        {
          id: 'parent-child',
          label: '父母子女投靠',
          effects: { addMaterials: ['kinship-certificate', 'host-household-register', 'host-consent'] },
        },
        { id: 'home-purchase', label: '购房落户', effects: { addMaterials: ['property-certificate'] } },
        {
          id: 'talent',
          label: '人才引进（学历落户）',
          effects: { addMaterials: ['graduation-certificate', 'local-social-insurance'], promisedLimit: workingDays(1) },
        },
      ],
    },
    agentSituation,
  ],
});

export const idCardFirstApplication: Matter = matter({
  dept: 'GA',
  type: 'confirmation',
  serial: 2,
  item: 1,
  name: '居民身份证首次申领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(15) },
  appointment: 'none',
  fee: charged({ name: '居民身份证工本费', yuan: 20, per: '每证', basis: ID_CARD_FEE_BASIS }),
  conditions: ['具有本市常住户口的中国公民；年满十六周岁应当申领，未满十六周岁可以申领'],
  legalBasis: [law('《中华人民共和国居民身份证法》', '第二条')],
  result: { name: '居民身份证', electronic: false, sample: false },
  materials: [householdRegister('household-register', '本人居民户口簿'), guardianIdCard(), photoReceipt],
  situations: [yesNo('under-16', '申请人是否未满十六周岁', { addMaterials: ['guardian-id-card'] })],
});

export const idCardRenewal: Matter = matter({
  dept: 'GA',
  type: 'confirmation',
  serial: 2,
  item: 2,
  name: '居民身份证换领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(15) },
  appointment: 'none',
  fee: charged({ name: '居民身份证工本费（换领）', yuan: 20, per: '每证', basis: ID_CARD_FEE_BASIS }),
  conditions: ['居民身份证有效期满、登记项目变更、登记内容有误或证件严重损坏不能辨认'],
  legalBasis: [law('《中华人民共和国居民身份证法》', '第十一条')],
  result: { name: '居民身份证', electronic: false, sample: false },
  materials: [
    paper('old-id-card', '原居民身份证', { originals: 1, size: 'asIs', standard: '交回原证；严重损坏的一并交回' }),
    householdRegister('household-register', '本人居民户口簿'),
    photoReceipt,
  ],
  situations: [
    // 异地换领 needs the household-registration locality to confirm: longer promise.
    yesNo('non-local-household', '申请人是否为非本市户籍（异地换领）', { promisedLimit: workingDays(20) }),
  ],
});

export const idCardReplacement: Matter = matter({
  dept: 'GA',
  type: 'confirmation',
  serial: 2,
  item: 3,
  name: '居民身份证补领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(15) },
  appointment: 'none',
  fee: charged({ name: '居民身份证工本费（补领）', yuan: 40, per: '每证', basis: ID_CARD_FEE_BASIS }),
  conditions: ['居民身份证丢失'],
  legalBasis: [law('《中华人民共和国居民身份证法》', '第十一条')],
  result: { name: '居民身份证', electronic: false, sample: false },
  materials: [
    householdRegister('household-register', '本人居民户口簿'),
    photoReceipt,
    paper('temporary-id-application', '临时居民身份证申领登记表', {
      necessity: 'optional',
      standard: '需要临时居民身份证的填写，申请人签名',
      blankForm: true,
      sample: true,
    }),
  ],
  situations: [],
});

export const passport: Matter = matter({
  dept: 'GA',
  type: 'licensing',
  serial: 2,
  item: 1,
  name: '普通护照签发',
  handlingType: 'promised',
  limits: { statutory: workingDays(15), promised: workingDays(7) },
  fee: charged({ name: '普通护照工本费', yuan: 120, per: '每本', basis: '国家发展改革委、财政部出入境证件收费标准' }),
  conditions: ['中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国'],
  legalBasis: [law('《中华人民共和国护照法》', '第五条'), law('《中华人民共和国护照法》', '第六条'), law('《中华人民共和国出境入境管理法》')],
  result: { name: '中华人民共和国普通护照', electronic: false, sample: false },
  materials: [
    idCard(),
    photoReceipt,
    form('passport-application', '中国公民出入境证件申请表'),
    paper('exit-approval', '出国（境）审批意见', {
      issuer: '所在单位或者上级主管部门',
      standard: '登记备案的国家工作人员须提供，加盖审批单位公章，在有效期内',
      byDefault: false,
    }),
    guardianIdCard(),
    paper('guardianship-proof', '监护关系证明', {
      copies: 1,
      standard: '出生医学证明、户口簿等能证明监护关系的材料',
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('state-employee', '申请人是否为登记备案的国家工作人员', { addMaterials: ['exit-approval'] }),
    yesNo('minor', '申请人是否未满十六周岁', { addMaterials: ['guardian-id-card', 'guardianship-proof'] }),
  ],
});

export const hkMacauPermit: Matter = matter({
  dept: 'GA',
  type: 'licensing',
  serial: 3,
  item: 1,
  name: '往来港澳通行证及签注签发',
  handlingType: 'promised',
  limits: { statutory: workingDays(15), promised: workingDays(7) },
  fee: charged(
    { name: '往来港澳通行证（电子）工本费', yuan: 60, per: '每证', basis: '国家发展改革委、财政部出入境证件收费标准' },
    { name: '个人旅游一次有效签注', yuan: 15, per: '每次', basis: '国家发展改革委、财政部出入境证件收费标准' },
  ),
  conditions: ['内地居民因私前往香港或澳门地区旅游、探亲、商务等'],
  legalBasis: [law('《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》'), law('《中华人民共和国出境入境管理法》')],
  result: { name: '往来港澳通行证及签注', electronic: false, sample: false },
  materials: [
    idCard(),
    photoReceipt,
    form('permit-application', '中国公民出入境证件申请表'),
    paper('exit-approval', '出国（境）审批意见', {
      issuer: '所在单位或者上级主管部门',
      standard: '登记备案的国家工作人员须提供，加盖审批单位公章',
      byDefault: false,
    }),
    businessLicence('employer-business-licence', false),
    paper('business-trip-letter', '商务派遣函', {
      standard: '由在本市注册的企业出具，写明派遣事由，加盖公章',
      byDefault: false,
    }),
    paper('relative-proof', '香港或澳门亲属关系及身份证明', {
      copies: 1,
      standard: '港澳居民身份证件复印件及亲属关系证明',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'endorsement-type',
      text: '签注种类',
      kind: 'single',
      required: true,
      options: [
        { id: 'tourism', label: '个人旅游' },
        { id: 'family-visit', label: '探亲', effects: { addMaterials: ['relative-proof'] } },
        { id: 'business', label: '商务', effects: { addMaterials: ['employer-business-licence', 'business-trip-letter'] } },
      ],
    },
    yesNo('state-employee', '申请人是否为登记备案的国家工作人员', { addMaterials: ['exit-approval'] }),
  ],
});

export const noCriminalRecord: Matter = matter({
  dept: 'GA',
  type: 'publicService',
  serial: 1,
  item: 0,
  name: '无犯罪记录证明开具',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(3), promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['中国公民申请开具本人在我国境内有无犯罪记录的证明'],
  legalBasis: [law('《公安机关办理无犯罪记录证明工作规定》')],
  result: { name: '无犯罪记录证明', electronic: true, sample: true },
  materials: [idCard(), form('certificate-application', '无犯罪记录证明申请表'), ...agentMaterials],
  situations: [agentSituation],
});

export const residencePermit: Matter = matter({
  dept: 'GA',
  type: 'publicService',
  serial: 2,
  item: 0,
  name: '居住证申领',
  handlingType: 'promised',
  limits: { statutory: workingDays(15), promised: workingDays(10) },
  fee: free,
  conditions: ['离开常住户口所在地，在本市居住半年以上，且有合法稳定就业、合法稳定住所或连续就读之一'],
  legalBasis: [law('《居住证暂行条例》'), law('《浙江省流动人口居住登记条例》')],
  result: { name: '浙江省居住证', electronic: true, sample: false },
  materials: [
    idCard(),
    photoReceipt,
    propertyCertificate('property-certificate', '本人或配偶的不动产权证书', false),
    paper('lease-contract', '房屋租赁合同', {
      copies: 1,
      standard: '在有效期内，载明房屋地址和租期，出租人与承租人签名',
      byDefault: false,
    }),
    paper('dormitory-proof', '单位集体宿舍住宿证明', {
      standard: '由单位出具，加盖公章',
      byDefault: false,
    }),
    sharedData('local-social-insurance', '本市社会保险缴纳记录', '人力社保部门', {
      standard: '通过人社数据共享核验就业参保情况',
      byDefault: false,
    }),
    paper('student-certificate', '学生证或就读证明', { copies: 1, standard: '学校出具，加盖公章', byDefault: false }),
  ],
  situations: [
    {
      id: 'residence-type',
      text: '住所类型',
      kind: 'single',
      required: true,
      options: [
        { id: 'own', label: '自有住房', effects: { addMaterials: ['property-certificate'] } },
        { id: 'rented', label: '租赁住房', effects: { addMaterials: ['lease-contract'] } },
        { id: 'dormitory', label: '单位宿舍', effects: { addMaterials: ['dormitory-proof'] } },
      ],
    },
    {
      id: 'basis',
      text: '申领依据',
      kind: 'single',
      required: true,
      options: [
        { id: 'employment', label: '合法稳定就业', effects: { addMaterials: ['local-social-insurance'] } },
        { id: 'study', label: '连续就读', effects: { addMaterials: ['student-certificate'] } },
        { id: 'residence', label: '合法稳定住所' },
      ],
    },
  ],
});

export const sealEngraving: Matter = matter({
  dept: 'GA',
  type: 'otherPower',
  serial: 1,
  item: 0,
  name: '印章刻制备案',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['依法登记的企业、个体工商户等需刻制单位印章'],
  legalBasis: [law('《印铸刻字业暂行管理规则》')],
  result: { name: '印章及印章刻制备案信息', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    paper('legal-rep-id-card', '法定代表人居民身份证', { copies: 1, originals: 0, standard: '复印件清晰，在有效期内' }),
    ...handlerMaterials,
    form('seal-application', '印章刻制申请表'),
  ],
});

export const driverLicenceRenewal: Matter = matter({
  dept: 'GA',
  type: 'licensing',
  serial: 4,
  item: 2,
  name: '机动车驾驶证期满换证',
  handlingType: 'onTheSpot',
  limits: { statutory: onTheSpot, promised: onTheSpot },
  appointment: 'none',
  fee: charged({ name: '机动车驾驶证工本费', yuan: 10, per: '每证', basis: '公安交通管理收费标准' }),
  conditions: ['机动车驾驶证有效期满前九十日内申请换证'],
  legalBasis: [law('《中华人民共和国道路交通安全法》'), law('《机动车驾驶证申领和使用规定》')],
  result: { name: '中华人民共和国机动车驾驶证', electronic: true, sample: false },
  materials: [
    idCard(),
    paper('old-driving-licence', '原机动车驾驶证', { originals: 1, size: 'asIs', standard: '交回原证' }),
    sharedData('medical-fitness', '机动车驾驶人身体条件证明', '医疗机构', {
      standard: '由具备资质的医疗机构体检后电子回传，在六个月有效期内',
    }),
    paper('ability-test', '记忆力、判断力、反应力能力测试证明', {
      issuer: '医疗机构',
      standard: '年满七十周岁的驾驶人须提供，在有效期内',
      byDefault: false,
    }),
  ],
  situations: [yesNo('over-70', '驾驶人是否年满七十周岁', { addMaterials: ['ability-test'] })],
});

export const publicSecurityMatters: readonly Matter[] = [
  birthRegistration,
  deathDeregistration,
  householdMoveIn,
  idCardFirstApplication,
  idCardRenewal,
  idCardReplacement,
  passport,
  hkMacauPermit,
  noCriminalRecord,
  residencePermit,
  sealEngraving,
  driverLicenceRenewal,
];

