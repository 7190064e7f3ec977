/** Query parameters: only those a route names, each at most once. */
import { HttpProblem } from './problem.js';

/**
 * The query of a request as single strings. Throws HttpProblem 400 for a parameter the route
 * does not take (a typo must not be silently ignored) or one given twice.
 */
export function readQuery<K extends string>(query: unknown, allowed: readonly K[]): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  if (typeof query !== 'object' || query === null) return result;
  for (const [name, value] of Object.entries(query)) {
    if (!(allowed as readonly string[]).includes(name)) {
      throw new HttpProblem(400, `unknown parameter "${name}"; this route takes ${allowed.length === 0 ? 'none' : allowed.join(', ')}`, name);
    }
    if (typeof value !== 'string') throw new HttpProblem(400, `${name}: give it once`, name);
    result[name as K] = value;
  }
  return result;
}
