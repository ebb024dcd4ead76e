// State shared by every page: the list of units (names for ids), and the day the figures are read
// as of (empty means today, as the server counts it in Asia/Ho_Chi_Minh).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api } from './api.ts';
import { useApi } from './components/Async.tsx';
import type { UnitItem } from '../../src/contract/index.ts';

interface AppState {
  units: UnitItem[];
  unitsById: Map<string, UnitItem>;
  unitName(id: string | null | undefined): string;
  reloadUnits(): void;
  asOf: string;
  setAsOf(d: string): void;
}

const Ctx = createContext<AppState | null>(null);

function storedAsOf(): string {
  try {
    return sessionStorage.getItem('hd_asOf') ?? '';
  } catch {
    return '';
  }
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const units = useApi(() => api.units().then((r) => r.items), []);
  const [asOf, setAsOfState] = useState(storedAsOf);
  const setAsOf = useCallback((d: string) => {
    setAsOfState(d);
    try {
      if (d) sessionStorage.setItem('hd_asOf', d);
      else sessionStorage.removeItem('hd_asOf');
    } catch {
      /* not kept */
    }
  }, []);
  const value = useMemo<AppState>(() => {
    const list = units.data ?? [];
    const byId = new Map(list.map((u) => [u.id, u]));
    return {
      units: list,
      unitsById: byId,
      unitName: (id) => (id ? (byId.get(id)?.name ?? id) : '—'),
      reloadUnits: units.reload,
      asOf,
      setAsOf,
    };
  }, [units.data, units.reload, asOf, setAsOf]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppState outside AppStateProvider');
  return v;
}

/** Units as options of a select, indented by depth so the tree shows in a flat list; merged (closed) units are not offered. */
export function unitOptions(all: UnitItem[]): { value: string; label: string }[] {
  const units = all.filter((u) => !u.mergedInto);
  const children = new Map<string | null, UnitItem[]>();
  for (const u of units) {
    const key = u.parentId && units.some((p) => p.id === u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      out.push({ value: u.id, label: `${'\u2003'.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
