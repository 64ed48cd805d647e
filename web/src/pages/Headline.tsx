import { hasEndpoint } from '../api';
import type { ChartContext } from '../charts/types';

/** The headline sentence of the composite bearing, from the profile endpoint where it exists. */
export function Headline({ ctx }: { ctx: ChartContext }) {
  if (!hasEndpoint(ctx.caps, 'profile'))
    return (
      <section class="headline unavailable" aria-label="Headline">
        <p class="sentence muted">
          The composite bearing (votes, trade, finance and visits in one position between {ctx.poleNames[0]}{' '}
          and {ctx.poleNames[1]}) is not available in this build.
        </p>
      </section>
    );
  return null;
}
