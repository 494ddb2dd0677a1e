import type { Matter } from '../schema';
import {
  agentMaterials,
  agentSituation,
  bankCard,
  deathMedicalCertificate,
  eLicence,
  form,
  free,
  idCard,
  law,
  matter,
  onTheSpot,
  paper,
  sharedData,
  workingDays,
  yesNo,
} from './helpers';

/** 民政: 婚姻登记, 殡葬, 老年人和残疾人福利, 养老机构. */

const MARRIAGE_REGULATION = law('《婚姻登记条例》');
const FUNERAL_REGULATION = law('《殡葬管理条例》');

const couplePhotos = paper('couple-photos', '双方近期半身免冠合影照片', {
  originals: 3,
  size: 'asIs',
  standard: '2 寸红底彩色照片 3 张，双方正面合影',
});

export const marriageRegistration: Matter = matter({
  dept: 'MZ',
  type: 'confirmation',
  serial: 1,
  item: 1,
  name: '内地居民结婚登记',
  handlingType: 'onTheSpot',
  limits: { statutory: onTheSpot, promised: onTheSpot },
  delivery: ['pickup'],
  fee: free,
  conditions: ['男女双方完全自愿', '男女双方均达到法定婚龄', '双方均无配偶，且无直系血亲和三代以内旁系血亲关系', '双方亲自到场'],
  legalBasis: [law('《中华人民共和国民法典》', '第一千零四十九条'), MARRIAGE_REGULATION],
  result: { name: '结婚证（含电子证照）', electronic: true, sample: false },
  materials: [
    idCard('applicant-id-card', '男女双方居民身份证'),
    couplePhotos,
    form('marriage-declaration', '申请结婚登记声明书', {
      originals: 2,
      standard: '双方在婚姻登记员面前亲笔签名，声明无配偶且无禁止结婚的亲属关系',
    }),
  ],
  situations: [
    yesNo('foreign-party', '是否有一方为外国人、港澳台居民或华侨', {
      notApplicable: {
        reason: '涉外及涉港澳台居民、华侨的婚姻登记由省级民政部门确定的婚姻登记机关办理',
        competentAuthority: '省民政厅指定的涉外婚姻登记机关',
      },
    }),
  ],
});

export const marriageCertificateReissue: Matter = matter({
  dept: 'MZ',
  type: 'confirmation',
  serial: 1,
  item: 3,
  name: '补领婚姻登记证',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  delivery: ['pickup'],
  fee: free,
  conditions: ['结婚证、离婚证遗失或者损毁，当事人持有效身份证件申请补领'],
  legalBasis: [MARRIAGE_REGULATION],
  result: { name: '补发的结婚证或离婚证', electronic: true, sample: false },
  materials: [
    idCard(),
    couplePhotos,
    paper('personal-photos', '本人近期半身免冠照片', {
      originals: 2,
      size: 'asIs',
      standard: '2 寸彩色照片 2 张',
      byDefault: false,
    }),
    form('reissue-application', '申请补领婚姻登记证声明书'),
    paper('registration-record-proof', '婚姻登记档案证明', {
      issuer: '原婚姻登记机关或档案保管部门',
      standard: '载明原登记日期和登记字号，加盖公章',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'certificate-type',
      text: '补领证件种类',
      kind: 'single',
      required: true,
      options: [
        { id: 'marriage', label: '结婚证' },
        // A divorce certificate carries the holder's own photo, not a couple's.
        { id: 'divorce', label: '离婚证', effects: { removeMaterials: ['couple-photos'], addMaterials: ['personal-photos'] } },
      ],
    },
    // Records not yet in the national system must be verified with the original office.
    yesNo('record-online', '婚姻登记档案是否可在全国婚姻登记信息系统中查询', {}, {
      addMaterials: ['registration-record-proof'],
      promisedLimit: workingDays(10),
    }),
  ],
});

export const cremation: Matter = matter({
  dept: 'MZ',
  type: 'publicService',
  serial: 1,
  item: 0,
  name: '遗体火化',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'required',
  delivery: ['pickup'],
  fee: free,
  conditions: ['在推行火葬的地区死亡的居民，由其亲属或者所在单位办理火化'],
  legalBasis: [FUNERAL_REGULATION, law('《浙江省殡葬管理条例》')],
  result: { name: '火化证明', electronic: true, sample: true },
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
    paper('deceased-id-card', '死者居民身份证', { copies: 1, originals: 0, standard: '复印件清晰' }),
    form('funeral-service-registration', '遗体火化登记表'),
  ],
  situations: [
    yesNo('abnormal-death', '是否为非正常死亡', {
      removeMaterials: ['death-medical-certificate'],
      addMaterials: ['police-death-certificate'],
    }),
  ],
});

