import { z } from 'zod';
import {
  BASIC_CODE_PATTERN,
  BUNDLE_CODE_PATTERN,
  DEPARTMENT_CODE_PATTERN,
  IMPLEMENTATION_CODE_PATTERN,
  matterTypeCodes,
  parseBasicCode,
  parseImplementationCode,
} from './codes';
import {
  APPLICANT_KINDS,
  APPOINTMENT_POLICIES,
  DELIVERY_OPTIONS,
  HANDLING_TYPES,
  MATTER_TYPES,
  NECESSITIES,
  PAPER_SIZES,
  QUESTION_KINDS,
  YES_NO_OPTION_IDS,
} from './vocabulary';
import type { MaterialFormKind } from './vocabulary';

/*
 * The catalog model. Shapes are checked field by field; the rules that span fields
 * (a situation naming a material that does not exist, a bundle naming a missing matter,
 * an e-licence material demanded on paper) are checked in superRefine with Chinese
 * messages, because the people who fix catalog data read Chinese.
 *
 * Unknown keys are stripped rather than rejected so an older terminal still loads a
 * catalog from a newer hub that added fields.
 */

const text = z.string().trim().min(1);
/** Material, question and option ids: short ASCII slugs, stable across catalog versions. */
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, '编号只能由小写字母、数字和连字符组成，且以字母开头');
const implementationCode = z.string().regex(IMPLEMENTATION_CODE_PATTERN, '事项实施编码格式应为 330100-GA-QR-0001-01');
const count = z.number().int().min(0).max(99);

export const timeLimitSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('onTheSpot') }),
  z.object({ unit: z.literal('workingDays'), days: z.number().int().positive().max(365) }),
  z.object({ unit: z.literal('naturalDays'), days: z.number().int().positive().max(730) }),
]);
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** Fees in integer fen (分): money is never a float. */
export const feeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('charged'),
    items: z
      .array(
        z.object({
          name: text,
          amountFen: z.number().int().positive(),
          /** What the amount is per, e.g. 每件, 每本. */
          per: text,
          /** The case the item applies to (e.g. 住宅 / 非住宅); absent: always charged. */
          appliesWhen: text.optional(),
          basis: text,
        }),
      )
      .min(1),
  }),
]);
export type Fee = z.infer<typeof feeSchema>;

export const departmentSchema = z.object({
  code: z.string().regex(DEPARTMENT_CODE_PATTERN, '部门编码应为 2–3 位大写字母'),
  name: text,
});
export type Department = z.infer<typeof departmentSchema>;

export const materialSourceSchema = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('applicant') }),
  /** Issued by a department or institution (e.g. 出生医学证明 by the hospital). */
  z.object({ channel: z.literal('department'), issuer: text }),
  /** Fetched from the e-licence library (电子证照库): never asked for on paper. */
  z.object({ channel: z.literal('eLicence'), licence: text }),
]);
export type MaterialSource = z.infer<typeof materialSourceSchema>;

export const materialFormSchema = z.object({ originals: count, copies: count });
export type MaterialForm = z.infer<typeof materialFormSchema>;

/** 原件 / 复印件 / both: kept as counts in the data so the kind can never contradict them. */
export function materialFormKind(form: MaterialForm): MaterialFormKind | null {
  if (form.originals > 0) return form.copies > 0 ? 'both' : 'original';
  return form.copies > 0 ? 'copy' : null;
}

export const materialSchema = z
  .object({
    id: slug,
    name: text,
    necessity: z.enum(NECESSITIES),
    /** Paper to hand over; absent exactly when nothing is handed over (e-licence, 信息免交). */
    form: materialFormSchema.optional(),
    paperSize: z.enum(PAPER_SIZES).optional(),
    source: materialSourceSchema,
    acceptanceStandard: text,
    blankForm: z.boolean(),
    sample: z.boolean(),
    /** False for materials that only a situation answer brings in. */
    appliesByDefault: z.boolean(),
  })
  .superRefine((m, ctx) => {
    const noPaper = m.source.channel === 'eLicence' || m.necessity === 'dataShared';
    if (noPaper && (m.form !== undefined || m.paperSize !== undefined)) {
      const why = m.source.channel === 'eLicence' ? '来源为电子证照' : '为信息免交';
      ctx.addIssue({ code: 'custom', path: ['form'], message: `材料「${m.name}」${why}，不得要求提交纸质材料（应免提交）` });
    }
    if (!noPaper) {
      if (m.form === undefined) {
        ctx.addIssue({ code: 'custom', path: ['form'], message: `材料「${m.name}」须写明原件、复印件份数` });
      } else if (m.form.originals + m.form.copies === 0) {
        ctx.addIssue({ code: 'custom', path: ['form'], message: `材料「${m.name}」原件和复印件份数不能同时为 0` });
      }
    }
  });
