/**
 * Baseline JPEG splicing: most of an LGO's share image is the same for every
 * LGO (background, campaign text, address band); only the rows with its name
 * differ. Those rows are encoded on their own and their Huffman-coded blocks
 * spliced between the reference image's: the result is the very file a full
 * encode of the image makes (same tables, same blocks, same bits), for the
 * cost of encoding a strip.
 *
 * A baseline scan codes each block's DC coefficient as a difference from the
 * block before it of the same component, so at each seam the first block of
 * every component is coded again with the right difference. Everything else
 * is copied bit for bit. Anything unexpected (restart markers, progressive or
 * differing tables) makes the caller fall back to a full encode.
 */

/** One component of the frame, with its Huffman tables for the scan. */
interface Component {
  id: number;
  h: number;
  v: number;
  dc: HuffmanTable;
  ac: HuffmanTable;
}

interface HuffmanTable {
  /** Code for each symbol: [code, length]; undefined if the table has no such symbol. */
  encode: Map<number, [number, number]>;
  /** Canonical decoding (JPEG F.2.2.3): per length, the largest code, the first code's index, and the symbols. */
  maxCode: Int32Array;
  valPtr: Int32Array;
  minCode: Int32Array;
  values: Uint8Array;
  /** Fast path: the next 9 bits → (symbol << 8 | length), 0 if longer. */
  fast: Uint16Array;
}

/** A parsed baseline JPEG: its header segments and its scan as plain (unstuffed) bits. */
export interface ParsedJpeg {
  width: number;
  height: number;
  /** The file from its start through the scan header: tables and frame (with this file's size). */
  header: Buffer;
  /** The tables and frame layout, byte for byte: two files can be spliced only when these agree. */
  tablesKey: string;
  components: Component[];
  mcuHeight: number;
  mcusPerRow: number;
  mcuRows: number;
  /** Scan data without byte stuffing. */
  bits: Uint8Array;
  /** Bits the scan's blocks take (the rest of the last byte is padding). */
  bitLength: number;
  /** Per MCU row: the bit where it starts and the DC predictors (per component) before it. */
  rowStart: number[];
  rowPredictors: number[][];
  /** DC predictors after the last block. */
  endPredictors: number[];
}

const FAST_BITS = 9;

function huffmanTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const maxCode = new Int32Array(18).fill(-1);
  const valPtr = new Int32Array(17);
  const minCode = new Int32Array(17);
  const encode = new Map<number, [number, number]>();
  const fast = new Uint16Array(1 << FAST_BITS);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    valPtr[length] = k;
    minCode[length] = code;
    for (let i = 0; i < counts[length - 1]!; i++, k++, code++) {
      encode.set(values[k]!, [code, length]);
      if (length <= FAST_BITS) {
        const shift = FAST_BITS - length;
        for (let fill = 0; fill < 1 << shift; fill++) fast[(code << shift) | fill] = (values[k]! << 8) | length;
      }
    }
    maxCode[length] = counts[length - 1] ? code - 1 : -1;
    code <<= 1;
  }
  maxCode[17] = 0x7fffffff;
  return { encode, maxCode, valPtr, minCode, values, fast };
}

class BitReader {
  position = 0;
  constructor(private readonly data: Uint8Array) {}

  /** The 24 bits from the current byte on (1-bits past the end, as JPEG padding). */
  private window(): number {
    const i = this.position >> 3;
    const d = this.data;
    return ((d[i] ?? 0xff) << 16) | ((d[i + 1] ?? 0xff) << 8) | (d[i + 2] ?? 0xff);
  }

  /** The next `count` bits (at most 16) without moving. */
  peek(count: number): number {
    return (this.window() >> (24 - count - (this.position & 7))) & ((1 << count) - 1);
  }

  bits(count: number): number {
    if (count === 0) return 0;
    const value = this.peek(count);
    this.position += count;
    return value;
  }

  symbol(table: HuffmanTable): number {
    const fast = table.fast[this.peek(FAST_BITS)]!;
    if (fast) {
      this.position += fast & 0xff;
      return fast >> 8;
    }
    for (let length = FAST_BITS + 1; length <= 16; length++) {
      const code = this.peek(length);
      if (code <= table.maxCode[length]!) {
        this.position += length;
        return table.values[table.valPtr[length]! + code - table.minCode[length]!]!;
      }
    }
    throw new Error('JPEG scan: bad Huffman code');
  }
}

/** Extends a magnitude category's raw bits to a signed value (JPEG F.2.2.1). */
function extend(value: number, category: number): number {
  return category && value < 1 << (category - 1) ? value - (1 << category) + 1 : value;
}

/** Reads one block, returning its DC difference; leaves the reader after its last AC code. */
function skipBlock(reader: BitReader, component: Component): number {
  const category = reader.symbol(component.dc);
  const diff = extend(reader.bits(category), category);
  skipAc(reader, component);
  return diff;
}

