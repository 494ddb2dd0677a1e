/**
 * The people and organisations named on a document, as labelled fields. Identity numbers
 * and personal phone numbers pass through one `Disclosure` so that no builder can print
 * a full number by forgetting to mask it.
 */
import { maskPhone, maskResidentId } from '../identity';
import type { Agent, Authority, Clerk, DocumentApplicant } from './inputs';
import type { Field } from './model';

export interface Disclosure {
  residentId(id: string): string;
  phone(phone: string): string;
}

export const masked: Disclosure = { residentId: maskResidentId, phone: maskPhone };
export const revealed: Disclosure = { residentId: (id) => id, phone: (p) => p };

export function applicantFields(a: DocumentApplicant, show: Disclosure): Field[] {
  if (a.kind === 'person') {
    return [
      { label: '申请人', value: a.name },
      { label: '身份证号码', value: show.residentId(a.residentId) },
      { label: '联系电话', value: show.phone(a.phone) },
      { label: '住址', value: a.address },
    ];
  }
  return [
    { label: '申请单位', value: a.name },
    // Public on the business licence; organisations here are legal persons, not 个体工商户.
    { label: '统一社会信用代码', value: a.creditCode },
    { label: '法定代表人', value: a.legalRepresentative.name },
    { label: '法定代表人身份证号码', value: show.residentId(a.legalRepresentative.residentId) },
    { label: '联系人', value: a.contact.name },
    { label: '联系电话', value: show.phone(a.contact.phone) },
    { label: '地址', value: a.address },
  ];
}

export function agentFields(agent: Agent | undefined, show: Disclosure): Field[] {
  if (agent === undefined) return [];
  const name = agent.relationship === undefined ? agent.name : `${agent.name}（${agent.relationship}）`;
  return [
    { label: '代办人', value: name },
    { label: '代办人身份证号码', value: show.residentId(agent.residentId) },
    { label: '代办人联系电话', value: show.phone(agent.phone) },
  ];
}

/** 你 / 你单位: how a notice addresses the applicant in its body. */
export const addressOf = (a: DocumentApplicant): string => (a.kind === 'person' ? '你' : '你单位');

export const clerkLabel = (c: Clerk): string => `${c.name}（工号 ${c.staffNumber}）`;

export const hallContact = (a: Authority): Field[] => [
  { label: '咨询电话', value: a.phone },
  { label: '办公地址', value: a.address },
];
