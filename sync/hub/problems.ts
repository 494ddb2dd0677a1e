import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';
import { problemTitles, type Problem, type ProblemCode } from '../../shared/sync/problem';

/** A failure the hub reports as an RFC 9457 problem with a stable code. */
export class HubProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: Problem['errors'],
  ) {
    super(code);
  }
}

export function problemBody(status: number, code: ProblemCode, detail?: string, errors?: Problem['errors']): Problem {
  return {
    type: `urn:counter:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: problemTitles[code],
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, p: HubProblem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(problemBody(p.status, p.code, p.detail, p.errors));
}

/** Field paths and messages only: values may be personal data and never leave in an error. */
export function validationProblem(error: ZodError, where: string): HubProblem {
  const errors = error.issues.slice(0, 20).map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  return new HubProblem(422, 'VALIDATION_FAILED', `${errors.length} 处不符合要求`, errors);
}
