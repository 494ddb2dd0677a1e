import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  businessLicence,
  form,
  free,
  handlerMaterials,
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

/** 税务: 新办纳税人, 发票, 存量房交易税费, 车辆购置税, 社保费征收. */

const TAX_ADMINISTRATION_LAW = '《中华人民共和国税收征收管理法》';
const INVOICE_MEASURES = '《中华人民共和国发票管理办法》';

export const newTaxpayerConfirmation: Matter = matter({
  dept: 'SW',
  type: 'otherPower',
  serial: 1,
  item: 0,
  name: '新办纳税人涉税事项确认（信息确认）',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['已领取营业执照的新办企业、个体工商户'],
  legalBasis: [law(TAX_ADMINISTRATION_LAW, '第十五条')],
  result: { name: '纳税人信息确认结果', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    ...handlerMaterials,
    paper('accounting-system-filing', '财务会计制度及核算软件备案报告书', {
      necessity: 'optional',
      standard: '加盖公章',
      blankForm: true,
      sample: true,
    }),
  ],
});

export const invoiceIssuance: Matter = matter({
  dept: 'SW',
  type: 'otherPower',
  serial: 2,
  item: 1,
  name: '发票领用（数电发票开票额度确定）',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['已办理涉税信息确认的纳税人'],
  legalBasis: [law(INVOICE_MEASURES), law(TAX_ADMINISTRATION_LAW)],
  result: { name: '发票票种核定及开票额度信息', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [businessLicence(), ...handlerMaterials, form('invoice-application', '发票领用申请表')],
});

export const specialInvoiceLimitApproval: Matter = matter({
  dept: 'SW',
  type: 'licensing',
  serial: 1,
  item: 0,
  name: '增值税专用发票（增值税税控系统）最高开票限额审批',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(10) },
  fee: free,
  conditions: ['增值税一般纳税人或选择自行开具专用发票的小规模纳税人'],
  legalBasis: [law('《国务院对确需保留的行政审批项目设定行政许可的决定》'), law(INVOICE_MEASURES)],
  result: { name: '准予税务行政许可决定书', electronic: true, sample: true },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    ...handlerMaterials,
    form('licence-application', '税务行政许可申请表'),
    form('limit-application', '增值税专用发票最高开票限额申请单'),
  ],
  situations: [
    {
      id: 'limit-amount',
      text: '申请的最高开票限额',
      kind: 'single',
      required: true,
      options: [
        // Up to 100,000 yuan needs no site inspection: decided at the counter.
        { id: 'up-to-100k', label: '十万元及以下', effects: { promisedLimit: onTheSpot } },
        { id: 'above-100k', label: '十万元以上（需实地查验）' },
      ],
    },
  ],
});

export const resaleHousingTaxDeclaration: Matter = matter({
  dept: 'SW',
  type: 'otherPower',
  serial: 3,
  item: 0,
  name: '存量房交易税费申报',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['存量房买卖合同已网签备案，交易双方申报缴纳契税、个人所得税、增值税等税费'],
  legalBasis: [law('《中华人民共和国契税法》'), law('《中华人民共和国个人所得税法》'), law(TAX_ADMINISTRATION_LAW)],
  result: { name: '税收完税证明（契税等）', electronic: true, sample: false },
  materials: [
    idCard('buyer-id-card', '买受人居民身份证'),
    idCard('seller-id-card', '出卖人居民身份证'),
    propertyCertificate(),
    sharedData('sale-contract', '存量房买卖合同（网签备案）', '房产交易管理部门', {
      standard: '通过网签备案系统调取，合同信息与申报一致',
    }),
    sharedData('family-housing-record', '买受人家庭住房情况', '不动产登记机构', {
      standard: '通过不动产登记信息共享查询家庭住房套数，用于契税优惠判定',
    }),
    marriageCertificate('marriage-certificate', '买受人结婚证', false),
    idCard('buyer-spouse-id-card', '买受人配偶居民身份证', { copies: 1, byDefault: false }),
    paper('sole-home-commitment', '出卖人家庭唯一住房承诺书', {
      standard: '出卖人及配偶签名，承诺所售住房为家庭唯一生活用房且购买满五年',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('buyer-married', '买受人是否已婚', { addMaterials: ['marriage-certificate', 'buyer-spouse-id-card'] }),
    yesNo('seller-sole-home-5-years', '所售住房是否为出卖人家庭唯一住房且购买满五年', { addMaterials: ['sole-home-commitment'] }),
  ],
});

export const taxPaymentCertificate: Matter = matter({
  dept: 'SW',
  type: 'publicService',
  serial: 1,
  item: 0,
  name: '开具税收完税证明',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  delivery: ['pickup'],
  fee: free,
  conditions: ['已缴纳税款的纳税人申请开具完税证明'],
  legalBasis: [law(TAX_ADMINISTRATION_LAW), law('《税收票证管理办法》')],
  result: { name: '中华人民共和国税收完税证明', electronic: true, sample: true },
  materials: [idCard(), ...agentMaterials],
  situations: [agentSituation],
});

export const vehiclePurchaseTax: Matter = matter({
  dept: 'SW',
  type: 'otherPower',
  serial: 4,
  item: 0,
  name: '车辆购置税申报',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['购置应税车辆的单位和个人，在向公安机关交通管理部门办理车辆注册登记前申报'],
  legalBasis: [law('《中华人民共和国车辆购置税法》')],
  result: { name: '车辆购置税完税证明（电子信息）', electronic: true, sample: false },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    idCard(),
    sharedData('vehicle-invoice', '机动车销售统一发票', '税务部门发票系统', { standard: '通过发票系统核验发票真实有效' }),
    sharedData('vehicle-certificate', '车辆合格证明', '工业和信息化部门', { standard: '通过合格证信息系统核验' }),
    paper('customs-documents', '海关关税专用缴款书、代征消费税专用缴款书或海关进出口货物征免税证明', {
      copies: 1,
      issuer: '海关',
      standard: '进口自用车辆须提供，加盖海关印章',
      byDefault: false,
    }),
  ],
  situations: [yesNo('imported', '是否为进口自用车辆', { addMaterials: ['customs-documents'] })],
});

export const residentMedicalPremium: Matter = matter({
  dept: 'SW',
  type: 'publicService',
  serial: 2,
  item: 0,
  name: '城乡居民基本医疗保险费缴纳',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['已办理城乡居民基本医疗保险参保登记的人员（新生儿由监护人代缴）'],
  legalBasis: [law('《中华人民共和国社会保险法》', '第二十五条'), law('《社会保险费征缴暂行条例》')],
  result: { name: '社会保险费缴费凭证', electronic: true, sample: false },
  materials: [
    idCard('guardian-id-card', '缴费人（监护人）居民身份证'),
    sharedData('enrolment-record', '城乡居民医保参保登记信息', '医疗保障部门', { standard: '通过医保数据共享核验已参保登记' }),
  ],
});

export const taxationMatters: readonly Matter[] = [
  newTaxpayerConfirmation,
  invoiceIssuance,
  specialInvoiceLimitApproval,
  resaleHousingTaxDeclaration,
  taxPaymentCertificate,
  vehiclePurchaseTax,
  residentMedicalPremium,
];
