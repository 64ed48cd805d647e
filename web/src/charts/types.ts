// Every chart is three steps, each in its own file under web/src/charts/<chart>/:
//   load.ts   (ctx) -> the API's answer, typed by the server's schemas (src/api/types.ts)
//   shape.ts  (answer, view) -> ChartData: the rows, words and marks' inputs; pure, unit-tested
//   render.ts (Plot, data, view, width) -> an SVG element; snapshot-tested in web/test/unit/
// index.ts joins them into the ChartSpec the pages show (see ARCHITECTURE.md, "How to add a chart").
import type { Row } from '../download';
import type { PlotModule } from '../plot';

/** What a chart is drawn for, without the server: all that shape and render may read. */
export interface ChartView {
  country: string;
  countryName: string;
  year: number | undefined;
  poles: [string, string];
  poleNames: [string, string];
}

/** The view state held in the URL, plus the server's endpoints (which load reads). */
export interface ChartContext extends ChartView {
  caps: Set<string>;
  /** How multilateral lenders count toward the poles (URL `multilaterals`; the API's default when absent). */
  multilaterals?: 'none' | 'shareholders';
}

/** A chart's shaped data: the table/CSV rows and the words around the picture. */
export interface ChartData<R extends Row = Row> {
  rows: R[];
  columns?: string[];
  /** The text alternative: what the chart shows, in words. */
  summary: string;
  subtitle?: string;
  /** What the figures cover (who is counted, years, settings), shown under the chart. */
  coverageNote?: string;
}

/** The three steps of one chart, typed end to end. */
export interface ChartDef<A, D extends ChartData> {
  id: string;
  /** The API endpoint(s) it needs; missing ones show "not available in this build". */
  needs: string[];
  title(view: ChartView): string;
  source: string;
  load(ctx: ChartContext): Promise<A>;
  /** null when there are no data for this selection. */
  shape(answer: A, view: ChartView): D | null;
  render(Plot: PlotModule, data: D, view: ChartView, width: number): Element;
}

/** Shaped data bound to its renderer: what a page holds between loading and drawing. */
export interface Drawable extends ChartData {
  draw(Plot: PlotModule, width: number): Element;
}

/** A chart of the country page; each can also be shown alone at #/embed/<id>/<country>. */
export interface ChartSpec {
  id: string;
  needs: string[];
  title(view: ChartView): string;
  source: string;
  /** Load and shape; null when there are no data for this selection. */
  load(ctx: ChartContext): Promise<Drawable | null>;
}

/** Joins a chart's load, shape and render into the spec the pages use; the types stay inside. */
export function defineChart<A, D extends ChartData>(def: ChartDef<A, D>): ChartSpec {
  return {
    id: def.id,
    needs: def.needs,
    title: def.title,
    source: def.source,
    async load(ctx) {
      const data = def.shape(await def.load(ctx), ctx);
      return data && { ...data, draw: (Plot, width) => def.render(Plot, data, ctx, width) };
    },
  };
}
