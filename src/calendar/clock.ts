/** Clock times of the calendars: `HH:MM`, 24-hour, New York time. */

/** Minutes after midnight of a `HH:MM` time: `13:00` -> 780. NaN for text that is not one. */
export function clockMinutes(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (match === null) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Today's date in New York (America/New_York), `YYYY-MM-DD`, whatever the machine's time zone. */
export function todayInNewYork(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date and the time of day in New York, `{ date: 'YYYY-MM-DD', time: 'HH:MM' }` (24-hour). */
export function nowInNewYork(now: Date = new Date()): { readonly date: string; readonly time: string } {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return { date: todayInNewYork(now), time };
}
