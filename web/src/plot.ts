// Observable Plot is loaded on demand, so the map (the first page) stays small.
export type PlotModule = typeof import('@observablehq/plot');

let plotPromise: Promise<PlotModule> | undefined;

export function loadPlot(): Promise<PlotModule> {
  plotPromise ??= import('@observablehq/plot');
  return plotPromise;
}