export type Material = z.infer<typeof materialSchema>;

export const situationEffectsSchema = z.object({
  addMaterials: z.array(slug).optional(),
  removeMaterials: z.array(slug).optional(),
  /** Replaces the promised limit; when several answers do, the longest wins. */
  promisedLimit: timeLimitSchema.optional(),
  /** This answer means the matter is not handled here (→ 不予受理, naming who is competent). */
  notApplicable: z.object({ reason: text, competentAuthority: text.optional() }).optional(),
});
export type SituationEffects = z.infer<typeof situationEffectsSchema>;

export const situationOptionSchema = z.object({
  id: slug,
  label: text,
  effects: situationEffectsSchema.optional(),
});
export type SituationOption = z.infer<typeof situationOptionSchema>;

export const situationSchema = z
  .object({
    id: slug,
    text,
    kind: z.enum(QUESTION_KINDS),
    required: z.boolean(),
    /** Asked only when an earlier question got one of these options. */
    askedWhen: z.object({ question: slug, options: z.array(slug).min(1) }).optional(),
    options: z.array(situationOptionSchema).min(2),
  })
  .superRefine((s, ctx) => {
    const ids = s.options.map((o) => o.id);
    duplicates(ids).forEach((id) =>
      ctx.addIssue({ code: 'custom', path: ['options'], message: `情形「${s.text}」的选项编号 ${id} 重复` }),
    );
    if (s.kind === 'yesNo' && (ids.length !== 2 || !YES_NO_OPTION_IDS.every((y) => ids.includes(y)))) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `是否题「${s.text}」的选项编号必须恰为 yes 和 no` });
    }
  });
export type Situation = z.infer<typeof situationSchema>;

const matterShape = z.object({
  code: z.object({
    basic: z.string().regex(BASIC_CODE_PATTERN, '事项基本编码格式应为 GA-QR-0001'),
    implementation: implementationCode,
  }),
  name: text,
  type: z.enum(MATTER_TYPES),
  department: departmentSchema,
  handlingType: z.enum(HANDLING_TYPES),
  limits: z.object({
    /** Null where no law sets a limit (many public services). */
    statutory: timeLimitSchema.nullable(),
    promised: timeLimitSchema,
  }),
  delivery: z.array(z.enum(DELIVERY_OPTIONS)).min(1),
  appointment: z.enum(APPOINTMENT_POLICIES),
  fee: feeSchema,
  conditions: z.array(text).min(1),
  legalBasis: z.array(z.object({ name: text, article: text.optional() })).min(1),
  result: z.object({ name: text, electronic: z.boolean(), sample: z.boolean() }),
  applicantKinds: z.array(z.enum(APPLICANT_KINDS)).min(1),
  materials: z.array(materialSchema).min(1),
  situations: z.array(situationSchema),
  /** Bumped on every change; an application records the version it was taken under. */
  version: z.number().int().positive(),
});
type MatterShape = z.infer<typeof matterShape>;
export const matterSchema = matterShape.superRefine((m, ctx) => checkMatter(m, ctx));
export type Matter = z.infer<typeof matterSchema>;

export const sharedMaterialSchema = z.object({
  id: slug,
  name: text,
  /** The same document in each component matter: handed over once for the bundle. */
  members: z.array(z.object({ matter: implementationCode, material: slug })).min(2),
});
export type SharedMaterial = z.infer<typeof sharedMaterialSchema>;

