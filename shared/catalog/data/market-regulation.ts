import type { Matter, Situation } from '../schema';
import {
  businessLicence,
  form,
  free,
  handlerMaterials,
  idCard,
  law,
  matter,
  onTheSpot,
  paper,
  propertyCertificate,
  sharedData,
  workingDays,
  yesNo,
} from './helpers';

/** 市场监管: 企业和个体工商户登记, 食品经营许可, 药品经营许可. */

const REGISTRATION_REGULATION = '《中华人民共和国市场主体登记管理条例》';

/** 住所 proof by kind; 住所申报承诺制 lets an applicant declare instead of proving. */
const premisesMaterials = [
  propertyCertificate('property-certificate', '住所的不动产权证书', false),
  paper('lease-contract', '住所租赁合同', {
    copies: 1,
    originals: 0,
    standard: '在有效期内，出租人与承租人签章',
    byDefault: false,
  }),
  propertyCertificate('lessor-property-certificate', '出租方不动产权证书', false),
  paper('premises-commitment', '住所（经营场所）申报承诺书', {
    standard: '申请人签字或盖章，承诺住所真实、合法、可用',
    blankForm: true,
    sample: true,
    byDefault: false,
  }),
];

const premisesSituation: Situation = {
  id: 'premises',
  text: '住所（经营场所）使用情况',
  kind: 'single',
  required: true,
  options: [
    { id: 'owned', label: '自有房产', effects: { addMaterials: ['property-certificate'] } },
    { id: 'leased', label: '租赁房产', effects: { addMaterials: ['lease-contract', 'lessor-property-certificate'] } },
    { id: 'declared', label: '住所申报承诺', effects: { addMaterials: ['premises-commitment'] } },
  ],
};

export const companyEstablishment: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 1,
  item: 1,
  name: '企业设立登记',
  handlingType: 'promised',
  limits: { statutory: workingDays(3), promised: workingDays(1) },
  fee: free,
  conditions: ['企业名称已自主申报', '有符合规定的住所、章程（协议）和组织机构', '法定代表人、投资人符合任职和出资规定'],
  legalBasis: [
    law(REGISTRATION_REGULATION, '第十九条'),
    law('《中华人民共和国公司法》'),
    law('《中华人民共和国合伙企业法》'),
    law('《中华人民共和国个人独资企业法》'),
  ],
  result: { name: '营业执照（含电子营业执照）', electronic: true, sample: true },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    form('registration-application', '企业登记（备案）申请书'),
    paper('articles-of-association', '公司章程', { standard: '全体股东（发起人）签字或盖章' }),
    paper('investor-identity', '股东（投资人、合伙人）主体资格证明', {
      copies: 1,
      originals: 0,
      standard: '自然人提供身份证件复印件，单位提供营业执照复印件并加盖公章',
    }),
    paper('officer-appointments', '法定代表人、董事、监事和经理的任职文件', {
      standard: '股东会决议或董事会决议等，按章程规定签字或盖章',
    }),
    ...handlerMaterials,
    paper('founders-agreement', '发起人协议', { standard: '全体发起人签字或盖章', byDefault: false }),
    paper('founding-meeting-minutes', '成立大会会议记录', {
      standard: '募集设立的还需提交依法设立的验资机构出具的验资证明',
      byDefault: false,
    }),
    paper('partnership-agreement', '合伙协议', { standard: '全体合伙人签字或盖章', byDefault: false }),
    paper('managing-partner-appointment', '全体合伙人委托执行事务合伙人的委托书', {
      standard: '全体合伙人签字或盖章',
      byDefault: false,
    }),
    paper('foreign-investor-documents', '外国投资者主体资格证明', {
      copies: 1,
      standard: '经所在国公证并经中国驻该国使（领）馆认证，或办理附加证明书，附中文译本',
      byDefault: false,
    }),
    ...premisesMaterials,
  ],
  situations: [
    {
      id: 'enterprise-type',
      text: '企业类型',
      kind: 'single',
      required: true,
      options: [
        { id: 'limited-company', label: '有限责任公司' },
        { id: 'joint-stock-company', label: '股份有限公司', effects: { addMaterials: ['founders-agreement', 'founding-meeting-minutes'] } },
        {
          id: 'sole-proprietorship',
          label: '个人独资企业',
          effects: { removeMaterials: ['articles-of-association', 'officer-appointments'] },
        },
        {
          id: 'partnership',
          label: '合伙企业',
          effects: {
            removeMaterials: ['articles-of-association', 'officer-appointments'],
            addMaterials: ['partnership-agreement', 'managing-partner-appointment'],
          },
        },
      ],
    },
    premisesSituation,
    yesNo('foreign-investor', '是否有外国投资者', { addMaterials: ['foreign-investor-documents'], promisedLimit: workingDays(3) }),
  ],
});

