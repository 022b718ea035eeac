import { describe, expect, it } from 'vitest';
import { formatBytes, uploadPercent } from '../../ui/upload';
import { ACCEPT, checkFile, extensionOf } from './model';

describe('attachments', () => {
  it('refuses early what the server will refuse', () => {
    expect(checkFile({ name: 'report.pdf', size: 1000 })).toBeNull();
    expect(checkFile({ name: 'Photo.JPEG', size: 1000 })).toBeNull();
    expect(checkFile({ name: 'setup.exe', size: 1000 })).toBe('typeNotAllowed');
    expect(checkFile({ name: 'noextension', size: 1000 })).toBe('typeNotAllowed');
    expect(checkFile({ name: 'empty.txt', size: 0 })).toBe('empty');
    expect(checkFile({ name: 'big.zip', size: 25 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(checkFile({ name: 'big.zip', size: 25 * 1024 * 1024 })).toBeNull();
    expect(checkFile({ name: 'big.zip', size: 6 * 1024 * 1024 }, 5)).toBe('tooLarge');
  });

  it('reads extensions and builds the accept list', () => {
    expect(extensionOf('minutes.final.DOCX')).toBe('docx');
    expect(extensionOf('.hidden')).toBe('');
    expect(ACCEPT).toContain('.pdf');
    expect(ACCEPT).toContain('.webp');
  });

  it('reports progress and sizes', () => {
    expect(uploadPercent(50, 200)).toBe(25);
    expect(uploadPercent(300, 200)).toBe(100);
    expect(uploadPercent(1, 0)).toBe(0);
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });
});