/** Skips a block's AC codes: run/size symbols and their bits, up to end-of-block or the 63rd coefficient. */
function skipAc(reader: BitReader, component: Component): void {
  for (let k = 1; k < 64; ) {
    const rs = reader.symbol(component.ac);
    const size = rs & 15;
    if (size === 0) {
      if (rs !== 0xf0) break; // end of block
      k += 16;
      continue;
    }
    reader.position += size;
    k += (rs >> 4) + 1;
  }
}

/** Parses a baseline, sequential, interleaved JPEG without restart markers; undefined for anything else. */
export function parseJpeg(file: Buffer): ParsedJpeg | undefined {
  if (file[0] !== 0xff || file[1] !== 0xd8) return undefined;
  const dht = new Map<number, HuffmanTable>();
  let frame: { width: number; height: number; components: { id: number; h: number; v: number }[] } | undefined;
  let offset = 2;
  const tables: string[] = [];
  while (offset + 4 <= file.length) {
    if (file[offset] !== 0xff) return undefined;
    const marker = file[offset + 1]!;
    const length = file.readUInt16BE(offset + 2);
    const body = file.subarray(offset + 4, offset + 2 + length);
    if (marker === 0xc0) {
      const count = body[5]!;
      frame = {
        height: body.readUInt16BE(1),
        width: body.readUInt16BE(3),
        components: Array.from({ length: count }, (_, i) => ({ id: body[6 + i * 3]!, h: body[7 + i * 3]! >> 4, v: body[7 + i * 3]! & 15 })),
      };
      tables.push(`c0:${body.subarray(5).toString('hex')}:${body[0]}`);
    } else if (marker === 0xc4) {
      tables.push(`c4:${body.toString('hex')}`);
      for (let p = 0; p < body.length; ) {
        const counts = body.subarray(p + 1, p + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        dht.set(body[p]!, huffmanTable(counts, body.subarray(p + 17, p + 17 + total)));
        p += 17 + total;
      }
    } else if (marker === 0xdb) {
      tables.push(`db:${body.toString('hex')}`);
    } else if (marker === 0xdd) {
      return undefined; // restart markers
    } else if (marker >= 0xc1 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return undefined; // not baseline
    } else if (marker === 0xda) {
      if (!frame) return undefined;
      const count = body[0]!;
      if (count !== frame.components.length) return undefined;
      const components: Component[] = [];
      for (let i = 0; i < count; i++) {
        const id = body[1 + i * 2]!;
        const selectors = body[2 + i * 2]!;
        const sampling = frame.components.find((c) => c.id === id);
        const dc = dht.get(selectors >> 4);
        const ac = dht.get(0x10 | (selectors & 15));
        if (!sampling || !dc || !ac) return undefined;
        components.push({ ...sampling, dc, ac });
      }
      tables.push(`da:${body.toString('hex')}`);
      const scanStart = offset + 2 + length;
      return parseScan(file, scanStart, frame, components, tables.join('|'));
    }
    offset += 2 + length;
  }
  return undefined;
}

function parseScan(
  file: Buffer,
  scanStart: number,
  frame: { width: number; height: number },
  components: Component[],
  tablesKey: string,
): ParsedJpeg | undefined {
  // Unstuff: FF 00 is a data FF; any other marker ends the scan (EOI; a restart marker is not expected).
  const bits = new Uint8Array(file.length - scanStart);
  let n = 0;
  let p = scanStart;
  for (; p < file.length; p++) {
    const byte = file[p]!;
    if (byte === 0xff) {
      const next = file[p + 1];
      if (next === 0x00) {
        bits[n++] = 0xff;
        p++;
        continue;
      }
      if (next !== 0xd9) return undefined;
      break;
    }
    bits[n++] = byte;
  }
  const hMax = Math.max(...components.map((c) => c.h));
  const vMax = Math.max(...components.map((c) => c.v));
  const mcuHeight = 8 * vMax;
  const mcusPerRow = Math.ceil(frame.width / (8 * hMax));
  const mcuRows = Math.ceil(frame.height / mcuHeight);
  const reader = new BitReader(bits.subarray(0, n));
  const predictors = components.map(() => 0);
  const rowStart: number[] = [];
  const rowPredictors: number[][] = [];
  for (let row = 0; row < mcuRows; row++) {
    rowStart.push(reader.position);
    rowPredictors.push([...predictors]);
    for (let mcu = 0; mcu < mcusPerRow; mcu++) {
      components.forEach((component, c) => {
        for (let b = 0; b < component.h * component.v; b++) predictors[c] = predictors[c]! + skipBlock(reader, component);
      });
    }
  }
  if (reader.position > n * 8) return undefined;
  return {
    width: frame.width,
    height: frame.height,
    header: file.subarray(0, scanStart),
    tablesKey,
    components,
    mcuHeight,
    mcusPerRow,
    mcuRows,
    bits: bits.subarray(0, n),
    bitLength: reader.position,
    rowStart,
    rowPredictors,
    endPredictors: predictors,
  };
}

/** Writes bits MSB first, stuffing a 00 after every FF byte as a scan requires. */
class BitWriter {
  private bytes: Buffer;
  private length = 0;
  private accumulator = 0;
  private count = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.alloc(Math.max(64, capacity));
  }

  private byte(value: number): void {
    if (this.length + 2 > this.bytes.length) {
      const bigger = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = value;
    if (value === 0xff) this.bytes[this.length++] = 0;
  }

  write(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) {
      this.accumulator = (this.accumulator << 1) | ((value >> i) & 1);
      if (++this.count === 8) {
        this.byte(this.accumulator);
        this.accumulator = 0;
        this.count = 0;
      }
    }
  }

  /** Copies bits [start, end) of unstuffed scan data. */
  copy(source: Uint8Array, start: number, end: number): void {
    let p = start;
    // Bit by bit up to a source byte boundary, then a byte at a time.
    while (p < end && p & 7) {
      this.write((source[p >> 3]! >> (7 - (p & 7))) & 1, 1);
      p++;
    }
    const count = this.count;
    for (; p + 8 <= end; p += 8) {
      const value = source[p >> 3]!;
      if (count === 0) {
        this.byte(value);
      } else {
        // Complete the pending byte with the value's high bits; its low bits stay pending.
        this.byte(((this.accumulator << (8 - count)) | (value >> count)) & 0xff);
        this.accumulator = value & ((1 << count) - 1);
      }
    }
    for (; p < end; p++) this.write((source[p >> 3]! >> (7 - (p & 7))) & 1, 1);
  }

  /** Pads the last byte with 1-bits, as JPEG encoders do, and returns the bytes. */
  finish(): Buffer {
    if (this.count) this.write(0xff, 8 - this.count);
    return this.bytes.subarray(0, this.length);
  }
}

