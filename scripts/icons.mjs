// Renders the installed app's icons into public/icons/ from public/favicon.svg: 192 and 512 px
// (what Chromium asks of an installable app), a 512 px maskable one (Android crops it to a circle
// or squircle) and the 180 px icon iOS puts on its home screen. Run with `npm run icons` after
// changing the favicon; the PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const favicon = readFileSync('public/favicon.svg', 'utf8');
// The favicon's drawing without its rounded tile, for the icons that bring a tile of their own.
const figure = favicon.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '').replace(/<rect[^>]*\/>/, '');
const TILE = '#3b2f8f';

// A maskable icon's platform keeps only the circle of 80% of its width around the centre (the
// safe zone of the W3C manifest spec), so the figure is scaled into it on a full-bleed tile. The
// figure spans x 9–54 and y 15–54 of the favicon's 64 units, a box whose corners lie 29.8 units
// from its centre: at 0.75 of its size, 22.4 units, inside the safe zone's 25.6.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${TILE}"/>
  <g transform="translate(32 32) scale(0.75) translate(-31.5 -34.5)">${figure}</g>
</svg>`;
// iOS draws its own rounded corners and fills transparency with black: a square tile.
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${TILE}"/>${figure}
</svg>`;

const icons = [
  ['icon-192.png', favicon, 192],
  ['icon-512.png', favicon, 512],
  ['maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', square, 180],
];

mkdirSync('public/icons', { recursive: true });
for (const [name, svg, size] of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${name}`);
  console.log(`Wrote public/icons/${name}`);
}
