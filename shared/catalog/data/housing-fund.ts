import type { Matter } from '../schema';
import {
  bankCard,
  businessLicence,
  deathMedicalCertificate,
  form,
  free,
  handlerMaterials,
  idCard,
  kinshipProof,
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

/** 住房公积金: 缴存登记, 封存, 提取, 贷款. */

const REGULATION = '《住房公积金管理条例》';

const retirementRecord = sharedData('retirement-proof', '退休信息', '人力社保部门', {
  standard: '通过人社数据共享核验已办理退休',
});

export const employerDepositRegistration: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 1,
  item: 1,
  name: '单位住房公积金缴存登记',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(5), promised: onTheSpot },
  fee: free,
  conditions: ['新设立的单位应当自设立之日起三十日内办理住房公积金缴存登记'],
  legalBasis: [law(REGULATION, '第十四条')],
  result: { name: '单位住房公积金账户信息', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    businessLicence(),
    ...handlerMaterials,
    form('deposit-registration-form', '单位住房公积金缴存登记表'),
    form('employee-list', '职工住房公积金账户设立清册', { byDefault: false }),
  ],
  situations: [yesNo('open-employee-accounts', '是否同时为职工设立个人账户', { addMaterials: ['employee-list'] })],
});

export const accountSealing: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 2,
  item: 0,
  name: '个人住房公积金账户封存（退休）',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['职工退休，与单位终止劳动关系'],
  legalBasis: [law(REGULATION)],
  result: { name: '个人账户封存信息', electronic: true, sample: false },
  applicantKinds: ['person', 'legalPerson'],
  materials: [idCard(), retirementRecord],
});

export const retirementWithdrawal: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 3,
  item: 1,
  name: '退休提取住房公积金',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(3), promised: onTheSpot },
  fee: free,
  conditions: ['职工离休、退休'],
  legalBasis: [law(REGULATION, '第二十四条')],
  result: { name: '住房公积金提取结果（销户）', electronic: true, sample: false },
  materials: [idCard(), retirementRecord, bankCard()],
});

export const deathWithdrawal: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 3,
  item: 2,
  name: '职工死亡提取住房公积金（继承）',
  handlingType: 'promised',
  limits: { statutory: workingDays(3), promised: workingDays(3) },
  fee: free,
  conditions: ['职工死亡或者被宣告死亡，由其继承人、受遗赠人提取账户余额'],
  legalBasis: [law(REGULATION, '第二十四条')],
  result: { name: '住房公积金提取结果（销户）', electronic: true, sample: false },
  materials: [
    idCard(),
    deathMedicalCertificate('death-proof'),
    kinshipProof(),
    bankCard('继承人本人银行卡'),
    paper('inheritance-notarial-certificate', '继承权公证书或人民法院生效法律文书', {
      issuer: '公证机构或人民法院',
      standard: '载明继承人及继承份额',
      byDefault: false,
    }),
    paper('heirs-statement', '全体法定继承人同意由申请人提取的声明', {
      standard: '全体法定继承人签名并附身份证复印件',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'heirs',
      text: '继承情况',
      kind: 'single',
      required: true,
      options: [
        { id: 'sole-heir', label: '申请人为唯一法定继承人' },
        { id: 'agreed', label: '多名继承人协商一致', effects: { addMaterials: ['heirs-statement'] } },
        { id: 'notarised', label: '已办理继承权公证或有法院判决', effects: { addMaterials: ['inheritance-notarial-certificate'] } },
      ],
    },
  ],
});

