// Charts whose endpoints have not landed in this build: each shows "not available in this build"
// until its endpoint exists (the server's OpenAPI document says which do).
import type { ChartSpec } from './types';

function pending(id: string, needs: string, title: string, source: string): ChartSpec {
  return {
    id,
    needs: [needs],
    title: () => title,
    source,
    async load() {
      return null;
    },
    render() {
      return document.createElement('div');
    },
  };
}

export const pendingCharts = {
  idealpoints: pending('idealpoints', 'idealpoints', 'Ideal points beside the poles', 'bearing ideal points'),
  trade: pending(
    'trade',
    'trade',
    'Top trade partners and the tilt over time',
    'IMF Direction of Trade Statistics',
  ),
  debt: pending(
    'debt',
    'debt',
    'Creditor exposure and debt service',
    'World Bank International Debt Statistics',
  ),
};
