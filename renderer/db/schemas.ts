import type { RxJsonSchema } from 'rxdb';
import type { Application } from '../../shared/application/application';
import { APPLICATION_SCHEMA_VERSION } from '../../shared/application/application';

/**
 * RxDB schemas. The zod schemas in shared/ are the contract; these describe the
 * same documents to RxDB (indexes, encryption, versions). test/unit/renderer checks
 * that both list the same fields.
 */
export const applicationRxSchema: RxJsonSchema<Application> = {
  title: 'applications',
  version: APPLICATION_SCHEMA_VERSION,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    hallId: { type: 'string', maxLength: 64 },
    terminalId: { type: 'string', maxLength: 64 },
    // Personal data: stored encrypted at rest (not queryable; lists use listKey).
    applicant: {
      type: 'object',
      properties: { kind: { type: 'string' }, name: { type: 'string' }, residentId: { type: 'string' } },
      required: ['kind', 'name', 'residentId'],
    },
    matter: {
      type: 'object',
      properties: { code: { type: 'string' }, name: { type: 'string' } },
      required: ['code', 'name'],
    },
    createdAt: { type: 'string', maxLength: 40 },
    listKey: { type: 'string', maxLength: 40 },
    hubReceipt: {
      type: 'object',
      properties: { seq: { type: 'number' }, receivedAt: { type: 'string' } },
    },
  },
  required: ['id', 'hallId', 'terminalId', 'applicant', 'matter', 'createdAt', 'listKey'],
  indexes: ['listKey'],
  encrypted: ['applicant'],
};
