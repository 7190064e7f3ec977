/** Funds: trailing 1-, 3- and 5-year price and total returns side by side, annualised, growth of $1,000 and the maximum drawdown, each naming its basis. */
export * from './fund-returns.js';