export const companyChange: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 1,
  item: 2,
  name: '企业变更登记',
  handlingType: 'promised',
  limits: { statutory: workingDays(3), promised: workingDays(1) },
  fee: free,
  conditions: ['企业登记事项发生变更，自作出变更决议、决定或者法定变更事项发生之日起三十日内申请'],
  legalBasis: [law(REGISTRATION_REGULATION, '第二十四条')],
  result: { name: '换发的营业执照', electronic: true, sample: false },
  applicantKinds: ['legalPerson'],
  materials: [
    form('registration-application', '企业登记（备案）申请书'),
    paper('change-resolution', '变更决议或决定', { standard: '按章程规定由股东会、董事会等作出，签字或盖章' }),
    paper('business-licence-paper', '营业执照正、副本', { originals: 1, size: 'asIs', standard: '交回原执照换发' }),
    ...handlerMaterials,
    paper('amended-articles', '章程修正案或修改后的章程', { standard: '法定代表人签署', byDefault: false }),
    idCard('new-legal-rep-id-card', '新任法定代表人居民身份证', { copies: 1, byDefault: false }),
    ...premisesMaterials,
  ],
  situations: [
    {
      id: 'change-item',
      text: '变更事项',
      kind: 'single',
      required: true,
      options: [
        { id: 'name', label: '名称', effects: { addMaterials: ['amended-articles'] } },
        {
          id: 'address',
          label: '住所',
          effects: { addMaterials: ['amended-articles'] },
        },
        { id: 'legal-representative', label: '法定代表人', effects: { addMaterials: ['new-legal-rep-id-card'] } },
        { id: 'registered-capital', label: '注册资本', effects: { addMaterials: ['amended-articles'] } },
        { id: 'business-scope', label: '经营范围', effects: { addMaterials: ['amended-articles'] } },
      ],
    },
    { ...premisesSituation, askedWhen: { question: 'change-item', options: ['address'] } },
  ],
});

export const simplifiedDeregistration: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 1,
  item: 3,
  name: '企业简易注销登记',
  handlingType: 'promised',
  limits: { statutory: workingDays(3), promised: workingDays(1) },
  fee: free,
  conditions: ['未发生债权债务或已将债权债务清偿完结', '无未结清的清偿费用、职工工资、社会保险费用、法定补偿金和应缴纳税款', '已通过国家企业信用信息公示系统公示满二十日且无异议'],
  legalBasis: [law(REGISTRATION_REGULATION, '第三十三条')],
  result: { name: '准予简易注销登记通知书', electronic: true, sample: true },
  applicantKinds: ['legalPerson'],
  materials: [
    form('deregistration-application', '企业注销登记申请书'),
    paper('investors-commitment', '全体投资人承诺书', { standard: '全体投资人签字或盖章，已在公示系统公示满二十日' }),
    paper('business-licence-paper', '营业执照正、副本', { originals: 1, size: 'asIs', standard: '交回原执照' }),
    ...handlerMaterials,
  ],
  situations: [
    yesNo('has-unsettled-liabilities', '是否存在未结清的债权债务、职工工资、社会保险费或税款', {
      notApplicable: {
        reason: '不符合简易注销条件，应当依法清算后按一般注销程序办理',
        competentAuthority: '登记机关（一般注销登记）',
      },
    }),
  ],
});

