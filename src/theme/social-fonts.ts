/**
 * The font of the social cards, from the installed @fontsource package of its family (the site's
 * own first, then ours, as src/theme/fonts.ts finds the web fonts): its WOFF files (the card
 * renderer reads WOFF, not WOFF2) in the two styles Material's default layout draws, Bold (700:
 * site name, title) and Regular (400: description), every subset of each so a Greek or Cyrillic
 * title is drawn too. Never a request to a font host: Material downloads the family from Google
 * Fonts, here a family that is not installed is Roboto (ours) with a warning.
 *
 * ```ts
 * cardFonts('Public Sans', fontsourceLocator()).faces.length // 2 weights × the package's subsets
 * ```
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fontMetrics, type FontMetrics } from './font-metrics.ts';
import { kebabName, type PackageLocator } from './fonts.ts';

export const CARD_WEIGHTS = [700, 400] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

export interface CardFace {
  readonly weight: CardWeight;
  /** `latin`, `latin-ext`, `greek`... */
  readonly subset: string;
  readonly data: Buffer;
}

export interface CardFonts {
  /** The family drawn (the one asked for, or Roboto when it is not installed). */
  readonly family: string;
  /** Latin subsets first: a glyph is looked for in the faces in this order. */
  readonly faces: readonly CardFace[];
  /** The Latin face's metrics by weight, which size the text as Material's layout does. */
  readonly metrics: Readonly<Record<CardWeight, FontMetrics>>;
  /** Why the family asked for is not drawn; undefined when it is. */
  readonly problem: string | undefined;
}

const FALLBACK = 'Roboto';
/** Roboto's metrics, should a face's tables be unreadable. */
const ROBOTO_METRICS: FontMetrics = { unitsPerEm: 2048, ascender: 1900, descender: 500 };

/** The package's WOFF files of one weight, by subset (a missing weight takes the nearest one the package has). */
function weightFiles(files: readonly string[], name: string, weight: CardWeight): Array<{ subset: string; file: string }> {
  for (const w of [weight, weight === 700 ? 600 : 500, weight === 700 ? 800 : 300, 400, 500]) {
    const pattern = new RegExp(`^${name}-(.+)-${w}-normal\\.woff$`);
    const found = files.flatMap((file) => {
      const subset = pattern.exec(file)?.[1];
      return subset === undefined ? [] : [{ subset, file }];
    });
    if (found.length > 0) return found.sort((a, b) => rank(a.subset) - rank(b.subset) || a.subset.localeCompare(b.subset));
  }
  return [];
}

const rank = (subset: string) => (subset === 'latin' ? 0 : subset === 'latin-ext' ? 1 : 2);

function load(family: string, locate: PackageLocator): Omit<CardFonts, 'problem'> | undefined {
  const name = kebabName(family);
  const dir = locate(name);
  if (dir === undefined) return undefined;
  let files: string[];
  try {
    files = readdirSync(path.join(dir, 'files'));
  } catch {
    return undefined;
  }
  const faces: CardFace[] = [];
  const metrics: Partial<Record<CardWeight, FontMetrics>> = {};
  for (const weight of CARD_WEIGHTS) {
    for (const { subset, file } of weightFiles(files, name, weight)) {
      const data = readFileSync(path.join(dir, 'files', file));
      faces.push({ weight, subset, data });
      const read = metrics[weight] === undefined ? fontMetrics(data) : undefined;
      if (read) metrics[weight] = read;
    }
  }
  if (faces.length === 0) return undefined;
  return { family, faces, metrics: { 700: metrics[700] ?? metrics[400] ?? ROBOTO_METRICS, 400: metrics[400] ?? metrics[700] ?? ROBOTO_METRICS } };
}

/** The card font of `family`; Roboto (which we ship) when the family's package is not installed. */
export function cardFonts(family: string, locate: PackageLocator): CardFonts {
  const found = load(family, locate);
  if (found) return { ...found, problem: undefined };
  const fallback = load(FALLBACK, locate);
  if (!fallback) throw new Error('@fontsource/roboto is not installed: npm ci installs it');
  return { ...fallback, problem: `social plugin: the cards' font "${family}" is not installed (npm install @fontsource/${kebabName(family)} in the project's folder gives it, with no request to a font host); the cards use ${FALLBACK}` };
}
