// The icons in build/ are what scripts/make-icons.ts draws (so they can be regenerated, never
// hand-edited), in the containers each platform reads, and really an icon: a rounded square
// with a white speech bubble, transparent outside.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng, encodeIcns, encodeIco, encodePng, icnsTypes, readIcns, readIco } from '../../../scripts/icon-files';
import { drawIcon, iconFiles, icoSizes, linuxSizes } from '../../../scripts/make-icons';

const buildDir = resolve(import.meta.dirname, '..', '..', '..', 'build');

function pixel(image: { size: number; rgba: Uint8Array }, x: number, y: number): number[] {
  const at = (y * image.size + x) * 4;
  return [...image.rgba.subarray(at, at + 4)];
}

describe('the icons in build/', () => {
  it('are exactly what make-icons draws, pixel for pixel, in every file', () => {
    const expected = iconFiles();
    expect([...expected.keys()].sort()).toEqual(
      ['icon.icns', 'icon.ico', 'icon.png', ...linuxSizes.map((size) => `icons/${size}x${size}.png`)].sort(),
    );
    // Pixels, not bytes: zlib versions may compress the same pixels differently.
    const pixelsOf = (path: string, bytes: Uint8Array) => {
      if (path.endsWith('.png')) return [decodePng(bytes)];
      if (path.endsWith('.ico')) return readIco(bytes).map((entry) => decodePng(entry.png));
      return readIcns(bytes).map((entry) => decodePng(entry.data));
    };
    for (const [path, bytes] of expected) {
      const committed = pixelsOf(path, readFileSync(join(buildDir, path)));
      const drawn = pixelsOf(path, bytes);
      expect(
        committed.map((image) => image.size),
        path,
      ).toEqual(drawn.map((image) => image.size));
      committed.forEach((image, index) => {
        expect(Buffer.from(image.rgba).equals(Buffer.from(drawn[index]!.rgba)), `${path} #${index}`).toBe(true);
      });
    }
  }, 30_000);

  it('hold the sizes each platform asks for', () => {
    expect(readIco(readFileSync(join(buildDir, 'icon.ico'))).map((entry) => entry.size)).toEqual(icoSizes);
    expect(readIcns(readFileSync(join(buildDir, 'icon.icns'))).map((entry) => entry.type)).toEqual(
      icnsTypes.map(({ type }) => type),
    );
  });

  it('show a white bubble on a coloured square, with transparent corners', () => {
    const icon = decodePng(readFileSync(join(buildDir, 'icons', '256x256.png')));
    expect(pixel(icon, 0, 0)[3]).toBe(0);
    expect(pixel(icon, 255, 255)[3]).toBe(0);
    const [r, g, b, alpha] = pixel(icon, 128, 40);
    expect(alpha).toBe(255);
    expect(b).toBeGreaterThan(r! + 80); // indigo
    expect(b).toBeGreaterThan(g! + 60);
    expect(pixel(icon, 90, 80)).toEqual([255, 255, 255, 255]); // inside the bubble, between the lines
  });
});

describe('the icon file formats', () => {
  it('round-trip a PNG', () => {
    const image = drawIcon(24);
    const decoded = decodePng(encodePng(image));
    expect(decoded.size).toBe(24);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(image.rgba))).toBe(true);
  });

  it('write ICO sizes of 256 as 0, as the format requires, and read them back', () => {
    const png = encodePng(drawIcon(16));
    const ico = encodeIco([
      { size: 16, png },
      { size: 256, png },
    ]);
    expect(ico[6 + 16]).toBe(0);
    expect(readIco(ico).map((entry) => entry.size)).toEqual([16, 256]);
  });

  it('refuse damaged files', () => {
    const png = encodePng(drawIcon(16));
    const damaged = Buffer.from(png);
    damaged[damaged.length - 20]! ^= 0xff;
    expect(() => decodePng(damaged)).toThrow(/bad CRC/);
    expect(() => decodePng(Buffer.from('not a png'))).toThrow(/signature/);
    expect(() => encodeIcns(new Map([[16, png]]))).toThrow(/no 32 px image/);
    expect(() => readIcns(Buffer.from('icnsXXXX'))).toThrow(/not an ICNS file/);
  });
});
