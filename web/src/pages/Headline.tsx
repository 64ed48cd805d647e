import { hasEndpoint } from '../api';
import { loadProfile } from '../charts/bearing/load';
import type { ChartContext } from '../charts/types';
import { useAsync } from '../data';
import { num } from '../format';

/** The headline sentence of the composite bearing, from the profile endpoint where it exists. */
export function Headline({ ctx }: { ctx: ChartContext }) {
  const available = hasEndpoint(ctx.caps, 'profile');
  const p = useAsync(
    async () => (available ? loadProfile(ctx) : undefined),
    [available, ctx.country, ctx.year, ctx.poles.join(',')],
  );
  if (!available)
    return (
      <section class="headline unavailable" aria-label="Headline">
        <p class="sentence muted">
          The composite bearing (votes, trade, finance and visits in one position between {ctx.poleNames[0]}{' '}
          and {ctx.poleNames[1]}) is not available in this build.
        </p>
      </section>
    );
  if (p.error)
    return (
      <section class="headline" aria-label="Headline">
        <p class="sentence muted">{p.error.message}</p>
      </section>
    );
  const v = p.pending ? undefined : p.value;
  return (
    <section class="headline" aria-label="Headline" aria-busy={!v}>
      <p class="sentence" data-headline>
        {v ? v.headline : '…'}
      </p>
      {v && (
        <p class="headline-figures">
          <span>
            Position <strong>{num(v.position)}</strong>
          </span>
          <span>
            Balance <strong>{num(v.balance)}</strong>
          </span>
          <span>
            Spread between dimensions <strong>{num(v.spread)}</strong>
          </span>
          {v.hedging && (
            <span class="hedging">
              Hedging: {v.hedging.first.join(', ')} with {ctx.poleNames[0]}, {v.hedging.second.join(', ')}{' '}
              with {ctx.poleNames[1]}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
