import type { Matter } from '../schema';
import {
  birthMedicalCertificate,
  businessLicence,
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

/** 卫生健康: 出生医学证明, 预防接种, 死亡医学证明, 执业注册, 公共场所卫生许可, 生育登记. */

export const birthMedicalCertificateIssuance: Matter = matter({
  dept: 'WJ',
  type: 'publicService',
  serial: 1,
  item: 1,
  name: '出生医学证明首次签发',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  delivery: ['pickup'],
  fee: free,
  conditions: ['在本市助产机构出生的新生儿，由父母或监护人申请首次签发'],
  legalBasis: [law('《中华人民共和国母婴保健法》', '第二十三条'), law('《中华人民共和国母婴保健法实施办法》')],
  result: { name: '出生医学证明（含电子证照）', electronic: true, sample: false },
  materials: [
    paper('parents-id-cards', '父母双方居民身份证', {
      originals: 1,
      copies: 1,
      size: 'asIs',
      standard: '到场一方提供原件读卡核验，未到场一方提供复印件；均在有效期内',
    }),
    form('birth-certificate-registration', '出生医学证明首次签发登记表'),
    sharedData('delivery-record', '分娩记录', '助产机构', { standard: '由助产机构信息系统推送，新生儿信息完整' }),
    paper('out-of-hospital-birth-proof', '医疗机构外分娩的亲子鉴定证明及接生情况说明', {
      issuer: '具备资质的司法鉴定机构',
      standard: '亲子鉴定意见书原件；接生人员或见证人签名的情况说明',
      byDefault: false,
    }),
  ],
  situations: [
    // Births outside a hospital need paternity evidence checked before issuing.
    yesNo('born-in-hospital', '新生儿是否在医疗机构内分娩', {}, {
      removeMaterials: ['delivery-record'],
      addMaterials: ['out-of-hospital-birth-proof'],
      promisedLimit: workingDays(20),
    }),
  ],
});

export const vaccinationRecord: Matter = matter({
  dept: 'WJ',
  type: 'publicService',
  serial: 2,
  item: 0,
  name: '预防接种证办理（建立预防接种档案）',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  delivery: ['pickup'],
  fee: free,
  conditions: ['在本市居住的适龄儿童，由监护人办理'],
  legalBasis: [law('《中华人民共和国疫苗管理法》', '第四十七条')],
  result: { name: '预防接种证（含电子接种档案）', electronic: true, sample: false },
  materials: [birthMedicalCertificate(), idCard('guardian-id-card', '监护人居民身份证')],
});

export const deathMedicalCertificateIssuance: Matter = matter({
  dept: 'WJ',
  type: 'publicService',
  serial: 3,
  item: 0,
  name: '居民死亡医学证明（推断）书签发',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  delivery: ['pickup'],
  fee: free,
  conditions: ['在医疗卫生机构内或家中等场所正常死亡的居民'],
  legalBasis: [law('《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》')],
  result: { name: '居民死亡医学证明（推断）书', electronic: true, sample: true },
  materials: [
    idCard(),
    paper('deceased-id-card', '死者居民身份证', { originals: 1, copies: 1, size: 'asIs', standard: '原件核验，留存复印件' }),
    sharedData('medical-records', '死者诊疗记录', '医疗机构', { standard: '由医疗机构信息系统调取' }),
    paper('death-investigation', '死亡调查记录', {
      issuer: '社区卫生服务中心或乡镇卫生院',
      standard: '由辖区基层医疗卫生机构调查后出具，加盖公章',
      byDefault: false,
    }),
  ],
  situations: [
    {
      id: 'death-place',
      text: '死亡地点和情形',
      kind: 'single',
      required: true,
      options: [
        { id: 'in-hospital', label: '在医疗卫生机构内正常死亡' },
        {
          id: 'at-home',
          label: '在家中或其他场所正常死亡',
          effects: { removeMaterials: ['medical-records'], addMaterials: ['death-investigation'] },
        },
        {
          id: 'abnormal',
          label: '非正常死亡',
          effects: {
            notApplicable: {
              reason: '非正常死亡或无法确定是否属于正常死亡的，由公安机关出具死亡证明',
              competentAuthority: '死亡地公安派出所',
            },
          },
        },
      ],
    },
  ],
});

export const physicianRegistration: Matter = matter({
  dept: 'WJ',
  type: 'licensing',
  serial: 1,
  item: 1,
  name: '医师执业注册',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(5) },
  fee: free,
  conditions: ['取得医师资格', '有拟执业的医疗卫生机构', '身体健康，能够胜任医师执业'],
  legalBasis: [law('《中华人民共和国医师法》', '第十四条'), law('《医师执业注册管理办法》')],
  result: { name: '医师执业证书（电子证照）', electronic: true, sample: false },
  materials: [
    idCard(),
    form('registration-application', '医师执业注册申请审核表'),
    paper('qualification-certificate', '医师资格证书', { copies: 1, size: 'asIs', standard: '原件核验，留存复印件' }),
    paper('health-certificate', '近六个月内的健康体检证明', {
      issuer: '县级以上医疗机构',
      standard: '体检结论明确能够胜任医师执业，加盖公章',
    }),
    paper('employment-proof', '拟执业机构的聘用证明', { standard: '加盖拟执业机构公章' }),
  ],
});

