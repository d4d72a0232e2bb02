import type { UnitRef } from '@contract';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useMe } from './AuthContext';

// The unit the officer is working on. Province users may switch between the units of their scope;
// the choice is kept per account in localStorage and passed as unitCode to the list pages.

export type UnitScopeValue = {
  /** null only for an account without a unit and without a scope (e.g. a system administrator). */
  unitCode: string | null;
  unit: UnitRef | null;
  options: UnitRef[];
  setUnitCode: (code: string) => void;
};

const UnitScopeContext = createContext<UnitScopeValue | null>(null);

const storageKey = (userId: string) => `motcua.unit.${userId}`;

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function UnitScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const key = storageKey(me.id);
  const options = useMemo(() => {
    const list = [...me.scopeUnits];
    if (me.unit && !list.some((u) => u.code === me.unit?.code)) list.unshift(me.unit);
    return list;
  }, [me]);
  const [chosen, setChosen] = useState<string | null>(() => readStored(key));

  const unit =
    options.find((u) => u.code === chosen) ??
    options.find((u) => u.code === me.unit?.code) ??
    options[0] ??
    null;

  const setUnitCode = useCallback(
    (code: string) => {
      setChosen(code);
      try {
        window.localStorage.setItem(key, code);
      } catch {
        // storage unavailable (private mode): the choice lasts for this page only
      }
    },
    [key],
  );

  const value = useMemo<UnitScopeValue>(
    () => ({ unitCode: unit?.code ?? null, unit, options, setUnitCode }),
    [unit, options, setUnitCode],
  );
  return <UnitScopeContext.Provider value={value}>{children}</UnitScopeContext.Provider>;
}

export function useUnitScope(): UnitScopeValue {
  const value = useContext(UnitScopeContext);
  if (!value) throw new Error('useUnitScope must be used inside <UnitScopeProvider>');
  return value;
}
