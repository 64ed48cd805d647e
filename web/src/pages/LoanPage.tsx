import { useEffect, useRef, useState } from 'preact/hooks';
import { hasEndpoint, needsLiveMessage } from '../api';
import { Figure } from '../components/Figure';
import { num, pct } from '../format';
import { firstPoleColour, secondPoleColour } from '../palette';
import { loadPlot } from '../plot';
import { href, type Route } from '../route';
import { commercialCase, computeLoan, knownCase, type LoanForm, type LoanResult } from './loanApi';
import { debtServiceAxis, discountRateNote, loanFields } from './loanText';

const fields = loanFields;

function formFrom(params: URLSearchParams, prefix: string, base: LoanForm): LoanForm {
  const f = { ...base };
  for (const { key } of fields) {
    const v = params.get(`${prefix}${key}`);
    if (v !== null && v !== '' && Number.isFinite(Number(v))) (f[key] as number) = Number(v);
  }
  const p = params.get(`${prefix}profile`);
  if (p === 'equal-principal' || p === 'annuity' || p === 'bullet') f.profile = p;
  return f;
}

function toParams(prefix: string, f: LoanForm): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f)) out[`${prefix}${k}`] = v;
  return out;
}

export function LoanPage({ route, caps }: { route: Route; caps: Set<string> }) {
  const a = formFrom(route.params, 'a.', knownCase);
  const b = formFrom(route.params, 'b.', commercialCase);
  const available = hasEndpoint(caps, 'loan');
  const setForm = (prefix: string, f: LoanForm) => {
    const other = prefix === 'a.' ? toParams('b.', b) : toParams('a.', a);
    history.replaceState(null, '', href('/loan', { ...other, ...toParams(prefix, f) }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return (
    <main id="main" class="page loan-page">
      <section class="intro">
        <h1>What is a loan worth to the borrower?</h1>
        <p class="lede">
          Enter the terms of two loans to compare them. The grant element is the share of the face value the
          borrower does not pay back in present-value terms: 0% for a loan at the discount rate, 100% for a
          gift. {discountRateNote}
        </p>
      </section>
      {!available ? (
        <div class="placeholder unavailable" role="note">
          <strong>Not available in this build.</strong> This server has no /api/v1/loan endpoint yet.
        </div>
      ) : (
        <div class="loans">
          <LoanColumn
            label="Loan A"
            prefix="a"
            form={a}
            caps={caps}
            onChange={(f) => setForm('a.', f)}
            colour={firstPoleColour}
          />
          <LoanColumn
            label="Loan B"
            prefix="b"
            form={b}
            caps={caps}
            onChange={(f) => setForm('b.', f)}
            colour={secondPoleColour}
          />
        </div>
      )}
    </main>
  );
}

function LoanColumn({
  label,
  prefix,
  form,
  caps,
  onChange,
  colour,
}: {
  label: string;
  prefix: string;
  form: LoanForm;
  caps: Set<string>;
  onChange: (f: LoanForm) => void;
  colour: string;
}) {
  const [result, setResult] = useState<LoanResult>();
  const [error, setError] = useState<string>();
  const key = JSON.stringify(form);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      computeLoan(caps, form).then(
        (r) => {
          if (!live) return;
          setResult(r);
          setError(undefined);
        },
        (e: Error) => live && setError(e.message),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key]);

  const chartRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = chartRef.current;
    if (!host || !result) return;
    let live = true;
    void loadPlot().then((Plot) => {
      if (!live) return;
      const rows = result.schedule
        .filter((r) => r.principal + r.interest + r.fees > 0)
        .flatMap((r) => [
          { time: r.time, part: 'Principal', amount: r.principal },
          { time: r.time, part: 'Interest and fees', amount: r.interest + r.fees },
        ]);
      const width = Math.max(280, host.parentElement?.clientWidth ?? 480);
      host.replaceChildren(
        Plot.plot({
          width,
          height: 240,
          marginLeft: 48,
          style: { fontSize: '12px' },
          ariaLabel: `Debt service of ${label} by payment date`,
          x: { label: 'Years from signing', type: 'linear' },
          y: { label: debtServiceAxis, grid: true },
          color: { domain: ['Principal', 'Interest and fees'], range: [colour, '#b9b4a8'], legend: true },
          marks: [
            Plot.rectY(rows, {
              x1: (d: { time: number }) => d.time - 0.5 / form.frequency + 0.04,
              x2: (d: { time: number }) => d.time + 0.5 / form.frequency - 0.04,
              y: 'amount',
              fill: 'part',
              tip: true,
            }),
            Plot.ruleY([0]),
          ],
        }),
      );
      host.dataset.rendered = 'true';
    });
    return () => {
      live = false;
    };
  }, [result]);

  const set = (k: keyof LoanForm, v: string) => {
    const x = Number(v);
    if (v !== '' && Number.isFinite(x)) onChange({ ...form, [k]: x });
  };
  const ge = result?.grantElement;
  const rows = result?.schedule.map((r) => ({ ...r })) ?? [];
  return (
    <section class="loan" aria-labelledby={`${prefix}-h`} data-loan={prefix}>
      <h2 id={`${prefix}-h`} style={{ borderColor: colour }}>
        {label}
      </h2>
      <form class="terms" onSubmit={(e) => e.preventDefault()}>
        {fields.map((f) => (
          <label key={f.key}>
            <span>{f.label}</span>
            <span class="field">
              <input
                type="number"
                name={f.key}
                step={f.step}
                min={f.min}
                max={f.max}
                value={form[f.key] as number}
                onInput={(e) => set(f.key, e.currentTarget.value)}
              />
              {f.unit && <small>{f.unit}</small>}
            </span>
          </label>
        ))}
        <label>
          <span>Repayment</span>
          <select
            name="profile"
            value={form.profile}
            onChange={(e) => onChange({ ...form, profile: e.currentTarget.value as LoanForm['profile'] })}
          >
            <option value="equal-principal">Equal principal</option>
            <option value="annuity">Annuity (level payments)</option>
            <option value="bullet">Bullet (all at maturity)</option>
          </select>
        </label>
      </form>
      <div class="result" aria-live="polite">
        {error ? (
          <p class={error === needsLiveMessage ? 'muted' : 'error'} role="alert">
            {error}
          </p>
        ) : (
          <>
            <p class="big-number">
              <span class="value" data-grant-element={ge === undefined ? '' : ge.toFixed(4)}>
                {ge === undefined ? '…' : pct(ge, 1)}
              </span>
              <span class="unit">grant element at {num(form.discount, 1)}%</span>
            </p>
            <p class="muted small">
              {result?.imfConcessional === undefined
                ? ''
                : result.imfConcessional
                  ? 'Concessional by the IMF test (grant element of at least 35% at 5%).'
                  : 'Not concessional by the IMF test (below 35% at 5%).'}
              {result?.dac &&
                ` OECD DAC (${result.dac.group}): ${pct(result.dac.grantElement, 1)} at ${num(result.dac.discountRate * 100, 0)}%, ${result.dac.concessional ? 'concessional' : 'not concessional'} (threshold ${pct(result.dac.threshold, 0)}).`}
            </p>
          </>
        )}
      </div>
      <Figure
        id={`chart-loan-${prefix}`}
        title={`${label}: debt service by payment date`}
        source="bearing loan terms engine (docs/methods/loans.md), through /api/v1/loan"
        summary={
          result
            ? `${result.schedule.length} payment dates; grant element ${pct(ge, 1)} at a ${num(form.discount, 1)}% discount rate.`
            : undefined
        }
        rows={rows}
        filename={`bearing-loan-${prefix}`}
        chartRef={chartRef}
        status={result ? 'ready' : error ? 'error' : 'loading'}
        message={error}
      >
        <div ref={chartRef} class="plot" />
      </Figure>
    </section>
  );
}
