/** What a task report may carry: at most five files of 5 MB, of the kinds offices exchange. */
export const MAX_FILES = 5;
export const MAX_MB = 5;
export const MAX_BYTES = MAX_MB * 1024 * 1024;

/** Allowed types and the file name endings that go with each. */
export const ALLOWED_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/csv': ['csv'],
};

const extension = (name: string) => (name.includes('.') ? name.toLowerCase().split('.').pop()! : '');

/** The type a file name stands for, or null when it is not an allowed kind. */
export function typeForName(name: string): string | null {
  const ext = extension(name);
  return Object.entries(ALLOWED_TYPES).find(([, exts]) => exts.includes(ext))?.[0] ?? null;
}

/** A declared type is allowed only for a name with a matching ending (no "report.exe" sent as a PDF). */
export const allowedFile = (name: string, mimeType: string): boolean => ALLOWED_TYPES[mimeType]?.includes(extension(name)) ?? false;

/** For a file input's `accept`. */
export const ACCEPT = Object.values(ALLOWED_TYPES).flat().map((e) => `.${e}`).join(',');
