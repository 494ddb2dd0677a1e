import { z } from 'zod';

/**
 * Errors on the wire are RFC 9457 problem documents with a stable `code`.
 * Clients branch on `code`, people read `title`/`detail` (Chinese).
 */
export const problemCodes = [
  'MALFORMED_BODY',
  'VALIDATION_FAILED',
  'BAD_CHECKPOINT',
  'UNKNOWN_COLLECTION',
  'UNAUTHENTICATED',
  'TOKEN_REVOKED',
  'TOKEN_EXPIRED',
  'WRONG_HALL',
  'FORBIDDEN_COLLECTION',
  'BATCH_TOO_LARGE',
  'BODY_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'ENROLMENT_CODE_INVALID',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNSUPPORTED_MEDIA_TYPE',
  'FORBIDDEN',
  'CASE_NOT_FOUND',
  'CATALOG_INVALID',
  'CATALOG_VERSION_EXISTS',
  'CALENDAR_INVALID',
  'BLOB_DIGEST_MISMATCH',
  'BLOB_TOO_LARGE',
  'BLOB_NOT_FOUND',
  'INTERNAL',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(problemCodes),
  detail: z.string().optional(),
  /** Field-level reasons for VALIDATION_FAILED: path and message, never the offending values (they may be personal data). */
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const problemTitles: Record<ProblemCode, string> = {
  MALFORMED_BODY: '请求内容不是有效的 JSON',
  VALIDATION_FAILED: '请求内容未通过校验',
  BAD_CHECKPOINT: '同步检查点无效',
  UNKNOWN_COLLECTION: '未知的数据集合',
  UNAUTHENTICATED: '终端未登记或令牌无效',
  TOKEN_REVOKED: '终端令牌已被吊销',
  TOKEN_EXPIRED: '终端令牌已过期',
  WRONG_HALL: '无权访问其他大厅的数据',
  FORBIDDEN_COLLECTION: '终端不能写入该数据集合',
  BATCH_TOO_LARGE: '一批提交的记录过多',
  BODY_TOO_LARGE: '请求内容过大',
  DOCUMENT_TOO_LARGE: '单条记录过大',
  ENROLMENT_CODE_INVALID: '登记码无效或已使用',
  NOT_FOUND: '地址不存在',
  METHOD_NOT_ALLOWED: '不支持的请求方法',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  FORBIDDEN: '无权执行该操作',
  CASE_NOT_FOUND: '办件不存在',
  CATALOG_INVALID: '事项目录数据未通过校验',
  CATALOG_VERSION_EXISTS: '该版本的事项目录已导入',
  CALENDAR_INVALID: '工作日历数据未通过校验',
  BLOB_DIGEST_MISMATCH: '文件校验值不符',
  BLOB_TOO_LARGE: '文件过大',
  BLOB_NOT_FOUND: '文件不存在',
  INTERNAL: '中心服务内部错误',
};
