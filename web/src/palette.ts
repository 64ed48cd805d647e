// Colour-blind-safe colours (ColorBrewer PuOr for the two poles, viridis for magnitudes), the
// same everywhere: the first pole is purple, the second orange (as on the map's diverging scale).
import { interpolatePuOr, interpolateViridis } from 'd3-scale-chromatic';

export const firstPoleColour = '#5e3c99';
export const secondPoleColour = '#c2610c';
export const neutralColour = '#6b6b6b';
export const missingColour = '#e4e2dd';
/** Further series (partners beyond the poles): Okabe-Ito, safe for the common colour-vision deficiencies. */
export const categorical = ['#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Position in [-1 (first pole), +1 (second pole)] to a colour. */
export function positionColour(v: number): string {
  const t = Math.max(0, Math.min(1, (v + 1) / 2));
  // PuOr runs orange (0) to purple (1); trim the darkest ends so labels stay legible.
  return interpolatePuOr(0.08 + t * 0.84);
}

/** A magnitude in [0, 1] (balance, agreement) to a colour. */
function magnitudeColour(v: number): string {
  const t = Math.max(0, Math.min(1, v));
  return interpolateViridis(0.05 + t * 0.9);
}

export type ScaleKind = 'diverging' | 'sequential';

export function colourFor(kind: ScaleKind, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return missingColour;
  return kind === 'diverging' ? positionColour(v) : magnitudeColour(v);
}

/**
 * One colour per visit type, the same on every chart and country page (a type absent from a chart
 * keeps its colour on the next): the US protocol types, US trips, and the traveller's level used for
 * both poles' leader visits. Okabe-Ito and Tol's colour-blind-safe sets.
 */
export const visitTypeColours: Readonly<Record<string, string>> = {
  state: '#0072B2',
  official: '#56B4E9',
  'official-working': '#009E73',
  working: '#7FC97F',
  private: '#CC79A7',
  summit: '#F0E442',
  other: '#999999',
  'US president': '#D55E00',
  'US secretary of state': '#E69F00',
  'head of state or government': '#332288',
  'foreign minister': '#88CCEE',
  'other official': '#BBBBBB',
};

/** The colour of a visit type (neutral grey for a type the map does not know). */
export function visitTypeColour(kind: string): string {
  return visitTypeColours[kind] ?? neutralColour;
}
