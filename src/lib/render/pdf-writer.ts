import { deflateSync } from 'node:zlib';

/** A number as PDF writes it: at most three decimals, no exponent. */
export const fmt = (n: number): string => (Math.round(n * 1000) / 1000).toString();

/** Four hex digits: a glyph id or a UTF-16 code unit. */
export const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** A PDF text string: UTF-16BE with a byte-order mark, as hex, so Thai survives. */
export function pdfText(text: string): string {
  let out = '<FEFF';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return `${out}>`;
}

/**
 * Collects numbered PDF objects and writes the file with its
 * cross-reference table. Knows nothing of pages or fonts: the drawing
 * functions and renderPdf build on it.
 */
export class PdfWriter {
  private objects: (Buffer | undefined)[] = [];

  /** A number for an object written later (forward references). */
  reserve(): number {
    this.objects.push(undefined);
    return this.objects.length;
  }

  /** Writes a reserved object. */
  set(ref: number, body: string | Buffer): number {
    this.objects[ref - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
    return ref;
  }

  /** Adds an object; returns its number. */
  add(body: string | Buffer): number {
    return this.set(this.reserve(), body);
  }

  /** Adds a stream object, deflated unless `compress` is false (or the data is already deflated: pass `deflated`). */
  stream(dict: string, data: Uint8Array | string, compress: boolean | 'deflated' = true): number {
    const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    const body = compress === true ? deflateSync(raw, { level: 6 }) : raw;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    return this.add(Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]));
  }

  /** The whole file: header, objects, cross-reference table and trailer. */
  toBuffer(root: number, info: number): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets: number[] = [];
    let length = parts[0]!.length;
    this.objects.forEach((body, i) => {
      if (!body) throw new Error(`PDF object ${i + 1} was reserved but never written`);
      offsets.push(length);
      const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
      parts.push(chunk);
      length += chunk.length;
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(parts);
  }
}
