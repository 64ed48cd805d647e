import type { Row } from '../download';
import type { PlotModule } from '../plot';

/** What a country chart is drawn for: the view state held in the URL. */
export interface ChartContext {
  country: string;
  countryName: string;
  year: number | undefined;
  poles: [string, string];
  poleNames: [string, string];
  caps: Set<string>;
  /** How multilateral lenders count toward the poles (URL `multilaterals`; the API's default when absent). */
  multilaterals?: 'none' | 'shareholders';
}

export interface ChartData {
  rows: Row[];
  columns?: string[];
  /** The text alternative: what the chart shows, in words. */
  summary: string;
  subtitle?: string;
  /** Anything the chart needs beyond the rows. */
  extra?: unknown;
}

/** A chart of the country page; each can also be shown alone at #/embed/<id>/<country>. */
export interface ChartSpec {
  id: string;
  /** The API endpoint(s) it needs; missing ones show "not available in this build". */
  needs: string[];
  title(ctx: ChartContext): string;
  source: string;
  /** null when there are no data for this selection. */
  load(ctx: ChartContext): Promise<ChartData | null>;
  render(Plot: PlotModule, data: ChartData, ctx: ChartContext, width: number): Element;
}
