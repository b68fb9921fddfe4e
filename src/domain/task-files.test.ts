import { describe, expect, it } from 'vitest';
import { ACCEPT, allowedFile, typeForName } from './task-files.ts';

describe('task report files', () => {
  it('allow PDF, images, office documents and CSV whose name matches the type', () => {
    expect(allowedFile('Báo cáo.PDF', 'application/pdf')).toBe(true);
    expect(allowedFile('anh.jpeg', 'image/jpeg')).toBe(true);
    expect(allowedFile('so-lieu.csv', 'text/csv')).toBe(true);
    expect(allowedFile('x.exe', 'application/pdf')).toBe(false);
    expect(allowedFile('x.exe', 'application/x-msdownload')).toBe(false);
    expect(allowedFile('pdf', 'application/pdf')).toBe(false);
  });

  it('name the type of a file by its ending, for browsers that give none or another', () => {
    expect(typeForName('ke-hoach.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(typeForName('danh-sach.csv')).toBe('text/csv');
    expect(typeForName('virus.exe')).toBeNull();
    expect(ACCEPT).toContain('.xlsx');
  });
});