export const funeralSubsidy: Matter = matter({
  dept: 'MZ',
  type: 'benefit',
  serial: 1,
  item: 0,
  name: '惠民殡葬基本服务费用减免',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['死者为本市户籍居民或在本市参加社会保险的人员，遗体在本市殡仪馆火化'],
  legalBasis: [law('《浙江省殡葬管理条例》'), FUNERAL_REGULATION],
  result: { name: '基本殡葬服务费用减免结算单', electronic: true, sample: false },
  materials: [
    idCard(),
    sharedData('cremation-record', '火化信息', '殡仪馆', { standard: '通过殡葬信息系统核验已在本市殡仪馆火化' }),
  ],
  situations: [
    yesNo('eligible-deceased', '死者是否为本市户籍居民或本市参保人员', {}, {
      notApplicable: {
        reason: '死者不属于本市惠民殡葬政策对象',
        competentAuthority: '死者户籍地民政部门',
      },
    }),
  ],
});

export const seniorAllowance: Matter = matter({
  dept: 'MZ',
  type: 'benefit',
  serial: 2,
  item: 0,
  name: '高龄津贴申领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(10) },
  fee: free,
  conditions: ['本市户籍、年满八十周岁的老年人'],
  legalBasis: [law('《中华人民共和国老年人权益保障法》'), law('《浙江省老年人权益保障条例》')],
  result: { name: '高龄津贴发放核定结果', electronic: true, sample: false },
  materials: [idCard(), bankCard('本人银行卡或社会保障卡'), ...agentMaterials],
  situations: [
    yesNo('local-household', '申请人是否为本市户籍', {}, {
      notApplicable: { reason: '高龄津贴由户籍地发放', competentAuthority: '户籍地民政部门' },
    }),
    agentSituation,
  ],
});

export const disabilitySubsidies: Matter = matter({
  dept: 'MZ',
  type: 'benefit',
  serial: 3,
  item: 0,
  name: '困难残疾人生活补贴和重度残疾人护理补贴申领',
  handlingType: 'promised',
  limits: { statutory: null, promised: workingDays(15) },
  fee: free,
  conditions: ['持有第二代残疾人证的本市户籍残疾人，符合困难或重度残疾条件'],
  legalBasis: [law('《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》'), law('《中华人民共和国残疾人保障法》')],
  result: { name: '残疾人两项补贴核定结果', electronic: true, sample: false },
  materials: [
    idCard(),
    eLicence('disability-certificate', '中华人民共和国残疾人证', '残疾人证'),
    sharedData('assistance-status', '最低生活保障或低保边缘家庭认定信息', '民政部门', {
      standard: '通过社会救助信息系统核验',
      byDefault: false,
    }),
    bankCard(),
    form('subsidy-application', '残疾人两项补贴申请审批表'),
    ...agentMaterials,
  ],
  situations: [
    {
      id: 'subsidy',
      text: '申请的补贴',
      kind: 'single',
      required: true,
      options: [
        { id: 'living', label: '困难残疾人生活补贴', effects: { addMaterials: ['assistance-status'] } },
        { id: 'nursing', label: '重度残疾人护理补贴' },
        { id: 'both', label: '两项补贴', effects: { addMaterials: ['assistance-status'] } },
      ],
    },
    agentSituation,
  ],
});

export const elderlyCareFiling: Matter = matter({
  dept: 'MZ',
  type: 'otherPower',
  serial: 1,
  item: 0,
  name: '养老机构备案',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  fee: free,
  conditions: ['已依法办理登记的养老机构，在收住老年人后十个工作日以内备案'],
  legalBasis: [law('《中华人民共和国老年人权益保障法》'), law('《养老机构管理办法》')],
  result: { name: '养老机构备案回执', electronic: true, sample: true },
  applicantKinds: ['legalPerson'],
  materials: [
    form('filing-form', '养老机构备案书'),
    eLicence('registration-certificate', '营业执照或事业单位、民办非企业单位登记证书', '法人登记证书'),
    paper('premises-proof', '服务场所权属或使用证明', { copies: 1, standard: '租赁的须在有效期内' }),
    paper('fire-safety-commitment', '消防安全承诺书', { standard: '法定代表人签字并加盖公章', blankForm: true, sample: true }),
    paper('staff-list', '主要负责人和工作人员名单及资格证明', { standard: '加盖公章' }),
    idCard('handler-id-card', '经办人居民身份证'),
  ],
});

export const civilAffairsMatters: readonly Matter[] = [
  marriageRegistration,
  marriageCertificateReissue,
  cremation,
  funeralSubsidy,
  seniorAllowance,
  disabilitySubsidies,
  elderlyCareFiling,
];
