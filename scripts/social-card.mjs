// Renders public/social-card.png (1200×630, the size link previews expect) from an SVG drawn here.
// Run with `npm run social-card` after changing the title or tagline; the PNG is committed.
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#17181c"/>
  <rect x="0" y="0" width="24" height="630" fill="#8b7cf6"/>
  <g transform="translate(96 120) scale(3)">
    <rect width="64" height="64" rx="14" fill="#3b2f8f"/>
    <circle cx="24" cy="24" r="9" fill="#f5f3ff"/>
    <circle cx="42" cy="30" r="7" fill="#c4b5fd"/>
    <path d="M9 54c2-11 8-17 15-17s13 6 15 17z" fill="#f5f3ff"/>
    <path d="M31 54c1-8 6-13 11-13s10 5 12 13z" fill="#c4b5fd"/>
  </g>
  <text x="96" y="420" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="76" font-weight="700" fill="#ffffff">Mentorship Playbook</text>
  <text x="96" y="490" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="34" fill="#c4b5fd">Run a technical mentorship that works, for both of you.</text>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile('public/social-card.png');
console.log('Wrote public/social-card.png');
