import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { fmt, pdfText, PdfWriter } from './pdf-writer';

describe('PdfWriter', () => {
  it('writes objects with a cross-reference table whose offsets point at them', () => {
    const doc = new PdfWriter();
    const later = doc.reserve();
    const first = doc.add('<< /A 1 >>');
    doc.set(later, '<< /B 2 >>');
    const file = doc.toBuffer(later, first).toString('latin1');
    const offsets = [...file.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(2);
    expect(file.slice(offsets[0], offsets[0]! + 8)).toBe('1 0 obj\n');
    expect(file.slice(offsets[1], offsets[1]! + 8)).toBe('2 0 obj\n');
    const startxref = Number(/startxref\n(\d+)/.exec(file)![1]);
    expect(file.slice(startxref, startxref + 4)).toBe('xref');
    expect(file).toContain('/Root 1 0 R /Info 2 0 R');
  });

  it('refuses to write a file with a reserved object never written', () => {
    const doc = new PdfWriter();
    doc.reserve();
    expect(() => doc.toBuffer(1, 1)).toThrow(/reserved but never written/);
  });

  it('deflates streams, or takes already deflated data as it is', () => {
    const doc = new PdfWriter();
    doc.stream('', 'q 1 0 0 1 0 0 cm Q');
    const file = doc.toBuffer(1, 1);
    const data = file.subarray(file.indexOf('stream\n') + 7, file.indexOf('\nendstream'));
    expect(inflateSync(data).toString()).toBe('q 1 0 0 1 0 0 cm Q');
    expect(file.toString('latin1')).toContain(`/Filter /FlateDecode /Length ${data.length}`);
  });
});

describe('pdfText and fmt', () => {
  it('writes Thai as UTF-16BE hex with a byte-order mark, and numbers without exponents', () => {
    expect(pdfText('ก A')).toBe('<FEFF0e0100200041>');
    expect(fmt(1 / 3)).toBe('0.333');
    expect(fmt(1e-7)).toBe('0');
  });
});
