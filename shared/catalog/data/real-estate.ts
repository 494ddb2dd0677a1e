import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  businessLicence,
  charged,
  eLicence,
  form,
  free,
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

/** 不动产登记: 转移, 抵押, 注销, 查询, 补证. */

const REGULATION = law('《不动产登记暂行条例》', '第二十条');
const RULES = law('《不动产登记暂行条例实施细则》');
const CIVIL_CODE = law('《中华人民共和国民法典》');
const FEE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';
const registrationFee = charged(
  { name: '不动产登记费', yuan: 80, per: '每件', appliesWhen: '住宅', basis: FEE_BASIS },
  { name: '不动产登记费', yuan: 550, per: '每件', appliesWhen: '非住宅', basis: FEE_BASIS },
);
const APPLICATION = form('registration-application', '不动产登记申请书');

/** 按揭: the purchase loan's mortgage is registered together with the transfer. */
const loanMaterials = [
  paper('loan-contract', '借款合同', { standard: '借贷双方签章，载明借款金额和期限', byDefault: false }),
  paper('mortgage-contract', '抵押合同', { standard: '抵押人、抵押权人签章，载明被担保债权数额', byDefault: false }),
  businessLicence('mortgagee-business-licence', false),
  paper('mortgagee-authorisation', '抵押权人（金融机构）授权委托书及经办人身份证明', {
    copies: 1,
    standard: '金融机构加盖公章，载明委托权限',
    byDefault: false,
  }),
];