/** Codes a DC difference: its category's Huffman code, then its bits (JPEG F.1.2.1). */
function writeDc(writer: BitWriter, table: HuffmanTable, diff: number): void {
  const magnitude = Math.abs(diff);
  const category = magnitude === 0 ? 0 : 32 - Math.clz32(magnitude);
  const code = table.encode.get(category);
  if (!code) throw new Error(`JPEG splice: no DC code for category ${category}`);
  writer.write(code[0], code[1]);
  if (category) writer.write(diff < 0 ? diff + (1 << category) - 1 : diff, category);
}

/**
 * Copies MCU rows of a scan from `fromRow` to its end (or `toRow`), coding
 * the first block of each component again against the predictors it follows.
 * Returns the predictors after the copied rows.
 */
function copyRows(writer: BitWriter, scan: ParsedJpeg, fromRow: number, toRow: number, before: number[]): number[] {
  const start = scan.rowStart[fromRow]!;
  const end = toRow < scan.mcuRows ? scan.rowStart[toRow]! : scan.bitLength;
  const own = scan.rowPredictors[fromRow]!;
  const reader = new BitReader(scan.bits);
  reader.position = start;
  // The first MCU of the span: its components' first blocks get a new DC difference, the rest is copied.
  scan.components.forEach((component, c) => {
    for (let b = 0; b < component.h * component.v; b++) {
      const blockStart = reader.position;
      const category = reader.symbol(component.dc);
      const diff = extend(reader.bits(category), category);
      const afterDc = reader.position;
      skipAc(reader, component);
      if (b === 0) {
        writeDc(writer, component.dc, own[c]! + diff - before[c]!);
        writer.copy(scan.bits, afterDc, reader.position);
      } else {
        writer.copy(scan.bits, blockStart, reader.position);
      }
    }
  });
  writer.copy(scan.bits, reader.position, end);
  return toRow < scan.mcuRows ? scan.rowPredictors[toRow]! : scan.endPredictors;
}

/**
 * The JPEG of an image whose MCU rows [firstRow, endRow) are `strip` (a JPEG
 * of just those rows, same settings) and whose other rows are `reference`'s.
 * Undefined when the two cannot be spliced (different tables or layout).
 */
export function spliceRows(reference: ParsedJpeg, strip: ParsedJpeg, firstRow: number, endRow: number): Buffer | undefined {
  if (strip.tablesKey !== reference.tablesKey || strip.width !== reference.width || strip.mcuRows !== endRow - firstRow) return undefined;
  const writer = new BitWriter(reference.bits.length + strip.bits.length);
  let predictors = reference.components.map(() => 0);
  if (firstRow > 0) predictors = copyRows(writer, reference, 0, firstRow, predictors);
  predictors = copyRows(writer, strip, 0, strip.mcuRows, predictors);
  if (endRow < reference.mcuRows) copyRows(writer, reference, endRow, reference.mcuRows, predictors);
  const scan = writer.finish();
  return Buffer.concat([reference.header, scan, Buffer.from([0xff, 0xd9])]);
}