export const purchaseWithdrawal: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 3,
  item: 3,
  name: '购买自住住房提取住房公积金',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(3), promised: onTheSpot },
  fee: free,
  conditions: ['职工购买本市自住住房，且未使用住房公积金贷款'],
  legalBasis: [law(REGULATION, '第二十四条')],
  result: { name: '住房公积金提取结果', electronic: true, sample: false },
  materials: [
    idCard(),
    bankCard(),
    sharedData('sale-contract', '商品房买卖合同（网签备案）', '房产交易管理部门', {
      standard: '通过网签备案系统调取',
      byDefault: false,
    }),
    paper('purchase-invoice', '购房发票', { copies: 1, standard: '原件核验', byDefault: false }),
    propertyCertificate('property-certificate', '不动产权证书', false),
    sharedData('deed-tax', '契税完税信息', '税务部门', { standard: '通过税务数据共享核验', byDefault: false }),
    marriageCertificate('marriage-certificate', '结婚证', false),
    idCard('spouse-id-card', '配偶居民身份证', { copies: 1, byDefault: false }),
  ],
  situations: [
    {
      id: 'purchase-type',
      text: '购房类型',
      kind: 'single',
      required: true,
      options: [
        { id: 'new-house', label: '新建商品房', effects: { addMaterials: ['sale-contract', 'purchase-invoice'] } },
        { id: 'resale-house', label: '存量房（二手房）', effects: { addMaterials: ['property-certificate', 'deed-tax'] } },
      ],
    },
    yesNo('spouse-withdraws', '配偶是否同时提取', { addMaterials: ['marriage-certificate', 'spouse-id-card'] }),
  ],
});

export const rentalWithdrawal: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 3,
  item: 4,
  name: '租赁住房提取住房公积金',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(3), promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['职工及配偶在本市无自有住房且租赁住房'],
  legalBasis: [law(REGULATION, '第二十四条')],
  result: { name: '住房公积金提取结果', electronic: true, sample: false },
  materials: [
    idCard(),
    bankCard(),
    sharedData('family-housing-record', '家庭住房情况', '不动产登记机构', { standard: '通过不动产登记信息共享核验本市无自有住房' }),
    sharedData('lease-filing', '住房租赁合同备案信息', '住房保障和房产管理部门', {
      standard: '通过租赁备案系统调取',
      byDefault: false,
    }),
  ],
  situations: [yesNo('lease-filed', '租赁合同是否已办理备案', { addMaterials: ['lease-filing'] })],
});

export const housingFundLoan: Matter = matter({
  dept: 'GJJ',
  type: 'publicService',
  serial: 4,
  item: 0,
  name: '住房公积金个人住房贷款申请',
  handlingType: 'promised',
  limits: { statutory: workingDays(15), promised: workingDays(10) },
  fee: free,
  conditions: ['连续足额缴存住房公积金满规定期限', '购买、建造、翻建、大修自住住房', '具有稳定收入和偿还贷款能力'],
  legalBasis: [law(REGULATION)],
  result: { name: '住房公积金贷款审批结果及借款合同', electronic: false, sample: true },
  materials: [
    idCard(),
    form('loan-application', '住房公积金个人住房贷款申请表'),
    sharedData('sale-contract', '购房合同（网签备案）', '房产交易管理部门', { standard: '通过网签备案系统调取' }),
    paper('down-payment-receipt', '首付款发票或收据', { copies: 1, standard: '金额与合同约定一致，原件核验' }),
    marriageCertificate('marriage-certificate', '结婚证', false),
    idCard('spouse-id-card', '配偶居民身份证', { copies: 1, byDefault: false }),
    paper('marital-statement', '婚姻状况声明', {
      standard: '本人签名，声明未婚、离异或丧偶',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'marital-status',
      text: '借款人婚姻状况',
      kind: 'single',
      required: true,
      options: [
        { id: 'married', label: '已婚', effects: { addMaterials: ['marriage-certificate', 'spouse-id-card'] } },
        { id: 'not-married', label: '未婚、离异或丧偶', effects: { addMaterials: ['marital-statement'] } },
      ],
    },
  ],
});

export const housingFundMatters: readonly Matter[] = [
  employerDepositRegistration,
  accountSealing,
  retirementWithdrawal,
  deathWithdrawal,
  purchaseWithdrawal,
  rentalWithdrawal,
  housingFundLoan,
];