export const resaleTransfer: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 1,
  item: 2,
  name: '不动产转移登记（存量房买卖）',
  handlingType: 'promised',
  limits: { statutory: workingDays(30), promised: workingDays(1) },
  fee: registrationFee,
  conditions: ['买卖双方已签订存量房买卖合同并网签备案', '已依法缴纳相关税费', '房屋未被查封，设有抵押的已取得抵押权人同意'],
  legalBasis: [CIVIL_CODE, REGULATION, RULES],
  result: { name: '不动产权证书（含电子证照）', electronic: true, sample: true },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    APPLICATION,
    idCard('buyer-id-cards', '买受人居民身份证'),
    idCard('seller-id-cards', '出卖人居民身份证'),
    propertyCertificate('property-certificate', '出卖人不动产权证书'),
    sharedData('sale-contract', '存量房买卖合同（网签备案）', '房产交易管理部门', { standard: '通过网签备案系统调取' }),
    sharedData('tax-payment', '税收完税信息', '税务部门', { standard: '通过税务数据共享核验税费已缴清' }),
    marriageCertificate('seller-marriage-certificate', '出卖人结婚证', false),
    paper('seller-spouse-consent', '出卖人配偶同意出售的声明', {
      standard: '配偶到场签字，或提供经公证的同意出售声明',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    eLicence('seller-divorce-certificate', '出卖人离婚证', '离婚证', { byDefault: false }),
    paper('divorce-property-agreement', '离婚协议或人民法院生效法律文书', {
      copies: 1,
      standard: '载明该房产归属，与登记信息一致',
      byDefault: false,
    }),
    paper('seller-single-statement', '出卖人婚姻状况声明', {
      standard: '本人签名，声明未婚，对真实性负责',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    marriageCertificate('buyer-marriage-certificate', '买受人结婚证', false),
    paper('buyer-marital-statement', '买受人婚姻状况声明', {
      standard: '本人签名，声明婚姻状况，对真实性负责',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
    paper('mortgagee-consent', '抵押权人同意抵押物转让的书面材料', {
      issuer: '抵押权人（金融机构）',
      standard: '加盖抵押权人公章，适用于带押过户',
      byDefault: false,
    }),
    ...loanMaterials,
    ...agentMaterials,
  ],
  situations: [
    // Transfer and new mortgage are registered together (转移 + 抵押 合并办理): one more day.
    yesNo('buyer-loan', '买受人是否申请贷款（同时办理抵押登记）', {
      addMaterials: ['loan-contract', 'mortgage-contract', 'mortgagee-business-licence', 'mortgagee-authorisation'],
      promisedLimit: workingDays(2),
    }),
    {
      id: 'seller-marital-status',
      text: '出卖人婚姻状况',
      kind: 'single',
      required: true,
      options: [
        { id: 'married', label: '已婚', effects: { addMaterials: ['seller-marriage-certificate', 'seller-spouse-consent'] } },
        { id: 'divorced', label: '离异', effects: { addMaterials: ['seller-divorce-certificate', 'divorce-property-agreement'] } },
        { id: 'single', label: '未婚', effects: { addMaterials: ['seller-single-statement'] } },
        { id: 'widowed', label: '丧偶', effects: { addMaterials: ['seller-single-statement'] } },
      ],
    },
    {
      id: 'buyer-marital-status',
      text: '买受人婚姻状况',
      kind: 'single',
      required: true,
      options: [
        { id: 'married', label: '已婚', effects: { addMaterials: ['buyer-marriage-certificate'] } },
        { id: 'not-married', label: '未婚、离异或丧偶', effects: { addMaterials: ['buyer-marital-statement'] } },
      ],
    },
    yesNo('mortgaged', '房屋是否设有抵押（带押过户）', { addMaterials: ['mortgagee-consent'] }),
    agentSituation,
  ],
});

export const newHouseTransfer: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 1,
  item: 1,
  name: '不动产转移登记（新建商品房买卖）',
  handlingType: 'promised',
  limits: { statutory: workingDays(30), promised: workingDays(1) },
  fee: registrationFee,
  conditions: ['开发企业已办理首次登记', '商品房买卖合同已网签备案，契税已缴纳'],
  legalBasis: [CIVIL_CODE, REGULATION, RULES],
  result: { name: '不动产权证书（含电子证照）', electronic: true, sample: true },
  materials: [
    APPLICATION,
    idCard('buyer-id-cards', '买受人居民身份证'),
    sharedData('sale-contract', '商品房买卖合同（网签备案）', '房产交易管理部门', { standard: '通过网签备案系统调取' }),
    sharedData('first-registration', '开发企业首次登记信息', '不动产登记机构', { standard: '登记簿已记载首次登记' }),
    sharedData('tax-payment', '契税完税信息', '税务部门', { standard: '通过税务数据共享核验契税已缴纳' }),
    paper('purchase-invoice', '购房发票', { copies: 1, standard: '与合同价款一致，原件核验' }),
    marriageCertificate('buyer-marriage-certificate', '买受人结婚证', false),
    ...loanMaterials,
    ...agentMaterials,
  ],
  situations: [
    yesNo('buyer-loan', '买受人是否申请贷款（同时办理抵押登记）', {
      addMaterials: ['loan-contract', 'mortgage-contract', 'mortgagee-business-licence', 'mortgagee-authorisation'],
      promisedLimit: workingDays(2),
    }),
    yesNo('buyer-married', '买受人是否已婚', { addMaterials: ['buyer-marriage-certificate'] }),
    agentSituation,
  ],
});

export const inheritanceTransfer: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 1,
  item: 3,
  name: '不动产转移登记（继承、受遗赠）',
  handlingType: 'promised',
  limits: { statutory: workingDays(30), promised: workingDays(5) },
  fee: registrationFee,
  conditions: ['被继承人死亡，继承人或受遗赠人申请将不动产转移至其名下'],
  legalBasis: [law('《中华人民共和国民法典》', '第一千一百二十一条'), REGULATION, RULES],
  result: { name: '不动产权证书（含电子证照）', electronic: true, sample: true },
  materials: [
    APPLICATION,
    idCard('heir-id-cards', '继承人或受遗赠人居民身份证'),
    propertyCertificate('property-certificate', '被继承人不动产权证书'),
    sharedData('death-record', '被继承人死亡信息', '公安机关、民政部门', { standard: '通过户籍注销、火化信息共享核验' }),
    paper('inheritance-notarial-certificate', '继承权公证书', {
      issuer: '公证机构',
      standard: '由公证机构出具，载明继承人和继承份额',
      byDefault: false,
    }),
    kinshipProof(false),
    paper('heirs-statement', '全体法定继承人关于不动产继承的协议或放弃继承声明', {
      standard: '全体法定继承人到场签字，登记机构查验',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    // Without a notarial deed the registry itself checks all heirs and publishes a notice.
    yesNo('notarised', '是否已办理继承权公证', { addMaterials: ['inheritance-notarial-certificate'] }, {
      addMaterials: ['kinship-proof', 'heirs-statement'],
      promisedLimit: workingDays(20),
    }),
  ],
});

export const mortgageRegistration: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 2,
  item: 1,
  name: '不动产抵押权首次登记',
  handlingType: 'promised',
  limits: { statutory: workingDays(30), promised: workingDays(1) },
  fee: registrationFee,
  conditions: ['当事人已订立抵押合同，以不动产设定抵押'],
  legalBasis: [law('《中华人民共和国民法典》', '第四百零二条'), REGULATION, RULES],
  result: { name: '不动产登记证明（抵押权）', electronic: true, sample: true },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    APPLICATION,
    idCard('mortgagor-id-card', '抵押人居民身份证'),
    propertyCertificate(),
    paper('loan-contract', '主债权合同（借款合同）', { standard: '借贷双方签章' }),
    paper('mortgage-contract', '抵押合同', { standard: '抵押人、抵押权人签章' }),
    businessLicence('mortgagee-business-licence'),
    paper('mortgagee-authorisation', '抵押权人授权委托书及经办人身份证明', { copies: 1, standard: '加盖公章' }),
  ],
});