export const individualBusinessRegistration: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 2,
  item: 1,
  name: '个体工商户设立登记',
  handlingType: 'onTheSpot',
  limits: { statutory: workingDays(3), promised: onTheSpot },
  fee: free,
  conditions: ['有经营能力的自然人，有固定的经营场所'],
  legalBasis: [law('《促进个体工商户发展条例》'), law(REGISTRATION_REGULATION, '第十九条')],
  result: { name: '营业执照（含电子营业执照）', electronic: true, sample: true },
  materials: [idCard(), form('registration-application', '个体工商户登记（备案）申请书'), ...premisesMaterials],
  situations: [premisesSituation],
});

export const foodBusinessLicence: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 3,
  item: 1,
  name: '食品经营许可',
  handlingType: 'promised',
  limits: { statutory: workingDays(10), promised: workingDays(5) },
  fee: free,
  conditions: ['具有与经营的食品品种、数量相适应的经营场所和设备设施', '有食品安全管理人员和保证食品安全的规章制度'],
  legalBasis: [law('《中华人民共和国食品安全法》', '第三十五条'), law('《食品经营许可和备案管理办法》')],
  result: { name: '食品经营许可证（电子证书）', electronic: true, sample: true },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    form('licence-application', '食品经营许可申请书'),
    businessLicence(),
    idCard('legal-rep-id-card', '法定代表人（负责人）居民身份证'),
    paper('layout-plan', '经营场所和设备布局、操作流程的平面图', {
      size: 'A3',
      standard: '标明功能区、设备位置和操作流程，申请人签字或盖章',
      sample: true,
    }),
    paper('equipment-list', '主要设备设施清单', { standard: '与经营项目相适应，申请人签字或盖章' }),
    paper('food-safety-rules', '食品安全管理制度', { standard: '申请人签字或盖章' }),
    paper('food-safety-manager', '食品安全管理人员名单及培训考核情况', { standard: '写明姓名、身份号码和岗位' }),
    paper('commitment-letter', '食品经营许可告知承诺书', {
      standard: '申请人签字或盖章，承诺符合许可条件并接受核查',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('prepackaged-only', '是否仅销售预包装食品', {
      notApplicable: {
        reason: '仅销售预包装食品的，无需取得食品经营许可，应当办理备案',
        competentAuthority: '经营场所所在地县级市场监督管理部门（备案）',
      },
    }),
    yesNo('commitment', '是否选择告知承诺方式办理', { addMaterials: ['commitment-letter'], promisedLimit: onTheSpot }),
  ],
});

export const drugRetailLicence: Matter = matter({
  dept: 'SJ',
  type: 'licensing',
  serial: 4,
  item: 1,
  name: '药品零售企业经营许可',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(10) },
  fee: free,
  conditions: ['有依法经过资格认定的药师或者其他药学技术人员', '有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境', '有保证药品质量的规章制度'],
  legalBasis: [law('《中华人民共和国药品管理法》', '第五十二条'), law('《药品经营和使用质量监督管理办法》')],
  result: { name: '药品经营许可证', electronic: true, sample: true },
  applicantKinds: ['legalPerson'],
  materials: [
    form('licence-application', '药品经营许可证申请表'),
    businessLicence(),
    paper('pharmacist-certificate', '执业药师注册证', { copies: 1, originals: 0, standard: '注册在本企业，在有效期内' }),
    paper('layout-plan', '营业场所、仓库平面布置图', { size: 'A3', standard: '标明面积和功能分区，加盖公章' }),
    paper('quality-rules', '药品质量管理制度文件目录', { standard: '加盖公章' }),
    ...handlerMaterials,
  ],
});

export const licenceReissue: Matter = matter({
  dept: 'SJ',
  type: 'otherPower',
  serial: 1,
  item: 0,
  name: '营业执照遗失补领',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['营业执照遗失或者毁坏'],
  legalBasis: [law(REGISTRATION_REGULATION)],
  result: { name: '补发的营业执照', electronic: true, sample: false },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    form('reissue-application', '营业执照补领申请书'),
    sharedData('loss-notice', '营业执照遗失公告', '国家企业信用信息公示系统', { standard: '已在公示系统发布遗失作废公告' }),
    ...handlerMaterials,
  ],
});

export const marketRegulationMatters: readonly Matter[] = [
  companyEstablishment,
  companyChange,
  simplifiedDeregistration,
  individualBusinessRegistration,
  foodBusinessLicence,
  drugRetailLicence,
  licenceReissue,
];
