// How the charts' tooltips print each kind of figure, in one place (issue 22 item 10). Plot names a tip
// line by the channel's scale label, else the channel's label, else its key ("x", "fill"): charts hide
// the channels whose name would be generic (`false`) and add named channels (`channels: { Year: 'year' }`)
// formatted here. web/test/chartText.test.ts hovers every chart and holds them to it.
import { dateText, indexText, money, positionText, shareText, yearText } from '../format';

export const tipFormat = {
  /** 2014, never 2,014. */
  year: yearText,
  /** Dates as dates: 2014-08-05. */
  date: dateText,
  /** An amount in US$: US$ 834.8m, US$ 1.23bn. */
  usd: (v: number) => money(v),
  /** An amount given in US$ millions: US$ 834.8m. */
  usdMillions: (v: number) => money(v, { unit: 1e6 }),
  /** A share: 15.3%. */
  share: shareText,
  /** A position between the poles: +0.84, −0.46. */
  position: positionText,
  /** An index or estimate with two decimals. */
  index: indexText,
} as const;
