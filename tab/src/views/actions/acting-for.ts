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

/**
 * "Accept for …" beside Accept on a case nobody owns (`owner: null`; a hidden owner is not none):
 * the delegators I could accept it for, so it becomes theirs — every one of them except the one the
 * page already acts for (Accept itself then accepts for them). The service decides in the end.
 */
export function acceptForChoices(
  record: { owner?: { id: string } | null | undefined; status: string },
  meId: string,
  actingId: string | null | undefined,
  delegators: ReadonlyArray<{ userId: string; displayName: string }>,
): ActingFor[] {
  if (record.owner !== null || record.status === 'closed') return [];
  return delegators.filter((d) => d.userId !== meId && d.userId !== actingId).map((d) => ({ id: d.userId, displayName: d.displayName }));
}
