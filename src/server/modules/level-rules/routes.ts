import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../http/deps.ts';

export const levelRuleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async () => {};