export const mortgageDeregistration: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 2,
  item: 3,
  name: '不动产抵押权注销登记',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(30), promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['主债权消灭或抵押权人放弃抵押权'],
  legalBasis: [REGULATION, RULES],
  result: { name: '注销登记完成信息', electronic: true, sample: false },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    APPLICATION,
    eLicence('mortgage-certificate', '不动产登记证明（抵押权）', '不动产登记证明'),
    paper('release-consent', '抵押权人同意注销的证明', {
      issuer: '抵押权人（金融机构）',
      standard: '加盖抵押权人公章；已通过银行端在线申请的免交',
    }),
    idCard(),
  ],
  situations: [yesNo('filed-by-bank', '抵押权人是否已通过银行端在线申请注销', { removeMaterials: ['release-consent'] })],
});

export const recordsInquiry: Matter = matter({
  dept: 'BDC',
  type: 'publicService',
  serial: 1,
  item: 0,
  name: '不动产登记资料查询',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  delivery: ['pickup'],
  fee: free,
  conditions: ['权利人、利害关系人及有关国家机关依法查询不动产登记资料'],
  legalBasis: [law('《不动产登记资料查询暂行办法》')],
  result: { name: '不动产登记信息查询结果证明', electronic: true, sample: true },
  materials: [
    idCard(),
    form('inquiry-application', '不动产登记资料查询申请书'),
    paper('interest-proof', '存在利害关系的证明材料', {
      copies: 1,
      standard: '买卖意向合同、诉讼受理通知书等，能证明利害关系',
      byDefault: false,
    }),
    paper('lawyer-documents', '律师执业证及律师事务所证明', {
      copies: 1,
      standard: '律师执业证原件核验，律师事务所证明加盖公章',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'inquirer',
      text: '查询人身份',
      kind: 'single',
      required: true,
      options: [
        { id: 'right-holder', label: '权利人本人' },
        { id: 'interested-party', label: '利害关系人', effects: { addMaterials: ['interest-proof'] } },
        { id: 'lawyer', label: '受委托的律师', effects: { addMaterials: ['lawyer-documents'] } },
      ],
    },
  ],
});

export const certificateReissue: Matter = matter({
  dept: 'BDC',
  type: 'confirmation',
  serial: 3,
  item: 1,
  name: '不动产权证书补证、换证',
  handlingType: 'promised',
  limits: { statutory: workingDays(30), promised: workingDays(1) },
  fee: charged({ name: '证书工本费', yuan: 10, per: '每本', basis: FEE_BASIS }),
  conditions: ['不动产权证书遗失、灭失或者破损、污损'],
  legalBasis: [RULES],
  result: { name: '不动产权证书', electronic: true, sample: false },
  materials: [
    APPLICATION,
    idCard(),
    paper('damaged-certificate', '破损、污损的不动产权证书', { originals: 1, size: 'asIs', standard: '交回原证' }),
    paper('loss-statement', '不动产权证书遗失声明', {
      standard: '权利人签名；登记机构在门户网站公告满十五个工作日',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'reason',
      text: '补换证原因',
      kind: 'single',
      required: true,
      options: [
        { id: 'damaged', label: '破损、污损（换证）' },
        // A lost certificate is replaced only after the public notice period.
        {
          id: 'lost',
          label: '遗失、灭失（补证）',
          effects: { removeMaterials: ['damaged-certificate'], addMaterials: ['loss-statement'], promisedLimit: workingDays(20) },
        },
      ],
    },
  ],
});

export const realEstateMatters: readonly Matter[] = [
  resaleTransfer,
  newHouseTransfer,
  inheritanceTransfer,
  mortgageRegistration,
  mortgageDeregistration,
  recordsInquiry,
  certificateReissue,
];
