/**
 * Creates a user on a real deployment (no default passwords outside demo mode):
 *   npm run create-admin -- --username admin --unit VN --name "Quản trị hệ thống" [--role admin]
 * The password is read from ADMIN_PASSWORD or asked for on the terminal.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../env.ts';
import { migrate } from '../db/migrate.ts';
import { seed } from '../db/seed/index.ts';
import { unitIdByCode } from '../db/seed/demo.ts';
import { createUser } from '../modules/auth/service.ts';
import { openDb } from '../db/open.ts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    unit: { type: 'string', default: 'VN' },
    name: { type: 'string', default: 'Quản trị hệ thống' },
    role: { type: 'string', default: 'admin' },
  },
});

const roles = ['admin', 'officer', 'clerk', 'viewer'] as const;
const role = roles.find((r) => r === values.role);
if (!values.username || !role) {
  console.error('Usage: npm run create-admin -- --username NAME [--unit GSO_CODE] [--name "Full name"] [--role admin|officer|clerk|viewer]');
  process.exit(2);
}

let password = process.env.ADMIN_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Mật khẩu (ít nhất 10 ký tự): ');
  rl.close();
}
if (password.length < 10) {
  console.error('Mật khẩu phải có ít nhất 10 ký tự / the password needs at least 10 characters');
  process.exit(2);
}

const config = loadConfig();
const db = await openDb(config.databaseUrl, config.dataDir);
try {
  await migrate(db);
  await seed(db, { demo: config.demo, log: console.log });
  const unitId = await unitIdByCode(db, values.unit!);
  const id = await db.transaction((tx) =>
    createUser(tx, null, { username: values.username!, password, fullName: values.name!, role, unitId }),
  );
  console.log(`Đã tạo tài khoản ${values.username} (id ${id}, ${role}, đơn vị ${values.unit})`);
} finally {
  await db.close();
}
