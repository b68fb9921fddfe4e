import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data/db' }),
  DEMO: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  SESSION_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 12 }),
  // the join link of a new conference; {room} is replaced by a room name of its own. Empty: none
  CONFERENCE_LINK_PATTERN: Type.String({ default: 'https://meet.jit.si/{room}' }),
  // reminders by email when set, e.g. smtp://user:password@mail.example.gov.vn:587
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'EpiCenter <no-reply@epicenter.local>' }),
  // the address users open the app at, for links in emails, e.g. https://epicenter.soyte.gov.vn
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  // the public portal (/api/public/*): requests per IP per minute, reply cache, small-count rule
  PUBLIC_RATE_LIMIT: Type.Integer({ minimum: 1, default: 600 }),
  PUBLIC_CACHE_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 60 }),
  PUBLIC_SMALL_COUNT: Type.Integer({ minimum: 0, maximum: 100, default: 5 }),
  PUBLIC_SMALL_COUNT_LEVEL: Type.Integer({ minimum: 1, maximum: 3, default: 3 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Demo mode seeds the demo epidemic and demo users; on by default only on the embedded database. */
  demo: boolean;
  sessionHours: number;
  /** null: conferences get no generated link (the host may type one) */
  conferenceLinkPattern: string | null;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** without a trailing slash; emails carry no link when unset */
  publicUrl: string | undefined;
  logLevel: Static<typeof EnvSchema>['LOG_LEVEL'];
  /** requests per IP per minute to /api/public/* */
  publicRateLimit: number;
  /** how long a public reply is reused (0 = computed for every request) */
  publicCacheSeconds: number;
  /** public counts of people from 1 to below this are shown as "<n" (0 = off) … */
  publicSmallCount: number;
  /** … for units at this level and below (3 = communes, 2 = districts and communes) */
  publicSmallCountLevel: number;
}

/** Reads the environment; throws one message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(EnvSchema.properties).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const value = Value.Default(EnvSchema, Value.Convert(EnvSchema, picked));
  const errors = [...Value.Errors(EnvSchema, value)];
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.path.slice(1) || '(root)'}=${JSON.stringify(e.value)}: ${e.message}`);
    throw new Error(`Invalid environment:\n${[...new Set(lines)].join('\n')}`);
  }
  const v = value as Static<typeof EnvSchema>;
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    demo: v.DEMO ? v.DEMO === 'true' : !v.DATABASE_URL,
    sessionHours: v.SESSION_HOURS,
    conferenceLinkPattern: env.CONFERENCE_LINK_PATTERN === '' ? null : v.CONFERENCE_LINK_PATTERN,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: v.LOG_LEVEL,
    publicRateLimit: v.PUBLIC_RATE_LIMIT,
    publicCacheSeconds: v.PUBLIC_CACHE_SECONDS,
    publicSmallCount: v.PUBLIC_SMALL_COUNT,
    publicSmallCountLevel: v.PUBLIC_SMALL_COUNT_LEVEL,
  };
}
