/**
 * Reading a letter's bytes as text and writing it back the same way: UTF-8 with or without a byte
 * order mark, or UTF-16 with one. Anything else (binary files, invalid UTF-8) is refused in plain words.
 */

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; error: string };

function swapBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

export function decodeLetter(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: Buffer.from(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: swapBytes(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16be' };
  if (bytes.includes(0)) return { ok: false, error: 'this is a binary file, not a text letter' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? 'utf8bom' : 'utf8' };
  } catch {
    return { ok: false, error: 'this file is not valid UTF-8 text: save it as UTF-8 and try again' };
  }
}

export function encodeLetter(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swapBytes(Buffer.from(text, 'utf16le'))]);
  }
}
