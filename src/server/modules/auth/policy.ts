/** Who may do what: the one place access rules live. Every route calls these. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';
import { langOf, msg } from '../../http/lang.ts';
import type { UnitRef } from '../../http/common-schema.ts';
import type { Role } from './schema.ts';

export interface Actor {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unit: UnitRef;
  unitPath: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('unauthorized', msg('unauthorized', langOf(req)));
  return req.actor;
}

export function inScope(actor: Actor, unit: { path: string }): boolean {
  return unit.path.startsWith(actor.unitPath);
}

/** 404 rather than 403 outside the scope: a user does not learn what exists elsewhere. */
export function assertInScope(req: FastifyRequest, actor: Actor, unit: { path: string } | undefined): asserts unit {
  if (!unit || !inScope(actor, unit)) throw new AppError('not_found', msg('notFound', langOf(req)));
}

const writers: Role[] = ['admin', 'officer', 'clerk'];
const reviewers: Role[] = ['admin', 'officer'];

export function hasRole(actor: Actor, kind: 'write' | 'review' | 'admin'): boolean {
  return kind === 'write' ? writers.includes(actor.role) : kind === 'review' ? reviewers.includes(actor.role) : actor.role === 'admin';
}

export function assertRole(req: FastifyRequest, actor: Actor, kind: 'write' | 'review' | 'admin'): void {
  if (!hasRole(actor, kind)) throw new AppError('forbidden', msg('forbidden', langOf(req)));
}

export function assertNationalAdmin(req: FastifyRequest, actor: Actor): void {
  if (actor.role !== 'admin' || actor.unit.level !== 0) throw new AppError('forbidden', msg('forbidden', langOf(req)));
}
