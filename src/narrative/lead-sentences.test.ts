import { describe, expect, it } from 'vitest';
import { closureCause } from './lead-sentences.js';

describe('closureCause', () => {
  it('says the calendar\'s closure names after "for" as a sentence would', () => {
    expect(closureCause('Hurricane Sandy')).toBe('Hurricane Sandy');
    expect(closureCause('Terrorist attacks of Sept. 11')).toBe('the terrorist attacks of Sept. 11');
    expect(closureCause('Snowstorm')).toBe('a snowstorm');
    expect(closureCause('National Day of Mourning for President Gerald R. Ford')).toBe('the National Day of Mourning for President Gerald R. Ford');
  });
});
