import { matterTypeCodes } from '../../../../shared/catalog/codes';
import type { Matter } from '../../../../shared/catalog/schema';
import { MATTER_TYPES } from '../../../../shared/catalog/vocabulary';

/**
 * A large, deterministic catalog for search tests and benchmarks: realistic Chinese
 * matter names built from object × action × qualifier (40 × 25 × 10 = 10,000 distinct
 * names), spread over 20 departments. Shared by test/unit and test/bench.
 */

const OBJECTS = [
  '建设工程', '道路运输', '排污', '取水', '林木采伐', '渔业捕捞', '烟草专卖零售', '文物保护工程', '户外广告设置', '旅行社',
  '互联网上网服务营业场所', '娱乐场所', '特种设备使用', '燃气经营', '危险化学品经营', '建筑业企业资质', '房地产开发企业资质',
  '物业服务', '出版物零售', '印刷经营', '医疗机构执业', '放射诊疗', '母婴保健技术服务', '消毒产品生产企业卫生',
  '生活饮用水供水单位卫生', '民办学校办学', '职业技能培训机构', '人力资源服务', '劳务派遣经营', '道路货物运输经营',
  '机动车维修经营', '船舶登记', '港口经营', '植物检疫', '动物防疫条件', '兽药经营', '农药经营', '农作物种子生产经营',
  '生猪定点屠宰', '城市绿地占用',
];
const ACTIONS = [
  '许可', '许可变更', '许可延续', '许可注销', '许可证补办', '备案', '备案变更', '资质认定', '资质延续', '年度报告',
  '检查登记', '证明开具', '信息查询', '登记', '变更登记', '注销登记', '核准', '审批', '审核', '确认', '证书换发',
  '证书补发', '临时许可', '迁址审批', '名称变更',
];
const QUALIFIERS = ['', '（首次）', '（个人）', '（企业）', '（分支机构）', '（跨区域）', '（临时）', '（延期）', '（简易程序）', '（告知承诺）'];
const DEPARTMENTS = [
  ['JT', '杭州市交通运输局'], ['ZJ', '杭州市住房和城乡建设局'], ['SL', '杭州市林业水利局'], ['NY', '杭州市农业农村局'],
  ['WH', '杭州市文化广电旅游局'], ['JY', '杭州市教育局'], ['ST', '杭州市生态环境局'], ['YJ', '杭州市应急管理局'],
  ['CG', '杭州市城市管理局'], ['SZ', '杭州市商务局'], ['KJ', '杭州市科学技术局'], ['JX', '杭州市经济和信息化局'],
  ['TY', '杭州市体育局'], ['SF', '杭州市司法局'], ['TJ', '杭州市统计局'], ['DA', '杭州市档案馆'],
  ['QX', '杭州市气象局'], ['YC', '杭州市烟草专卖局'], ['HY', '杭州市海洋与渔业局'], ['RF', '杭州市人民防空办公室'],
] as const;

/** Deterministic PRNG (mulberry32) so every run builds the same catalog. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticMatterSpec {
  name: string;
  departmentCode: string;
  departmentName: string;
  serial: number;
  item?: number;
}

export function syntheticMatter(spec: SyntheticMatterSpec, typeIndex = 0): Matter {
  const type = MATTER_TYPES[typeIndex % MATTER_TYPES.length] ?? 'publicService';
  const basic = `${spec.departmentCode}-${matterTypeCodes[type]}-${String(spec.serial % 10000).padStart(4, '0')}`;
  return {
    code: { basic, implementation: `330100-${basic}-${String(spec.item ?? 0).padStart(2, '0')}` },
    name: spec.name,
    type,
    department: { code: spec.departmentCode, name: spec.departmentName },
    handlingType: 'promised',
    limits: { statutory: { unit: 'workingDays', days: 20 }, promised: { unit: 'workingDays', days: 5 } },
    delivery: ['pickup', 'post'],
    appointment: 'optional',
    fee: { kind: 'free' },
    conditions: ['符合法定条件'],
    legalBasis: [{ name: '《中华人民共和国行政许可法》' }],
    result: { name: `${spec.name}结果文书`, electronic: true, sample: false },
    applicantKinds: ['person', 'legalPerson'],
    materials: [
      {
        id: 'application',
        name: '申请书',
        necessity: 'required',
        form: { originals: 1, copies: 0 },
        paperSize: 'A4',
        source: { channel: 'applicant' },
        acceptanceStandard: '填写完整，申请人签名',
        blankForm: true,
        sample: true,
        appliesByDefault: true,
      },
    ],
    situations: [],
    version: 1,
  };
}

/** `count` synthetic matters (at most 10,000 distinct names), in a shuffled but fixed order. */
export function syntheticMatters(count: number, seed = 20250601): Matter[] {
  const random = seededRandom(seed);
  const out: Matter[] = [];
  let n = 0;
  for (const q of QUALIFIERS) {
    for (const a of ACTIONS) {
      for (const o of OBJECTS) {
        if (n >= count) break;
        const [code, name] = DEPARTMENTS[n % DEPARTMENTS.length] as readonly [string, string];
        // Serial and item together keep implementation codes unique within a department.
        out.push(
          syntheticMatter(
            { name: `${o}${a}${q}`, departmentCode: code, departmentName: name, serial: Math.floor(n / 20) % 10000, item: Math.floor(n / 200000) },
            n,
          ),
        );
        n++;
      }
    }
  }
  // Fisher–Yates with the seeded generator: catalog order must not favour any name.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as Matter, out[i] as Matter];
  }
  return out;
}