export const nurseRegistration: Matter = matter({
  dept: 'WJ',
  type: 'licensing',
  serial: 2,
  item: 1,
  name: '护士执业注册',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(5) },
  fee: free,
  conditions: ['通过国务院卫生主管部门组织的护士执业资格考试', '完成规定学制的护理专业学历教育', '符合健康标准'],
  legalBasis: [law('《护士条例》', '第八条'), law('《护士执业注册管理办法》')],
  result: { name: '护士执业证书（电子证照）', electronic: true, sample: false },
  materials: [
    idCard(),
    form('registration-application', '护士执业注册申请审核表'),
    sharedData('exam-result', '护士执业资格考试成绩合格证明', '国家卫生健康委人才交流服务中心', {
      standard: '通过考试信息系统核验成绩合格',
    }),
    paper('diploma', '护理专业毕业证书', { copies: 1, size: 'asIs', standard: '原件核验，留存复印件' }),
    paper('health-certificate', '近六个月内的健康体检证明', {
      issuer: '二级以上医疗机构',
      standard: '体检结论明确，加盖公章',
    }),
    paper('employment-proof', '拟执业机构的聘用证明', { standard: '加盖拟执业机构公章' }),
    paper('clinical-training-proof', '临床护理实践培训证明', {
      issuer: '培训医疗机构',
      standard: '在教学、综合医院接受三个月临床护理培训并考核合格',
      byDefault: false,
    }),
  ],
  situations: [
    yesNo('exam-over-3-years', '是否在取得考试成绩合格证明三年后申请注册', { addMaterials: ['clinical-training-proof'] }),
  ],
});

export const publicPlaceHygieneLicence: Matter = matter({
  dept: 'WJ',
  type: 'licensing',
  serial: 3,
  item: 1,
  name: '公共场所卫生许可',
  handlingType: 'promised',
  limits: { statutory: workingDays(20), promised: workingDays(7) },
  fee: free,
  conditions: ['经营宾馆、美容美发、游泳场所等公共场所，场所布局和卫生设施符合卫生规范'],
  legalBasis: [law('《公共场所卫生管理条例》'), law('《公共场所卫生管理条例实施细则》')],
  result: { name: '公共场所卫生许可证', electronic: true, sample: true },
  applicantKinds: ['person', 'legalPerson'],
  materials: [
    form('licence-application', '公共场所卫生许可申请表'),
    businessLicence(),
    idCard('legal-rep-id-card', '法定代表人或负责人居民身份证'),
    paper('floor-plan', '经营场所平面布局图及卫生设施设置说明', {
      size: 'A3',
      standard: '标明各功能区面积、卫生设施位置，申请人签字或盖章',
      sample: true,
    }),
    paper('hygiene-rules', '卫生管理制度', { standard: '申请人签字或盖章' }),
    paper('hygiene-inspection', '公共场所卫生检测或评价报告', {
      issuer: '具备资质的检测机构',
      standard: '检测项目齐全，结论为合格',
    }),
    sharedData('staff-health-certificates', '从业人员健康合格证明', '疾病预防控制机构', {
      standard: '通过健康证明信息系统核验从业人员均持有效健康证明',
    }),
    paper('commitment-letter', '公共场所卫生许可告知承诺书', {
      standard: '申请人签字或盖章，承诺在规定期限内补交检测报告并符合许可条件',
      blankForm: true,
      sample: true,
      byDefault: false,
    }),
  ],
  situations: [
    // 告知承诺制: the licence is issued on the spot against a signed commitment.
    yesNo('commitment', '是否选择告知承诺方式办理', {
      addMaterials: ['commitment-letter'],
      removeMaterials: ['hygiene-inspection'],
      promisedLimit: onTheSpot,
    }),
  ],
});

export const childbirthRegistration: Matter = matter({
  dept: 'WJ',
  type: 'publicService',
  serial: 4,
  item: 0,
  name: '生育登记',
  handlingType: 'onTheSpot',
  limits: { statutory: null, promised: onTheSpot },
  appointment: 'none',
  fee: free,
  conditions: ['夫妻一方为本市户籍或在本市居住的育龄夫妻'],
  legalBasis: [law('《中华人民共和国人口与计划生育法》'), law('《浙江省人口与计划生育条例》')],
  result: { name: '生育登记信息', electronic: true, sample: false },
  materials: [idCard(), idCard('spouse-id-card', '配偶居民身份证', { copies: 1 })],
});

export const healthMatters: readonly Matter[] = [
  birthMedicalCertificateIssuance,
  vaccinationRecord,
  deathMedicalCertificateIssuance,
  physicianRegistration,
  nurseRegistration,
  publicPlaceHygieneLicence,
  childbirthRegistration,
];
