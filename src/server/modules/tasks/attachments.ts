/** Checks and decodes the files of a task report (rules in domain/task-files.ts). */
import { allowedFile, MAX_BYTES, MAX_FILES, MAX_MB } from '../../../domain/task-files.ts';
import type { FieldError } from '../../http/common-schema.ts';
import type { Lang } from '../../http/lang.ts';
import { tmsg } from './messages.ts';
import type { NewAttachment } from './schema.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface DecodedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/** Decodes the files, or lists what is wrong with each, by field. */
export function checkAttachments(files: NewAttachment[], lang: Lang): { files: DecodedFile[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (files.length > MAX_FILES) errors.push({ field: 'attachments', message: tmsg('tooManyFiles', lang, { max: MAX_FILES }) });
  const out: DecodedFile[] = [];
  files.forEach((f, i) => {
    const name = f.fileName.replace(/[\\/]/g, '_').trim();
    const mimeType = f.mimeType.toLowerCase().split(';')[0]!.trim();
    if (!allowedFile(name, mimeType)) {
      errors.push({ field: `attachments.${i}.mimeType`, message: tmsg('badType', lang, { name }) });
      return;
    }
    const data = f.dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s/g, '');
    if (data.length % 4 !== 0 || !BASE64.test(data)) {
      errors.push({ field: `attachments.${i}.dataBase64`, message: tmsg('badData', lang, { name }) });
      return;
    }
    // the decoded size, known before decoding: 4 characters carry 3 bytes, less the padding
    const bytes = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
    if (bytes > MAX_BYTES) {
      errors.push({ field: `attachments.${i}.dataBase64`, message: tmsg('tooBig', lang, { name, max: MAX_MB }) });
      return;
    }
    const content = Buffer.from(data, 'base64');
    if (!content.length) errors.push({ field: `attachments.${i}.dataBase64`, message: tmsg('emptyFile', lang, { name }) });
    else out.push({ fileName: name, mimeType, content });
  });
  return { files: out, errors };
}
