/**
 * J2 on the case page: whom I act for here. The case's owner when they are one of my delegators,
 * else — on a case nobody owns yet — the delegator the page was opened for (`?for=` from the
 * delegated queue) when they are one; never myself, never on someone else's case. The service decides in the end (it refuses with the reason).
 */
export interface ActingFor {
  id: string;
  displayName: string;
}

export function actingFor(ownerId: string | null | undefined, meId: string, search: string, delegators: ReadonlyArray<{ userId: string; displayName: string }>): ActingFor | null {
  const pick = (id: string | null | undefined): ActingFor | null => {
    if (!id || id === meId) return null;
    const found = delegators.find((d) => d.userId === id);
    return found ? { id: found.userId, displayName: found.displayName } : null;
  };
  // `?for=` only where it cannot name the wrong person: a case nobody owns yet (accept for them).
  return pick(ownerId) ?? (ownerId ? null : pick(new URLSearchParams(search).get('for')));
}
