import type { RxJsonSchema } from 'rxdb';
import type { Application } from '../../shared/application/application';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import type { CaseEvent } from '../../shared/case/case-event';
import type { MaterialRecord } from '../../shared/materials/material-record';
import type { CalendarDoc, CatalogEntry } from '../../shared/sync/reference-docs';
import type { User } from '../../shared/users/user';
import type { IntakeDraft } from '../../shared/drafts/draft';
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

const str = (maxLength?: number): { type: 'string'; maxLength?: number } => (maxLength ? { type: 'string', maxLength } : { type: 'string' });

export const caseEventRxSchema: RxJsonSchema<CaseEvent> = {
  title: 'case_events',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: str(80),
    caseId: str(64),
    hallId: str(64),
    terminalId: str(64),
    type: str(40),
    at: str(40),
    actor: { type: 'object', properties: { kind: str(), ref: str() }, required: ['kind'] },
    note: str(),
  },
  required: ['id', 'caseId', 'hallId', 'type', 'at', 'actor'],
  indexes: ['caseId'],
};

export const materialRxSchema: RxJsonSchema<MaterialRecord> = {
  title: 'materials',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: str(80),
    applicationId: str(64),
    hallId: str(64),
    terminalId: str(64),
    materialCode: str(64),
    name: str(),
    provision: str(),
    originalsSeen: { type: 'integer' },
    copiesReceived: { type: 'integer' },
    files: { type: 'array', items: { type: 'object', properties: { sha256: str(), bytes: { type: 'integer' }, mime: str() } } },
    createdAt: str(40),
  },
  required: ['id', 'applicationId', 'hallId', 'terminalId', 'materialCode', 'name', 'provision', 'originalsSeen', 'copiesReceived', 'files', 'createdAt'],
  indexes: ['applicationId'],
  // Scanned pages, named by SHA-256, encrypted at rest; they travel through the blob queue, not replication.
  attachments: { encrypted: true },
};

export const auditRxSchema: RxJsonSchema<AuditEntry> = {
  title: 'audit',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: str(80),
    hallId: str(64),
    terminalId: str(64),
    seq: { type: 'integer', minimum: 0, maximum: 1e15, multipleOf: 1 },
    at: str(40),
    actor: str(),
    action: str(),
    subject: str(),
    prevHash: str(),
    hash: str(),
  },
  required: ['id', 'hallId', 'terminalId', 'seq', 'at', 'actor', 'action', 'subject', 'prevHash', 'hash'],
  indexes: ['seq'],
};

export const userRxSchema: RxJsonSchema<User> = {
  title: 'users',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: str(64),
    hallId: str(64),
    staffNo: str(32),
    displayName: str(),
    role: str(),
    passwordHash: str(),
    disabled: { type: 'boolean' },
    updatedAt: str(40),
  },
  required: ['id', 'hallId', 'staffNo', 'displayName', 'role', 'passwordHash', 'disabled', 'updatedAt'],
  indexes: ['staffNo'],
};

export const catalogRxSchema: RxJsonSchema<CatalogEntry> = {
  title: 'catalog',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: str(160), version: str(40), kind: str(20), code: str(80), body: { type: 'object', additionalProperties: true } },
  required: ['id', 'version', 'kind', 'code', 'body'],
  indexes: [['version', 'kind']],
};

export const calendarRxSchema: RxJsonSchema<CalendarDoc> = {
  title: 'calendar',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: str(60), version: str(40), body: { type: 'object', additionalProperties: true } },
  required: ['id', 'version', 'body'],
};

export const draftRxSchema: RxJsonSchema<IntakeDraft> = {
  title: 'drafts',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: str(64),
    applicationId: str(64),
    values: { type: 'object', additionalProperties: true },
    updatedAt: str(40),
  },
  required: ['id', 'applicationId', 'values', 'updatedAt'],
  // What the clerk typed about the applicant is personal data.
  encrypted: ['values'],
};
