/**
 * Which module draws which dataset: dataset id → chart function, its states and its description.
 *
 *   const entry = charts["shutdowns"];
 *   entry.fn(loadChart("shutdowns"), { document, state: entry.states[0] });
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { aifcInvestment, describeAifcInvestment, states as aifcInvestmentStates } from "./aifc-investment.ts";
import { aifcMarket, describeAifcMarket, states as aifcMarketStates } from "./aifc-market.ts";
import { atmWithdrawals, describeAtmWithdrawals, states as atmStates } from "./atm-withdrawals.ts";
import { cashoutNetworks, describeCashoutNetworks, states as cashoutStates } from "./cashout-networks.ts";
import { describeRules, rules, states as rulesStates } from "./rules.ts";
import { describeSeizures, seizures, states as seizuresStates } from "./seizures.ts";
import { describeTimeline, states as timelineStates, timeline } from "./timeline.ts";
import { describeShutdowns, shutdowns, states as shutdownsStates } from "./shutdowns.ts";
import type { ChartFunction } from "./types.ts";

export interface ChartEntry {
  fn: ChartFunction;
  /** Named states, the first the default. */
  states: readonly string[];
  /** The written description in `locale` (English unless given), from the data; also the SVG's `<desc>`. */
  describe: (data: ChartDataset, locale?: Locale) => string;
}

export const charts: Readonly<Record<string, ChartEntry>> = {
  shutdowns: { fn: shutdowns, states: shutdownsStates, describe: describeShutdowns },
  "cashout-networks": { fn: cashoutNetworks, states: cashoutStates, describe: describeCashoutNetworks },
  seizures: { fn: seizures, states: seizuresStates, describe: describeSeizures },
  "atm-withdrawals": { fn: atmWithdrawals, states: atmStates, describe: describeAtmWithdrawals },
  "aifc-investment": { fn: aifcInvestment, states: aifcInvestmentStates, describe: describeAifcInvestment },
  timeline: { fn: timeline, states: timelineStates, describe: describeTimeline },
  rules: { fn: rules, states: rulesStates, describe: describeRules },
  "aifc-market": { fn: aifcMarket, states: aifcMarketStates, describe: describeAifcMarket },
};

/** The entry for `id`; throws naming the known ids, so a typo in a page fails the build. */
export function chartEntry(id: string): ChartEntry {
  const entry = charts[id];
  if (!entry)
    throw new Error(`no chart module for dataset "${id}" (known: ${Object.keys(charts).join(", ")})`);
  return entry;
}
