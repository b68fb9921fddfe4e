import type { Lang } from '../../domain/validation.ts';

interface SchemaIssue {
  keyword: string;
  params?: Record<string, unknown> | undefined;
  message?: string | undefined;
}

/** A schema (ajv) failure in words the user reads, in their language. */
export function schemaMessage(field: string, v: SchemaIssue, lang: Lang): string {
  const p = v.params ?? {};
  const vi: Record<string, () => string> = {
    required: () => `${field}: bắt buộc nhập`,
    type: () => `${field}: sai kiểu dữ liệu (cần ${typeVi[String(p.type)] ?? p.type})`,
    format: () => (p.format === 'date' ? `${field}: ngày không hợp lệ (định dạng YYYY-MM-DD)` : `${field}: sai định dạng`),
    pattern: () => `${field}: sai định dạng`,
    minimum: () => `${field}: phải từ ${p.limit} trở lên`,
    maximum: () => `${field}: không được lớn hơn ${p.limit}`,
    minLength: () => `${field}: cần ít nhất ${p.limit} ký tự`,
    maxLength: () => `${field}: tối đa ${p.limit} ký tự`,
    anyOf: () => `${field}: không thuộc các giá trị cho phép`,
    const: () => `${field}: không thuộc các giá trị cho phép`,
    enum: () => `${field}: không thuộc các giá trị cho phép`,
  };
  if (lang === 'vi') return (vi[v.keyword] ?? (() => `${field}: giá trị không hợp lệ`))();
  return `${field}: ${v.message ?? 'invalid value'}`;
}

const typeVi: Record<string, string> = {
  integer: 'số nguyên',
  number: 'số',
  string: 'chuỗi ký tự',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
};
