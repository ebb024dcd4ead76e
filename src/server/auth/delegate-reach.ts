// What a delegate's session may reach: its own congress's floor, and nothing else of the app.
import type { Seat } from '../../domain/user.ts';

/** Routes of a delegate's own session (sign out, who am I). */
const OWN = new Set(['GET /api/delegate/me', 'POST /api/delegate/logout']);
/** Under /api/congresses/{their code}/: reading the floor, and casting a ballot. */
const READ = /^(programme|papers(\/[^/]+(\/versions\/\d+\/file)?)?|votes(\/[^/]+)?)$/u;
const BALLOT = /^votes\/[^/]+\/ballots$/u;

/**
 * Checked before any handler: a path not listed here answers 403 to a delegate, whatever the route
 * would have decided, so a route added later is closed to delegates until it is listed. The routes
 * listed still authorise with the seat (policy.ts: sitsIn, mayReadCongressFloor).
 */
export function delegateMayReach(seat: Seat, method: string, path: string): boolean {
  if (OWN.has(`${method} ${path}`)) return true;
  const prefix = '/api/congresses/';
  if (!path.startsWith(prefix)) return false;
  const rest = path.slice(prefix.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return false;
  let code: string;
  try {
    code = decodeURIComponent(rest.slice(0, slash));
  } catch {
    return false;
  }
  if (code !== seat.congressCode) return false;
  const sub = rest.slice(slash + 1);
  if (method === 'GET' || method === 'HEAD') return READ.test(sub);
  return method === 'POST' && BALLOT.test(sub);
}
