// Where a season's forecast lands against its two limits: the deadline it aims for, the latest day allowed.

export type ForecastStanding = 'on_time' | 'late' | 'too_late' | 'unknown';

/** On or before the deadline: on time; on or before the latest day: late but allowed; after it: too late. */
export function forecastStanding(forecastDone: string | null, deadline: string, latest: string): ForecastStanding {
  if (!forecastDone) return 'unknown';
  return forecastDone <= deadline ? 'on_time' : forecastDone <= latest ? 'late' : 'too_late';
}
