// `npx tsx scripts/make-icons.ts`: draws Debrief's icon — a white speech bubble holding three
// lines of notes, on a rounded indigo square — at every size the installers need, and writes
// build/icons/<n>x<n>.png (Linux), build/icon.png, build/icon.ico (Windows) and build/icon.icns
// (macOS). The drawing is signed-distance shapes with one pixel of anti-aliasing, so each size is
// drawn sharp rather than scaled, and the same code always gives the same pixels.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeIcns, encodeIco, encodePng, icnsTypes, type IconImage } from './icon-files';

/** Every PNG size written to build/icons (Linux desktops pick from these). */
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** The sizes inside icon.ico; Windows wants 256 px for large icons and small ones for lists. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256];

type Rgb = [number, number, number];
const top: Rgb = [76, 110, 245]; // #4c6ef5
const bottom: Rgb = [54, 79, 199]; // #364fc7
const paper: Rgb = [255, 255, 255];

/** Distance from p to a rounded box centred at c with half-extents (hx, hy) and corner radius r. */
function roundedBox(px: number, py: number, cx: number, cy: number, hx: number, hy: number, r: number): number {
  const qx = Math.abs(px - cx) - hx + r;
  const qy = Math.abs(py - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from p to the segment a–b, minus a radius: a capsule. */
function capsule(px: number, py: number, ax: number, ay: number, bx: number, by: number, r: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy) - r;
}

/** Signed distance to a triangle (negative inside), after Inigo Quilez's sdTriangle. */
function triangle(px: number, py: number, points: [number, number][]): number {
  let distance = Infinity;
  let sign = 1;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % 3]!;
    const [ex, ey] = [bx - ax, by - ay];
    const [wx, wy] = [px - ax, py - ay];
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    distance = Math.min(distance, Math.hypot(wx - ex * t, wy - ey * t));
    const cross = ex * wy - ey * wx;
    if (i === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) sign = 0;
  }
  return sign !== 0 ? -distance : distance;
}

/** Draws the icon at `size` pixels square. */
export function drawIcon(size: number): IconImage {
  const rgba = new Uint8Array(size * size * 4);
  // Small icons spend less on margin: at 16 px every pixel of the square counts.
  const inset = size >= 128 ? 0.09 : 0.03;
  const half = 0.5 - inset;
  const corner = half * 0.42;
  const bubble = { cx: 0.5, cy: 0.455, hx: 0.27, hy: 0.19, r: 0.085 };
  const tail: [number, number][] = [
    [0.33, 0.6],
    [0.47, 0.6],
    [0.3, 0.76],
  ];
  const lineRadius = size >= 48 ? 0.021 : 0.032;
  const lines: [number, number, number][] = [
    [0.36, 0.64, 0.378],
    [0.36, 0.64, 0.455],
    [0.36, 0.53, 0.532],
  ];
  const pixel = 1 / size;
  const cover = (distance: number) => Math.max(0, Math.min(1, 0.5 - distance / pixel));

  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [u, v] = [(x + 0.5) / size, (y + 0.5) / size];
      const square = cover(roundedBox(u, v, 0.5, 0.5, half, half, corner));
      if (square === 0) continue;
      const shade = (v - inset) / (1 - 2 * inset);
      let color = top.map((channel, i) => channel + (bottom[i]! - channel) * shade) as Rgb;
      const background = color;
      const speech = cover(
        Math.min(roundedBox(u, v, bubble.cx, bubble.cy, bubble.hx, bubble.hy, bubble.r), triangle(u, v, tail)),
      );
      color = color.map((channel, i) => channel + (paper[i]! - channel) * speech) as Rgb;
      const ink = Math.max(...lines.map(([from, to, at]) => cover(capsule(u, v, from, at, to, at, lineRadius))));
      color = color.map((channel, i) => channel + (background[i]! - channel) * ink * speech) as Rgb;
      rgba.set([...color.map(Math.round), Math.round(square * 255)], (y * size + x) * 4);
    }
  }
  return { size, rgba };
}

/** Every file the installers use, by its path under build/. */
export function iconFiles(): Map<string, Buffer> {
  const sizes = [...new Set([...linuxSizes, ...icoSizes, ...icnsTypes.map(({ size }) => size)])];
  const png = new Map(sizes.map((size) => [size, encodePng(drawIcon(size))]));
  const files = new Map<string, Buffer>();
  for (const size of linuxSizes) files.set(`icons/${size}x${size}.png`, png.get(size)!);
  files.set('icon.png', png.get(1024)!);
  files.set('icon.ico', encodeIco(icoSizes.map((size) => ({ size, png: png.get(size)! }))));
  files.set('icon.icns', encodeIcns(png));
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'build');
  for (const [path, bytes] of iconFiles()) {
    mkdirSync(dirname(join(buildDir, path)), { recursive: true });
    writeFileSync(join(buildDir, path), bytes);
  }
  console.log(`Wrote the Debrief icons to ${buildDir}.`);
}