export const bundleSchema = z
  .object({
    code: z.string().regex(BUNDLE_CODE_PATTERN, '一件事编码格式应为 330100-YJS-001'),
    name: text,
    description: text,
    components: z.array(z.object({ matter: implementationCode, optional: z.boolean() })).min(2),
    sharedMaterials: z.array(sharedMaterialSchema),
  })
  .superRefine((b, ctx) => {
    const label = `一件事 ${b.code}「${b.name}」`;
    const components = b.components.map((c) => c.matter);
    duplicates(components).forEach((c) =>
      ctx.addIssue({ code: 'custom', path: ['components'], message: `${label}的组成事项 ${c} 重复` }),
    );
    duplicates(b.sharedMaterials.map((s) => s.id)).forEach((id) =>
      ctx.addIssue({ code: 'custom', path: ['sharedMaterials'], message: `${label}的共享材料编号 ${id} 重复` }),
    );
    const seen = new Set<string>();
    b.sharedMaterials.forEach((s, i) => {
      duplicates(s.members.map((mem) => mem.matter)).forEach((c) =>
        ctx.addIssue({
          code: 'custom',
          path: ['sharedMaterials', i, 'members'],
          message: `${label}的共享材料「${s.name}」在事项 ${c} 中列了两次`,
        }),
      );
      s.members.forEach((mem, j) => {
        if (!components.includes(mem.matter)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sharedMaterials', i, 'members', j, 'matter'],
            message: `${label}的共享材料「${s.name}」引用的事项 ${mem.matter} 不是该一件事的组成事项`,
          });
        }
        const key = `${mem.matter}/${mem.material}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sharedMaterials', i, 'members', j],
            message: `${label}中材料 ${key} 属于多个共享材料组`,
          });
        }
        seen.add(key);
      });
    });
  });
export type Bundle = z.infer<typeof bundleSchema>;

export const catalogSchema = z
  .object({
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/, '目录版本号格式不正确'),
    publishedOn: z.iso.date(),
    matters: z.array(matterSchema).min(1),
    bundles: z.array(bundleSchema),
  })
  .superRefine((c, ctx) => {
    const byCode = new Map<string, Matter>();
    c.matters.forEach((m, i) => {
      if (byCode.has(m.code.implementation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['matters', i, 'code', 'implementation'],
          message: `事项实施编码 ${m.code.implementation} 重复（「${m.name}」）`,
        });
      }
      byCode.set(m.code.implementation, m);
    });
    duplicates(c.bundles.map((b) => b.code)).forEach((code) =>
      ctx.addIssue({ code: 'custom', path: ['bundles'], message: `一件事编码 ${code} 重复` }),
    );
    c.bundles.forEach((b, i) => {
      const label = `一件事 ${b.code}「${b.name}」`;
      b.components.forEach((comp, j) => {
        if (!byCode.has(comp.matter)) {
          ctx.addIssue({
            code: 'custom',
            path: ['bundles', i, 'components', j, 'matter'],
            message: `${label}的组成事项 ${comp.matter} 不在本目录中`,
          });
        }
      });
      b.sharedMaterials.forEach((s, j) =>
        s.members.forEach((mem, k) => {
          const matter = byCode.get(mem.matter);
          if (matter && !matter.materials.some((mat) => mat.id === mem.material)) {
            ctx.addIssue({
              code: 'custom',
              path: ['bundles', i, 'sharedMaterials', j, 'members', k, 'material'],
              message: `${label}的共享材料「${s.name}」引用的材料 ${mem.material} 不在事项「${matter.name}」中`,
            });
          }
        }),
      );
    });
  });
export type CatalogVersion = z.infer<typeof catalogSchema>;

/** The key of a matter everywhere else (bundles, applications, search results). */
export const matterKey = (m: Pick<Matter, 'code'>): string => m.code.implementation;

type RefinementCtx = { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void };

function checkMatter(m: MatterShape, ctx: RefinementCtx): void {
  const label = `事项「${m.name}」`;
  const issue = (path: (string | number)[], message: string): void =>
    ctx.addIssue({ code: 'custom', path, message: `${label}${message}` });

  checkCodes(m, issue);

  const materialIds = new Set(m.materials.map((x) => x.id));
  duplicates(m.materials.map((x) => x.id)).forEach((id) => issue(['materials'], `的材料编号 ${id} 重复`));
  duplicates(m.situations.map((s) => s.id)).forEach((id) => issue(['situations'], `的情形编号 ${id} 重复`));

  if ((m.handlingType === 'onTheSpot') !== (m.limits.promised.unit === 'onTheSpot')) {
    issue(['limits', 'promised'], '：即办件的承诺时限应为当场办结，非即办件不应为当场办结');
  }
  checkLimitAgainstStatutory(m.limits.promised, m.limits.statutory, ['limits', 'promised'], issue);

  const promisedDayUnits = new Set<string>();
  if (m.limits.promised.unit !== 'onTheSpot') promisedDayUnits.add(m.limits.promised.unit);

  const addedSomewhere = new Set<string>();
  m.situations.forEach((s, i) => {
    if (s.askedWhen) {
      const earlier = m.situations.slice(0, i).find((p) => p.id === s.askedWhen?.question);
      if (!earlier) {
        issue(['situations', i, 'askedWhen'], `的情形「${s.text}」依赖的问题 ${s.askedWhen.question} 不存在或不在其之前`);
      } else {
        s.askedWhen.options
          .filter((o) => !earlier.options.some((eo) => eo.id === o))
          .forEach((o) => issue(['situations', i, 'askedWhen'], `的情形「${s.text}」依赖的选项 ${o} 不存在`));
      }
    }
    s.options.forEach((o, j) => {
      const at = ['situations', i, 'options', j, 'effects'];
      const effects = o.effects;
      if (!effects) return;
      for (const key of ['addMaterials', 'removeMaterials'] as const) {
        (effects[key] ?? []).forEach((id, k) => {
          if (!materialIds.has(id)) issue([...at, key, k], `的情形「${s.text}」选项「${o.label}」引用的材料 ${id} 不存在`);
          if (key === 'addMaterials') addedSomewhere.add(id);
        });
      }
      if (effects.promisedLimit) {
        checkLimitAgainstStatutory(effects.promisedLimit, m.limits.statutory, [...at, 'promisedLimit'], issue);
        if (effects.promisedLimit.unit !== 'onTheSpot') promisedDayUnits.add(effects.promisedLimit.unit);
      }
    });
  });
  // One day unit per matter, so "the longest promise wins" compares like with like.
  if (promisedDayUnits.size > 1) issue(['limits', 'promised'], '的承诺时限混用了工作日和自然日');

  m.materials.forEach((mat, i) => {
    if (!mat.appliesByDefault && !addedSomewhere.has(mat.id)) {
      issue(['materials', i, 'appliesByDefault'], `的材料「${mat.name}」默认不适用，但没有任何情形会添加它`);
    }
  });
}

function checkCodes(m: MatterShape, issue: (path: (string | number)[], message: string) => void): void {
  const impl = parseImplementationCode(m.code.implementation);
  const basic = parseBasicCode(m.code.basic);
  if (!impl || !basic) return; // the field regexes already reported it
  if (impl.basic !== m.code.basic) {
    issue(['code', 'implementation'], `的实施编码 ${m.code.implementation} 与基本编码 ${m.code.basic} 不一致`);
  }
  if (basic.department !== m.department.code) {
    issue(['code', 'basic'], `的基本编码部门段 ${basic.department} 与实施部门编码 ${m.department.code} 不一致`);
  }
  if (basic.typeCode !== matterTypeCodes[m.type]) {
    issue(['code', 'basic'], `的基本编码类型段 ${basic.typeCode} 与事项类型不符（应为 ${matterTypeCodes[m.type]}）`);
  }
}

function checkLimitAgainstStatutory(
  limit: TimeLimit,
  statutory: TimeLimit | null,
  path: (string | number)[],
  issue: (path: (string | number)[], message: string) => void,
): void {
  if (!statutory || limit.unit === 'onTheSpot') return;
  if (statutory.unit === 'onTheSpot') {
    issue(path, '的承诺时限超过了法定时限（法定为当场办结）');
  } else if (statutory.unit === limit.unit && limit.days > statutory.days) {
    issue(path, `的承诺时限 ${limit.days} 天超过了法定时限 ${statutory.days} 天`);
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}
